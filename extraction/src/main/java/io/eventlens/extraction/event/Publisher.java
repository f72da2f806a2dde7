package io.eventlens.extraction.event;

import io.eventlens.contract.Evidence;
import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.Layer;
import io.eventlens.extraction.document.SourceFormat;
import io.eventlens.extraction.document.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisation that publishes a page about its own events: the site name in the page's
 * {@code <title>} ("Who Owns the Seabed? | Programme on Ocean Justice"), its logo or brand text,
 * its copyright line ("© 2025 Programme on Ocean Justice"), an "eyebrow" label above the title
 * ("Panel Discussion · Programme on Ocean Justice"), the logo or site title in the page's
 * {@code <header>} (its navigation left out). An event for which the text names no
 * organiser is the publisher's, with less confidence than a stated organiser.
 *
 * <p>Only a name that reads as an organisation's counts (an organisation word or an acronym), and
 * never a newspaper's or broadcaster's: a news site reports other bodies' events. Navigation
 * ("Home › Events › Book launch") is never a publisher.
 */
final class Publisher {

    /** How sure an organiser taken from the page's publisher is: below any stated organiser (0.7 and up). */
    static final double CONFIDENCE = 0.5;

    private static final int HEAD_READ = 200_000;
    private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.{1,400}?)</title>");
    private static final Pattern SITE_NAME = Pattern.compile(
            "(?is)<meta[^>]{0,200}?(?:property|name)\\s*=\\s*[\"'](?:og:site_name|application-name)[\"'][^>]{0,200}?content\\s*=\\s*[\"']([^\"']{2,150})[\"']");
    /** An element whose class or id says it holds the site's name: logo, brand, site-name, site-title. */
    private static final Pattern BRAND = Pattern.compile(
            "(?is)<([a-z][a-z0-9]*)[^>]{0,200}?(?:class|id)\\s*=\\s*[\"'][^\"']{0,80}?\\b(?:logo|brand|site-name|site-title|sitename|navbar-brand)\\b[^\"']{0,80}[\"'][^>]{0,200}>(.{1,300}?)</\\1>");
    private static final Pattern ALT = Pattern.compile("(?i)\\balt\\s*=\\s*[\"']([^\"']{2,150})[\"']");
    /** "© 2025 Name", "Copyright © 2019–2025 Name", "(c) Name". */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?:©|&copy;|&#169;|\\([cC]\\)|(?i:copyright))\\s*(?:©|&copy;|&#169;)?\\s*(?:\\d{4}(?:\\s*[-\u2013/]\\s*\\d{2,4})?\\s*,?\\s*)?"
                    + "((?:the\\s+)?\\p{Lu}[^.<|\u00B7\n\r]{1,120})");
    private static final Pattern TAG = Pattern.compile("<[^>]{0,500}>");
    /** The writer holds the event: "we are delighted to invite you", "we will host", "our webinar". */
    private static final Pattern WE_HOLD = Pattern.compile(
            "(?i)\\b(?:we\\s+(?:are|were|will|would|have|had)?\\s*(?:\\w+\\s+){0,2}?(?:invite|host|hold|organi[sz]e|convene|welcome|present)"
                    + "|our\\s+(?:\\w+\\s+){0,2}?(?:seminar|webinar|workshop|lecture|conference|event|meeting|panel|roundtable|evening|launch|talk|dialogue|forum|symposium))");
    private static final Pattern SEPARATORS = Pattern.compile("\\s+(?:\\||\u2013|\u2014|-|\u00B7|::|\u2022|/)\\s+");
    /** Words that make a name a newspaper's, a broadcaster's or a wire's. */
    private static final Set<String> MEDIA_WORDS = Vocabulary.words("times", "post", "journal", "news", "radio", "television",
            "tv", "broadcasting", "magazine", "gazette", "herald", "tribune", "courier", "courant", "daily", "weekly",
            "chronicle", "observer", "wire", "media", "newspaper", "telegraph", "guardian", "express", "mirror", "record",
            "standard", "dispatch", "bulletin", "report", "reporter", "newswire");
    /** Words of a copyright line after the name ("All rights reserved"). */
    private static final Pattern AFTER_NAME = Pattern.compile("(?i)\\s*(?:,|\\.|all rights|some rights|registered|\\d{4}).*$");

    private Publisher() {
    }

    /** Gives the events that name no organiser the publisher of the page, if it has one. */
    static void fillIn(Document document, List<EventCandidate> events) {
        if (events.stream().allMatch(c -> !c.organizers.isEmpty())) {
            return;
        }
        String name = find(document);
        if (name == null) {
            // the body the document speaks for, when it speaks as "we" or introduces itself ("About us: The X is ...");
            // a masthead alone heads bulletins that report others' events too
            Speaker speaker = speaker(document);
            boolean speaks = speaker != null && (speaker.introduced() || FIRST_PERSON.matcher(
                    document.text().length() > HEAD_READ ? document.text().substring(0, HEAD_READ) : document.text()).find());
            name = speaks ? speaker.name() : null;
        }
        if (name == null) {
            return;
        }
        String text = document.text();
        Span evidence = null;
        Span fuller = OrganizerNames.fullest(text, name); // "LWPC" to the name it was defined for
        if (fuller != null && fuller.length() > name.length()) {
            evidence = fuller;
            name = Phrases.clean(text.substring(fuller.start(), fuller.end()));
        } else {
            int at = text.indexOf(name);
            evidence = at >= 0 ? Span.of(at, at + name.length()) : null;
        }
        for (EventCandidate c : events) {
            if (c.organizers.isEmpty() && (c.title == null || !sameName(c.title.value(), name))) {
                c.organizers.add(Slot.of(name, evidence, CONFIDENCE));
            }
        }
    }

    /**
     * "Co-hosted with the Journal of X", "Organised in partnership with Y": an event whose text names
     * only partners is held by the body the document speaks for, with them.
     */
    static void hostOfPartners(DocumentView v, List<EventCandidate> events) {
        if (events.stream().allMatch(c -> c.organizers.isEmpty())) {
            return;
        }
        List<Integer> partnerLines = new ArrayList<>();
        for (io.eventlens.extraction.layout.Line line : v.lines) {
            if (EventFields.PARTNERS_ONLY.matcher(v.text(line.body())).find()) {
                partnerLines.add(line.start());
            }
        }
        Speaker speaker = null;
        for (EventCandidate c : events) {
            if (c.organizers.isEmpty()) {
                continue;
            }
            int at = java.util.Collections.binarySearch(partnerLines, c.start());
            at = at < 0 ? -at - 1 : at;
            boolean partners = at < partnerLines.size() && partnerLines.get(at) < c.end()
                    || c.end() <= v.text.length() && HeaderReader.PARTICIPLE_WITH.matcher(v.text.substring(c.start(), c.end())).find();
            if (!partners) {
                continue;
            }
            speaker = speaker == null ? speaker(v.document) : speaker;
            if (speaker == null) {
                return;
            }
            String name = speaker.name();
            if (c.organizers.stream().noneMatch(o -> EventRecordAssembler.sameOrganization(o.value(), name))) {
                c.organizers.add(0, Slot.of(name, speaker.named() ? speaker : null, CONFIDENCE));
            }
        }
    }

    /**
     * Where the source names the publisher {@code organizer} (its {@code <title>}, logo or footer,
     * which the text leaves out): evidence in source coordinates; the source's start when the name
     * is written there differently (entities, capitals).
     */
    static Evidence evidence(Document document, Slot<String> organizer) {
        String source = document.source();
        int at = source.indexOf(organizer.value());
        int end = at < 0 ? 0 : at + organizer.value().length();
        at = Math.max(at, 0);
        return new Evidence(at, end, source.substring(at, end), Math.max(0.0, Math.min(1.0, organizer.confidence())));
    }

    /** The page's publisher, or null when the page does not say or names no organisation. */
    static String find(Document document) {
        Map<String, Integer> votes = markupVotes(document);
        if (WE_HOLD.matcher(document.text()).find()) {
            // "We are delighted to invite you to ...": the letterhead's or the signature's organisation speaks
            List<String> lines = document.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            for (int k = 0; k < Math.min(3, lines.size()); k++) {
                voteParts(votes, lines.get(k), 2);
            }
            for (int k = Math.max(3, lines.size() - 6); k < lines.size(); k++) {
                voteParts(votes, lines.get(k), 2);
            }
        }
        return best(votes);
    }

    /**
     * Whether {@link #COPYRIGHT} can match at all: the pattern opens with an alternation, which the regex engine
     * tries at every position of the text; most texts hold none of its openings.
     */
    private static boolean mayHoldCopyright(String s) {
        if (s.indexOf('\u00A9') >= 0 || s.contains("&copy;") || s.contains("&#169;") || s.contains("(c)") || s.contains("(C)")) {
            return true;
        }
        for (int i = s.indexOf('c'); i >= 0; i = s.indexOf('c', i + 1)) {
            if (s.regionMatches(true, i, "copyright", 0, 9)) {
                return true;
            }
        }
        for (int i = s.indexOf('C'); i >= 0; i = s.indexOf('C', i + 1)) {
            if (s.regionMatches(true, i, "copyright", 0, 9)) {
                return true;
            }
        }
        return false;
    }

    /** Votes for the publisher from the page's markup (site name, logo, title), its copyright line and its eyebrow labels. */
    private static Map<String, Integer> markupVotes(Document document) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        String source = document.source();
        if (document.format() == SourceFormat.HTML) {
            String head = source.length() > HEAD_READ ? source.substring(0, HEAD_READ) : source;
            // both regexes try every tag of the page: they run only on pages holding a word each of their matches holds
            String lowerHead = head.toLowerCase(Locale.ROOT);
            Matcher site = SITE_NAME.matcher(head);
            if ((lowerHead.contains("og:site_name") || lowerHead.contains("application-name")) && site.find()) {
                vote(votes, site.group(1), 3);
            }
            boolean brandWord = lowerHead.contains("logo") || lowerHead.contains("brand") || lowerHead.contains("site-name")
                    || lowerHead.contains("site-title") || lowerHead.contains("sitename");
            Matcher brand = BRAND.matcher(head);
            for (int n = 0; n < 3 && brandWord && brand.find(); n++) {
                String inner = brand.group(2);
                String words = plain(inner);
                if (words.isEmpty()) {
                    Matcher alt = ALT.matcher(inner); // a logo image: its alt text
                    words = alt.find() ? plain(alt.group(1)) : "";
                }
                vote(votes, words, 2);
            }
            for (io.eventlens.extraction.normalize.Masthead m : document.get(io.eventlens.extraction.normalize.Masthead.LAYER)) {
                vote(votes, m.name(), 2); // the banner's logo or site title, which the text leaves out
            }
            Matcher title = TITLE.matcher(head);
            if (title.find()) {
                List<String> parts = List.of(SEPARATORS.split(plain(title.group(1))));
                for (int k = 0; k < parts.size(); k++) {
                    // "Event | Site": the site's name follows the page's; "Site | Events | Event" is rarer
                    vote(votes, parts.get(k), parts.size() > 1 && k > 0 ? 2 : 1);
                }
            }
        }
        String tail = source.length() > HEAD_READ ? source.substring(source.length() - HEAD_READ) : source;
        if (mayHoldCopyright(tail)) {
            Matcher copyright = COPYRIGHT.matcher(tail);
            while (copyright.find()) {
                vote(votes, AFTER_NAME.matcher(plain(copyright.group(1))).replaceAll(""), 2);
            }
        }
        for (String line : eyebrows(document.text())) {
            vote(votes, line, 1);
        }
        return votes;
    }

    /**
     * The organisation a document speaks for as "we" and "our" ("we co-organised with X a panel", "our
     * Executive Director"): its name at its fullest, and where the text names it ({@code named} false
     * when only markup does: the page's {@code <title>}, logo, footer). Found once per document.
     */
    record Speaker(int start, int end, String name, boolean named, boolean introduced) implements Span {
    }

    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(?:we|our|us)\\b");

    static final Layer<Speaker> SPEAKER = Layer.named("publisher");

    /** Lines at the top and at the end of a document that may name the body it speaks for. */
    private static final int MASTHEAD_LINES = 3;
    private static final int FOOTER_LINES = 6;
    private static final int ABOUT_LINES = 12;
    /** "About us: The X is an independent ...", "X (XA) is a non-profit ...": a body introducing itself. */
    private static final Pattern ABOUT = Pattern.compile(
            "^(?:\\W*(?i:about)(?:\\s+[^:.]{1,40}:|\\s+(?i:us))?\\W*\\s*)?(?:[Tt]he\\s+)?(\\p{Lu}[^.;:!?()]{2,120}?)(?:\\s*\\(\\p{Lu}[\\p{L}&-]{1,11}\\))?"
                    + "\\s+(?:is|are|was)\\s+(?:an?|the)\\s");
    /** What {@link #ABOUT} needs in a line, found far more cheaply than trying ABOUT itself. */
    private static final Pattern IS_A = Pattern.compile("\\s(?:is|are|was)\\s");
    /** "From: ", "Organisation: ": a field's label before its value. */
    private static final Pattern LINE_LABEL = Pattern.compile("^[\\p{L} ]{1,20}:\\s+");
    /** "<info@...>": an address in a header's value. */
    private static final Pattern ADDRESS = Pattern.compile("<[^<>]{0,200}>");
    /** Separators between a masthead's or a footer's parts ("Name · Street 4, City · www..."). */
    private static final Pattern PARTS = Pattern.compile("\\s+(?:\\||\u00B7|\u2022|\u2013|\u2014|::|--)\\s+"); // "--": a plain text's dash

    /** The body the document speaks for, or null when it names none. */
    static Speaker speaker(Document document) {
        if (document.has(SPEAKER)) {
            List<Speaker> known = document.get(SPEAKER);
            return known.isEmpty() ? null : known.get(0);
        }
        Speaker found = null;
        try {
            found = findSpeaker(document);
        } finally {
            document.set(SPEAKER, found == null ? List.of() : List.of(found));
        }
        return found;
    }

    private static Speaker findSpeaker(Document document) {
        Map<String, Integer> votes = markupVotes(document);
        List<String> lines = new ArrayList<>();
        String text = document.text();
        // the first and the last lines only: a long document's middle is never read here
        int from = 0;
        int mastheadEnd = 0;
        while (from < text.length() && lines.size() < ABOUT_LINES) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(from, end).strip();
            if (!line.isEmpty()) {
                lines.add(line);
                mastheadEnd = lines.size() <= MASTHEAD_LINES ? end : mastheadEnd;
            }
            from = end + 1;
        }
        for (int k = 0; k < Math.min(MASTHEAD_LINES, lines.size()); k++) {
            voteLine(votes, lines.get(k), k == 0 ? 2 : 1);
        }
        // the footer's lines after the masthead's: a short text's lines are counted once
        List<String> last = lastLines(text, ABOUT_LINES, mastheadEnd);
        for (int k = Math.max(0, last.size() - FOOTER_LINES); k < last.size(); k++) {
            voteLine(votes, last.get(k), 1);
        }
        String introduced = null;
        for (List<String> group : List.of(lines, last)) {
            for (String line : group) {
                if (line.length() > 600) {
                    continue;
                }
                Matcher about = ABOUT.matcher(line);
                if (IS_A.matcher(line).find() && about.find()) {
                    // "The X Forum is a charitable organisation": a body introducing itself, whatever its name's words
                    String name = clean(about.group(1), true);
                    if (name != null) {
                        count(votes, name, 2);
                    }
                    introduced = introduced == null && name != null ? name : introduced;
                }
            }
        }
        String best = best(votes);
        if (best == null || votes.get(best) < 2) {
            return null; // one footer line alone does not say who speaks
        }
        String acronym = References.acronymOfUnit(best); // "WSMN Secretariat" speaks for the WSMN
        Span defined = acronym == null ? null : OrganizerNames.acronymDefinition(text, acronym);
        if (defined != null) {
            return new Speaker(defined.start(), defined.end(), Phrases.clean(text.substring(defined.start(), defined.end())), true, false);
        }
        Span fuller = OrganizerNames.fullest(text, best); // "LWPC" to the name it was defined for
        if (fuller != null && fuller.length() > best.length()) {
            String value = Phrases.clean(text.substring(fuller.start(), fuller.end()));
            if (Phrases.allCaps(value) && value.contains(" ")) {
                value = Phrases.titleCase(value);
            }
            return new Speaker(fuller.start(), fuller.end(), value, true, sameName(best, introduced));
        }
        int at = text.indexOf(best);
        boolean self = sameName(best, introduced);
        return at >= 0 ? new Speaker(at, at + best.length(), best, true, self) : new Speaker(0, 0, best, false, self);
    }

    /** A masthead's or footer's line: the whole line and its parts between separators. */
    private static void voteLine(Map<String, Integer> votes, String line, int weight) {
        if (line.length() > 200) {
            return;
        }
        // "From: Secretariat, Alpine Water Partnership <info@...>": a header's value, without its address
        line = ADDRESS.matcher(LINE_LABEL.matcher(line).replaceFirst("")).replaceAll(" ").strip();
        for (String part : PARTS.split(line)) {
            if (part.contains(",")) {
                boolean person = false;
                for (String w : OrganizerNames.wordList(part)) {
                    person |= io.eventlens.extraction.entity.Vocabulary.isRoleWord(w);
                }
                if (person) {
                    continue; // "Lena Hoffmann, Senior Researcher, COCS": a person's line, not a masthead
                }
                // "Faculty of Law, Marrow Hill University" is one body; "Secretariat, Alpine Water Partnership" names the second
                String[] pieces = part.split(",");
                boolean allNames = true;
                for (String piece : pieces) {
                    allNames &= OrganizerNames.wordList(piece).size() >= 2 && OrganizerNames.looksLikeOrganization(piece.strip());
                }
                if (allNames) {
                    vote(votes, part, weight);
                }
                for (String piece : pieces) {
                    vote(votes, piece, weight);
                }
                continue;
            }
            vote(votes, part, weight);
        }
    }

    private static List<String> lastLines(String text, int count, int after) {
        List<String> out = new ArrayList<>();
        int end = text.length();
        while (end > after && out.size() < count) {
            int nl = text.lastIndexOf('\n', end - 1);
            if (nl + 1 < after) {
                break;
            }
            String line = text.substring(nl + 1, end).strip();
            if (!line.isEmpty()) {
                out.add(0, line);
            }
            end = nl < 0 ? 0 : nl;
        }
        return out;
    }

    private static String best(Map<String, Integer> votes) {
        String best = null;
        int bestVotes = 0;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (e.getValue() > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue();
            }
        }
        return best;
    }

    /** "Panel Discussion · Programme on Ocean Justice": the parts of short lines of labels joined by a middle dot or bar. */
    /** A line that opens with a time of day. */
    private static final Pattern CLOCK_FIRST = Pattern.compile("(?i)(?:\\d{1,2}[:.h]\\d{2}|\\d{1,2}\\s*[ap]\\.?m\\b|noon|midday)");

    private static List<String> eyebrows(String text) {
        List<String> out = new ArrayList<>();
        int lines = 0;
        int from = 0;
        while (from < text.length() && lines++ < 80) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(from, end).strip();
            from = end + 1;
            if (line.length() > 120 || !(line.contains(" \u00B7 ") || line.contains(" | ")) || CLOCK_FIRST.matcher(line).lookingAt()) {
                continue; // "18:00 – 19:30 · Online · Hosted by the X": a card's facts, not a label over a title
            }
            // "-- Page 1 of 2 -- LWPC · Meeting · Invitation": a page's running header, its page mark dropped
            String[] parts = line.replaceAll("(?i)-*\\s*page\\s+\\d+(?:\\s+of\\s+\\d+)?\\s*-*", " ").strip()
                    .split("\\s+[\u00B7|]\\s+");
            boolean eventLabel = false;
            for (String p : parts) {
                for (String w : OrganizerNames.wordList(p)) {
                    eventLabel |= Vocabulary.isEventNoun(w);
                }
            }
            if (eventLabel && parts.length <= 3) {
                for (String p : parts) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** "Marlow Centre — Autumn Newsletter, 3 October 2025": a masthead line's parts between separators, each a candidate. */
    private static void voteParts(Map<String, Integer> votes, String line, int weight) {
        for (String part : SEPARATORS.split(line)) {
            vote(votes, part, weight);
        }
    }

    private static void vote(Map<String, Integer> votes, String candidate, int weight) {
        String name = clean(candidate);
        if (name != null) {
            count(votes, name, weight);
        }
    }

    private static void count(Map<String, Integer> votes, String name, int weight) {
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (sameName(e.getKey(), name)) {
                e.setValue(e.getValue() + weight);
                return;
            }
        }
        votes.put(name, weight);
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern OUTER_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N})]+$");
    private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");

    /** The candidate as an organisation's name, or null when it is none. */
    private static String clean(String candidate) {
        return clean(candidate, false);
    }

    /** As {@link #clean(String)}; {@code introduced} keeps a name with an event's word ("Forum", "Assembly") a body gives itself. */
    private static String clean(String candidate, boolean introduced) {
        String name = Phrases.clean(OUTER_PUNCTUATION.matcher(SPACES.matcher(candidate).replaceAll(" ")).replaceAll(""));
        name = LEADING_THE.matcher(name).replaceFirst("");
        if (name.length() < 3 || name.length() > 120 || name.contains("\u203A") || name.contains("\u00BB")
                || name.contains(">")) {
            return null; // "Home › Events": navigation
        }
        if (Phrases.allCaps(name) && name.contains(" ")) {
            name = Phrases.titleCase(name);
        }
        List<String> words = OrganizerNames.wordList(name);
        if (words.isEmpty() || words.size() > 14) {
            return null;
        }
        for (String w : words) {
            if (MEDIA_WORDS.contains(w.toLowerCase(Locale.ROOT)) || Vocabulary.isEventNoun(w)
                    && !(introduced && Vocabulary.AMBIGUOUS_EVENT_NOUNS.contains(w.toLowerCase(Locale.ROOT)))) {
                return null; // a newspaper; "Panel Discussion"
            }
        }
        return OrganizerNames.looksLikeOrganization(name) ? name : null;
    }

    private static boolean sameName(String a, String b) {
        return a != null && a.equalsIgnoreCase(b);
    }

    /** Markup's text: tags dropped, the usual entities decoded, spaces collapsed. */
    private static String plain(String html) {
        String s = TAG.matcher(html).replaceAll(" ");
        s = s.replace("&amp;", "&").replace("&nbsp;", " ").replace("&#160;", " ").replace("&rsquo;", "\u2019")
                .replace("&#8217;", "\u2019").replace("&#39;", "'").replace("&apos;", "'").replace("&quot;", "\"")
                .replace("&ndash;", "\u2013").replace("&mdash;", "\u2014").replace("&middot;", "\u00B7")
                .replace("&#183;", "\u00B7").replace("&copy;", "\u00A9").replace("&#169;", "\u00A9")
                .replace("&raquo;", "\u00BB").replace("&rsaquo;", "\u203A");
        return s.replaceAll("\\s+", " ").strip();
    }
}
