package io.eventlens.extraction;

import io.eventlens.contract.EventRecord;
import io.eventlens.extraction.document.Deadline;
import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.event.AssembledEvent;
import io.eventlens.extraction.pipeline.Pipeline;
import java.util.List;
import java.util.Locale;

/**
 * The extraction engine: create it once (it loads its models), then call {@link #extract} from
 * any number of threads. It never throws on bad input: the result says what went wrong.
 */
public final class ExtractionEngine {

    /** Work on one document stops after this long, whatever the input. */
    public static final long DEFAULT_BUDGET_MILLIS = 30_000;

    /**
     * Characters of a document the engine reads; the rest of a longer one is left out, with a note.
     * Half a million characters is a 150-page report (event documents are rarely a tenth of it),
     * about 1.5 CPU-seconds of extraction at the engine's speed, and the worst input measured (random
     * bytes, every character a token) stays near 100 MB of transient heap at this length, so one
     * document cannot take the engine past its 256 MB heap budget or its time budget.
     */
    public static final int DEFAULT_MAX_CHARS = 500_000;

    private final Pipeline pipeline;
    private final long budgetMillis;
    private final int maxChars;

    public ExtractionEngine(Pipeline pipeline, long budgetMillis) {
        this(pipeline, budgetMillis, DEFAULT_MAX_CHARS);
    }

    public ExtractionEngine(Pipeline pipeline, long budgetMillis, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive, got " + maxChars);
        }
        this.pipeline = pipeline;
        this.budgetMillis = budgetMillis;
        this.maxChars = maxChars;
    }

    public static ExtractionEngine standard() {
        return new ExtractionEngine(StandardPipeline.create(), DEFAULT_BUDGET_MILLIS, DEFAULT_MAX_CHARS);
    }

    /** The engine's version, as recorded in published results. */
    public static String version() {
        String v = ExtractionEngine.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    public ExtractionResult extract(DocumentInput input) {
        Document document = annotate(input);
        List<EventRecord> events = document.get(AssembledEvent.LAYER).stream().map(AssembledEvent::record).toList();
        return new ExtractionResult(document.name(), document.language(), document.notes(), events);
    }

    /**
     * Runs the pipeline and returns the annotated document, for tools that need its layers. A text
     * longer than the engine's limit is cut (see {@link #readableLength}); the document's source is
     * then that prefix, so every offset still points into the text the caller gave.
     */
    public Document annotate(DocumentInput input) {
        String text = input.text() == null ? "" : input.text();
        int length = readableLength(text, maxChars);
        Document document = new Document(input.name(), text.substring(0, length), input.format(), input.creationDate(),
                Deadline.inMillis(budgetMillis));
        if (length < text.length()) {
            document.note(String.format(Locale.ROOT,
                    "%s has %,d characters; only the first %,d were read (the engine reads at most %,d characters "
                            + "of a document: split longer documents)",
                    document.name(), text.length(), length, maxChars));
        }
        pipeline.run(document);
        return document;
    }

    /**
     * How much of {@code text} to read: all of it up to {@code max} characters, else up to the last
     * line break (or, failing that, space) in the final tenth before the limit, so the cut falls
     * between lines or words; never between the two halves of a surrogate pair.
     */
    static int readableLength(String text, int max) {
        if (text.length() <= max) {
            return text.length();
        }
        int floor = max - max / 10;
        int cut = text.lastIndexOf('\n', max - 1) + 1;
        if (cut <= floor) {
            cut = text.lastIndexOf(' ', max - 1) + 1;
        }
        if (cut <= floor) {
            cut = max;
        }
        if (Character.isHighSurrogate(text.charAt(cut - 1)) && Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        return cut;
    }
}
