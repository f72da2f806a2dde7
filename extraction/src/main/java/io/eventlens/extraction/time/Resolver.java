package io.eventlens.extraction.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/**
 * Fills in what a {@link Point} leaves to its anchor date: the year of "14 March", the date of
 * "Friday" or "yesterday", the week of "last week". Unstated years go to the candidate nearest
 * the anchor, or the nearest one in the direction the sentence's tense (or a "last"/"next")
 * points to; a weekday written with the date picks the year it agrees with.
 */
final class Resolver {

    private final LocalDate anchor;
    /** The year a retrospective report covers, or null: its dates without a year lie in it. */
    private final Integer reportYear;

    /** {@code anchor} may be null: then only what the text states is kept. */
    Resolver(LocalDate anchor) {
        this(anchor, null);
    }

    /**
     * With {@code reportYear} (an undated "Annual Report 2024"), a month or a day without a year lies
     * in that year unless its sentence looks ahead ("is scheduled for May").
     */
    Resolver(LocalDate anchor, Integer reportYear) {
        this.anchor = anchor;
        this.reportYear = reportYear;
    }

    /**
     * The point with everything the anchor implies filled in, unstated parts on the side of the
     * anchor the tense points to: firmly when "last" or "next" says so, as a lean when only the
     * tense does (a much nearer date on the other side still wins).
     */
    Point resolve(Point p, Tense.Lean lean) {
        Point r = p.copy();
        if (anchor == null) {
            checkWeekday(r);
            return r;
        }
        int direction = p.direction != 0 ? p.direction : lean.direction();
        boolean firm = p.direction != 0;
        if (r.shiftUnit != null) {
            shift(r);
        } else if (r.weekend && r.week == null && r.year == null) {
            // "the weekend": the one whose Saturday lies nearest the anchor in the tense's direction
            LocalDate saturday = weekdayNear(DayOfWeek.SATURDAY, direction, false);
            r.year = saturday.get(IsoFields.WEEK_BASED_YEAR);
            r.week = saturday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        } else if (r.day != null && r.month == null && r.year == null && r.week == null) {
            // "on the 9th", "Tuesday 7th": the month comes from the anchor's neighbourhood; a weekday with
            // its day looks back only when its own sentence does (a bulletin's past tense announces nothing of it)
            int way = r.weekday == null || firm ? direction : lean.sentence();
            LocalDate d = dayNear(r.day, r.weekday, way);
            if (d != null) {
                setDay(r, d);
                r.yearInferred = true;
            }
        } else if (r.weekday != null && r.day == null && r.month == null && r.year == null) {
            LocalDate d = weekdayNear(r.weekday, direction, r.strict);
            setDay(r, d);
            r.yearInferred = true;
        } else if (r.year == null && r.decade == null && r.century == null && (r.month != null || r.quarter != null
                || r.half != null || r.season != null || r.week != null || r.day != null)) {
            Integer unsureYear = r.orderOpen ? chooseOrder(r, direction, firm) : null;
            r.year = unsureYear != null ? unsureYear
                    : reportYear != null && !firm && lean.sentence() <= 0 ? reportYear : inferYear(r, direction, firm);
            r.yearInferred = true;
        }
        if (r.nth != 0 && r.year != null && r.month != null && r.weekday != null) {
            java.time.temporal.TemporalAdjuster adjuster = r.nth > 0
                    ? java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(r.nth, r.weekday)
                    : java.time.temporal.TemporalAdjusters.lastInMonth(r.weekday);
            r.day = LocalDate.of(r.year, r.month, 1).with(adjuster).plusDays(r.holidayOffset).getDayOfMonth();
            r.weekday = null;
            r.nth = 0;
        }
        checkWeekday(r);
        return r;
    }

    /** "a year earlier" said of a quarter: the same quarter, that many years before it. */
    static Point fromContext(Point written, Point quarter) {
        Point r = written.copy();
        r.shiftUnit = null;
        r.shift = 0;
        r.year = written.year != null ? written.year : quarter.year + written.shift;
        r.quarter = quarter.quarter;
        return r;
    }

    private void shift(Point r) {
        int k = r.shift;
        switch (r.shiftUnit) {
            case DAY -> setDay(r, anchor.plusDays(k));
            case WEEK, WEEKEND, FORTNIGHT -> {
                LocalDate d = anchor.plusWeeks(r.shiftUnit == Unit.FORTNIGHT ? 2L * k : k);
                r.year = d.get(IsoFields.WEEK_BASED_YEAR);
                r.week = d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                r.weekend = r.shiftUnit == Unit.WEEKEND;
            }
            case MONTH -> {
                LocalDate d = anchor.plusMonths(k);
                r.year = d.getYear();
                r.month = d.getMonthValue();
            }
            case QUARTER -> {
                int q = anchor.getYear() * 4 + (anchor.getMonthValue() - 1) / 3 + k;
                r.year = Math.floorDiv(q, 4);
                r.quarter = Math.floorMod(q, 4) + 1;
            }
            case HALF -> {
                int h = anchor.getYear() * 2 + (anchor.getMonthValue() - 1) / 6 + k;
                r.year = Math.floorDiv(h, 2);
                r.half = Math.floorMod(h, 2) + 1;
            }
            case YEAR -> {
                r.year = anchor.getYear() + k;
                if (r.month != null || r.quarter != null || r.season != null || r.half != null) {
                    r.yearInferred = true;
                }
            }
            case DECADE -> r.decade = anchor.getYear() / 10 + k;
            case CENTURY -> r.century = anchor.getYear() / 100 + k;
            case MILLENNIUM -> r.century = (anchor.getYear() / 1000 + k) * 10;
            case HOUR, MINUTE, SECOND -> {
                // "an hour ago": the anchor's day is all a date anchor can say
                setDay(r, anchor);
            }
        }
        r.shiftUnit = null;
        r.shift = 0;
    }

    private static void setDay(Point r, LocalDate d) {
        r.year = d.getYear();
        r.month = d.getMonthValue();
        r.day = d.getDayOfMonth();
    }

    /** The date with {@code weekday} nearest the anchor in the given direction (the anchor itself counts unless strict). */
    private LocalDate weekdayNear(DayOfWeek weekday, int direction, boolean strict) {
        int diff = weekday.getValue() - anchor.getDayOfWeek().getValue(); // -6..6
        int back = diff > 0 ? diff - 7 : diff;   // -6..0
        int ahead = diff < 0 ? diff + 7 : diff;  // 0..6
        if (strict) {
            back = back == 0 ? -7 : back;
            ahead = ahead == 0 ? 7 : ahead;
        }
        int days;
        if (direction < 0) {
            days = back;
        } else if (direction > 0) {
            days = ahead;
        } else {
            days = -back <= ahead ? back : ahead;
        }
        return anchor.plusDays(days);
    }

    /**
     * "Tue 4/3": keeps month/day unless only the day/month reading falls on the written weekday in
     * the year it would take. When neither reading does, no year is searched for the weekday's sake:
     * returns the year month/day takes by itself (the weekday then shows as a mismatch), else null.
     */
    private Integer chooseOrder(Point r, int direction, boolean firm) {
        r.orderOpen = false;
        if (r.weekday == null) {
            return null;
        }
        Point swapped = r.copy();
        swapped.month = r.day;
        swapped.day = r.month;
        boolean asWritten = fallsOnWeekday(r, direction, firm);
        boolean asSwapped = fallsOnWeekday(swapped, direction, firm);
        if (asWritten && asSwapped && anchor != null && distance(swapped, direction, firm) < distance(r, direction, firm)) {
            // "Wed 4/2" both 2 April and 4 February fall on a Wednesday: the nearer the document's date
            r.month = swapped.month;
            r.day = swapped.day;
            return null;
        }
        if (asWritten) {
            return null;
        }
        if (asSwapped) {
            r.month = swapped.month;
            r.day = swapped.day;
            return null;
        }
        Point unnamed = r.copy();
        unnamed.weekday = null;
        return inferYear(unnamed, direction, firm);
    }

    /** Days between the anchor and the point in the year its month and day alone would take. */
    private long distance(Point r, int direction, boolean firm) {
        Point unnamed = r.copy();
        unnamed.weekday = null;
        try {
            return Math.abs(LocalDate.of(inferYear(unnamed, direction, firm), r.month, r.day).toEpochDay() - anchor.toEpochDay());
        } catch (java.time.DateTimeException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Whether the point falls on its weekday in the year its month and day alone would take. */
    private boolean fallsOnWeekday(Point r, int direction, boolean firm) {
        Point unnamed = r.copy();
        unnamed.weekday = null;
        try {
            return LocalDate.of(inferYear(unnamed, direction, firm), r.month, r.day).getDayOfWeek() == r.weekday;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    /**
     * The date with day of month {@code day} (and {@code weekday}, when written) nearest the anchor:
     * on or before it when the sentence looks back, on or after it when it looks ahead, else the
     * nearer of the two. A weekday is searched for within six months; null when none fits.
     */
    private LocalDate dayNear(int day, DayOfWeek weekday, int direction) {
        LocalDate back = null;
        LocalDate ahead = null;
        for (int k = 0; k <= 6 && (back == null || ahead == null); k++) {
            if (ahead == null) {
                ahead = dayInMonth(anchor.plusMonths(k), day, weekday, d -> !d.isBefore(anchor));
            }
            if (back == null) {
                back = dayInMonth(anchor.minusMonths(k), day, weekday, d -> !d.isAfter(anchor));
            }
            if (weekday == null && k >= 2) {
                break;
            }
        }
        if (weekday != null && direction >= 0) {
            return ahead; // an announced weekday with a day: the next such day
        }
        if (direction < 0) {
            return back;
        }
        if (direction > 0 || back == null) {
            return ahead;
        }
        if (ahead == null) {
            return back;
        }
        return ChronoUnit.DAYS.between(back, anchor) <= ChronoUnit.DAYS.between(anchor, ahead) ? back : ahead;
    }

    private static LocalDate dayInMonth(LocalDate inMonth, int day, DayOfWeek weekday,
            java.util.function.Predicate<LocalDate> side) {
        if (day > inMonth.lengthOfMonth()) {
            return null;
        }
        LocalDate d = inMonth.withDayOfMonth(day);
        return side.test(d) && (weekday == null || d.getDayOfWeek() == weekday) ? d : null;
    }

    /** The year among the anchor's, the one before and the one after that suits the point best. */
    private int inferYear(Point r, int direction, boolean firm) {
        int best = anchor.getYear();
        long bestScore = Long.MAX_VALUE;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate[] span = span(r, y);
            if (span == null) {
                continue;
            }
            long score;
            long before = ChronoUnit.DAYS.between(span[1], anchor);  // > 0: the period ended before the anchor
            long after = ChronoUnit.DAYS.between(anchor, span[0]);   // > 0: it starts after the anchor
            long distance = Math.max(0, Math.max(before, after));
            boolean wrongSide = direction < 0 && (r.strict ? before <= 0 : after > 0)
                    || direction > 0 && (r.strict ? after <= 0 : before > 0);
            if (!wrongSide) {
                score = distance;
            } else if (firm) {
                score = 100_000 + distance; // "last March", "next June": never the other way
            } else {
                score = 3 * distance + 30;  // the tense leans one way, a much nearer date still wins
            }
            if (r.weekday != null && r.day != null && r.month != null
                    && LocalDate.of(y, r.month, Math.min(r.day, span[1].getDayOfMonth())).getDayOfWeek() != r.weekday) {
                score += 1_000_000; // the written weekday disagrees with this year
            }
            if (score < bestScore) {
                bestScore = score;
                best = y;
            }
        }
        return best;
    }

    /** First and last day of the point's period in year {@code y}, or null when it has no calendar place. */
    private static LocalDate[] span(Point r, int y) {
        try {
            if (r.month != null && r.day != null) {
                LocalDate d = LocalDate.of(y, r.month, r.day);
                return new LocalDate[] {d, d};
            }
            if (r.month != null) {
                LocalDate first = LocalDate.of(y, r.month, 1);
                return new LocalDate[] {first, first.plusMonths(1).minusDays(1)};
            }
            if (r.quarter != null) {
                LocalDate first = LocalDate.of(y, 3 * r.quarter - 2, 1);
                return new LocalDate[] {first, first.plusMonths(3).minusDays(1)};
            }
            if (r.half != null) {
                LocalDate first = LocalDate.of(y, 6 * r.half - 5, 1);
                return new LocalDate[] {first, first.plusMonths(6).minusDays(1)};
            }
            if (r.season != null) {
                int startMonth = switch (r.season) {
                    case "SP" -> 3;
                    case "SU" -> 6;
                    case "FA" -> 9;
                    default -> 12;
                };
                LocalDate first = LocalDate.of(y, startMonth, 1);
                return new LocalDate[] {first, first.plusMonths(3).minusDays(1)};
            }
            if (r.week != null) {
                LocalDate first = LocalDate.of(y, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, r.week)
                        .with(DayOfWeek.MONDAY);
                return new LocalDate[] {first, first.plusDays(6)};
            }
            if (r.day != null) {
                return null;
            }
        } catch (java.time.DateTimeException e) {
            return null; // 29 February in a common year
        }
        return null;
    }

    /** Marks a full date whose written weekday disagrees with it. */
    private static void checkWeekday(Point r) {
        if (r.weekday != null && r.year != null && r.month != null && r.day != null) {
            try {
                r.weekdayMismatch = LocalDate.of(r.year, r.month, r.day).getDayOfWeek() != r.weekday;
            } catch (java.time.DateTimeException e) {
                r.weekdayMismatch = true;
            }
        }
    }
}
