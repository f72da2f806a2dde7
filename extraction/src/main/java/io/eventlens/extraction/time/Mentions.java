package io.eventlens.extraction.time;

/** Turns resolved phrases into {@link DateMention}s: what an event record can use of them. */
final class Mentions {

    private Mentions() {
    }

    /** The mention a phrase gives, or null when it names no calendar day, month or clock time. */
    static DateMention of(Phrase p) {
        return switch (p.kind) {
            case POINT -> point(p);
            case RANGE -> range(p, p.parts.get(0), p.parts.get(1));
            case DATED -> dated(p);
            default -> null;
        };
    }

    private static DateMention point(Phrase p) {
        Point r = p.resolved;
        String date = Values.isoDate(r);
        String time = Values.isoTime(r);
        if (date == null && time == null) {
            return null;
        }
        return new DateMention(p.start, p.end, date, null, time, null, date != null && r.yearInferred,
                confidence(p), isRelative(p.point));
    }

    private static DateMention range(Phrase whole, Phrase first, Phrase last) {
        Point a = first.resolved;
        Point b = last.resolved;
        String startDate = Values.isoDate(a);
        String endDate = Values.isoDate(b);
        String startTime = Values.isoTime(a);
        String endTime = Values.isoTime(b);
        if (startDate == null && startTime == null) {
            return null;
        }
        return new DateMention(whole.start, whole.end, startDate, endDate, startTime, endTime,
                startDate != null && (a.yearInferred || b.yearInferred),
                Math.min(confidence(first), confidence(last)), isRelative(first.point));
    }

    private static DateMention dated(Phrase p) {
        Phrase date = p.parts.get(0);
        Phrase time = p.parts.get(1);
        DateMention d = of(date);
        DateMention t = of(time);
        if (d == null || t == null) {
            return d != null ? d : t;
        }
        return new DateMention(p.start, p.end, d.startDate(), d.endDate(), t.startTime(), t.endTime(),
                d.yearInferred(), Math.min(d.confidence(), t.confidence()), d.relative());
    }

    private static boolean isRelative(Point p) {
        return p.shiftUnit != null || p.weekday != null && p.day == null && p.month == null;
    }

    /** How sure a date is: written in full, year inferred (and whether a weekday confirms it), named relatively. */
    static double confidence(Phrase p) {
        Point written = p.point;
        Point r = p.resolved;
        if (written == null || r == null) {
            return 0.5;
        }
        if (!written.hasDate()) {
            return 0.95; // a clock time
        }
        if (r.weekdayMismatch) {
            return 0.5;
        }
        if (isRelative(written)) {
            return 0.6;
        }
        double c;
        if (!r.yearInferred) {
            c = 0.95;
        } else if (written.weekday != null) {
            c = 0.9; // the weekday agreed with the year chosen
        } else {
            c = 0.8;
        }
        if (written.day == null) {
            c -= 0.1;
        }
        if (written.twoDigitYear) {
            c -= 0.05;
        }
        return Math.round(c * 100) / 100.0;
    }
}
