package io.eventlens.extraction.pipeline;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.ExtractionTimeout;
import java.util.List;

/**
 * An ordered list of annotators run over one document. A failing or overrunning annotator stops
 * the run with a note on the document; no exception leaves the pipeline.
 */
public final class Pipeline {

    private final List<Annotator> annotators;

    public Pipeline(List<Annotator> annotators) {
        this.annotators = List.copyOf(annotators);
    }

    public List<Annotator> annotators() {
        return annotators;
    }

    /** Runs every annotator in order; returns true when all of them completed. */
    public boolean run(Document document) {
        for (Annotator annotator : annotators) {
            try {
                annotator.annotate(document);
            } catch (ExtractionTimeout e) {
                document.note(e.getMessage() + " (stopped in " + annotator.name() + "); no events were extracted");
                return false;
            } catch (RuntimeException | StackOverflowError e) {
                document.note("annotator " + annotator.name() + " failed on " + document.name() + ": " + e
                        + "; no events were extracted");
                return false;
            }
        }
        return true;
    }
}
