package io.eventlens.extraction.pipeline;

import io.eventlens.extraction.document.Document;

/**
 * One step of the pipeline: reads the layers earlier steps added and adds its own. An annotator
 * is created once (models loaded in its constructor) and must be safe to share between threads:
 * all per-document state lives on the {@link Document}.
 */
public interface Annotator {

    void annotate(Document document);

    /** A short name for logs and notes. */
    default String name() {
        return getClass().getSimpleName();
    }
}
