package io.eventlens.extraction.time;

import io.eventlens.extraction.document.Layer;
import io.eventlens.extraction.document.Span;

/**
 * A date, date range, time or time range as an event document states it, resolved to the
 * calendar: "Monday, February 1, 2021, 12:00-1:30 PM ET" is one mention from 2021-02-01 12:00 to
 * 13:30. Dates without a year take it from the document's anchor date ({@code yearInferred}).
 *
 * @param startDate    YYYY-MM-DD, or YYYY-MM when only a month is known; null for a time alone
 *                     ("13:40-13:55" in an agenda), or a date whose year could not be resolved
 * @param endDate      the last day of a range, else null
 * @param startTime    HH:MM, 24-hour, or null
 * @param endTime      HH:MM, 24-hour, or null
 * @param yearInferred the year (or the whole date, for "Friday" or "tomorrow") came from the anchor date
 * @param confidence   0..1: high for a complete written date, lower when inferred or contradicted
 * @param relative     the date was named relative to the anchor ("Friday", "tomorrow", "next week"), not written
 */
public record DateMention(int start, int end, String startDate, String endDate, String startTime, String endTime,
        boolean yearInferred, double confidence, boolean relative) implements Span {

    public static final Layer<DateMention> LAYER = Layer.named("date-mentions");

    public boolean hasDate() {
        return startDate != null;
    }

    public boolean hasTime() {
        return startTime != null;
    }
}
