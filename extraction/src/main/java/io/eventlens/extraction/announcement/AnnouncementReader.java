package io.eventlens.extraction.announcement;

import io.eventlens.contract.ParticipantKind;
import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.event.EventCandidate;
import io.eventlens.extraction.event.Slot;
import io.eventlens.extraction.ner.EntityMention;
import io.eventlens.extraction.pipeline.Annotator;
import io.eventlens.extraction.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads e-mail style talk and seminar announcements: a header block ("Topic:", "Who:", "Dates:",
 * "Time:", "Place:", "Host:"...) followed by free text that often restates the speaker, place
 * and time. Proposes one {@link EventCandidate} (reader {@code announcement}) spanning the
 * document, so that it comes first among the document's candidates.
 */
public final class AnnouncementReader implements Annotator {

    public static final String READER = "announcement";

    static final Set<String> TITLE_KEYS = Set.of("topic", "title", "subject", "talk", "talk title", "seminar",
            "lecture", "re", "event", "what");
    static final Set<String> TALK_TITLE_KEYS = Set.of("title", "talk title", "talk", "lecture title", "seminar title",
            "what");
    /** What e-mail subjects put before the subject: "Re:", "Fwd:", "REMINDER:", "Reminder -". */
    private static final java.util.regex.Pattern SUBJECT_PREFIX = java.util.regex.Pattern.compile(
            "\\s*(?:re|fwd?|reminder|correction|update|updated|change|cancell?ed|postponed|new time|new date|note)\\s*[:\\-]+\\s*",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    static final Set<String> SPEAKER_KEYS = Set.of("who", "speaker", "speakers", "presenter", "presenters",
            "lecturer", "instructor", "presented by", "guest speaker", "featuring", "panelists", "panelist");
    static final Set<String> DATE_KEYS = Set.of("date", "dates", "day", "when", "date and time", "date time");
    static final Set<String> TIME_KEYS = Set.of("time", "times", "when", "date and time", "date time");
    static final Set<String> PLACE_KEYS = Set.of("place", "location", "where", "room", "venue", "loc", "lieu", "location lieu", "venue lieu");
    static final Set<String> NOT_SPEAKER_KEYS = Set.of("postedby", "posted by", "from", "sender", "contact",
            "reply to", "sponsor", "organizer", "organiser", "coordinator", "to", "cc");
    static final Set<String> HOST_KEYS = Set.of("host", "hosts", "host e mail", "hosted by", "faculty host", "contact host");

    @Override
    public void annotate(Document document) {
        List<HeaderField> fields = outsideHeadings(document, document.get(HeaderField.LAYER));
        boolean headed = isAnnouncement(fields);
        if (!headed && first(fields, TITLE_KEYS) == null) {
            return;
        }
        if (isListing(document, fields)) {
            return; // a calendar page's cards, each with its own "Date:": several events, read by their headers
        }
        String text = document.text();
        TokenView tokens = new TokenView(text, document.get(Token.LAYER), document::checkDeadline);
        EventCandidate candidate = new EventCandidate(0, text.length(), READER);
        boolean explicitSpeaker = addPeople(document, fields, tokens, candidate);
        AnnouncementTimes.fill(document, fields, bodyStart(fields), candidate);
        if (!headed && !(explicitSpeaker && candidate.startTime != null)) {
            return; // a message with a subject line announces a talk only when its text says who speaks and when
        }
        candidate.confidence = headed ? 0.8 : 0.6;
        candidate.title = title(document, fields);
        candidate.location = location(document, fields, tokens);

        List<EventCandidate> all = new ArrayList<>(document.get(EventCandidate.LAYER));
        all.add(candidate);
        document.set(EventCandidate.LAYER, all);
    }

    /**
     * The fields that are not a page's marked-up headings: "&lt;h3&gt;Talk: Mills of the Valley&lt;/h3&gt;" is a
     * card's title with its type, not the "Talk:" field of an e-mail.
     */
    private static List<HeaderField> outsideHeadings(Document document, List<HeaderField> fields) {
        List<io.eventlens.extraction.layout.Heading> headings = document.get(io.eventlens.extraction.layout.Heading.LAYER);
        if (headings.isEmpty() || fields.isEmpty()) {
            return fields;
        }
        List<HeaderField> out = new ArrayList<>();
        int h = 0;
        for (HeaderField f : fields) { // both in text order
            while (h < headings.size() && headings.get(h).end() <= f.start()) {
                h++;
            }
            boolean heading = h < headings.size() && headings.get(h).fromMarkup() && headings.get(h).start() <= f.start();
            if (!heading) {
                out.add(f);
            }
        }
        return out;
    }

    /** Date fields with different values in this many blocks make a listing of events, not one announcement. */
    private static final int LISTING_DATES = 3;

    /** "Date: Mon 12" ... "Date: Wed 14" ... "Date: Thu 15": the fields date several events, in blocks of their own. */
    static boolean isListing(Document document, List<HeaderField> fields) {
        Set<String> values = new HashSet<>();
        Set<Integer> blocks = new HashSet<>();
        for (HeaderField f : fields) {
            if (DATE_KEYS.contains(f.key()) && !TIME_KEYS.contains(f.key()) && f.hasValue() && blocks.add(f.block())) {
                values.add(f.value(document).strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return values.size() >= LISTING_DATES;
    }

    /** A header names at least two of title / speaker / date / time / place, one of them a speaker, time or place. */
    static boolean isAnnouncement(List<HeaderField> fields) {
        boolean title = false;
        boolean speaker = false;
        boolean date = false;
        boolean time = false;
        boolean place = false;
        for (HeaderField f : fields) {
            String k = f.key();
            title |= TITLE_KEYS.contains(k);
            speaker |= SPEAKER_KEYS.contains(k);
            date |= DATE_KEYS.contains(k);
            time |= TIME_KEYS.contains(k);
            place |= PLACE_KEYS.contains(k);
        }
        int kinds = (title ? 1 : 0) + (speaker ? 1 : 0) + (date ? 1 : 0) + (time ? 1 : 0) + (place ? 1 : 0);
        return kinds >= 2 && (speaker || time || place);
    }

    private static boolean isJobTitle(String value) {
        if (value.startsWith("\"") || value.length() > 80) {
            return false;
        }
        for (String w : value.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
            if (Participants.ROLE_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Keys of a message's own header: a "Date:" among them is when the message was sent. */
    static final Set<String> MESSAGE_KEYS = Set.of("from", "to", "cc", "sent", "subject", "received", "message id", "reply to",
            "newsgroups", "organization", "x mailer", "mime version", "content type");

    /** The document is a message or a posting: its header names a sender, a recipient or a subject. */
    public static boolean isMessage(Document document) {
        List<HeaderField> fields = document.get(HeaderField.LAYER);
        Set<Integer> messageBlocks = null;
        for (HeaderField f : fields) {
            if (f.key().equals("subject")) {
                // "DATE: / TIME: / SUBJECT:" of a hearing notice is the event's own block, not a message's header
                messageBlocks = messageBlocks == null ? messageBlocks(fields) : messageBlocks;
                if (messageBlocks.contains(f.block())) {
                    return true;
                }
            } else if (MESSAGE_KEYS.contains(f.key()) || f.key().equals("postedby") || f.key().equals("posted by")) {
                return true;
            }
        }
        return false;
    }

    /** The field stands in a message's header block (From, To, Subject), not in an event notice's (Date, Time, Place, Subject). */
    static boolean isMessageField(List<HeaderField> fields, HeaderField field) {
        return messageBlocks(fields).contains(field.block());
    }

    /** The first field with one of the keys that is not the date of the message itself. */
    static HeaderField firstEventField(List<HeaderField> fields, Set<String> keys) {
        Set<Integer> messageBlocks = messageBlocks(fields);
        for (HeaderField f : fields) {
            if (keys.contains(f.key()) && f.hasValue() && !(f.key().equals("date") && messageBlocks.contains(f.block()))) {
                return f;
            }
        }
        return null;
    }

    static Set<Integer> messageBlocks(List<HeaderField> fields) {
        Set<Integer> messageBlocks = new HashSet<>();
        Set<Integer> subjectBlocks = new HashSet<>();
        Set<Integer> eventBlocks = new HashSet<>();
        for (HeaderField f : fields) {
            if (f.key().equals("subject")) {
                subjectBlocks.add(f.block());
            } else if (MESSAGE_KEYS.contains(f.key())) {
                messageBlocks.add(f.block());
            } else if (TIME_KEYS.contains(f.key()) || PLACE_KEYS.contains(f.key())) {
                eventBlocks.add(f.block());
            }
        }
        for (Integer b : subjectBlocks) {
            if (!eventBlocks.contains(b)) {
                messageBlocks.add(b); // not "DATE: / TIME: / SUBJECT:" of a hearing notice: that is the event's own date
            }
        }
        return messageBlocks;
    }

    static HeaderField first(List<HeaderField> fields, Set<String> keys) {
        for (HeaderField f : fields) {
            if (keys.contains(f.key()) && f.hasValue()) {
                return f;
            }
        }
        return null;
    }

    /** The talk's own title ("Title:") when the text gives one, else the subject line without "Re:"/"Reminder:". */
    private static Slot<String> title(Document document, List<HeaderField> fields) {
        String text = document.text();
        HeaderField f = first(fields, TALK_TITLE_KEYS);
        if (f != null && isJobTitle(f.value(document))) {
            f = null; // "Title: Associate Professor of Geology" is the speaker's title
        }
        double confidence = 0.75;
        if (f == null) {
            f = first(fields, TITLE_KEYS);
            confidence = 0.6;
        }
        if (f == null) {
            return null;
        }
        Span span = Texts.trim(text, f.valueSpan(), "\"'`*");
        int start = span.start();
        java.util.regex.Matcher prefix = SUBJECT_PREFIX.matcher(text).region(start, span.end());
        while (prefix.lookingAt() && prefix.end() < span.end()) {
            start = prefix.end();
            prefix.region(start, span.end());
        }
        span = Span.of(start, span.end());
        if (f.key().equals("subject")) {
            span = ofSubject(text, span);
            if (!isMessageField(fields, f)) {
                confidence = 0.9; // "DATE: / TIME: / SUBJECT:" of a hearing notice: the subject is what the hearing is on
            }
        }
        span = Texts.trim(text, span, "\"'`*");
        if (span.length() == 0) {
            return null;
        }
        if (f.key().equals("subject")) {
            Span block = setOffTitle(text, bodyStart(fields), Texts.fold(text, span));
            if (block != null) {
                return Slot.of(Texts.fold(text, block), block, 0.75);
            }
        }
        return Slot.of(Texts.fold(text, span), span, confidence);
    }

    /** How far into the body a set-off title is looked for. */
    private static final int TITLE_REACH = 3000;

    /**
     * The talk's title as the body sets it off: a paragraph of its own that is all emphasis or all
     * quotation ("*The Long Road Home: ...*", wrapped over lines), that spells out the subject line's
     * shorter title (most of the subject's words recur in it). Null when there is none.
     */
    static Span setOffTitle(String text, int from, String subjectTitle) {
        // "Dr A Name, 'Hedges' (and the rest of the term)": what the subject quotes is its short title
        Span quoted = ofSubject(subjectTitle, Span.of(0, subjectTitle.length()), true);
        Set<String> subjectWords = contentWords(subjectTitle.substring(quoted.start(), quoted.end()));
        if (subjectWords.isEmpty()) {
            return null;
        }
        int end = Math.min(text.length(), from + TITLE_REACH);
        int i = from;
        while (i < end) {
            int paraEnd = text.indexOf("\n\n", i);
            paraEnd = paraEnd < 0 || paraEnd > end ? end : paraEnd;
            Span para = Texts.trim(text, Span.of(i, paraEnd), "");
            if (para.length() > 4) {
                char open = text.charAt(para.start());
                char close = text.charAt(para.end() - 1);
                boolean setOff = (open == '*' || open == '_' || open == '"' || open == '\'') && close == open
                        || open == '\u201C' && close == '\u201D' || open == '\u2018' && close == '\u2019';
                Span inner = Texts.trim(text, Span.of(para.start() + 1, para.end() - 1), "*_");
                if (setOff && inner.length() > 0 && (open == '\'' || text.substring(inner.start(), inner.end()).indexOf(open) < 0)) {
                    Set<String> words = contentWords(text.substring(inner.start(), inner.end()));
                    int shared = 0;
                    for (String w : subjectWords) {
                        shared += words.contains(w) ? 1 : 0;
                    }
                    if (words.size() >= 3 && words.size() <= 40 && words.size() > subjectWords.size()
                            && 2 * shared > subjectWords.size()) {
                        return inner;
                    }
                }
            }
            i = paraEnd + 2;
        }
        return null;
    }

    private static Set<String> contentWords(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 3) {
                out.add(w);
            }
        }
        return out;
    }

    /** A list's tag and the day a reminder gives: "[Law seminar] TOMORROW at noon: ", "Today, 4pm - ". */
    private static final java.util.regex.Pattern SUBJECT_TAG_AND_DAY = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:\\[[^\\]\\n]{1,40}\\]\\s*)?(?:(?:today|tonight|tomorrow|this\\s+(?:week|\\w+day)|next\\s+(?:week|\\w+day)"
                    + "|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b[^:\\n\u2013\u2014\\[\"\u201C]{0,30}?\\s*[:\u2013\u2014-]\\s*)?");

    /**
     * The talk's title in an e-mail subject: without the list's tag and the reminder's day ("[Law seminar]
     * TOMORROW at noon: "), and when the subject quotes the title beside the speaker's name ("... “Words
     * at War” - Dr A. Name"), the quotation alone.
     */
    static Span ofSubject(String text, Span span) {
        return ofSubject(text, span, false);
    }

    /** With {@code anyQuotation}, a quotation of one word counts and no tag or day need come first. */
    private static Span ofSubject(String text, Span span, boolean anyQuotation) {
        java.util.regex.Matcher head = SUBJECT_TAG_AND_DAY.matcher(text).region(span.start(), span.end());
        int start = head.lookingAt() && head.end() < span.end() ? head.end() : span.start();
        if (start == span.start() && !anyQuotation) {
            return span;
        }
        // a quotation inside what is left: the title, the rest is the speaker
        for (int i = start; i < span.end(); i++) {
            char c = text.charAt(i);
            char close = c == '"' ? '"' : c == '\u201C' ? '\u201D' : c == '\u2018' ? '\u2019'
                    : c == '\'' && (i == start || !Character.isLetter(text.charAt(i - 1))) ? '\'' : 0;
            if (close == 0) {
                continue;
            }
            int end = closingQuote(text, close, i + 1, span.end());
            if (end > i + 1 && end < span.end() && (anyQuotation || text.substring(i + 1, end).strip().indexOf(' ') > 0)) {
                return Span.of(i + 1, end);
            }
            break;
        }
        return Span.of(start, span.end());
    }

    /** The closing quote: for a single quote, one not followed by a letter (not the apostrophe of "Widows' rights"'s "s"). */
    private static int closingQuote(String text, char close, int from, int to) {
        int end = text.indexOf(close, from);
        if (close == '\'' || close == '\u2019') {
            while (end >= 0 && end < to && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1))) {
                end = text.indexOf(close, end + 1);
            }
        }
        return end;
    }

    private static Slot<String> location(Document document, List<HeaderField> fields, TokenView tokens) {
        String text = document.text();
        HeaderField place = first(fields, PLACE_KEYS);
        if (place != null) {
            Span span = PlaceValue.clean(text, place);
            if (span.length() > 0) {
                return Slot.of(Texts.fold(text, span), span, 0.9);
            }
        }
        int bodyStart = bodyStart(fields);
        LocationFinder finder = new LocationFinder(tokens);
        List<LocationFinder.Candidate> candidates = finder.candidates(tokens.firstAtOrAfter(bodyStart), tokens.size());
        LocationFinder.Candidate best = candidates.stream()
                .max(Comparator.comparingDouble(LocationFinder.Candidate::score)
                        .thenComparing(c -> -c.start()))
                .orElse(null);
        if (best == null || best.score() < 0.5) {
            return null;
        }
        Span span = Span.of(best.start(), best.end());
        return Slot.of(Texts.fold(text, span), span, Math.min(0.85, 0.3 + best.score() / 2));
    }

    /** Adds speakers and hosts; true when a speaker was named by an explicit cue (a field, "X will speak", "a talk by X"). */
    private static boolean addPeople(Document document, List<HeaderField> fields, TokenView tokens, EventCandidate candidate) {
        String text = document.text();
        SpeakerFinder finder = new SpeakerFinder(tokens, document.get(EntityMention.LAYER));
        List<SpeakerFinder.Mention> mentions = new ArrayList<>();
        Set<String> notSpeakers = new HashSet<>();
        List<SpeakerFinder.Mention> hosts = new ArrayList<>();
        int firstBlock = fields.isEmpty() ? -1 : fields.get(0).block();
        for (HeaderField f : fields) {
            if (!f.hasValue()) {
                continue;
            }
            if (SPEAKER_KEYS.contains(f.key()) || f.key().equals("name") && f.block() != firstBlock) {
                mentions.addAll(finder.fromField(f.valueSpan(), 1.0));
            } else if (TITLE_KEYS.contains(f.key())) {
                mentions.addAll(finder.fromSubject(f.valueSpan()));
            } else if (HOST_KEYS.contains(f.key())) {
                List<SpeakerFinder.Mention> found = finder.fromField(f.valueSpan(), 1.0);
                if (hosts.isEmpty()) {
                    hosts.addAll(found);
                }
                notSpeakers.addAll(finder.surnamesIn(f.valueSpan()));
            } else if (NOT_SPEAKER_KEYS.contains(f.key()) && !f.key().startsWith("posted")) {
                notSpeakers.addAll(finder.surnamesIn(f.valueSpan())); // a poster often announces their own talk
            }
        }
        mentions.addAll(finder.fromText(tokens.firstAtOrAfter(bodyStart(fields)), tokens.size()));
        boolean explicit = false;
        for (SpeakerFinder.Mention m : SpeakerFinder.choose(mentions, notSpeakers, tokens)) {
            candidate.participants.add(Participants.of(text, m, ParticipantKind.SPEAKER));
            explicit |= m.cue().equals("field") || m.cue().equals("verb") || m.cue().equals("phrase");
        }
        for (SpeakerFinder.Mention m : hosts) {
            candidate.participants.add(Participants.of(text, m, ParticipantKind.HOST));
        }
        return explicit;
    }

    /** Where the free text begins: after the first header block. */
    static int bodyStart(List<HeaderField> fields) {
        if (fields.isEmpty()) {
            return 0;
        }
        int block = fields.get(0).block();
        int end = 0;
        for (HeaderField f : fields) {
            if (f.block() != block) {
                break;
            }
            end = f.end();
        }
        return end;
    }
}
