package io.eventlens.extraction.text;

import io.eventlens.extraction.document.Layer;
import io.eventlens.extraction.document.Span;

/** A word, number or punctuation mark of the normalised text. */
public record Token(int start, int end) implements Span {

    public static final Layer<Token> LAYER = Layer.named("tokens");
}
