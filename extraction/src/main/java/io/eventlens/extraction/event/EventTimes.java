package io.eventlens.extraction.event;

import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.layout.Line;
import io.eventlens.extraction.text.Sentence;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The times of an event that its readers left without them, read from the event's own text once the
 * candidates are merged:
 * <ol>
 *   <li>the sentences after the dating one ("The roundtable took place on 14 May. It ran from 10.00 to
 *       12.30 GMT."; "... on Thursday. Doors open at 6 pm; the discussion starts at 6:30 and ends at 8"):
 *       the rest of the date's paragraph, and later paragraphs of the event's text that speak of it ("The
 *       debate ... ran from 7.30 pm"), up to the next heading or the next other date. Deadlines, and
 *       receptions, lunches and the like, give no times;</li>
 *   <li>a programme of an event of one day, in no other event's text ("09:00 Registration ... 17:30 Closing", "Morning session,
 *       9.30am–1pm" / "Afternoon session 14:00 - 17:30"): the event runs from the first slot's start to
 *       the last slot's end (its start when no end is stated).</li>
 * </ol>
 * Only the event's own text is read (a sub-event's is not), and a stated time is never replaced.
 */
final class EventTimes {

    /** Sentences after the dating one that are read at most. */
    private static final int SENTENCES_AFTER = 8;
    /** Characters after the date that are read at most. */
    private static final int REACH = 1500;

    /** "Registration closes at 17:00", "RSVP by 12:00": a deadline's time, not the event's. */
    private static final Pattern DEADLINE = Pattern.compile("(?i)\\b(?:deadline|register|registration\\s+(?:closes|ends|deadline)"
            + "|rsvp|apply|applications?|submi(?:t|ssions?)|bookings?\\s+close|booking\\s+deadline|book\\s+by|closing\\s+date"
            + "|office|opening\\s+hours|open\\s+daily|daily|every|each|embargo(?:ed)?|published|broadcast|airs?)\\b");
    /** A side occasion with its own time: "a reception follows at 20:00", "lunch at 13:00". */
    private static final Pattern SIDE_OCCASION = Pattern.compile("(?i)\\b(?:reception|lunch|luncheon|dinner|drinks|refreshments"
            + "|coffee|tea|breakfast|cocktail|networking|press\\s+conference|photo\\s+opportunity|bus|coach|shuttle|train)\\b");
    /** Words before a time that make it the end: "ends at", "until", "closing at about". */
    private static final Pattern END_CUE = Pattern.compile(
            "(?i)\\b(?:ends?|ended|ending|finish(?:es|ed)?|close[sd]?|closing|conclude[sd]?|concluding|until|till|wraps?\\s+up)"
                    + "(?:\\s+(?:at|by|around|about|approximately|roughly))*\\s*$");
    /** "until almost 10 pm", "well after 9": a reported overrun, not an announced end. */
    private static final Pattern OVERRUN = Pattern.compile("(?i)\\b(?:almost|nearly|well\\s+(?:past|after)|past|after|late)\\s*$");
    /** "from 7.30 pm until almost 10 pm": a range whose end is a reported overrun. */
    private static final Pattern INNER_OVERRUN = Pattern.compile("(?i)\\b(?:almost|nearly|well\\s+(?:past|after))\\b");
    /** "... and ends at 8", "finishing at 9.": an end written as a bare hour after a start. */
    private static final Pattern BARE_END = Pattern.compile(
            "(?i)\\b(?:ends?|finish(?:es)?|close[sd]?|conclude[sd]?|until|till)\\s+(?:at\\s+)?(?:about\\s+|around\\s+)?"
                    + "(\\d{1,2})(?:\\s*o'clock)?(?=\\s*(?:[.;,)!]|$|\\s+(?:and|with|when|after|followed)\\b))");
    /** A slot's label ends with a colon or a comma: "Morning session:", "Panel 2,". */
    private static final Pattern SLOT_LABEL_END = Pattern.compile("[:,]$");
    /** What follows a slot's time is set off by a dash, a colon or a bar. */
    private static final Pattern SLOT_REST = Pattern.compile("\\s*[–—|:-]\\s");
    /** Verbs saying when the event itself runs, for a sentence beyond the date's paragraph. */
    private static final Pattern RUNS = Pattern.compile("(?i)\\b(?:ran|runs?|running|starts?|started|begins?|began|"
            + "commences?|lasts?|lasted|doors|opened|opening)\\b"); // "the Director opened the forum at 9.30"

    private EventTimes() {
    }

    /**
     * Fills the times {@code c} lacks from its own text {@code own}; {@code others}: the text of the document's
     * other events (a programme with a slot there is not read: whose it is is not clear).
     */
    static void fill(DocumentView v, EventCandidate c, List<Span> own, List<Span> others) {
        if (c.startDate == null || c.startDate.value() == null || c.startDate.value().length() != 10
                || c.startTime != null && c.endTime != null) {
            return;
        }
        if (c.startTime != null) {
            endAfterStart(v, c, own);
        } else if (c.startDate.span() != null) {
            fromSentencesAfter(v, c, own);
        }
        if (c.startTime == null && c.endDate == null) {
            fromProgramme(v, c, own, others);
        }
    }

    /**
     * "Tuesdays, 1:30 – 3 p.m. (unless otherwise stated)": the hours a page gives above the first of the
     * events it lists, for all of them, go to each listed event of a day that states no time of its own.
     */
    static void pageDefault(DocumentView v, List<EventCandidate> events) {
        if (events.size() < 2 || events.stream().allMatch(c -> c.startTime != null)) {
            return;
        }
        int firstEvent = Integer.MAX_VALUE;
        for (EventCandidate c : events) {
            firstEvent = Math.min(firstEvent, c.title != null && c.title.span() != null ? c.title.span().start() : c.start());
        }
        EventDate hours = null;
        for (Sentence s : v.sentences) {
            if (s.start() >= firstEvent) {
                break;
            }
            if (s.tokenCount() > SentenceCues.MAX_SENTENCE_TOKENS || !Venues.statesPageDefault(v.text(s))) {
                continue;
            }
            for (EventDate d : v.datesIn(s)) {
                if (d.startDate() == null && d.startTime() != null && d.endTime() != null) {
                    hours = d;
                    break;
                }
            }
            if (hours != null) {
                break;
            }
        }
        if (hours == null) {
            return;
        }
        for (EventCandidate c : events) {
            if (c.startTime == null && c.startDate != null && c.startDate.value() != null && c.startDate.value().length() == 10
                    && c.endDate == null && (c.title != null && c.title.span() != null ? c.title.span().start() : c.start()) >= firstEvent) {
                c.startTime = Slot.of(hours.startTime(), hours, 0.6);
                c.endTime = Slot.of(hours.endTime(), hours, 0.6);
            }
        }
    }

    /**
     * A reader gave the start but no end: the end stated in the start's sentence or later in its paragraph ("It
     * starts at 2 pm and finishes at 4.30 pm", "... at 18:30. It ends at about 20:00").
     */
    private static void endAfterStart(DocumentView v, EventCandidate c, List<Span> own) {
        Span from = c.startTime.span() != null ? c.startTime.span() : c.startDate.span();
        int first = from == null ? -1 : v.sentenceAt(from.start());
        if (first < 0 || !inside(own, from)) {
            return;
        }
        int paragraphEnd = paragraphEnd(v, v.lineAt(from.start()));
        for (int k = first; k < v.sentences.size() && k <= first + SENTENCES_AFTER; k++) {
            Sentence s = v.sentences.get(k);
            if (s.start() >= paragraphEnd || !inside(own, s) || k > first && hasOtherDay(v, s, c)) {
                return;
            }
            read(v, c, s, true);
            if (c.endTime != null) {
                return;
            }
        }
    }

    private static void fromSentencesAfter(DocumentView v, EventCandidate c, List<Span> own) {
        Span date = c.startDate.span();
        int first = v.sentenceAt(date.start());
        if (first < 0 || !inside(own, date)) {
            return;
        }
        int dateLine = v.lineAt(date.start());
        int paragraphEnd = paragraphEnd(v, dateLine);
        boolean endOnly = false; // once a start is found, only an end may be added
        int limit = Math.min(v.text.length(), date.end() + REACH);
        for (int k = first; k < v.sentences.size() && k <= first + SENTENCES_AFTER; k++) {
            Sentence s = v.sentences.get(k);
            if (s.start() >= limit || !inside(own, s)) {
                break;
            }
            int line = v.lineAt(s.start());
            if (k > first && v.isHeading(line)) {
                break; // the next section
            }
            boolean inParagraph = s.start() < paragraphEnd;
            if (endOnly && !inParagraph) {
                break;
            }
            if (k > first && hasOtherDay(v, s, c)) {
                break; // from here on the text speaks of another day
            }
            if (k == first) {
                continue; // the reader read the dating sentence already
            }
            if (!inParagraph && !speaksOfTheEvent(v, s) || line >= 0 && slotTime(v, v.lines.get(line)) != null) {
                continue; // a programme's slot is read with the programme
            }
            if (read(v, c, s, endOnly) && c.endTime != null) {
                return;
            }
            if (c.startTime != null) {
                endOnly = true; // a start found: a later sentence of the paragraph may still give the end
            }
        }
    }

    /**
     * Reads the times of one sentence into {@code c}: the start (the first time or range not in a deadline or
     * a side occasion's clause) unless {@code endOnly}, and an end stated as one. True when it read any.
     */
    private static boolean read(DocumentView v, EventCandidate c, Sentence s, boolean endOnly) {
        boolean any = false;
        for (EventDate t : v.datesIn(s)) {
            if (t.startDate() != null && !t.startDate().equals(c.startDate.value()) || t.startTime() == null) {
                continue;
            }
            String clause = clauseBefore(v.text, s.start(), t.start()) + " " + wordsAfter(v.text, t.end(), s.end());
            if (DEADLINE.matcher(clause).find() || SIDE_OCCASION.matcher(clause).find()) {
                continue;
            }
            String before = v.text.substring(Math.max(s.start(), t.start() - 30), t.start());
            boolean end = END_CUE.matcher(before).find();
            if (end && (OVERRUN.matcher(before).find() || INNER_OVERRUN.matcher(v.text(t)).find())) {
                continue; // "ran ... until almost 10 pm"
            }
            if (end) {
                if (c.startTime != null && c.endTime == null && t.startTime().compareTo(c.startTime.value()) > 0) {
                    c.endTime = Slot.of(t.startTime(), Span.of(t.start(), t.end()), 0.6);
                    any = true;
                }
                continue;
            }
            if (c.startTime == null && !endOnly) {
                c.startTime = Slot.of(t.startTime(), Span.of(t.start(), t.end()), 0.6);
                if (t.endTime() != null && !INNER_OVERRUN.matcher(v.text(t)).find()) {
                    c.endTime = Slot.of(t.endTime(), Span.of(t.start(), t.end()), 0.6);
                }
                any = true;
            }
        }
        if (c.startTime != null && c.endTime == null) {
            any |= bareEnd(v, c, s);
        }
        return any;
    }

    /** "the discussion starts at 6:30 and ends at 8": the bare hour after the start, on the start's side of noon. */
    private static boolean bareEnd(DocumentView v, EventCandidate c, Sentence s) {
        Matcher m = BARE_END.matcher(v.text).region(s.start(), s.end());
        while (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            int start = Integer.parseInt(c.startTime.value().substring(0, 2));
            if (hour < 1 || hour > 12) {
                continue;
            }
            int h = hour == 12 ? 12 : start >= 12 ? hour + 12 : hour;
            if (h <= start || h - start > 8) {
                continue;
            }
            c.endTime = Slot.of(String.format(Locale.ROOT, "%02d:00", h), Span.of(m.start(1), m.end(1)), 0.5);
            return true;
        }
        return false;
    }

    /**
     * A programme's slots: lines that open with a time ("09:00 Registration", "14:00 - 17:30 Working groups") or
     * short lines that end with one ("Morning session, 9.30am–1pm"). At least two of them, in order.
     */
    private static void fromProgramme(DocumentView v, EventCandidate c, List<Span> own, List<Span> others) {
        EventDate first = null;
        EventDate last = null;
        int slots = 0;
        for (Span region : own) {
            int k = Math.max(0, v.lineAt(region.start()));
            for (; k >= 0 && k < v.lines.size() && v.lines.get(k).start() < region.end(); k++) {
                EventDate t = slotTime(v, v.lines.get(k));
                if (t == null) {
                    continue;
                }
                if (overlapsAny(others, v.lines.get(k))) {
                    return; // a slot in another event's text: whose programme it is, is not clear
                }
                if (last != null && t.startTime().compareTo(last.startTime()) < 0) {
                    return; // out of order: several days, or not a programme
                }
                first = first == null ? t : first;
                last = t;
                slots++;
            }
        }
        if (slots < 2) {
            return;
        }
        String end = last.endTime() != null ? last.endTime() : last.startTime();
        if (end.compareTo(first.startTime()) <= 0) {
            return;
        }
        c.startTime = Slot.of(first.startTime(), Span.of(first.start(), first.end()), 0.6);
        c.endTime = Slot.of(end, Span.of(last.start(), last.end()), 0.6);
    }

    /** The time of a programme slot line, or null when the line is no slot. */
    private static EventDate slotTime(DocumentView v, Line line) {
        List<EventDate> dates = v.datesIn(line);
        if (dates.isEmpty()) {
            return null;
        }
        EventDate t = dates.get(0);
        if (t.startDate() != null || t.startTime() == null) {
            return null;
        }
        String before = v.text.substring(line.bodyStart(), t.start()).strip();
        if (before.isEmpty() || before.length() <= 2) {
            return t; // "09:00 Registration", "• 14:00–15:30 Panel"
        }
        String rest = v.text.substring(t.end(), line.end());
        String after = rest.replaceAll("[()\\s,.;:|·–—-]+", " ").strip();
        List<Span> words = Phrases.words(v.text, Span.of(line.bodyStart(), t.start()));
        boolean timeEndsLine = after.isEmpty() || Vocabulary.TIME_ZONE.matcher(after).matches();
        // "Morning session: 10:00–12:30 — Mapping flood risk": a label, the slot's time, then what happens in it
        boolean labelled = SLOT_LABEL_END.matcher(before).find() && SLOT_REST.matcher(rest).lookingAt();
        if (!(timeEndsLine || labelled) || words.size() > 5 || DEADLINE.matcher(before).find() || before.endsWith(".")) {
            return null;
        }
        return t; // "Morning session, 9.30am–1pm"
    }

    /** The text from the start of the clause holding {@code at} (after a ';' or the sentence's start) up to it. */
    private static String clauseBefore(String text, int sentenceStart, int at) {
        int from = Math.max(sentenceStart, at - 120);
        String before = text.substring(from, at);
        int semi = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'));
        return semi >= 0 ? before.substring(semi + 1) : before;
    }

    /** The few words right after a time, up to a comma, a semicolon or a full stop: "12:30 Lunch". */
    private static String wordsAfter(String text, int from, int sentenceEnd) {
        int to = Math.min(sentenceEnd, from + 30);
        for (int k = from; k < to; k++) {
            char ch = text.charAt(k);
            if (ch == ',' || ch == ';' || ch == '.' || ch == '\n') {
                return text.substring(from, k);
            }
        }
        return text.substring(from, to);
    }

    /** The sentence dates a day other than the event's: what follows is about that day. */
    private static boolean hasOtherDay(DocumentView v, Sentence s, EventCandidate c) {
        for (EventDate d : v.datesIn(s)) {
            if (d.hasDay() && !d.covers(c.startDate.value())) {
                return true;
            }
        }
        return false;
    }

    /** A sentence beyond the date's paragraph still about the event: it names an event or says when it runs. */
    private static boolean speaksOfTheEvent(DocumentView v, Sentence s) {
        if (RUNS.matcher(v.text).region(s.start(), s.end()).find()) {
            return true;
        }
        for (Span w : Phrases.words(v.text, s)) {
            String word = v.text(w);
            if (Vocabulary.isEventNoun(word) && !Vocabulary.AMBIGUOUS_EVENT_NOUNS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Where the paragraph holding line {@code k} ends: at its last line before a blank line. */
    private static int paragraphEnd(DocumentView v, int k) {
        if (k < 0) {
            return 0;
        }
        for (int j = k; j < v.lines.size(); j++) {
            if (v.lines.get(j).blankAfter() || v.isHeading(j + 1)) {
                return v.lines.get(j).end();
            }
        }
        return v.text.length();
    }

    private static boolean overlapsAny(List<Span> spans, Span span) {
        for (Span s : spans) {
            if (s.overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(List<Span> own, Span span) {
        for (Span r : own) {
            if (r.start() <= span.start() && span.start() < r.end()) {
                return true;
            }
        }
        return false;
    }
}
