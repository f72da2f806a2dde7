package io.eventlens.extraction.announcement;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.Layer;
import io.eventlens.extraction.document.Span;

/**
 * One "Key: value" line of an e-mail or memo header ({@code Topic:}, {@code Who:}, {@code Place:},
 * {@code Time:}...), with the indented lines that continue its value. The span runs from the key
 * to the end of the value.
 *
 * @param key    the key folded for lookup: lower case, runs of other characters as one space
 *               ({@code "PostedBy"} is {@code postedby}, {@code "Host/e-mail"} is {@code host e mail})
 * @param block  fields on consecutive lines share a block number; a blank line starts a new block
 * @param indent columns of white space before the key (a tab counts as one)
 */
public record HeaderField(int start, int end, int keyStart, int keyEnd, int valueStart, int valueEnd,
                          String key, int block, int indent) implements Span {

    public static final Layer<HeaderField> LAYER = Layer.named("header-fields");

    public Span keySpan() {
        return Span.of(keyStart, keyEnd);
    }

    /** The value, empty when the key stands alone on its line. */
    public Span valueSpan() {
        return Span.of(valueStart, valueEnd);
    }

    public boolean hasValue() {
        return valueEnd > valueStart;
    }

    /** The value with its line breaks and runs of white space folded to single spaces. */
    public String value(Document document) {
        return document.text().substring(valueStart, valueEnd).replaceAll("\\s+", " ");
    }

    /** The first line of the value (a multi-line {@code Who:} gives the name first, then titles). */
    public Span firstValueLine(Document document) {
        String text = document.text();
        int end = valueStart;
        while (end < valueEnd && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        while (end > valueStart && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return Span.of(valueStart, end);
    }
}
