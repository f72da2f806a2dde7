package io.eventlens.extraction.event;

import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.layout.Line;
import io.eventlens.extraction.text.Sentence;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes the place of events whose reader found none, from what the rest of the event's own text
 * and the page say, in this order:
 * <ol>
 *   <li>a place label inside a line of other facts ("In person · Registration required · Venue: X, 2nd floor");</li>
 *   <li>a venue the event's text names once, outside the sentence with the date ("Over two days at the Hotel X
 *       in Almaty, ...", "Around 150 people filled the Aula Magna of Y");</li>
 *   <li>the page's default place for the events it lists ("Unless otherwise noted, events are held at the X
 *       Institute, ..."), for an event that is not online only.</li>
 * </ol>
 * An event its own text says is online only gets no place.
 */
final class Venues {

    /** A place label after a separator or at the start of a line: "· Venue: ", "| Location: ", "Where: ". */
    private static final Pattern INLINE_LABEL = Pattern.compile(
            "(?i)(?:^|[\u00B7|\u2022\u25AA\u25CF]|\\s[\u2013\u2014]\\s)[\\s*_]*"
                    // "Note change of room:", "New venue:": a session moved from the series' usual place
                    + "(?:(?:please\\s+)?(?:note\\s+)?(?:the\\s+)?(?:change\\s+of|new|different)\\s+(?:venue|room|location)|venue|location|where|place|room|lieu|ort|lugar|sede)[\\s*_]*:[\\s*_]*");
    /** Where the value of an inline label ends: the next separator of the line. */
    private static final Pattern SEGMENT_END = Pattern.compile("\\s*[\u00B7|\u2022\u25AA\u25CF]");
    /** A line about the organisation, not the event: its postal, registered or head-office address. */
    private static final Pattern ORGANISATION_ADDRESS = Pattern.compile(
            "(?i)\\b(?:mailing|postal|registered|head\\s+office|headquarters|p\\.?\\s?o\\.?\\s+box|contact|correspondence|billing|invoice)");
    /** The page states one place for all the events it lists. */
    private static final Pattern PAGE_DEFAULT = Pattern.compile(
            "(?i)\\bunless\\s+(?:otherwise\\s+|stated\\s+|noted\\s+)?(?:noted|stated|indicated|specified|mentioned|listed|announced|shown|advertised|otherwise)\\b"
                    + "|\\b(?:noted|stated|indicated|specified)\\s+otherwise\\b"
                    + "|\\b(?:all|our)\\s+(?:of\\s+)?(?:our\\s+|the\\s+|these\\s+)?(?:events|seminars|lectures|talks|sessions|meetings|workshops"
                    + "|screenings|performances|classes|colloquia|briefings|readings)\\s+(?:are|will\\s+be|take|will\\s+take|usually|normally|generally)\\b"
                    // "The seminar series meets in Room 5", "Lectures are usually held in the Main Hall"
                    + "|\\b(?:series|events|seminars|lectures|talks|sessions|meetings|workshops|colloquia)\\s+(?:usually\\s+|normally\\s+|generally\\s+|always\\s+)?"
                    + "(?:meets?|(?:are|is)\\s+(?:usually\\s+|normally\\s+|generally\\s+|always\\s+)?held|takes?\\s+place)\\b");
    /** The sentence states what holds for all the page's events unless it says otherwise ("unless otherwise stated"). */
    static boolean statesPageDefault(String sentence) {
        return containsAny(sentence.toLowerCase(Locale.ROOT), PAGE_DEFAULT_WORDS) && PAGE_DEFAULT.matcher(sentence).find();
    }

    /** Labels of a place a listing's introduction states for all its events. */
    private static final java.util.Set<String> INTRO_PLACE_LABELS = java.util.Set.of("venue", "location", "place", "where",
            "venue for all sessions", "venue for all events", "all events", "all sessions");

    /** The event's own text says it happens online only. */
    private static final Pattern ONLINE_ONLY = Pattern.compile(
            "(?i)\\bonline[- ]only\\b|\\bonly\\s+online\\b|\\b(?:fully|entirely|exclusively|purely)\\s+(?:online|virtual)\\b"
                    + "|\\b(?:is|are|will\\s+be|takes\\s+place|take\\s+place|held|run|runs|hosted)\\s+(?:held\\s+)?(?:online|virtually)\\b(?!\\s+(?:and|as\\s+well|too))"
                    + "|\\b(?:online|virtual)\\s+(?:event|meeting|seminar|session|roundtable|lecture|talk|panel|workshop|briefing|discussion|launch)\\b"
                    + "|\\bwebinars?\\b|\\b(?:format|where|venue|location|place)\\s*:\\s*(?:online|virtual|zoom|teams|webex)\\b(?![^\\n]*\\b(?:and|&|\\+)\\s)");
    private static final Pattern HYBRID = Pattern.compile("(?i)\\bhybrid\\b|\\bin[- ]person\\b|\\bon[- ]site\\b|\\bas\\s+well\\s+as\\s+online\\b|\\band\\s+online\\b");

    /** Confidence of a place a field states; below it a place was read from running text. */
    private static final double STATED = 0.85;

    private Venues() {
    }

    /** A part of a line of facts that is a field: "Venue: X", "Language: English". */
    private static final Pattern FIELD_PART = Pattern.compile("^[\\s*_]*\\p{L}[\\p{L} /-]{1,24}:\\s");
    /** "Story 1", "Recap 2", "Highlight 3": a bulletin's running label before its story's title. */
    private static final Pattern RUNNING_LABEL = Pattern.compile(
            "(?i)[\\s*_#]*(?:recap|story|highlight|spotlight|feature|event)\\s+\\d{1,2}\\s*");
    private static final Pattern FACT_SEPARATOR = Pattern.compile("\\s+[\u00B7|\u2022]\\s+");

    /** "Hybrid event | Free of charge | Venue: X | Language: English": a line of facts with a field among them, no title. */
    static boolean isFactLine(String line) {
        if (line.length() > 400) {
            return false;
        }
        String[] parts = FACT_SEPARATOR.split(line);
        if (parts.length < 2 || RUNNING_LABEL.matcher(parts[0]).matches()) {
            return false; // "Story 1 · Detention at sea: who is responsible?": a numbered story's heading
        }
        for (String part : parts) {
            if (FIELD_PART.matcher(part).find()) {
                return true;
            }
        }
        return false;
    }

    /** Fills {@link EventCandidate#location} where it is null and the text gives a place for the event. */
    static void complete(DocumentView v, List<EventCandidate> events) {
        if (events.stream().noneMatch(c -> c.location == null || c.location.confidence() < STATED)) {
            return;
        }
        EventFields fields = new EventFields(v);
        Slot<String> pageDefault = null;
        boolean defaultRead = false;
        for (EventCandidate c : events) {
            if (c.location != null && c.location.confidence() >= STATED) {
                continue;
            }
            List<Span> own = EventFields.bounded(EventRecordAssembler.ownText(c, events));
            if (onlineOnly(v, c, own)) {
                c.location = null; // "a webinar presenting the study launched last year at the Palais X": no place of its own
                continue;
            }
            if (c.location != null) {
                continue;
            }
            Slot<String> found = labelInLine(v, fields, own);
            if (found == null) {
                found = mentionedOnce(v, fields, own);
            }
            if (found == null) {
                if (!defaultRead) {
                    pageDefault = pageDefault(v, fields, events);
                    defaultRead = true;
                }
                found = pageDefault;
            }
            c.location = found;
        }
    }

    /** The title or the event's own text says it takes place online and nothing says it also has a room. */
    static boolean onlineOnly(DocumentView v, EventCandidate c, List<Span> own) {
        boolean online = c.title != null && c.title.value() != null
                && containsAny(c.title.value().toLowerCase(Locale.ROOT), ONLINE_WORDS) && ONLINE_ONLY.matcher(c.title.value()).find();
        for (Span region : own) {
            // most event texts name no format word: the two case-blind regexes, the costliest part here, run only where one may match
            String text = v.text(region);
            String lower = text.toLowerCase(Locale.ROOT);
            if (containsAny(lower, HYBRID_WORDS) && HYBRID.matcher(text).find()) {
                return false;
            }
            online = online || containsAny(lower, ONLINE_WORDS) && ONLINE_ONLY.matcher(text).find();
        }
        return online;
    }

    /** Words one of which every match of ONLINE_ONLY contains (ASCII, so lower-casing keeps them). */
    private static final List<String> ONLINE_WORDS = List.of("online", "virtual", "webinar", "zoom", "teams", "webex");
    /** Words one of which every match of HYBRID contains. */
    private static final List<String> HYBRID_WORDS = List.of("hybrid", "person", "site", "online");
    /** Words one of which every match of PAGE_DEFAULT contains. */
    private static final List<String> PAGE_DEFAULT_WORDS = List.of("unless", "otherwise", "series", "events", "seminars",
            "lectures", "talks", "sessions", "meetings", "workshops", "screenings", "performances", "classes", "colloquia",
            "briefings", "readings");

    private static boolean containsAny(String lower, List<String> words) {
        for (String word : words) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Michaelmas Term 2024 · Tuesdays, 1–2 p.m. (unless otherwise stated) · Seminar Room 2.03, X Building": a series'
     * line of facts, one of which is its usual room (a capitalised part with a venue word and no digit before it).
     */
    private static Slot<String> venueOfFacts(DocumentView v, EventFields fields, Sentence s) {
        String sentence = v.text(s);
        if (!isFactLine(sentence) && FACT_SEPARATOR.split(sentence).length < 3) {
            return null; // a sentence, not a line of facts
        }
        Matcher sep = FACT_SEPARATOR.matcher(sentence);
        int from = 0;
        while (from <= sentence.length()) {
            int to = sep.find() ? sep.start() : sentence.length();
            Span part = Phrases.trimValue(v.text, Span.of(s.start() + from, s.start() + to));
            String text = v.text(part);
            if (!text.isEmpty() && Character.isUpperCase(text.charAt(0)) && !text.contains("(")) {
                for (String w : OrganizerNames.wordList(text)) {
                    if (Vocabulary.isVenueWord(w)) {
                        return fields.placeValue(part, 0.6);
                    }
                }
            }
            if (to == sentence.length()) {
                break;
            }
            from = sep.end();
        }
        return null;
    }

    /** "In person · Venue: Q Conference Center, 2nd floor": a place label among the facts of a line. */
    private static Slot<String> labelInLine(DocumentView v, EventFields fields, List<Span> own) {
        for (Span region : own) {
            int first = Math.max(0, v.lineAt(region.start()));
            for (int k = first; k >= 0 && k < v.lines.size() && v.lines.get(k).start() < region.end(); k++) {
                Line line = v.lines.get(k);
                Span body = line.body();
                String text = v.text(body);
                if (text.indexOf(':') < 0 || ORGANISATION_ADDRESS.matcher(text).find()) {
                    continue; // every label ends in a colon
                }
                Matcher m = INLINE_LABEL.matcher(text);
                while (m.find()) {
                    int from = body.start() + m.end();
                    Matcher stop = SEGMENT_END.matcher(text);
                    int to = stop.find(m.end()) ? body.start() + stop.start() : body.end();
                    if (from >= to && m.start() == 0 && k + 1 < v.lines.size() && !v.lines.get(k + 1).blankBefore()
                            && v.labelOfLine[k + 1] == null) {
                        from = v.lines.get(k + 1).body().start(); // "Venue:" with the place on the line below
                        to = v.lines.get(k + 1).body().end();
                    }
                    if (from < to) {
                        Slot<String> place = fields.placeValue(Phrases.trimValue(v.text, Span.of(from, to)), 0.8);
                        if (place != null && place.value().length() > 2) {
                            return place;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** A venue the event's own sentences name, when all that name one name the same. */
    private static Slot<String> mentionedOnce(DocumentView v, EventFields fields, List<Span> own) {
        Slot<String> found = null;
        for (Span region : own) {
            for (Sentence s : v.sentencesIn(region)) {
                v.document.checkDeadline();
                Slot<String> p = fields.cues().venueMention(s);
                if (p == null) {
                    continue;
                }
                if (found == null) {
                    found = p;
                } else if (!same(found.value(), p.value())) {
                    return null; // two venues: which one is the event's the text does not say
                }
            }
        }
        return found;
    }

    private static boolean same(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return x.contains(y) || y.contains(x);
    }

    /**
     * "Unless otherwise noted, events are held at the X Institute, ...": the page's place for its events; or, for a
     * page listing several events, a place field above the first of them ("Venue: X" in the listing's introduction).
     */
    private static Slot<String> pageDefault(DocumentView v, EventFields fields, List<EventCandidate> events) {
        if (events.size() >= 2) {
            // above the first event's title (its header may begin with the listing's own fields)
            int firstEvent = events.stream().mapToInt(c -> c.title != null && c.title.span() != null ? c.title.span().start() : c.start())
                    .min().orElse(0);
            for (int k = 0; k < v.lines.size() && v.lines.get(k).end() <= firstEvent; k++) {
                io.eventlens.extraction.layout.LabeledLine label = v.labelOfLine[k];
                if (label != null && INTRO_PLACE_LABELS.contains(label.key()) && label.hasValue()
                        && !ORGANISATION_ADDRESS.matcher(v.text(v.lines.get(k))).find()) {
                    Slot<String> place = fields.locationOfLabel(label, 0.6);
                    if (place != null) {
                        return place;
                    }
                }
            }
        }
        for (Sentence s : v.sentences) {
            v.document.checkDeadline();
            if (s.tokenCount() > SentenceCues.MAX_SENTENCE_TOKENS) {
                continue;
            }
            String sentence = v.text(s);
            if (!containsAny(sentence.toLowerCase(Locale.ROOT), PAGE_DEFAULT_WORDS) || !PAGE_DEFAULT.matcher(sentence).find()) {
                continue;
            }
            Slot<String> place = fields.cues().location(s);
            if (place == null) {
                place = fields.cues().venueMention(s);
            }
            if (place == null) {
                place = venueOfFacts(v, fields, s);
            }
            if (place != null) {
                return Slot.of(place.value(), place.span(), Math.min(place.confidence(), 0.6));
            }
        }
        return null;
    }
}
