package io.eventlens.extraction.text;

import io.eventlens.extraction.document.Layer;
import io.eventlens.extraction.document.Span;

/**
 * A sentence, or a line that stands on its own (a heading, a date line, a list item).
 * {@code firstToken} and {@code endToken} index the token layer, end exclusive.
 */
public record Sentence(int start, int end, int firstToken, int endToken) implements Span {

    public static final Layer<Sentence> LAYER = Layer.named("sentences");

    public int tokenCount() {
        return endToken - firstToken;
    }
}
