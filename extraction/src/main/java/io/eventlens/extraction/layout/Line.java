package io.eventlens.extraction.layout;

import io.eventlens.extraction.document.Layer;
import io.eventlens.extraction.document.Span;

/**
 * One non-blank line of the normalised text, without its indentation and trailing spaces.
 *
 * @param index        position among the document's lines (0, 1, 2...)
 * @param indent       leading spaces (a tab counts 4)
 * @param blankBefore  a blank line (or the start of the text) precedes it
 * @param blankAfter   a blank line (or the end of the text) follows it
 * @param listItem     a bullet, a number or the markup made it a list item
 * @param bodyStart    where the line's content starts after a list marker (= start otherwise)
 */
public record Line(int start, int end, int index, int indent, boolean blankBefore, boolean blankAfter,
                   boolean listItem, int bodyStart) implements Span {

    public static final Layer<Line> LAYER = Layer.named("lines");

    /** The line's content without a list marker. */
    public Span body() {
        return Span.of(bodyStart, end);
    }
}
