#!/usr/bin/env bash
# Event-record figures of the extraction engine on the shared seed and dev documents.
#   evaluation/events.sh            builds the engine if needed, extracts, scores, prints the figures
#   evaluation/events.sh --verbose  also lists every miss the scorer reports
#   NO_TIMES=1 evaluation/events.sh scores without startTime/endTime (the dev gold never fills them)
# Needs ../shared (the corpus and its scorer) next to the repository; skips without it.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# ../shared beside the checkout (a worktree one level deeper also finds it); EVENTLENS_SHARED overrides.
shared="${EVENTLENS_SHARED:-$repo/../shared}"
[[ -d "$shared" || -n "${EVENTLENS_SHARED:-}" ]] || shared="$repo/../../shared"
if [[ ! -d "$shared/corpus" || ! -f "$shared/eval/score_events.py" ]]; then
  echo "events.sh: $shared/corpus or its scorer is absent; nothing to evaluate (skipped)"
  exit 0
fi
verbose=""
[[ "${1:-}" == "--verbose" ]] && verbose="--verbose"
if ! ls "$repo"/extraction/target/eventlens-extraction-*.jar >/dev/null 2>&1 || [[ ! -d "$repo/extraction/target/lib" ]]; then
  (cd "$repo" && ./mvnw -B -q -pl extraction -am package -DskipTests)
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
strip_times() {
  python3 -c '
import json, sys
for line in sys.stdin:
    if not line.strip():
        continue
    o = json.loads(line)
    for e in o.get("events", []):
        e["startTime"] = None
        e["endTime"] = None
    print(json.dumps(o, ensure_ascii=False))'
}
for set in seed dev; do
  "$repo/eventlens" extract "$shared/corpus/$set"/docs/* > "$out/$set.jsonl"
  if [[ -n "${NO_TIMES:-}" ]]; then
    strip_times < "$out/$set.jsonl" > "$out/$set.notimes.jsonl"
    mv "$out/$set.notimes.jsonl" "$out/$set.jsonl"
  fi
  echo "== $set ($(ls "$shared/corpus/$set"/docs | wc -l) documents)${NO_TIMES:+, times removed}"
  python3 "$shared/eval/score_events.py" "$shared/corpus/$set/gold" "$out/$set.jsonl" $verbose
  if [[ "$set" == dev ]]; then
    echo "-- per document (slot F1)"
    for gold in "$shared/corpus/$set/gold"/*.json; do
      name="$(basename "$gold" .json)"
      doc="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["document"])' "$gold")"
      mkdir -p "$out/one"; rm -f "$out/one"/*; cp "$gold" "$out/one/"
      grep -F "\"document\":\"$doc\"" "$out/$set.jsonl" > "$out/one.jsonl" || true
      f1="$(python3 "$shared/eval/score_events.py" "$out/one" "$out/one.jsonl" | tail -1)"
      printf '%-12s %s\n' "$doc" "$f1"
    done
  fi
done
