#!/usr/bin/env bash
# Extract quotes from the shared gold sets and score them with the shared scorer.
# usage: scripts/score_shared.sh [MODELS]   (MODELS: pack | official | auto; default pack)
set -euo pipefail
cd "$(dirname "$0")/.."
MODELS="${1:-pack}"
SHARED="${SHARED:-../shared}"
mkdir -p out
for set in seeds spkatt-train; do
  quotes --models "$MODELS" extract "$SHARED/data/$set/articles" --format jsonl > "out/$set.jsonl"
  echo "== $set ($(wc -l < "out/$set.jsonl") predictions, models: $MODELS)"
  python "$SHARED/tools/score.py" "$SHARED/data/$set/gold.json" "$SHARED/data/$set/articles" "out/$set.jsonl"
done
