package io.eventlens.extraction.time;

import java.util.List;

/**
 * A temporal expression the grammar found: a point or period ({@link Kind#POINT}), a duration, a
 * set (a recurrence), a reference to the present, past or future, or a composite of those: a
 * range ("9-10 March 2015", "12:00-1:30 PM") or a date with its time ("Thursday, 13 September
 * 2023, 09:00-12:30"). Offsets are character offsets into the document text.
 */
final class Phrase {

    enum Kind { POINT, DURATION, SET, REFERENCE, RANGE, DATED }

    final Kind kind;
    /** Atom indexes, end exclusive. */
    final int from;
    final int to;
    int start;
    int end;
    /** POINT: what the text says. */
    final Point point;
    /** DURATION, SET, REFERENCE: the TimeML value, which needs no anchor. */
    final String value;
    /** RANGE: [first, last]; DATED: [date, time]. */
    final List<Phrase> parts;
    /** DATED written as one expression ("10 p.m. Wednesday"): TimeML keeps it whole. */
    boolean single;
    /** Filled by the resolver for POINT phrases. */
    Point resolved;
    /** DURATION, SET, REFERENCE: TimeML MOD ("about three weeks": APPROX); points keep theirs in {@link Point#mod}. */
    String mod;

    private Phrase(Kind kind, int from, int to, Point point, String value, List<Phrase> parts) {
        this.kind = kind;
        this.from = from;
        this.to = to;
        this.point = point;
        this.value = value;
        this.parts = parts;
    }

    static Phrase point(Atoms atoms, int from, int to, Point point) {
        return new Phrase(Kind.POINT, from, to, point, null, List.of()).spanning(atoms);
    }

    static Phrase valued(Atoms atoms, Kind kind, int from, int to, String value) {
        return new Phrase(kind, from, to, null, value, List.of()).spanning(atoms);
    }

    static Phrase range(Atoms atoms, Phrase first, Phrase last) {
        return new Phrase(Kind.RANGE, first.from, last.to, null, null, List.of(first, last)).spanning(atoms);
    }

    static Phrase dated(Atoms atoms, Phrase date, Phrase time, int from, int to) {
        return new Phrase(Kind.DATED, from, to, null, null, List.of(date, time)).spanning(atoms);
    }

    private Phrase spanning(Atoms atoms) {
        start = atoms.start[from];
        end = atoms.end[to - 1];
        return this;
    }

    /** Same phrase with a wider atom range (a determiner or modifier before it). */
    Phrase widenedTo(Atoms atoms, int newFrom, int newTo) {
        Phrase p = new Phrase(kind, newFrom, newTo, point, value, parts).spanning(atoms);
        p.single = single;
        p.mod = mod;
        return p;
    }

    boolean isPoint() {
        return kind == Kind.POINT;
    }

    /** A calendar date without a time of day ("14 March", "Friday", "June 2015"). */
    boolean isDateOnly() {
        return kind == Kind.POINT && point.hasDate() && !point.hasTime()
                || kind == Kind.RANGE && parts.get(0).isDateOnly() && parts.get(1).isDateOnly();
    }

    /** A clock time without a date ("10:00 AM", "noon", "13:40-13:55"). */
    boolean isTimeOnly() {
        return kind == Kind.POINT && point.hour != null && !point.hasDate()
                || kind == Kind.RANGE && parts.get(0).isTimeOnly() && parts.get(1).isTimeOnly();
    }

    @Override
    public String toString() {
        return kind + "[" + start + "," + end + ") " + (point != null ? point : value != null ? value : parts);
    }
}
