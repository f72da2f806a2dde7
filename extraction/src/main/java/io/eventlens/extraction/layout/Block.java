package io.eventlens.extraction.layout;

import io.eventlens.extraction.document.Layer;
import io.eventlens.extraction.document.Span;

/** Consecutive lines between blank lines: a paragraph, a header block, a list. {@code endLine} is exclusive. */
public record Block(int start, int end, int firstLine, int endLine) implements Span {

    public static final Layer<Block> LAYER = Layer.named("blocks");

    public int lineCount() {
        return endLine - firstLine;
    }
}
