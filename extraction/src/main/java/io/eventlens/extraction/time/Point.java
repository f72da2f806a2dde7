package io.eventlens.extraction.time;

import java.time.DayOfWeek;

/**
 * A point or period of time as the text states it, any part possibly missing: "14 March" has no
 * year, "Friday" only a weekday, "last week" only a shift from the anchor date. The
 * {@link Resolver} fills in what the anchor date implies. Fields are null when not stated.
 */
final class Point {

    Integer year;
    Integer month;
    Integer day;
    DayOfWeek weekday;
    Integer quarter;
    Integer half;
    /** SP, SU, FA, WI. */
    String season;
    /** ISO week of {@link #year} (a week-based year once resolved). */
    Integer week;
    boolean weekend;
    /** The first three digits of the years of a decade: 199 for the 1990s. */
    Integer decade;
    /** The first two digits of the years of a century: 19 for the 20th century. */
    Integer century;
    Integer hour;
    Integer minute;
    /** MO, AF, EV, NI. */
    String partOfDay;
    /** A shift of whole units from the anchor: "yesterday" is DAY -1, "next year" YEAR +1. */
    Unit shiftUnit;
    int shift;
    /** Which way an unstated year or date lies from the anchor: -1 before, +1 after, 0 decide from context. */
    int direction;
    /** "last Friday", "next March": never the anchor's own day or month. */
    boolean strict;
    /** The year was written with two digits ("29-Nov-94", "'94"). */
    boolean twoDigitYear;
    /** The year (or whole date) was not written and came from the anchor. */
    boolean yearInferred;
    /** A weekday was written with a full date and does not agree with it. */
    boolean weekdayMismatch;
    /**
     * "Tue 4/3": a numeric day and month without a year whose order (month/day or day/month) the
     * text does not fix; the resolver keeps the reading the written weekday falls on.
     */
    boolean orderOpen;
    /** TimeML MOD: START, MID, END, APPROX, LESS_THAN, MORE_THAN... */
    String mod;
    /**
     * "a year ago", "year-earlier": counted from the period under discussion when the text names
     * a quarter nearby ("third-quarter profit rose from a year earlier"), else from the anchor.
     */
    boolean contextual;
    /** "the following year", "the previous Friday": counted from the date the text last spoke of, not the anchor. */
    boolean anaphoric;
    /** A holiday fixed as the n-th weekday of its month ("Thanksgiving": 4th Thursday of November); -1 is the last. */
    int nth;
    /** Days after the n-th weekday (Election Day is the Tuesday after the first Monday of November). */
    int holidayOffset;

    Point copy() {
        Point p = new Point();
        p.year = year;
        p.month = month;
        p.day = day;
        p.weekday = weekday;
        p.quarter = quarter;
        p.half = half;
        p.season = season;
        p.week = week;
        p.weekend = weekend;
        p.decade = decade;
        p.century = century;
        p.hour = hour;
        p.minute = minute;
        p.partOfDay = partOfDay;
        p.shiftUnit = shiftUnit;
        p.shift = shift;
        p.direction = direction;
        p.strict = strict;
        p.twoDigitYear = twoDigitYear;
        p.yearInferred = yearInferred;
        p.weekdayMismatch = weekdayMismatch;
        p.orderOpen = orderOpen;
        p.mod = mod;
        p.contextual = contextual;
        p.anaphoric = anaphoric;
        p.nth = nth;
        p.holidayOffset = holidayOffset;
        return p;
    }

    boolean hasDate() {
        return year != null || month != null || day != null || weekday != null || quarter != null || half != null
                || season != null || week != null || weekend || decade != null || century != null || shiftUnit != null;
    }

    boolean hasTime() {
        return hour != null || partOfDay != null;
    }

    /** A day of the calendar, possibly without its year: "14 March", "Friday", "yesterday". */
    boolean isDay() {
        return day != null || (weekday != null && month == null)
                || (shiftUnit == Unit.DAY);
    }

    /** Takes the date fields of {@code other} (for a time of day on that date). */
    void takeDate(Point other) {
        year = other.year;
        month = other.month;
        day = other.day;
        weekday = other.weekday;
        quarter = other.quarter;
        half = other.half;
        season = other.season;
        week = other.week;
        weekend = other.weekend;
        decade = other.decade;
        century = other.century;
        shiftUnit = other.shiftUnit;
        shift = other.shift;
        direction = other.direction;
        strict = other.strict;
        twoDigitYear = other.twoDigitYear;
        yearInferred = other.yearInferred;
        weekdayMismatch = other.weekdayMismatch;
        orderOpen = other.orderOpen;
    }

    @Override
    public String toString() {
        return "Point[y=" + year + " m=" + month + " d=" + day + " wd=" + weekday + " q=" + quarter + " s=" + season
                + " w=" + week + " dec=" + decade + " h=" + hour + ":" + minute + " pod=" + partOfDay + " shift="
                + shift + " " + shiftUnit + " dir=" + direction + "]";
    }
}
