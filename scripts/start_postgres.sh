#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1 for the test suite; prints its SQLAlchemy URL.
# Installs Debian's postgresql package when no server binaries are present.
set -euo pipefail
PORT="${PGPORT_TEST:-55432}"
DATA="${PGDATA_TEST:-/tmp/quotes-pg}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
  BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
fi
RUN=""
if [ "$(id -u)" = "0" ]; then RUN="runuser -u postgres --"; fi
if ! $RUN "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  # a stopped cluster is started again, never wiped: PGDATA_TEST may point at a benchmark's data
  if [ ! -f "$DATA/PG_VERSION" ]; then
    rm -rf "$DATA"; mkdir -p "$DATA"; [ -n "$RUN" ] && chown postgres "$DATA"
    $RUN "$BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 >/dev/null
  fi
  $RUN "$BIN/pg_ctl" -D "$DATA" -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1" -l "$DATA/log" -w start >/dev/null
fi
"$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='quotes_test'" | grep -q 1 \
  || "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres quotes_test
echo "postgresql+psycopg://postgres@127.0.0.1:$PORT/quotes_test"
