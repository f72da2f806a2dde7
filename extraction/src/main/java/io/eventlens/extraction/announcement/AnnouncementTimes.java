package io.eventlens.extraction.announcement;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.event.EventCandidate;
import io.eventlens.extraction.event.Slot;
import io.eventlens.extraction.time.DateMention;
import java.util.List;

/**
 * The date and times of an announcement, taken from the temporal annotator's {@link DateMention}s:
 * those inside the "Dates:" and "Time:" fields first, then the running text. A time the header
 * writes without am/pm ("3:30") takes the reading the text gives ("3:30 p.m."), and a header
 * that gives only the start takes the end from the text's range with the same start.
 */
final class AnnouncementTimes {

    private AnnouncementTimes() {
    }

    /** The header lines of messages quoted in the body (a forwarded mail's "From:", "Sent:", "Date:"). */
    private static List<HeaderField> forwardedHeaders(List<HeaderField> fields, int bodyStart) {
        java.util.Set<Integer> blocks = AnnouncementReader.messageBlocks(fields);
        List<HeaderField> out = new java.util.ArrayList<>();
        for (HeaderField f : fields) {
            if (f.start() >= bodyStart && blocks.contains(f.block())
                    && (AnnouncementReader.MESSAGE_KEYS.contains(f.key()) || f.key().equals("date"))) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean within(List<HeaderField> fields, DateMention m) {
        for (HeaderField f : fields) {
            if (f.start() <= m.start() && m.start() < f.end()) {
                return true;
            }
        }
        return false;
    }

    static void fill(Document document, List<HeaderField> fields, int bodyStart, EventCandidate c) {
        List<DateMention> mentions = document.get(DateMention.LAYER);
        if (mentions.isEmpty()) {
            return;
        }
        HeaderField dateField = AnnouncementReader.firstEventField(fields, AnnouncementReader.DATE_KEYS);
        HeaderField timeField = AnnouncementReader.firstEventField(fields, AnnouncementReader.TIME_KEYS);
        DateMention date = dateField == null ? null : firstWithin(document, dateField, true);
        DateMention time = timeField == null ? null : firstWithin(document, timeField, false);
        DateMention bodyTime = null;
        DateMention bodyDate = null;
        List<HeaderField> forwarded = forwardedHeaders(fields, bodyStart);
        for (DateMention m : mentions) {
            if (m.start() < bodyStart || within(forwarded, m)) {
                continue; // "-----Original Message----- / Sent: Monday, 16 February 2026 9:14": when a quoted mail went out
            }
            if (bodyTime == null && m.hasTime() && (time == null || sameClock(time.startTime(), m.startTime()))) {
                bodyTime = m;
            }
            if (bodyDate == null && m.hasDate()) {
                bodyDate = m;
            }
        }
        if (date == null && time != null && time.hasDate()) {
            date = time;
        }
        if (date == null) {
            date = bodyTime != null && bodyTime.hasDate() ? bodyTime : bodyDate;
        }
        if (date != null && date.hasDate()) {
            c.startDate = Slot.of(date.startDate(), date, date.confidence());
            if (date.endDate() != null && !date.endDate().equals(date.startDate())) {
                c.endDate = Slot.of(date.endDate(), date, date.confidence());
            }
        }
        if (time == null) {
            time = bodyTime;
        }
        if (time == null) {
            return;
        }
        String start = time.startTime();
        String end = time.endTime();
        DateMention endFrom = time;
        if (bodyTime != null && bodyTime != time && sameClock(start, bodyTime.startTime())) {
            if (!start.equals(bodyTime.startTime()) && !hasMeridiem(document, time)) {
                start = bodyTime.startTime(); // the header's "3:30" is the text's "3:30 pm"
            }
            if (end == null && bodyTime.endTime() != null) {
                end = bodyTime.endTime();
                endFrom = bodyTime;
            }
        }
        if (end == null) {
            DateMention next = endOfSplitRange(document, mentions, bodyTime != null ? bodyTime : time);
            if (next != null) {
                end = next.startTime();
                endFrom = next;
            }
        }
        c.startTime = Slot.of(start, time, time.confidence());
        if (end != null) {
            c.endTime = Slot.of(end, endFrom, endFrom.confidence());
        }
    }

    /**
     * A range the text writes around other words or a line break ("from 12:30 to\n2:00", "begins at
     * 3:30 and runs until about 5:00", "3:30pm (- 4:30pm)") reaches us as two time mentions; the
     * second is the end when only such words stand between them.
     */
    private static DateMention endOfSplitRange(Document document, List<DateMention> mentions, DateMention from) {
        int i = mentions.indexOf(from);
        if (i < 0 || i + 1 >= mentions.size()) {
            return null;
        }
        DateMention next = mentions.get(i + 1);
        if (!next.hasTime() || next.hasDate() || next.start() - from.end() > 40 || next.start() < from.end()) {
            return null;
        }
        String gap = document.text().substring(from.end(), next.start()).toLowerCase();
        if (next.endTime() != null && gap.isBlank() && sameClock(from.startTime(), next.startTime())) {
            return new DateMention(next.start(), next.end(), null, null, next.endTime(), null, false,
                    next.confidence(), false); // "12:00 noon - 1:00 pm" read as "12:00" and "noon - 1:00 pm"
        }
        if (!RANGE_GAP.matcher(gap).matches() || !gap.matches("(?s).*(-|\u2013|to|until|till|through|thru).*")) {
            return null;
        }
        return next.startTime().compareTo(from.startTime()) > 0 ? next : null;
    }

    private static final java.util.regex.Pattern RANGE_GAP = java.util.regex.Pattern.compile(
            "(?:[\\s()\\-\u2013,]|\\b(?:to|until|till|through|thru|and|run|runs|last|lasts|end|ends|go|goes|around|about|approximately|at)\\b)*");

    private static DateMention firstWithin(Document document, HeaderField field, boolean wantDate) {
        for (DateMention m : document.within(DateMention.LAYER, field.valueSpan())) {
            if (wantDate ? m.hasDate() : m.hasTime()) {
                return m;
            }
        }
        return null;
    }

    /** Whether two HH:MM times are the same clock reading, maybe twelve hours apart. */
    static boolean sameClock(String a, String b) {
        if (a == null || b == null || a.length() != 5 || b.length() != 5) {
            return false;
        }
        if (!a.substring(2).equals(b.substring(2))) {
            return false;
        }
        int ha = Integer.parseInt(a.substring(0, 2));
        int hb = Integer.parseInt(b.substring(0, 2));
        return ha % 12 == hb % 12;
    }

    private static boolean hasMeridiem(Document document, DateMention m) {
        String s = document.text(m).toLowerCase();
        return s.contains("am") || s.contains("pm") || s.contains("a.m") || s.contains("p.m") || s.contains("noon")
                || s.matches(".*\\d[ap]\\b.*");
    }
}
