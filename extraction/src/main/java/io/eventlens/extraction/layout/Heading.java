package io.eventlens.extraction.layout;

import io.eventlens.extraction.document.Layer;
import io.eventlens.extraction.document.Span;

/**
 * A line that heads what follows: stated by markup ({@code <h2>}, {@code ##}) or recognised by its
 * shape (short, standing alone, no final period, capitalised like a title).
 *
 * @param line        index of the line
 * @param level       1..6 from markup; 0 when recognised by shape
 * @param fromMarkup  the source's markup said so
 * @param allCaps     written in capitals ("PROGRAMME")
 */
public record Heading(int start, int end, int line, int level, boolean fromMarkup, boolean allCaps) implements Span {

    public static final Layer<Heading> LAYER = Layer.named("headings");
}
