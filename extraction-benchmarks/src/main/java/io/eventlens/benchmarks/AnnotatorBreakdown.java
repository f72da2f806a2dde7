package io.eventlens.benchmarks;

import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.StandardPipeline;
import io.eventlens.extraction.document.Deadline;
import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.pipeline.Annotator;
import io.eventlens.extraction.pipeline.Pipeline;
import io.eventlens.extraction.text.Token;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Where the engine's time goes: runs the standard pipeline annotator by annotator over a corpus and
 * prints the CPU time of each (this thread only, after a warm-up), and the documents that cost most.
 *
 * <pre>
 * java -Xmx256m -XX:+UseSerialGC -cp "extraction-benchmarks/target/*:extraction-benchmarks/target/lib/*" \
 *     io.eventlens.benchmarks.AnnotatorBreakdown [DOCS_DIR] [WARMUP_PASSES] [MEASURED_PASSES]
 * </pre>
 * Without DOCS_DIR it takes the corpus {@link BenchmarkCorpus#resolve} finds.
 */
public final class AnnotatorBreakdown {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private AnnotatorBreakdown() {
    }

    public static void main(String[] args) {
        BenchmarkCorpus corpus = BenchmarkCorpus.resolve(args.length > 0 ? args[0] : "");
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        Pipeline pipeline = StandardPipeline.create();
        List<Annotator> annotators = pipeline.annotators();
        List<DocumentInput> documents = corpus.documents();

        long[] annotatorNanos = new long[annotators.size()];
        long[] documentNanos = new long[documents.size()];
        long[] documentTokens = new long[documents.size()];
        List<String> failures = new ArrayList<>();
        for (int pass = 0; pass < warmup + passes; pass++) {
            boolean measured = pass >= warmup;
            for (int d = 0; d < documents.size(); d++) {
                DocumentInput input = documents.get(d);
                Document document = new Document(input.name(), input.text(), input.format(), input.creationDate(),
                        Deadline.NONE);
                for (int a = 0; a < annotators.size(); a++) {
                    long started = THREADS.getCurrentThreadCpuTime();
                    try {
                        annotators.get(a).annotate(document);
                    } catch (RuntimeException | StackOverflowError e) {
                        if (pass == 0) {
                            failures.add(input.name() + ": " + annotators.get(a).name() + " failed: " + e);
                        }
                        break;
                    } finally {
                        long spent = THREADS.getCurrentThreadCpuTime() - started;
                        if (measured) {
                            annotatorNanos[a] += spent;
                            documentNanos[d] += spent;
                        }
                    }
                }
                documentTokens[d] = document.get(Token.LAYER).size();
            }
        }

        long tokens = 0;
        for (long t : documentTokens) {
            tokens += t;
        }
        long total = 0;
        for (long n : annotatorNanos) {
            total += n;
        }
        System.out.printf(Locale.ROOT, "corpus: %d documents, %d characters, %d tokens, from %s%n",
                documents.size(), corpus.characters(), tokens, corpus.origin());
        System.out.printf(Locale.ROOT, "%d measured passes after %d warm-up passes; CPU time of this thread per pass%n%n",
                passes, warmup);
        System.out.printf(Locale.ROOT, "%-28s %10s %7s %16s%n", "annotator", "CPU ms", "share", "tokens/CPU-s");
        for (int a = 0; a < annotators.size(); a++) {
            double ms = annotatorNanos[a] / 1e6 / passes;
            System.out.printf(Locale.ROOT, "%-28s %10.2f %6.1f%% %16s%n", annotators.get(a).name(), ms,
                    100.0 * annotatorNanos[a] / Math.max(1, total), rate(tokens, annotatorNanos[a] / passes));
        }
        System.out.printf(Locale.ROOT, "%-28s %10.2f %6.1f%% %16s%n%n", "whole pipeline", total / 1e6 / passes, 100.0,
                rate(tokens, total / passes));

        System.out.println("documents by CPU time per pass:");
        List<Integer> order = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            order.add(d);
        }
        order.sort(Comparator.comparingLong((Integer d) -> documentNanos[d]).reversed());
        for (int d : order) {
            System.out.printf(Locale.ROOT, "  %-24s %8.2f ms %7d tokens %16s tokens/CPU-s%n", documents.get(d).name(),
                    documentNanos[d] / 1e6 / passes, documentTokens[d], rate(documentTokens[d], documentNanos[d] / passes));
        }
        failures.forEach(f -> System.out.println("FAILED " + f));
    }

    private static String rate(long tokens, long nanos) {
        return nanos <= 0 ? "-" : String.format(Locale.ROOT, "%,.0f", tokens * 1e9 / nanos);
    }
}
