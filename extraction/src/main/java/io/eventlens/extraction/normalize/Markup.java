package io.eventlens.extraction.normalize;

import io.eventlens.extraction.document.Layer;
import io.eventlens.extraction.document.Span;

/**
 * Structure the source's markup stated explicitly (an HTML {@code <h2>}, a Markdown {@code ##} line,
 * a list item, a definition term...), kept by the normaliser so later steps need not guess it.
 *
 * @param level heading level 1..6 for {@link Kind#HEADING}, 0 otherwise
 */
public record Markup(int start, int end, Kind kind, int level) implements Span {

    public static final Layer<Markup> LAYER = Layer.named("markup");

    public enum Kind {
        /** A heading; {@code level} says which. */
        HEADING,
        /** One item of a bulleted or numbered list. */
        LIST_ITEM,
        /** The label of a label/value pair: an HTML {@code <dt>} or {@code <th>}. */
        LABEL,
        /** Strong emphasis: {@code <strong>}, {@code <b>}, Markdown {@code **...**}. */
        STRONG,
        /** Emphasis: {@code <em>}, {@code <i>}, Markdown {@code *...*}. */
        EMPHASIS,
        /** The text of a hyperlink. */
        LINK
    }

    public static Markup of(int start, int end, Kind kind) {
        return new Markup(start, end, kind, 0);
    }
}
