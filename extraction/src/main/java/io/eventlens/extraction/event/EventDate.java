package io.eventlens.extraction.event;

import io.eventlens.extraction.document.Layer;
import io.eventlens.extraction.document.Span;

/**
 * A date (and maybe a time) stated in the text, in the form the event readers use: ISO dates
 * ({@code YYYY-MM-DD}, or {@code YYYY-MM} when only the month is known), 24-hour times. Built by
 * {@link EventDateAnnotator} from the temporal annotator's date mentions and from HTML
 * {@code <time datetime>} values.
 *
 * @param relative  said relative to the document's own date ("yesterday", "on Tuesday", "last night")
 * @param fromMarkup read from a machine-readable {@code datetime} attribute
 */
public record EventDate(int start, int end, String startDate, String endDate, String startTime, String endTime,
                        boolean relative, boolean fromMarkup, double confidence) implements Span {

    public static final Layer<EventDate> LAYER = Layer.named("event-dates");

    /** The date names a day (not only a month or a year). */
    public boolean hasDay() {
        return startDate != null && startDate.length() == 10;
    }

    public boolean isRange() {
        return endDate != null && !endDate.equals(startDate);
    }

    /** True when {@code isoDay} lies within this date's range. */
    public boolean covers(String isoDay) {
        if (startDate == null || isoDay == null) {
            return false;
        }
        String last = endDate == null ? startDate : endDate;
        return startDate.compareTo(isoDay) <= 0 && isoDay.compareTo(last) <= 0;
    }
}
