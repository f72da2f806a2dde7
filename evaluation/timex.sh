#!/usr/bin/env bash
# TimeML temporal expressions against TimeBank and AQUAINT (TempEval-3 TBAQ-cleaned):
# converts the .tml files to text + gold with ../shared/eval/timeml_to_text.py, runs
# `./eventlens timex` with each file's own creation date, and scores with score_timex.py
# per corpus and for both together. Skips (exit 0) when ../shared is not beside the repository
# (or where EVENTLENS_SHARED points).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${EVENTLENS_SHARED:-$root/../shared}"   # override where ../shared is not beside the checkout
corpora="$shared/benchmarks/tempeval3/TBAQ-cleaned"
if [[ ! -d "$corpora" || ! -f "$shared/eval/score_timex.py" ]]; then
  echo "timex evaluation skipped: $corpora or $shared/eval is not there (../shared is not part of a clone)"
  exit 0
fi
if ! ls "$root"/extraction/target/eventlens-extraction-*.jar >/dev/null 2>&1 || [[ ! -d "$root/extraction/target/lib" ]]; then
  (cd "$root" && ./mvnw -B -q -pl extraction -am package -DskipTests)
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/eventlens-timex.XXXXXX")"
trap 'rm -rf "$work"' EXIT
for corpus in TimeBank AQUAINT; do
  python3 "$shared/eval/timeml_to_text.py" "$corpora/$corpus" "$work/$corpus" 2>/dev/null
  "$root/eventlens" timex --dct-table "$work/$corpus/dct.tsv" "$work/$corpus"/*.txt > "$work/$corpus/pred.jsonl"
  echo "== $corpus"
  python3 "$shared/eval/score_timex.py" "$work/$corpus/gold.jsonl" "$work/$corpus/pred.jsonl" --texts "$work/$corpus"
done
mkdir -p "$work/all"
cat "$work"/TimeBank/gold.jsonl "$work"/AQUAINT/gold.jsonl > "$work/all/gold.jsonl"
cat "$work"/TimeBank/pred.jsonl "$work"/AQUAINT/pred.jsonl > "$work/all/pred.jsonl"
cp "$work"/TimeBank/*.txt "$work"/AQUAINT/*.txt "$work/all/"
echo "== TimeBank + AQUAINT"
python3 "$shared/eval/score_timex.py" "$work/all/gold.jsonl" "$work/all/pred.jsonl" --texts "$work/all"
