package io.eventlens.extraction.pipeline;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.ExtractionTimeout;
import java.util.List;

/**
 * An ordered list of annotators run over one document. A failing or overrunning annotator stops
 * the run with a note on the document; no exception leaves the pipeline, and neither does a stack
 * overflow or an out-of-memory error caused by the document (the engine's size limit keeps the
 * latter for heaps far below the budget).
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
        String previous = null;
        for (Annotator annotator : annotators) {
            try {
                // an annotator that overran its budget without checking it stops the rest here
                document.checkDeadline();
            } catch (ExtractionTimeout e) {
                document.note(e.getMessage() + " (stopped " + (previous == null ? "before " + annotator.name() : "after " + previous)
                        + "); no events were extracted");
                return false;
            }
            try {
                annotator.annotate(document);
                previous = annotator.name();
            } catch (ExtractionTimeout e) {
                document.note(e.getMessage() + " (stopped in " + annotator.name() + "); no events were extracted");
                return false;
            } catch (RuntimeException | StackOverflowError e) {
                document.note("annotator " + annotator.name() + " failed on " + document.name() + ": " + e
                        + "; no events were extracted");
                return false;
            } catch (OutOfMemoryError e) {
                // what this document allocated is garbage once we return; the caller's thread goes on
                document.note("annotator " + annotator.name() + " ran out of heap on " + document.name()
                        + "; no events were extracted (give the JVM more heap or split the document)");
                return false;
            }
        }
        return true;
    }
}
