#!/usr/bin/env bash
# The test suite with its real services: a throwaway PostgreSQL server on loopback and Debian's
# Chromium for the browser test (both installed from Debian's packages when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2
fi
export QUOTES_TEST_PG="$(bash scripts/start_postgres.sh)"
export QUOTES_TEST_BROWSER="$(command -v chromium)"
exec python -m pytest -q "$@"
