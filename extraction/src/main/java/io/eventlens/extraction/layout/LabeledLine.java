package io.eventlens.extraction.layout;

import io.eventlens.extraction.document.Layer;
import io.eventlens.extraction.document.Span;

/**
 * A "Label: value" line ("Date: 4 May", "Moderator: Dr. Ana Ruiz", "Speakers:" with the value on the
 * following lines) or a line led by a pictogram that works as a label (a pin for the place, a
 * calendar for the date).
 *
 * @param key         the label in lower case without its colon ("date", "organisers"); for
 *                    pictograms "location", "date" or "time"
 * @param known       the label is one of the usual field names of event notices
 * @param valueStart  start of the value on this line ({@code == end} when the value follows on later lines)
 */
public record LabeledLine(int start, int end, int line, String key, boolean known, int labelEnd, int valueStart)
        implements Span {

    public static final Layer<LabeledLine> LAYER = Layer.named("labeled-lines");

    public Span value() {
        return Span.of(valueStart, end);
    }

    public boolean hasValue() {
        return valueStart < end;
    }
}
