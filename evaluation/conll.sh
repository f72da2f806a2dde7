#!/usr/bin/env bash
# Scores the bundled name tagger on CoNLL-2003 English eng.testa with the shared conlleval:
# entity P/R/F1 for PER, ORG, LOC together (the bar), then for all four types.
# Needs ../shared (or $SHARED); builds the engine first when it is not built.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SHARED:-$root/../shared}"
file="${1:-$shared/benchmarks/conll2003/eng.testa}"
if [[ ! -f "$file" || ! -f "$shared/eval/conlleval.py" ]]; then
  echo "conll.sh: $file or $shared/eval/conlleval.py not found (set SHARED to the shared folder); skipping"
  exit 0
fi
cd "$root"
if ! ls extraction/target/eventlens-extraction-*.jar >/dev/null 2>&1 || [[ ! -d extraction/target/lib ]]; then
  ./mvnw -B -pl extraction -am package -DskipTests
fi
out="extraction/target/conll/$(basename "$file").ner"
mkdir -p "$(dirname "$out")"
start=$(date +%s%N)
./eventlens ner "$file" > "$out"
end=$(date +%s%N)
echo "tagged $file in $(( (end - start) / 1000000 )) ms (JVM start and model loading included) -> $out"
python3 "$shared/eval/conlleval.py" "$out" --types PER,ORG,LOC
echo
echo "all types (PER, ORG, LOC, MISC):"
python3 "$shared/eval/conlleval.py" "$out"
