#!/usr/bin/env bash
# The extraction engine on the project's own annotated corpus (evaluation/corpus): slot P/R/F1 per
# slot and overall, and F1 per document. Needs nothing outside the repository.
#   evaluation/own-corpus.sh                       builds if needed, extracts, scores, prints the tables
#   evaluation/own-corpus.sh --verbose             also every miss under its document
#   evaluation/own-corpus.sh --predictions F.jsonl also writes the engine's output, one JSON line per document
#   SKIP_BUILD=1 evaluation/own-corpus.sh          uses the classes already built
# The same scoring runs in the build as OwnCorpusRegressionTest (module extraction).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  # package copies the runtime dependencies to extraction/target/lib; test-compile builds the scorer
  ./mvnw -B -q -o -pl extraction -am package -DskipTests >/dev/null 2>&1 \
    || ./mvnw -B -q -pl extraction -am package -DskipTests
fi
exec java ${EVENTLENS_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC} -Dslf4j.internal.verbosity=ERROR \
  -cp "extraction/target/classes:extraction/target/test-classes:extraction/target/lib/*" \
  io.eventlens.extraction.evaluation.OwnCorpus "$@" "$repo/evaluation/corpus"
