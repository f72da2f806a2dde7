#!/usr/bin/env bash
# Trains the statistical name tagger on CoNLL-2003 English (eng.train), calibrates its
# confidences and reports its scores on eng.testa, and writes the model the engine bundles:
#   extraction/src/main/resources/io/eventlens/extraction/ner/conll2003-en.model.gz
# The data stays outside the repository, in ../shared (or $SHARED). About a minute on one core.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SHARED:-$root/../shared}"
data="$shared/benchmarks/conll2003"
if [[ ! -f "$data/eng.train" ]]; then
  echo "train-ner.sh: $data/eng.train not found (set SHARED to the shared folder); skipping"
  exit 0
fi
cd "$root"
if ! ls extraction/target/eventlens-extraction-*.jar >/dev/null 2>&1 || [[ ! -d extraction/target/lib ]]; then
  ./mvnw -B -pl extraction -am package -DskipTests
fi
model=extraction/src/main/resources/io/eventlens/extraction/ner/conll2003-en.model.gz
dev=()
[[ -f "$data/eng.testa" ]] && dev=(--dev "$data/eng.testa")
# training holds the whole corpus and all candidate features in memory: more than the engine's 256 MB
EVENTLENS_JAVA_OPTS="-Xmx2g -XX:+UseSerialGC" ./eventlens train-ner --train "$data/eng.train" "${dev[@]}" --out "$model" "$@"
# the engine reads the model from its jar: package again so ./eventlens uses the new one
./mvnw -B -q -pl extraction -am package -DskipTests
echo "train-ner.sh: wrote $model; run evaluation/conll.sh to score it with conlleval"
