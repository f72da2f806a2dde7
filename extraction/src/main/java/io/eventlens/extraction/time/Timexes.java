package io.eventlens.extraction.time;

import java.time.LocalDate;
import java.util.List;

/**
 * Turns resolved phrases into TimeML {@link Timex}es: a range gives one TIMEX3 per end, a date
 * with its time gives the date and the time (carrying that date) unless written as one
 * expression ("10 p.m. Wednesday").
 */
final class Timexes {

    private Timexes() {
    }

    static void of(Phrase p, LocalDate anchor, List<Timex> out) {
        switch (p.kind) {
            case POINT -> out.add(point(p.start, p.end, p.resolved, p.point.mod, anchor));
            case RANGE -> {
                of(p.parts.get(0), anchor, out);
                of(p.parts.get(1), anchor, out);
            }
            case DATED -> dated(p, anchor, out);
            case DURATION -> out.add(new Timex(p.start, p.end, Timex.Type.DURATION, p.value, p.mod));
            case SET -> out.add(new Timex(p.start, p.end, Timex.Type.SET, p.value, p.mod));
            case REFERENCE -> out.add(new Timex(p.start, p.end, Timex.Type.DATE, p.value, p.mod));
        }
    }

    private static void dated(Phrase p, LocalDate anchor, List<Timex> out) {
        Phrase date = p.parts.get(0);
        Phrase time = p.parts.get(1);
        Point day = (date.kind == Phrase.Kind.RANGE ? date.parts.get(0) : date).resolved;
        if (p.single && date.isPoint() && time.isPoint()) {
            Point merged = time.resolved.copy();
            merged.takeDate(day);
            out.add(point(p.start, p.end, merged, date.point.mod, anchor));
            return;
        }
        of(date, anchor, out);
        for (Phrase t : time.kind == Phrase.Kind.RANGE ? time.parts : List.of(time)) {
            Point merged = t.resolved.copy();
            merged.takeDate(day);
            out.add(point(t.start, t.end, merged, null, anchor));
        }
    }

    private static Timex point(int start, int end, Point r, String mod, LocalDate anchor) {
        boolean time = r.hour != null || r.partOfDay != null;
        if (time && !r.hasDate() && anchor != null) {
            r = r.copy();
            r.year = anchor.getYear();
            r.month = anchor.getMonthValue();
            r.day = anchor.getDayOfMonth();
        }
        return new Timex(start, end, time ? Timex.Type.TIME : Timex.Type.DATE, Values.timex(r), mod);
    }
}
