package io.eventlens.benchmarks;

import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import io.eventlens.extraction.document.Deadline;
import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.SourceFormat;
import io.eventlens.extraction.text.TokenSentenceAnnotator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The engine's speed over a corpus, one thread: one operation is one pass of {@code extract} over
 * every document. {@code tokenize} is the baseline measured beside it: the tokenizer and sentence
 * splitter alone over the same (already normalised) texts, so figures can be given as ratios that
 * hold across machines. The engine is created once per fork.
 *
 * <p>Run it with {@code evaluation/bench.sh}; the defaults here are the ones it uses.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 2, jvmArgsAppend = {"-Xmx256m", "-XX:+UseSerialGC"})
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 8, time = 4)
public class ExtractBenchmark {

    /** A directory of documents; empty: the {@code eventlens.bench.docs} property, ../shared, or the bundled ones. */
    @Param("")
    public String docs;

    private ExtractionEngine engine;
    private List<DocumentInput> inputs;
    private List<String> baselineTexts;
    private TokenSentenceAnnotator tokenizer;
    private long corpusTokens;

    @Setup(Level.Trial)
    public void loadEngine() {
        engine = ExtractionEngine.standard();
        BenchmarkCorpus corpus = BenchmarkCorpus.resolve(docs);
        inputs = corpus.documents();
        corpusTokens = corpus.tokenCount(engine);
        tokenizer = new TokenSentenceAnnotator();
        baselineTexts = corpus.normalisedTexts(engine);
        System.out.printf(Locale.ROOT, "%ncorpus: %d documents, %d characters, %d tokens, from %s%n",
                inputs.size(), corpus.characters(), corpusTokens, corpus.origin());
    }

    @Benchmark
    public void extract(CpuCounters cpu, Blackhole blackhole) {
        long started = CpuCounters.threadCpuNow();
        for (DocumentInput input : inputs) {
            blackhole.consume(engine.extract(input));
        }
        cpu.add(corpusTokens, started);
    }

    /** Baseline: tokens and sentences alone, over the normalised texts. */
    @Benchmark
    public void tokenize(CpuCounters cpu, Blackhole blackhole) {
        long started = CpuCounters.threadCpuNow();
        for (String text : baselineTexts) {
            Document document = new Document("baseline", text, SourceFormat.PLAIN, null, Deadline.NONE);
            tokenizer.annotate(document);
            blackhole.consume(document);
        }
        cpu.add(corpusTokens, started);
    }
}
