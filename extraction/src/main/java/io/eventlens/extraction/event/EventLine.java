package io.eventlens.extraction.event;

import io.eventlens.extraction.document.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two ways a bulletin lists a side event in a line, the day being often its section's:
 *
 * <pre>
 * “Title of the side event”                                  (a title line, then its facts line)
 * Org A and Org B (ACR) | 13:15–14:45 | Room 4
 *
 * Side event: “Title”, organized by X and Y, 13:15–14:30, Room 4. Speakers: ...   (an event line)
 * </pre>
 *
 * The day is a date the line states, else the day the nearest heading above names ("HIGHLIGHTS:
 * TUESDAY", "## Mon 3/3 — Hearing", "Things to look for on Wednesday"). Both are read as date lines
 * ({@link DateLine}) so that the header reader treats them like any other header.
 */
final class EventLine {

    private EventLine() {
    }

    /** Lines searched upwards for the heading that names the section's day. */
    private static final int SECTION_REACH = 300;
    /** Words a label before the quoted title may have ("Side event:", "Book launch:"). */
    private static final int MAX_LABEL_WORDS = 4;
    private static final Pattern QUOTED_START = Pattern.compile("^(?:([\\p{L}][\\p{L}\\- ]{1,40}?)\\s*:\\s*)?([\u201C\"\u00AB])");

    /** The facts line {@code index} ("Org | time | place" under a title line), or null. */
    static DateLine facts(DocumentView v, int index, Span body, List<EventDate> dates) {
        if (index == 0 || v.lines.get(index).blankBefore() || !HeaderReader.titleLike(v, index - 1)) {
            return null;
        }
        String text = v.text(body);
        if (text.indexOf('|') < 0) {
            return null;
        }
        EventDate clock = null;
        for (EventDate d : dates) {
            if (d.startDate() == null && d.startTime() != null) {
                clock = d;
                break;
            }
        }
        if (clock == null) {
            return null;
        }
        List<Span> parts = new ArrayList<>();
        int from = body.start();
        for (int i = body.start(); i <= body.end(); i++) {
            if (i == body.end() || v.text.charAt(i) == '|') {
                Span part = Phrases.trimValue(v.text, Span.of(from, i));
                if (part.length() > 0) {
                    parts.add(part);
                }
                from = i + 1;
            }
        }
        if (parts.size() < 2) {
            return null;
        }
        Span organizers = null;
        Span location = null;
        boolean clockSeen = false;
        for (Span part : parts) {
            if (part.overlaps(clock)) {
                String rest = (v.text.substring(part.start(), Math.max(part.start(), clock.start()))
                        + " " + v.text.substring(Math.min(part.end(), clock.end()), part.end())).strip();
                if (Phrases.words(rest, Span.of(0, rest.length())).size() > 2) {
                    return null; // the time inside a phrase: no facts line
                }
                clockSeen = true;
                continue;
            }
            String value = v.text(part);
            if (organizers == null && (EventFields.BY_LINE.matcher(value).find() || !clockSeen && organisations(v, part))) {
                organizers = part;
            } else if (location == null && (Character.isUpperCase(value.charAt(0)) || Character.isDigit(value.charAt(0)))
                    && DateLine.hasNameWord(value)) {
                location = part;
            }
        }
        if (organizers == null && location == null) {
            return null;
        }
        EventDate day = sectionDay(v, index);
        if (day == null) {
            return null;
        }
        return new DateLine(index, onDay(clock, day), location, null, false, false, null, organizers, true);
    }

    /** The event line {@code index} (an optional type label, a quoted title, then its facts), or null. */
    static DateLine of(DocumentView v, int index, Span body) {
        Matcher m = QUOTED_START.matcher(v.text).region(body.start(), body.end());
        if (!m.lookingAt()) {
            return null;
        }
        if (m.group(1) != null) {
            List<String> words = OrganizerNames.wordList(m.group(1));
            if (words.size() > MAX_LABEL_WORDS || words.stream().noneMatch(w -> Vocabulary.isEventNoun(Vocabulary.singular(w.toLowerCase(Locale.ROOT))))) {
                return null; // "Side event:", "Panel:"; not "She said: “...”"
            }
        }
        char open = m.group(2).charAt(0);
        char close = open == '\u201C' ? '\u201D' : open == '\u00AB' ? '\u00BB' : '"';
        int titleStart = m.end(2);
        int titleEnd = v.text.indexOf(close, titleStart);
        if (titleEnd < 0 || titleEnd >= body.end()) {
            return null;
        }
        Span title = Phrases.trim(v.text, Span.of(titleStart, titleEnd), " ,.");
        if (Phrases.words(v.text, title).size() < 2) {
            return null;
        }
        Span facts = DateLine.firstSentence(v.text, Span.of(titleEnd + 1, body.end()));
        EventDate clock = null;
        EventDate date = null;
        for (EventDate d : v.datesIn(facts)) {
            if (d.hasDay() && date == null) {
                date = d;
            } else if (d.startDate() == null && d.startTime() != null && clock == null) {
                clock = d;
            }
        }
        if (clock == null && date == null) {
            return null;
        }
        Span organizers = null;
        int placeFrom = -1;
        int placeTo = -1;
        boolean timeSeen = false;
        int from = facts.start();
        for (int i = facts.start(); i <= facts.end(); i++) {
            if (i < facts.end() && v.text.charAt(i) != ',' && v.text.charAt(i) != ';') {
                continue;
            }
            Span part = Phrases.trimValue(v.text, Span.of(from, i));
            from = i + 1;
            if (part.length() == 0) {
                continue;
            }
            boolean dated = (clock != null && part.overlaps(clock)) || (date != null && part.overlaps(date));
            String value = v.text(part);
            if (dated) {
                timeSeen = true;
            } else if (EventFields.BY_LINE.matcher(value).find()) {
                organizers = organizers == null ? part : organizers;
            } else if (timeSeen && (Character.isUpperCase(value.charAt(0)) || Character.isDigit(value.charAt(0))) && DateLine.hasNameWord(value)) {
                placeFrom = placeFrom < 0 ? part.start() : placeFrom; // "Room 4, Main Building": one place
                placeTo = part.end();
            } else if (placeFrom >= 0) {
                break;
            }
        }
        if (organizers == null && placeFrom < 0) {
            return null;
        }
        boolean ofSection = date == null;
        if (date == null) {
            EventDate day = sectionDay(v, index);
            if (day == null) {
                return null;
            }
            date = onDay(clock, day);
        } else if (clock != null && date.startTime() == null) {
            date = new EventDate(date.start(), date.end(), date.startDate(), date.endDate(), clock.startTime(), clock.endTime(),
                    date.relative(), date.fromMarkup(), date.confidence());
        }
        Span location = placeFrom < 0 ? null : Span.of(placeFrom, placeTo);
        return new DateLine(index, date, location, null, false, false, title, organizers, ofSection);
    }

    /** The day the nearest heading above line {@code index} names, or null. */
    static EventDate sectionDay(DocumentView v, int index) {
        for (int k = index - 1; k >= 0 && k >= index - SECTION_REACH; k--) {
            if (!v.isHeading(k)) {
                continue;
            }
            for (EventDate d : v.datesIn(v.lines.get(k))) {
                if (d.hasDay() && !d.isRange()) {
                    return d;
                }
            }
        }
        return null;
    }

    private static EventDate onDay(EventDate clock, EventDate day) {
        return new EventDate(clock.start(), clock.end(), day.startDate(), null, clock.startTime(), clock.endTime(),
                false, false, Math.min(clock.confidence(), day.confidence()));
    }

    /** The part lists organisations ("Delegation of X and Y Network (YN)"). */
    private static boolean organisations(DocumentView v, Span part) {
        String first = OrganizerNames.wordList(v.text(part)).stream().findFirst().orElse("");
        if (Vocabulary.isVenueWord(first)) {
            return false; // "Room 4", "Hall B"
        }
        for (Span name : OrganizerNames.split(v.text, part, false)) {
            if (OrganizerNames.looksLikeOrganization(OrganizerNames.withoutAcronym(v.text, name))) {
                return true;
            }
        }
        return false;
    }
}
