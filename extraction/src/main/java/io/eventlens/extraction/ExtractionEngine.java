package io.eventlens.extraction;

import io.eventlens.contract.EventRecord;
import io.eventlens.extraction.document.Deadline;
import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.event.AssembledEvent;
import io.eventlens.extraction.pipeline.Pipeline;
import java.util.List;

/**
 * The extraction engine: create it once (it loads its models), then call {@link #extract} from
 * any number of threads. It never throws on bad input: the result says what went wrong.
 */
public final class ExtractionEngine {

    /** Work on one document stops after this long, whatever the input. */
    public static final long DEFAULT_BUDGET_MILLIS = 30_000;

    private final Pipeline pipeline;
    private final long budgetMillis;

    public ExtractionEngine(Pipeline pipeline, long budgetMillis) {
        this.pipeline = pipeline;
        this.budgetMillis = budgetMillis;
    }

    public static ExtractionEngine standard() {
        return new ExtractionEngine(StandardPipeline.create(), DEFAULT_BUDGET_MILLIS);
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

    /** Runs the pipeline and returns the annotated document, for tools that need its layers. */
    public Document annotate(DocumentInput input) {
        Document document = new Document(input.name(), input.text(), input.format(), input.creationDate(),
                Deadline.inMillis(budgetMillis));
        pipeline.run(document);
        return document;
    }
}
