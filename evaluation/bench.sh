#!/usr/bin/env bash
# The extraction engine's speed and heap (issue bars: >= 50,000 tokens per CPU-second for extract on
# one thread with the engine loaded once; heap for the whole engine <= 256 MB).
#   evaluation/bench.sh            builds, runs the JMH benchmark, the heap check and the per-annotator breakdown
#   evaluation/bench.sh --quick    fewer iterations (a smoke run; its error bars are wide)
#   BENCH_DOCS=DIR evaluation/bench.sh   benchmarks the documents of DIR
# Documents: BENCH_DOCS, else ../shared/corpus/dev/docs beside the checkout, else the documents
# bundled with extraction-benchmarks (written for it; the figures then are not the dev figures).
# JMH measures wall-clock ops/s; beside it the benchmark counts tokens and the CPU time of its one
# thread, so the tokens/CPU-s figure holds on a busy machine. The load average is printed with it.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${EVENTLENS_SHARED:-$repo/../shared}"
[[ -d "$shared" || -n "${EVENTLENS_SHARED:-}" ]] || shared="$repo/../../shared"
docs="${BENCH_DOCS:-$shared/corpus/dev/docs}"
[[ -d "$docs" ]] && docs="$(cd "$docs" && pwd -P)"
if [[ ! -d "$docs" ]]; then
  echo "bench.sh: $docs is absent; benchmarking the bundled documents instead"
  docs=""
fi
# Ten warm-up iterations: the JIT is still compiling the engine 20-35 s into a run, and the bar is
# about the engine loaded once (steady state), so compilation should lie before the measured window.
jmh_opts=(-f 2 -wi 10 -w 4s -i 8 -r 4s)
[[ "${1:-}" == "--quick" ]] && jmh_opts=(-f 1 -wi 3 -w 2s -i 3 -r 2s)

(cd "$repo" && ./mvnw -B -q -pl extraction-benchmarks -am package -DskipTests)
module="$repo/extraction-benchmarks/target"
cp="$module/*:$module/lib/*"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

echo "== load before: $(uptime)"
cmd=(java -cp "$cp" org.openjdk.jmh.Main 'io.eventlens.benchmarks.ExtractBenchmark' "${jmh_opts[@]}" -t 1
     -jvmArgsAppend "-Xmx256m -XX:+UseSerialGC" -p "docs=$docs" -rf json -rff "$out/jmh.json")
echo "== JMH command: ${cmd[*]}"
"${cmd[@]}" > "$out/jmh.txt" 2>&1 || { cat "$out/jmh.txt"; exit 1; }
grep -E "^corpus:" "$out/jmh.txt" | head -1
sed -n '/^Benchmark  /,$p' "$out/jmh.txt"
echo "== load after:  $(uptime)"
python3 - "$out/jmh.json" <<'PY'
import json, statistics, sys
results = {r["benchmark"].rsplit(".", 1)[1]: r for r in json.load(open(sys.argv[1]))}
def raw(r, name):  # one value per iteration, all forks
    return [v for fork in r["secondaryMetrics"][name]["rawData"] for v in fork]
rates = {}
for name in ("extract", "tokenize"):
    r = results[name]
    tokens, thread, process = raw(r, "tokens"), raw(r, "threadCpuNanos"), raw(r, "processCpuNanos")
    per_iteration = [t * 1e9 / c for t, c in zip(tokens, thread) if c]
    rates[name] = sum(tokens) * 1e9 / sum(thread)
    print("%-9s %12.0f tokens per CPU-second of the benchmark thread (iterations: min %.0f, max %.0f, sd %.0f, n=%d)"
          % (name, rates[name], min(per_iteration), max(per_iteration), statistics.pstdev(per_iteration), len(per_iteration)))
    print("%-9s %12.0f tokens per CPU-second of the whole JVM (GC, JIT, JMH threads charged too)"
          % ("", sum(tokens) * 1e9 / sum(process)))
    print("%-9s %12.3f ops/s wall clock (JMH score, one op = one pass over the corpus), +- %.3f"
          % ("", r["primaryMetric"]["score"], r["primaryMetric"]["scoreError"]))
print("extract / tokenize baseline: %.4f (extract runs at %.2f%% of the tokenizer's speed; bar 50,000 tokens/CPU-s: %s)"
      % (rates["extract"] / rates["tokenize"], 100 * rates["extract"] / rates["tokenize"],
         "met" if rates["extract"] >= 50000 else "NOT met"))
PY

echo "== heap (-Xmx256m)"
java -Xmx256m -XX:+UseSerialGC -cp "$cp" io.eventlens.benchmarks.EngineHeap "$docs" 20 2>/dev/null
echo "== per-annotator CPU time"
java -Xmx256m -XX:+UseSerialGC -cp "$cp" io.eventlens.benchmarks.AnnotatorBreakdown "$docs" 20 30 2>/dev/null
