package io.eventlens.extraction.layout;

import io.eventlens.extraction.document.Layer;
import io.eventlens.extraction.document.Span;

/**
 * One slot of an agenda or programme: a line that starts with a time or a time range ("13:40-13:55
 * Keynote Address by ...", "10:00 - 10:30   OPENING SEGMENT") and the more indented lines that
 * continue it.
 *
 * @param from       the slot's start, 24-hour HH:MM
 * @param to         the slot's end, HH:MM, or null when the line gives one time
 * @param bodyStart  where the text after the times starts
 * @param lastLine   index of the last line the item covers
 */
public record AgendaItem(int start, int end, int line, int lastLine, String from, String to, int bodyStart)
        implements Span {

    public static final Layer<AgendaItem> LAYER = Layer.named("agenda-items");

    public Span body() {
        return Span.of(bodyStart, end);
    }
}
