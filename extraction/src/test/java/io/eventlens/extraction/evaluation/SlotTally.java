package io.eventlens.extraction.evaluation;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** True positives, false positives and false negatives per slot, and the micro figures over any set of slots. */
final class SlotTally {

    /** The slots of the headline figure, in the order tables list them. */
    enum Slot {
        TITLE("title"), START_DATE("startDate"), END_DATE("endDate"), START_TIME("startTime"), END_TIME("endTime"),
        LOCATION("location"), ORGANIZER("organizer"), PARTICIPANT_NAME("participant.name"),
        PARTICIPANT_ROLE("participant.role"), PARTICIPANT_ORGANIZATION("participant.organization");

        final String label;

        Slot(String label) {
            this.label = label;
        }
    }

    static final Set<Slot> ALL = EnumSet.allOf(Slot.class);
    /** The slots of the event itself, without its participants. */
    static final Set<Slot> EVENT_LEVEL = EnumSet.range(Slot.TITLE, Slot.ORGANIZER);

    private final Map<Slot, int[]> counts = new EnumMap<>(Slot.class);
    private int kindsRight;
    private int kindsJudged;

    void add(Slot slot, int tp, int fp, int fn) {
        int[] c = counts.computeIfAbsent(slot, s -> new int[3]);
        c[0] += tp;
        c[1] += fp;
        c[2] += fn;
    }

    void truePositive(Slot slot) {
        add(slot, 1, 0, 0);
    }

    void falsePositive(Slot slot) {
        add(slot, 0, 1, 0);
    }

    void falseNegative(Slot slot) {
        add(slot, 0, 0, 1);
    }

    /** A participant's kind, judged for matched participants whose gold names one (reported apart from the headline). */
    void kind(boolean right) {
        kindsJudged++;
        if (right) {
            kindsRight++;
        }
    }

    void addAll(SlotTally other) {
        other.counts.forEach((slot, c) -> add(slot, c[0], c[1], c[2]));
        kindsRight += other.kindsRight;
        kindsJudged += other.kindsJudged;
    }

    int tp(Set<Slot> slots) {
        return sum(slots, 0);
    }

    int fp(Set<Slot> slots) {
        return sum(slots, 1);
    }

    int fn(Set<Slot> slots) {
        return sum(slots, 2);
    }

    boolean counted(Slot slot) {
        int[] c = counts.get(slot);
        return c != null && c[0] + c[1] + c[2] > 0;
    }

    double precision(Set<Slot> slots) {
        int tp = tp(slots);
        int fp = fp(slots);
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall(Set<Slot> slots) {
        int tp = tp(slots);
        int fn = fn(slots);
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    /** Micro F1 over the slots; a document with nothing to find and nothing found scores 1. */
    double f1(Set<Slot> slots) {
        if (tp(slots) + fp(slots) + fn(slots) == 0) {
            return 1;
        }
        double p = precision(slots);
        double r = recall(slots);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    int kindsRight() {
        return kindsRight;
    }

    int kindsJudged() {
        return kindsJudged;
    }

    private int sum(Set<Slot> slots, int column) {
        int total = 0;
        for (Slot s : slots) {
            int[] c = counts.get(s);
            if (c != null) {
                total += c[column];
            }
        }
        return total;
    }
}
