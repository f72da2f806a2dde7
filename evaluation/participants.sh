#!/usr/bin/env bash
# Scores the participant finder on the annotated dev documents in ../shared (development only).
# Usage: evaluation/participants.sh [CORPUS_DIR]   (default ../shared/corpus/dev; builds first)
# EVENTLENS_SHARED points at the shared material when it is not beside the repository; VERBOSE=1 lists misses.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${EVENTLENS_SHARED:-$here/../shared}"
corpus="${1:-$shared/corpus/dev}"
scorer="$shared/eval/score_events.py"
if [[ ! -d "$corpus" || ! -f "$scorer" ]]; then
  echo "participants.sh: $corpus or $scorer is absent; nothing to evaluate (this is fine outside development)."
  exit 0
fi
cd "$here"
if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  ./mvnw -B -q -o package -pl extraction -am -DskipTests >/dev/null 2>&1 || ./mvnw -B -q package -pl extraction -am -DskipTests
  ./mvnw -B -q -o test-compile -pl extraction -am >/dev/null 2>&1 || ./mvnw -B -q test-compile -pl extraction -am
fi
out="${TMPDIR:-/tmp}/eventlens-participants"
rm -rf "$out"; mkdir -p "$out"
java -cp "extraction/target/classes:extraction/target/test-classes:extraction/target/lib/*" \
  io.eventlens.extraction.evaluation.ParticipantEvaluation "$corpus/docs" "$corpus/gold" "$out"
echo "== per event (regions from gold titles)"
python3 "$scorer" "$corpus/gold" "$out/regions.jsonl" ${VERBOSE:+--verbose} | grep -E "participant|kind|^ |^[0-9a-z_]+\.(txt|md|html)$" || true
echo "== per document (all participants of a document)"
python3 "$scorer" "$out/document-gold" "$out/documents.jsonl" ${VERBOSE:+--verbose} | grep -E "participant|kind|^ |^[0-9a-z_]+\.(txt|md|html)$" || true
