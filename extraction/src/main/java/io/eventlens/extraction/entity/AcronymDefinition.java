package io.eventlens.extraction.entity;

import io.eventlens.extraction.document.Layer;
import io.eventlens.extraction.document.Span;

/**
 * "International Peace Institute (IPI)": {@code start..end} is the acronym inside the
 * parentheses, {@code longStart..longEnd} the long form it abbreviates.
 */
public record AcronymDefinition(int start, int end, String acronym, int longStart, int longEnd, String longForm)
        implements Span {

    public static final Layer<AcronymDefinition> LAYER = Layer.named("acronym-definitions");

    public Span longSpan() {
        return Span.of(longStart, longEnd);
    }
}
