package io.eventlens.benchmarks;

import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.text.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents a benchmark runs over: every file of a directory (the shared dev documents when
 * present), or else the documents bundled with this module, written for it in the same genres.
 *
 * @param origin     where the documents came from, for the report
 * @param documents  the inputs, as the command line would build them (format guessed from the name)
 */
public record BenchmarkCorpus(String origin, List<DocumentInput> documents) {

    /** Where the bundled documents live on the class path; {@code index.txt} lists them. */
    private static final String BUNDLED = "/io/eventlens/benchmarks/documents/";

    /** The system property naming the directory when no {@code docs} parameter is given. */
    public static final String DOCS_PROPERTY = "eventlens.bench.docs";

    /**
     * The corpus named by {@code directory}, or by the system property, or found beside the
     * working directory ({@code ../shared} or {@code ../../shared}); the bundled documents when
     * none of these exists.
     */
    public static BenchmarkCorpus resolve(String directory) {
        List<String> candidates = new ArrayList<>();
        if (directory != null && !directory.isBlank()) {
            candidates.add(directory);
        }
        String property = System.getProperty(DOCS_PROPERTY, "");
        if (!property.isBlank()) {
            candidates.add(property);
        }
        candidates.add("../shared/corpus/dev/docs");
        candidates.add("../../shared/corpus/dev/docs");
        for (String candidate : candidates) {
            Path path = Path.of(candidate);
            if (Files.isDirectory(path)) {
                return fromDirectory(path);
            }
        }
        return bundled();
    }

    static BenchmarkCorpus fromDirectory(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            List<DocumentInput> documents = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                documents.add(DocumentInput.of(name, decode(Files.readAllBytes(file))));
            }
            return new BenchmarkCorpus(directory.toAbsolutePath().normalize().toString(), documents);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the benchmark documents in " + directory, e);
        }
    }

    static BenchmarkCorpus bundled() {
        List<DocumentInput> documents = new ArrayList<>();
        for (String name : new String(read(BUNDLED + "index.txt"), StandardCharsets.UTF_8).split("\\R")) {
            if (!name.isBlank()) {
                documents.add(DocumentInput.of(name.strip(), decode(read(BUNDLED + name.strip()))));
            }
        }
        return new BenchmarkCorpus("bundled documents (" + BUNDLED + ")", documents);
    }

    /** Tokens of every document as the engine's own tokenizer counts them (the {@link Token} layer). */
    public long tokenCount(ExtractionEngine engine) {
        long tokens = 0;
        for (DocumentInput input : documents) {
            tokens += engine.annotate(input).get(Token.LAYER).size();
        }
        return tokens;
    }

    /** The normalised text of every document, as the engine's tokenizer sees it. */
    public List<String> normalisedTexts(ExtractionEngine engine) {
        List<String> texts = new ArrayList<>();
        for (DocumentInput input : documents) {
            Document document = engine.annotate(input);
            texts.add(document.text());
        }
        return texts;
    }

    public long characters() {
        return documents.stream().mapToLong(d -> d.text().length()).sum();
    }

    private static byte[] read(String resource) {
        try (InputStream in = BenchmarkCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled benchmark document " + resource + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** UTF-8 with undecodable bytes replaced, as the command line reads files. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
