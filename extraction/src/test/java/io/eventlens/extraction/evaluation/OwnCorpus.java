package io.eventlens.extraction.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import io.eventlens.extraction.ExtractionResult;
import io.eventlens.extraction.document.SourceFormat;
import io.eventlens.extraction.evaluation.EventScorer.DocumentScore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The project's own annotated corpus ({@code evaluation/corpus}: {@code docs/} and {@code gold/}),
 * run through the engine and scored. Used by {@code OwnCorpusRegressionTest} and, through
 * {@link #main}, by {@code evaluation/own-corpus.sh}.
 */
final class OwnCorpus {

    /** Overrides where the corpus is looked for (a directory holding {@code docs/} and {@code gold/}). */
    static final String LOCATION_PROPERTY = "eventlens.corpus";

    private static final ObjectMapper JSON = new ObjectMapper();

    private OwnCorpus() {
    }

    /** The corpus directory: the system property if set, else {@code evaluation/corpus} in the working directory or a parent of it. */
    static Path locate() {
        String configured = System.getProperty(LOCATION_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("evaluation").resolve("corpus");
            if (Files.isDirectory(candidate.resolve("gold")) && Files.isDirectory(candidate.resolve("docs"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("evaluation/corpus not found from " + Path.of("").toAbsolutePath()
                + "; run from inside the repository or set -D" + LOCATION_PROPERTY + "=DIR");
    }

    /** Every gold annotation of the corpus, by file name of the document it annotates, in name order. */
    static Map<String, Annotation> gold(Path corpus) throws IOException {
        Map<String, Annotation> gold = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(corpus.resolve("gold"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Annotation a = Annotation.read(f);
                if (a.document() == null) {
                    throw new IllegalStateException(f + " names no document");
                }
                gold.put(a.document(), a);
            }
        }
        return gold;
    }

    /** Runs the engine on every annotated document (no creation date: documents carry their own dates). */
    static Map<String, ExtractionResult> extract(ExtractionEngine engine, Path corpus, Iterable<String> documents) {
        Map<String, ExtractionResult> results = new LinkedHashMap<>();
        for (String name : documents) {
            Path file = corpus.resolve("docs").resolve(name);
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ", which gold/ annotates", e);
            }
            results.put(name, engine.extract(new DocumentInput(name, text, SourceFormat.guess(name, text), null)));
        }
        return results;
    }

    static CorpusScore score(Map<String, Annotation> gold, Map<String, ExtractionResult> results) {
        List<DocumentScore> scores = new ArrayList<>();
        gold.forEach((name, g) -> {
            ExtractionResult r = results.get(name);
            scores.add(EventScorer.score(g, r == null ? null : Annotation.of(r)));
        });
        return new CorpusScore(scores);
    }

    /** {@code [--verbose] [--predictions FILE.jsonl] [CORPUS_DIR]}: prints the score table of the engine on the corpus. */
    public static void main(String[] args) throws IOException {
        boolean verbose = false;
        Path predictions = null;
        Path corpus = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--verbose" -> verbose = true;
                case "--predictions" -> predictions = Path.of(args[++i]);
                default -> corpus = Path.of(args[i]);
            }
        }
        if (corpus == null) {
            corpus = locate();
        }
        Map<String, Annotation> gold = gold(corpus);
        Map<String, ExtractionResult> results = extract(ExtractionEngine.standard(), corpus, gold.keySet());
        if (predictions != null) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(predictions, StandardCharsets.UTF_8))) {
                for (ExtractionResult r : results.values()) {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("document", r.document());
                    line.put("language", r.language());
                    line.put("notes", r.notes());
                    line.put("events", r.events());
                    out.println(JSON.writeValueAsString(line));
                }
            }
        }
        CorpusScore score = score(gold, results);
        System.out.println("Own corpus: " + gold.size() + " documents in " + corpus.toAbsolutePath().normalize());
        System.out.print(score.table(verbose));
    }
}
