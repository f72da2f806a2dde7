package io.eventlens.extraction.event;

import io.eventlens.extraction.layout.Line;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A bulletin's table of the week's meetings, one row per meeting with its day and its time
 * ("| Mon 3/3 | Public hearing: land disputes | 14h00–15h30 |"), whose meetings the sections below
 * report without their times. An event without a time takes it from the row of its day whose words its
 * title shares most (at least one).
 */
final class SummaryTable {

    /** One row: its day, its time, the words of its other cells. */
    private record Row(String day, EventDate time, Set<String> words) {
    }

    /** The rows by their day: a long bulletin's events each look up their own day's rows only. */
    private final java.util.Map<String, List<Row>> rowsByDay = new java.util.HashMap<>();

    private SummaryTable(List<Row> rows) {
        for (Row r : rows) {
            rowsByDay.computeIfAbsent(r.day(), d -> new ArrayList<>()).add(r);
        }
    }

    /** The rows of the document's tables that give a day and a time, in one pass over its lines. */
    static SummaryTable of(DocumentView v) {
        List<Row> rows = new ArrayList<>();
        for (Line line : v.lines) {
            String body = v.text(line.body());
            int bars = 0;
            for (int i = 0; i < body.length() && bars < 2; i++) {
                bars += body.charAt(i) == '|' ? 1 : 0;
            }
            if (bars < 2) {
                continue;
            }
            String day = null;
            EventDate time = null;
            for (EventDate d : v.datesIn(line.body())) {
                if (d.hasDay() && !d.isRange() && day == null) {
                    day = d.startDate();
                    time = d.startTime() != null ? d : time;
                } else if (d.startDate() == null && d.startTime() != null && time == null) {
                    time = d;
                }
            }
            if (day != null && time != null) {
                rows.add(new Row(day, time, words(body)));
            }
        }
        return new SummaryTable(rows);
    }

    boolean isEmpty() {
        return rowsByDay.isEmpty();
    }

    /** A time read from the running text after the date, which the row of the event's own name outranks. */
    static final double READ_FROM_PROSE = 0.6;

    /**
     * Gives {@code c} the time of its row, when it has none (or only one read from a later sentence, and the
     * row names it by two words at least: "from 8h00, the Observatory hosted its own breakfast" in the section).
     */
    void fill(EventCandidate c) {
        boolean weak = c.startTime != null && c.startTime.confidence() <= READ_FROM_PROSE;
        if (c.startTime != null && !weak || c.startDate == null || c.endDate != null || c.title == null) {
            return;
        }
        String day = c.startDate.value();
        Set<String> title = words(c.title.value());
        Row best = null;
        int bestShared = -1;
        for (Row r : rowsByDay.getOrDefault(day, List.of())) {
            int shared = 0;
            for (String w : title) {
                shared += r.words().contains(w) ? 1 : 0;
            }
            if (shared > bestShared) {
                best = r;
                bestShared = shared;
            }
        }
        if (best == null || bestShared == 0 || weak && bestShared < 2) {
            return;
        }
        c.startTime = null;
        c.endTime = null;
        EventFields.setTimes(c, best.time(), 0.7);
    }

    /** Lower-case words of three letters or more. */
    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 3 && !Vocabulary.isFunctionWord(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
