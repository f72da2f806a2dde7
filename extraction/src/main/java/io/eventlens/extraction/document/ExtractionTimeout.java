package io.eventlens.extraction.document;

/** Thrown inside the pipeline when a document's {@link Deadline} has passed; never escapes the engine. */
public final class ExtractionTimeout extends RuntimeException {

    public ExtractionTimeout(String message) {
        super(message, null, false, false);
    }
}
