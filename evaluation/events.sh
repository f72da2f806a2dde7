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
    # per document, and the event-level slots alone (title, dates, times, location, organizers)
    python3 - "$shared/eval/score_events.py" "$shared/corpus/$set/gold" "$out/$set.jsonl" "$out" <<'PY'
import json, os, shutil, subprocess, sys
scorer, gold_dir, pred_path, work = sys.argv[1:5]
preds = {}
for line in open(pred_path, encoding="utf-8"):
    if line.strip():
        o = json.loads(line)
        preds[os.path.basename(o["document"])] = o
def score(golds, pred_objs):
    g = os.path.join(work, "g"); shutil.rmtree(g, ignore_errors=True); os.makedirs(g)
    for path in golds:
        shutil.copy(path, g)
    p = os.path.join(work, "p.jsonl")
    with open(p, "w", encoding="utf-8") as f:
        for o in pred_objs:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    return json.loads(subprocess.run([sys.executable, scorer, g, p, "--json"], capture_output=True, text=True, check=True).stdout)
def micro(result, slots):
    tp = fp = fn = 0
    for k, v in result["slots"].items():
        if k in slots:
            tp += v["tp"]; fp += v["fp"]; fn += v["fn"]
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)
event_slots = {"title", "startDate", "endDate", "startTime", "endTime", "location", "organizer"}
golds = sorted(os.path.join(gold_dir, f) for f in os.listdir(gold_dir) if f.endswith(".json"))
whole = score(golds, preds.values())
print("event-level slots only (no participants): P=%.3f R=%.3f F1=%.3f" % micro(whole, event_slots))
print("-- per document: slot F1 (all slots) / event-level slot F1")
for path in golds:
    doc = os.path.basename(json.load(open(path, encoding="utf-8"))["document"])
    r = score([path], [preds[doc]] if doc in preds else [])
    print("%-14s F1=%.3f   event-level F1=%.3f" % (doc, r["f1"], micro(r, event_slots)[2]))
PY
  fi
done
