package io.eventlens.extraction.ner;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A rough measurement, not a test: the bundled model's heap and its tagging speed in tokens per
 * CPU-second of one thread, with and without confidences, over CoNLL-format files.
 *
 * <pre>
 * ./mvnw -B -pl extraction -am package -DskipTests
 * java -Xmx256m -XX:+UseSerialGC -cp "extraction/target/classes:extraction/target/test-classes:extraction/target/lib/*" \
 *     io.eventlens.extraction.ner.NameTaggerSpeed ../shared/benchmarks/conll2003/eng.testa
 * </pre>
 */
public final class NameTaggerSpeed {

    private NameTaggerSpeed() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 0) {
            System.err.println("usage: NameTaggerSpeed CONLL_FILE...");
            System.exit(2);
        }
        List<ConllDocument> documents = new ArrayList<>();
        for (String file : args) {
            documents.addAll(ConllDocument.read(Files.newBufferedReader(Path.of(file))));
        }
        long tokens = documents.stream().flatMap(d -> d.tokens().stream()).mapToLong(s -> s.length).sum();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = settledHeap(memory);
        NameTagger tagger = NameTagger.bundled();
        tagger.tag(List.<String[]>of(new String[] {"Warm", "Up"}), true); // loads the word lists too
        long after = settledHeap(memory);
        System.out.printf(Locale.ROOT, "model: %d features, about %.1f MB of heap%n", tagger.model().featureCount(),
                (after - before) / 1e6);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (boolean confidence : new boolean[] {false, true}) {
            double best = 0;
            for (int round = 0; round < 8; round++) {
                long start = threads.getCurrentThreadCpuTime();
                for (ConllDocument document : documents) {
                    tagger.tag(document.tokens(), confidence);
                }
                best = Math.max(best, tokens / ((threads.getCurrentThreadCpuTime() - start) / 1e9));
            }
            System.out.printf(Locale.ROOT, "%d tokens, %s confidences: %.0f tokens per CPU-second (best of 8 rounds)%n",
                    tokens, confidence ? "with" : "without", best);
        }
    }

    private static long settledHeap(MemoryMXBean memory) throws InterruptedException {
        for (int k = 0; k < 3; k++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
