package io.eventlens.extraction.event;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.normalize.TimeElement;
import io.eventlens.extraction.pipeline.Annotator;
import io.eventlens.extraction.time.DateMention;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gathers the dates the event readers work with into one {@link EventDate} layer: the page's
 * machine-readable {@code <time datetime>} values (two of them joined by a dash make a range) and
 * the date mentions of the temporal annotator. Where both cover the same text, the datetime
 * attribute gives the date and the mention adds what the attribute lacks (an end time).
 */
public final class EventDateAnnotator implements Annotator {

    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4}-\\d{2}(?:-\\d{2})?)(?:[T ](\\d{2}:\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?$");
    /** A time of day as a page shows it: "13:00", "9.30", "6 pm". */
    private static final Pattern SHOWN_CLOCK = Pattern.compile("\\d[:.]\\d\\d|\\d\\s*[aApP]\\.?[mM]\\b");

    @Override
    public void annotate(Document document) {
        List<EventDate> markup = fromTimeElements(document);
        List<EventDate> dates = new ArrayList<>(markup);
        int mentionsEnd = 0; // the furthest end of the mentions taken so far (they come in text order)
        for (DateMention m : document.get(DateMention.LAYER)) {
            EventDate date = new EventDate(m.start(), m.end(), futureWeekday(document, m), m.endDate(), m.startTime(),
                    m.endTime(), m.relative(), false, m.confidence());
            EventDate overlapping = overlapping(dates, markup.size(), date);
            if (overlapping == null && date.start() < mentionsEnd) {
                continue; // overlaps a mention already taken
            }
            if (overlapping == null) {
                dates.add(date);
                mentionsEnd = Math.max(mentionsEnd, date.end());
            } else if (overlapping.fromMarkup()) {
                // the attribute's date stands; the text may add an end date or times the attribute lacks
                dates.set(dates.indexOf(overlapping), new EventDate(Math.min(overlapping.start(), date.start()),
                        Math.max(overlapping.end(), date.end()), overlapping.startDate(),
                        overlapping.endDate() != null ? overlapping.endDate() : sameStart(overlapping, date) ? date.endDate() : null,
                        overlapping.startTime() != null ? overlapping.startTime() : date.startTime(),
                        overlapping.endTime() != null ? overlapping.endTime() : date.endTime(), false, true,
                        overlapping.confidence()));
            }
        }
        document.set(EventDate.LAYER, withStatedEnds(document, dates));
    }

    /** "opened on", "began on", "runs from": what says a date starts a run of days. */
    private static final Pattern OPENS = Pattern.compile("(?i)\\b(?:opened|opens|open|began|begins|started|starts|runs|ran|"
            + "launched|kicked off)(?:\\s+(?:on|from))?\\s*$");
    /** "... and ends today", "closes on 3 July", "runs until Sunday": what says a later date ends it. */
    private static final Pattern ENDS = Pattern.compile("(?i)\\b(?:ends|ended|closes|closed|concludes|concluded|"
            + "(?:to|will|shall)\\s+(?:close|end|conclude|finish|run until)|"
            + "finishes|finished|runs until|run until|continues until|until|through|till)(?:\\s+on)?\\s*$");
    /** How far apart the opening and the closing date may stand in one sentence. */
    private static final int RUN_REACH = 160;

    /**
     * "The exhibition opened on 20 May at the gallery and ends today": a day a sentence says something
     * opened on, followed in the sentence by the day it ends, runs until that day.
     */
    private static List<EventDate> withStatedEnds(Document document, List<EventDate> dates) {
        String text = document.text();
        for (int i = 0; i + 1 < dates.size(); i++) {
            EventDate open = dates.get(i);
            EventDate close = dates.get(i + 1);
            if (open.fromMarkup() || open.isRange() || !open.hasDay() || !close.hasDay() || close.isRange()
                    || close.start() < open.end() || close.start() - open.end() > RUN_REACH
                    || close.startDate().compareTo(open.startDate()) <= 0
                    || java.time.LocalDate.parse(open.startDate()).plusYears(1).isBefore(java.time.LocalDate.parse(close.startDate()))) {
                continue;
            }
            String before = text.substring(Math.max(0, open.start() - 30), open.start());
            String between = text.substring(open.end(), close.start());
            if (!OPENS.matcher(before).find() || !ENDS.matcher(between).find() || between.contains(".") && between.strip().length() > 1
                    || between.contains("\n\n")) {
                continue;
            }
            dates.set(i, new EventDate(open.start(), open.end(), open.startDate(), close.startDate(), open.startTime(),
                    open.endTime(), open.relative(), false, open.confidence()));
        }
        return dates;
    }

    private static final Pattern THIS_WEEKDAY = Pattern.compile(
            "(?i)(?:on\\s+)?this\\s+(?:coming\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    /** A weekday, perhaps with its hour, and nothing before it: "Thursday, 6.30pm". */
    private static final Pattern WEEKDAY_LINE = Pattern.compile(
            "(?i)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b(?:\\s*,?\\s*(?:at\\s+)?\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?)?\\s*$");

    private static boolean opensLine(String text, int at) {
        int k = at;
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
            k--;
        }
        return k == 0 || text.charAt(k - 1) == '\n';
    }

    private static String lineOf(String text, int at) {
        int s = text.lastIndexOf('\n', at) + 1;
        int e = text.indexOf('\n', at);
        return text.substring(s, e < 0 ? text.length() : Math.min(e, s + 400));
    }

    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)^(?:on\\s+)?(?:next\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$");
    private static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(?:will|shall|is to|are to|to be held|is scheduled|are scheduled|is set to|upcoming|next)\\b");

    /**
     * TODO(timex): stopgap until the temporal annotator resolves it: "On Thursday, the museum will host
     * ..." in a release dated that very Thursday is resolved to the dateline's day; a bare weekday in a
     * sentence about the future means the coming one. (Weekdays before the anchor in future sentences
     * the temporal annotator already moves forward; this keeps doing so if it stops.)
     */
    private static String futureWeekday(Document document, DateMention m) {
        String date = m.startDate();
        if (!m.relative() || date == null || date.length() != 10 || document.anchorDate().isEmpty()) {
            return date;
        }
        java.time.LocalDate day = java.time.LocalDate.parse(date);
        java.time.LocalDate anchor = document.anchorDate().get();
        String said = document.text().substring(m.start(), m.end()).strip();
        if (day.isAfter(anchor)) {
            return date;
        }
        if (THIS_WEEKDAY.matcher(said).lookingAt() && day.isBefore(anchor)) {
            return day.plusWeeks(1).toString(); // "this Thursday" in a bulletin of Monday: the coming one
        }
        if (WEEKDAY_LINE.matcher(said).lookingAt() && opensLine(document.text(), m.start()) && day.isBefore(anchor)
                && !PAST.matcher(lineOf(document.text(), m.start())).find()) {
            return day.plusWeeks(1).toString(); // "Thursday, 6.30pm for 7pm" on a line of its own: a date to come
        }
        if (!WEEKDAY.matcher(said).matches()) {
            return date;
        }
        List<io.eventlens.extraction.text.Sentence> sentences = document.get(io.eventlens.extraction.text.Sentence.LAYER);
        int k = DocumentView.firstStartingAtOrAfter(sentences, m.start() + 1) - 1;
        if (k < 0 || sentences.get(k).end() < m.end()) {
            return date;
        }
        io.eventlens.extraction.text.Sentence s = sentences.get(k);
        return nearestTenseIsFuture(document.text(), s.start(), s.end(), m.start(), m.end()) ? day.plusWeeks(1).toString() : date;
    }

    private static final Pattern PAST = Pattern.compile(
            "(?i)(?<!\\bbe )(?<!\\bbeen )\\b(?:was|were|had|did|held|met|took place|convened|gathered|opened|closed|hosted|brought|welcomed|"
                    + "discussed|agreed|ended|began|last)\\b");
    /** How far from the weekday a tense word still belongs to its clause. */
    private static final int TENSE_REACH = 200;

    /**
     * Whether the tense word nearest the weekday [from, to) in its sentence looks ahead: "The roundtable,
     * held on Tuesday, agreed that the plan will start ..." is last Tuesday, "will meet on Tuesday" the next.
     */
    static boolean nearestTenseIsFuture(String text, int sentenceStart, int sentenceEnd, int from, int to) {
        int lo = Math.max(sentenceStart, from - TENSE_REACH);
        int hi = Math.min(sentenceEnd, to + TENSE_REACH);
        int future = nearest(FUTURE.matcher(text).region(lo, hi), from, to);
        int past = nearest(PAST.matcher(text).region(lo, hi), from, to);
        return future < Integer.MAX_VALUE && future <= past; // "to be held on": the future phrase holds the participle
    }

    /** The distance from the span [from, to) to the nearest match of {@code m} outside it. */
    private static int nearest(Matcher m, int from, int to) {
        int best = Integer.MAX_VALUE;
        while (m.find()) {
            int d = m.end() <= from ? from - m.end() : m.start() >= to ? m.start() - to : Integer.MAX_VALUE;
            best = Math.min(best, d);
        }
        return best;
    }

    private static boolean sameStart(EventDate a, EventDate b) {
        return a.startDate() != null && a.startDate().equals(b.startDate());
    }

    /** The first of the markup dates ({@code dates[0, markupCount)}, in text order) that overlaps {@code date}. */
    private static EventDate overlapping(List<EventDate> dates, int markupCount, EventDate date) {
        int lo = 0;
        int hi = markupCount;
        while (lo < hi) { // the first markup date ending after the date starts
            int mid = (lo + hi) >>> 1;
            if (dates.get(mid).end() <= date.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < markupCount && dates.get(i).start() < date.end(); i++) {
            if (dates.get(i).overlaps(date)) {
                return dates.get(i);
            }
        }
        return null;
    }

    static List<EventDate> fromTimeElements(Document document) {
        String text = document.text();
        List<EventDate> out = new ArrayList<>();
        EventDate previous = null;
        for (TimeElement element : document.get(TimeElement.LAYER)) {
            Matcher m = ISO.matcher(element.datetime());
            if (!m.matches()) {
                continue;
            }
            String time = m.group(2);
            if (time != null && m.group(3) != null && element.end() <= text.length()
                    && SHOWN_CLOCK.matcher(text.substring(element.start(), element.end())).find()) {
                // datetime="2025-06-19T08:30:00Z" shown as "09:30": the attribute is the instant in UTC or another
                // zone, the page says the local time, which the text's mention gives
                time = null;
            }
            EventDate date = new EventDate(element.start(), element.end(), m.group(1), null, time, null,
                    false, true, 0.95);
            if (previous != null && joinedByDash(text, previous.end(), date.start())) {
                // "<time>June 23</time>–<time>24, 2015</time>": one range
                out.remove(out.size() - 1);
                date = new EventDate(previous.start(), date.end(), previous.startDate(), date.startDate(),
                        previous.startTime(), date.startTime(), false, true, 0.95);
            }
            out.add(date);
            previous = date;
        }
        return out;
    }

    private static boolean joinedByDash(String text, int from, int to) {
        if (to - from > 5 || to < from) {
            return false;
        }
        String between = text.substring(from, to).strip();
        return between.equals("-") || between.equals("\u2013") || between.equals("\u2014") || between.equals("to");
    }
}
