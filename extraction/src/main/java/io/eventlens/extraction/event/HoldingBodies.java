package io.eventlens.extraction.event;

import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.text.Sentence;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body whose meeting an event is, in the words of a notice: "an open hearing of the Subcommittee on
 * X", "a public session of the Y Council", "The Z Committee will hold a public hearing". A committee,
 * council or commission holds its own hearings and sessions; the notice rarely says "organised by".
 * Such a body is the organiser of an event for which nothing else names one.
 */
final class HoldingBodies {

    private HoldingBodies() {
    }

    /** Kinds of gathering a body holds as its own. */
    private static final String GATHERING = "(?:hearing|hearings|session|sitting|meeting|briefing|inquiry|consultation|roundtable)";
    /** "an OPEN hearing of the ", "a public session of the ". */
    private static final Pattern OF_THE = Pattern.compile(
            "(?i)\\b(?:an?)\\s+(?:[\\p{L}-]+\\s+){0,2}" + GATHERING + "\\s+of\\s+the\\s+(?=\\p{Lu})");
    /** " will hold a public hearing", " holds an oversight hearing": the verb after its subject. */
    private static final Pattern WILL_HOLD = Pattern.compile(
            "(?i)^\\s+(?:will\\s+hold|holds|is\\s+holding|will\\s+convene|convenes)\\s+(?:an?|its)\\s+(?:[\\p{L}-]+\\s+){0,2}" + GATHERING + "\\b");
    /** A subject that opens the sentence: "The Subcommittee on X" before "will hold". */
    private static final Pattern LEADING_THE = Pattern.compile("^(?:The|the)\\s+(?=\\p{Lu})");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}'\u2019.-]*|of|on|and|for|the|in|&");
    /** "Subcommittee on X": a committee's part, named by its head word like the committee itself. */
    private static final Pattern SUBCOMMITTEE = Pattern.compile("(?i)sub-?committee\\s+(?:on|of|for)\\s+\\p{Lu}");
    /** Sentences of an event's text looked at: a notice says who holds the meeting near its top. */
    private static final int SENTENCES_READ = 12;

    static void add(DocumentView v, List<EventCandidate> events) {
        EventCandidate first = null;
        for (EventCandidate c : events) {
            first = first == null || c.start() < first.start() ? c : first;
        }
        for (EventCandidate c : events) {
            if (!c.organizers.isEmpty()) {
                continue; // a fallback: the notice names no organiser in other words
            }
            int read = 0;
            for (Sentence s : v.sentences) {
                // the event's own text; for the document's first event also the notice's lead above it
                if (!c.textCovers(s.start()) && !(c == first && s.end() <= c.start())) {
                    continue;
                }
                if (c.title != null && c.title.span() != null && s.start() < c.title.span().end() && c.title.span().start() < s.end()) {
                    continue; // "5th Annual Meeting of the X Network" names the event, not who holds it
                }
                if (++read > SENTENCES_READ) {
                    break;
                }
                if (s.tokenCount() > SentenceCues.MAX_SENTENCE_TOKENS) {
                    continue;
                }
                Span body = holdingBody(v.text, s);
                if (body != null) {
                    String name = Phrases.clean(v.text(body));
                    if ((OrganizerNames.looksLikeOrganization(name) || SUBCOMMITTEE.matcher(name).lookingAt())
                            && c.organizers.stream().noneMatch(o -> EventRecordAssembler.sameOrganization(o.value(), name))) {
                        c.organizers.add(Slot.of(name, body, 0.7));
                    }
                }
            }
        }
    }

    /** The body the sentence says holds the gathering, or null. */
    static Span holdingBody(String text, Sentence s) {
        String sentence = text.substring(s.start(), s.end());
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        if (!(lower.contains(" of the ") || lower.contains("hold") || lower.contains("convene"))) {
            return null;
        }
        Matcher of = OF_THE.matcher(sentence);
        if (of.find()) {
            return name(text, s.start() + of.end(), s.end());
        }
        Matcher the = LEADING_THE.matcher(sentence);
        int from = the.find() ? s.start() + the.end() : s.start();
        Span subject = name(text, from, s.end());
        if (subject != null && WILL_HOLD.matcher(text).region(subject.end(), s.end()).lookingAt()) {
            return subject;
        }
        return null;
    }

    /**
     * The capitalised name starting at {@code from}: capitalised words and the small words of a name,
     * commas inside it ("Subcommittee on Human Rights, Atrocity Prevention and International Justice")
     * but not a comma before a lower-case word (", to be held in ...").
     */
    private static Span name(String text, int from, int to) {
        Matcher w = NAME_WORD.matcher(text).region(from, to);
        int end = -1;
        int k = from;
        while (k < to) {
            while (k < to && text.charAt(k) == ' ') {
                k++;
            }
            if (k < to && text.charAt(k) == ',') {
                int next = k + 1;
                while (next < to && text.charAt(next) == ' ') {
                    next++;
                }
                if (next >= to || !Character.isUpperCase(text.charAt(next))) {
                    break;
                }
                k = next;
            }
            w.region(k, to);
            if (!w.lookingAt()) {
                break;
            }
            if (Character.isUpperCase(w.group().charAt(0))) {
                end = w.end();
            }
            k = w.end();
        }
        return end > from ? Span.of(from, end) : null;
    }
}
