package io.eventlens.benchmarks;

import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import io.eventlens.extraction.ExtractionResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.util.Locale;

/**
 * The heap a loaded engine keeps: heap in use after full collections with the engine loaded (and
 * warmed by one pass, which loads what annotators load lazily) minus the same before it was
 * created. Then extracts the corpus a number of times under the JVM's -Xmx and prints the peak
 * heap of that run. Run it with -Xmx256m to show the engine works within the budget.
 *
 * <pre>
 * java -Xmx256m -XX:+UseSerialGC -cp "extraction-benchmarks/target/*:extraction-benchmarks/target/lib/*" \
 *     io.eventlens.benchmarks.EngineHeap [DOCS_DIR] [PASSES]
 * </pre>
 */
public final class EngineHeap {

    private EngineHeap() {
    }

    public static void main(String[] args) throws InterruptedException {
        BenchmarkCorpus corpus = BenchmarkCorpus.resolve(args.length > 0 ? args[0] : "");
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

        long before = settledHeap(memory);
        ExtractionEngine engine = ExtractionEngine.standard();
        for (DocumentInput input : corpus.documents()) {
            engine.extract(input);
        }
        long after = settledHeap(memory);
        System.out.printf(Locale.ROOT, "max heap (-Xmx): %.0f MB%n", Runtime.getRuntime().maxMemory() / 1e6);
        System.out.printf(Locale.ROOT, "heap retained by the loaded engine: %.1f MB (%.1f MB in use before, %.1f MB after)%n",
                (after - before) / 1e6, before / 1e6, after / 1e6);

        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long events = 0;
        for (int pass = 0; pass < passes; pass++) {
            for (DocumentInput input : corpus.documents()) {
                ExtractionResult result = engine.extract(input);
                events += result.events().size();
            }
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "extracted %d passes over %d documents (%d events each pass): OK; "
                        + "peak heap during extraction %.1f MB (sum of the pools' peaks, an upper bound)%n",
                passes, corpus.documents().size(), events / passes, peak / 1e6);
        Reference.reachabilityFence(engine);
    }

    private static long settledHeap(MemoryMXBean memory) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int k = 0; k < 5; k++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
