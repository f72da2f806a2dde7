#!/usr/bin/env bash
# CMU Seminar Announcements: strip the tagged training split, extract with ./eventlens, score
# speaker / location / stime / etime with ../shared/eval/seminars.py.
#   evaluation/seminars.sh [SPLIT_DIR] [--verbose]
# SPLIT_DIR defaults to ../shared/benchmarks/seminar-announcements/training.
# Skips (exit 0) when ../shared is absent: the benchmark is not part of the repository.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# ../shared beside the checkout (a worktree one level deeper also finds it); EVENTLENS_SHARED overrides.
shared="${EVENTLENS_SHARED:-$repo/../shared}"
[[ -d "$shared" || -n "${EVENTLENS_SHARED:-}" ]] || shared="$repo/../../shared"
split="$shared/benchmarks/seminar-announcements/training"
verbose=()
for arg in "$@"; do
  case "$arg" in
    --verbose) verbose=(--verbose) ;;
    *) split="$arg" ;;
  esac
done
if [[ ! -d "$shared/eval" || ! -d "$split" ]]; then
  echo "seminars.sh: skipped, no benchmark at $split (../shared is not part of the repository)"
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$shared/eval/seminars.py" strip "$split" "$work/input"
"$repo/eventlens" extract "$work/input"/* > "$work/pred.jsonl"
python3 "$shared/eval/seminars.py" score "$split" "$work/pred.jsonl" "${verbose[@]}"
