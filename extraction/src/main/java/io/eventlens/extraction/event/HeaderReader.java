package io.eventlens.extraction.event;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.entity.PersonMention;
import io.eventlens.extraction.language.LanguageAnnotator;
import io.eventlens.extraction.layout.Heading;
import io.eventlens.extraction.layout.LabeledLine;
import io.eventlens.extraction.layout.LayoutAnnotator;
import io.eventlens.extraction.layout.Line;
import io.eventlens.extraction.pipeline.Annotator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads events announced by a header: a title line near a date line, perhaps with an organiser
 * line, a place line or "Organised by ..." around them. This is how bulletins introduce each of
 * their events, how event pages, invitations and programmes open, and how a programme announces
 * a side event:
 *
 * <pre>
 * Title of the panel                    TITLE OF THE CONFERENCE            &lt;h1&gt;Title&lt;/h1&gt;
 *                                       "Its theme"                         Date: 4 May 2022
 * Organiser A, Organiser B              14-15 May 2023 | Venue, City       Location: Hall 2
 * 8 September 2014                      Organised by the X and the Y
 * </pre>
 *
 * Each event's text runs to the next header; a programme's "DAY 2 - Friday 15 May" line sends the
 * text after it back to the event whose dates cover that day.
 */
public final class HeaderReader implements Annotator {

    // precompiled: String.replaceAll, split and matches compile their pattern on every call
    private static final java.util.regex.Pattern TRAILING_MARKS = java.util.regex.Pattern.compile("[,;:.!?\u201D\"]+$");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern PARENTHESIS = java.util.regex.Pattern.compile("\\([^)]*\\)");
    private static final java.util.regex.Pattern NOT_WORD_CHAR = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}'-]");
    private static final java.util.regex.Pattern NUMBER_OR_PREFIXED = java.util.regex.Pattern.compile("\\d+|[ivx]+|(?:pre|post)-[\\p{L}-]+");

    public static final String READER = "header";

    @Override
    public void annotate(Document document) {
        if (!LanguageAnnotator.readable(document)) {
            return;
        }
        DocumentView v = new DocumentView(document);
        if (v.lines.isEmpty()) {
            return;
        }
        DateLine[] dateLines = new DateLine[v.lines.size()];
        for (int i = 0; i < v.lines.size(); i++) {
            dateLines[i] = DateLine.of(v, i);
            if ((i & 0xFF) == 0) {
                document.checkDeadline();
            }
        }
        List<Header> headers = new ArrayList<>();
        Set<Integer> titleLines = new HashSet<>();
        Heading[] topBefore = topHeadings(v);
        int[] cardTitles = cardTitles(v, dateLines);
        for (DateLine dateLine : dateLines) {
            if (dateLine == null) {
                continue;
            }
            Header h = header(v, dateLine, dateLines, topBefore, cardTitles[dateLine.line()]);
            if (h != null && h.titleLine < h.date.line() && insideAnotherHeader(headers, h.titleLine)) {
                // "Nancy, Friday 7 June / Venue line" then "FRIDAY 7 JUNE" over the programme: the venue line belongs
                // to the event above, and the day heading names no event of its own
                continue;
            }
            if (h != null && titleLines.add(h.titleLine)) {
                headers.add(h);
            }
        }
        EventFields fields = new EventFields(v);
        headers.addAll(proseSections(v, fields, headers));
        if (headers.isEmpty()) {
            return;
        }
        headers.sort((a, b) -> Integer.compare(a.first, b.first));
        sameDayAsAbove(v, headers);
        for (Header h : headers) {
            if (h.end < 0 && h.date.title() != null && h.date.organizers() != null || h.date.dayOfSection() && h.titleLine == h.date.line()) {
                h.end = paragraphEnd(v, h.date.line()); // "Side event: “Title”, organized by ... Speakers: ...": its paragraph
            } else if (h.end < 0 && h.date.dayOfSection()) {
                h.end = sectionEnd(v, h.date.line(), true); // a title over its facts line: its text ends at the next section
            }
            if (h.end < 0 && h.date.title() != null && h.titleLine == h.date.line() && v.isHeading(h.titleLine)
                    && v.headingOfLine[h.titleLine].fromMarkup()) {
                h.end = sectionEnd(v, h.titleLine, true); // "## Mon 3/3 — Hearing: “X”" ends at the next heading ("### Coming up")
            }
            if (h.end < 0 && v.isHeading(h.titleLine)) {
                h.end = sectionEnd(v, h.titleLine, false); // "3.3 Title (October, City)" ends at "3.4 ..."
            }
            for (int k = Math.max(0, h.first - 1); h.end < 0 && k <= h.first; k++) {
                if (k != h.titleLine && v.isHeading(k) && v.lines.get(k).listItem()) {
                    // "1. LONDON CHAPTER EVENING -- THIS THURSDAY" over the quoted title: the event ends with its section
                    h.end = sectionEnd(v, k, false);
                }
            }
        }
        List<EventCandidate> all = new ArrayList<>(document.get(EventCandidate.LAYER));
        List<List<Span>> regions = regions(v, headers, dateLines, announced(v, all, headers) || belowTheLead(v, fields, headers));
        List<EventCandidate> found = new ArrayList<>();
        Set<EventCandidate> sections = new HashSet<>();
        EventCandidate main = null;
        for (int k = 0; k < headers.size(); k++) {
            Header h = headers.get(k);
            EventCandidate c = candidate(v, fields, h, regions.get(k), headers.size() == 1);
            if (c == null) {
                continue;
            }
            if (main != null && h.date.title() != null && DateLine.numberedSession(v, h.date)) {
                // "Session 1 — Title (25 January 2024)" listed on the page of a later session: the series'
                // organisers, not whatever the rest of the page names
                c.organizers.clear();
                c.organizers.addAll(main.organizers);
            }
            if (main != null && c.organizers.isEmpty() && partOfTheMainEvent(v, h)) {
                // "Eve-of-Symposium Public Lecture", "Pre-Conference Workshop": held by those who hold the symposium
                for (Slot<String> o : main.organizers) {
                    c.organizers.add(Slot.of(o.value(), o.span(), o.confidence() * 0.8));
                }
            }
            if (h.prose) {
                sections.add(c);
            }
            if (k == 0) {
                main = c;
            }
            found.add(c);
        }
        if (main != null && headers.get(0).prose && main.startDate != null && main.endDate != null) {
            // a bulletin's week of meetings: the sessions it reports day by day, naming no organiser, are held by
            // those who hold the meeting ("The Commission held two public hearings ...")
            EventDate run = headers.get(0).date.date();
            for (EventCandidate c : found) {
                if (c != main && c.organizers.isEmpty() && c.startDate != null && run.covers(c.startDate.value())) {
                    for (Slot<String> o : main.organizers) {
                        c.organizers.add(Slot.of(o.value(), o.span(), o.confidence() * 0.8));
                    }
                }
            }
        }
        if (headers.size() > 1) {
            sectionHosts(v, fields, found);
            hostsOfTheDocument(v, fields, found, v.lines.get(headers.get(0).first).start(), sections);
        }
        all.addAll(found);
        document.set(EventCandidate.LAYER, all);
    }

    /**
     * The introduction's lines but its menus and filters ("Filter: All · Panels · Book launches",
     * "Home | Events | People"): lines of three parts or more between dots or bars say no one's events.
     */
    private static List<Span> introWithoutMenus(DocumentView v, int introEnd) {
        List<Span> out = new ArrayList<>();
        int from = 0;
        for (Line line : v.lines) {
            if (line.start() >= introEnd) {
                break;
            }
            if (META_SEPARATOR.split(v.text(line.body())).length >= 3) {
                if (line.start() > from) {
                    out.add(Span.of(from, line.start()));
                }
                from = line.end();
            }
        }
        if (introEnd > from) {
            out.add(Span.of(from, introEnd));
        }
        return out;
    }

    private static final java.util.regex.Pattern FIRST_PERSON = java.util.regex.Pattern.compile("(?i)\\b(?:we|our|us)\\b");
    private static final java.util.regex.Pattern NEWSLETTER = java.util.regex.Pattern.compile(
            "(?i)\\b(?:news|newsletter|bulletin|digest|letter|update|calendar|programme|program|what's on"
                    + "|(?:upcoming|past|forthcoming|previous|our) events|events (?:archive|calendar|listing))\\b");

    /**
     * Events of a bulletin that name no organiser of their own are the publisher's: organisers the
     * introduction states ("The Collective invites you to a series of webinars"), else the body the
     * masthead names when the bulletin speaks of its own events ("we", "our", "Newsletter").
     */
    private static void hostsOfTheDocument(DocumentView v, EventFields fields, List<EventCandidate> events, int introEnd,
                                           Set<EventCandidate> sections) {
        if (events.stream().allMatch(c -> !c.organizers.isEmpty() && !partnersOnly(v, c))) {
            return;
        }
        List<Slot<String>> hosts = fields.organizersInText(introWithoutMenus(v, introEnd), 0.6);
        if (hosts.isEmpty()) {
            Span masthead = masthead(v, introEnd);
            String intro = v.text.substring(0, Math.min(introEnd, 3000));
            if (masthead != null && (FIRST_PERSON.matcher(intro).find() || NEWSLETTER.matcher(intro).find())) {
                hosts = fields.organizers(List.of(masthead), 0.5);
            }
        }
        for (EventCandidate c : events) {
            if (sections.contains(c) && !speaksInFirstPerson(v, c)) {
                continue; // a section's prose says who held its event; the publisher only when it says "we", "our"
            }
            if (c.organizers.isEmpty()) {
                c.organizers.addAll(hosts);
            } else if (partnersOnly(v, c)) {
                List<Slot<String>> partners = new ArrayList<>(c.organizers);
                c.organizers.clear();
                c.organizers.addAll(hosts); // "Organised with the Law School": the bulletin's host and its partner
                c.organizers.addAll(partners);
            }
        }
    }

    /** The header's title sits under a label placing its event beside the main one ("Eve-of-Symposium Lecture", "Side Event"). */
    private static boolean partOfTheMainEvent(DocumentView v, Header h) {
        int label = h.titleLine - 1;
        if (h.titleLine <= 0 || v.lines.get(h.titleLine).blankBefore() || h.typedTitle != null) {
            return false;
        }
        String text = v.text(v.lines.get(label).body());
        if (!DateLine.eventTypeOnly(text)) {
            return false;
        }
        for (String w : OrganizerNames.wordList(text)) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (DateLine.eventCompound(lower) || lower.matches("(?:pre|post)-[\\p{L}-]+|side|satellite|parallel|fringe")) {
                return true;
            }
        }
        return false;
    }

    private static boolean speaksInFirstPerson(DocumentView v, EventCandidate c) {
        for (Span r : EventFields.bounded(c.textRegions())) {
            if (FIRST_PERSON.matcher(v.text(r)).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The Centre co-organised with the Mission three briefings for Council experts": a sentence that
     * states organisers of several events (a plural event noun, "a series of") names the organisers of
     * the events listed right after it, up to the next such sentence; they are not the organisers of
     * the event whose text happens to end with that sentence.
     */
    private static void sectionHosts(DocumentView v, EventFields fields, List<EventCandidate> events) {
        List<io.eventlens.extraction.text.Sentence> statements = new ArrayList<>();
        List<List<Slot<String>>> hosts = new ArrayList<>();
        for (io.eventlens.extraction.text.Sentence s : v.sentences) {
            v.document.checkDeadline();
            if (s.tokenCount() > SentenceCues.MAX_SENTENCE_TOKENS || !namesSeveralEvents(v, s)
                    || events.stream().anyMatch(c -> c.title != null && c.title.span() != null && c.title.span().overlaps(s))) {
                continue;
            }
            // the statement's paragraph leads straight into the next event ("... three briefings.\n\nTitle"),
            // not a sentence in the middle of one event's report
            int next = events.stream().mapToInt(EventCandidate::start).filter(x -> x >= s.end()).min().orElse(-1);
            if (next < 0 || !v.text.substring(s.end(), next).isBlank()) {
                continue;
            }
            List<Slot<String>> found = fields.organizers(fields.cues().organizers(s), 0.7);
            if (!found.isEmpty()) {
                statements.add(s);
                hosts.add(found);
            }
        }
        for (int k = 0; k < statements.size(); k++) {
            io.eventlens.extraction.text.Sentence s = statements.get(k);
            Set<String> stated = new HashSet<>();
            hosts.get(k).forEach(o -> stated.add(o.value()));
            for (EventCandidate c : events) {
                if (c.start() < s.start() && s.end() <= c.end()) {
                    c.organizers.removeIf(o -> stated.contains(o.value()) || (o.span() != null && s.contains(o.span())));
                }
            }
        }
        for (int k = 0; k < statements.size(); k++) {
            int from = statements.get(k).end();
            int to = k + 1 < statements.size() ? statements.get(k + 1).start() : v.text.length();
            for (EventCandidate c : events) {
                if (c.start() >= from && c.start() < to && c.organizers.isEmpty()) {
                    c.organizers.addAll(hosts.get(k));
                }
            }
        }
    }

    /** "three briefings", "two workshops", "a series of webinars": the sentence speaks of several events. */
    private static boolean namesSeveralEvents(DocumentView v, io.eventlens.extraction.text.Sentence s) {
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            String w = v.text(v.tokens.get(t));
            String lower = w.toLowerCase(Locale.ROOT);
            if (Character.isLowerCase(w.charAt(0)) && Vocabulary.isEventNoun(lower) && !Vocabulary.singular(lower).equals(lower)
                    && !Vocabulary.AMBIGUOUS_EVENT_NOUNS.contains(Vocabulary.singular(lower))) {
                return true;
            }
            if (lower.equals("series") && t + 1 < s.endToken() && v.text(v.tokens.get(t + 1)).equalsIgnoreCase("of")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The event's organisers are only partners: a line of its text begins "Organised with", "In
     * partnership with", or a participle without a subject names them ("Our first shared meal, hosted
     * together with the Tenants' Association").
     */
    private static boolean partnersOnly(DocumentView v, EventCandidate c) {
        // the lines starting inside the event, found by binary search: a bulletin has a thousand events
        for (int i = DocumentView.firstStartingAtOrAfter(v.lines, c.start()); i < v.lines.size(); i++) {
            Line line = v.lines.get(i);
            if (line.start() >= c.end()) {
                break;
            }
            if (EventFields.PARTNERS_ONLY.matcher(v.text(line.body())).find()) {
                return true;
            }
        }
        return c.end() <= v.text.length() && PARTICIPLE_WITH.matcher(v.text.substring(c.start(), c.end())).find();
    }

    /**
     * ", hosted together with the X", "Presented with the X.", "Co-sponsored by the X.": a sentence or a
     * participle naming the publisher's partners, not the event's only host.
     */
    static final java.util.regex.Pattern PARTICIPLE_WITH = java.util.regex.Pattern.compile(
            "(?im)(?:,\\s+|(?:^|[.!?]\\s+)(?=\\p{Lu})|\\b(?:was|were|is|are|will\\s+be)\\s+)(?:co-)?(?:organi[sz]ed|hosted|run|held|presented)\\s+(?:jointly\\s+|together\\s+)?with\\s+(?:the\\s+)?\\p{Lu}"
                    + "|(?:^|[.!?]\\s+)co-?sponsored\\s+by\\s+(?:the\\s+)?\\p{Lu}"
                    + "|\\bco-(?:organi[sz]ed|hosted|convened)\\s+with\\s+(?:the\\s+)?\\p{Lu}"
                    + "|\\b(?:held|organi[sz]ed|run|hosted|presented)\\s+in\\s+(?:partnership|collaboration|cooperation|association)\\s+with\\s+(?:the\\s+)?\\p{Lu}");

    private static final java.util.regex.Pattern ISSUE_AFTER_NAME = java.util.regex.Pattern.compile(
            "(?i)\\s*[\u2014\u2013|,-]?\\s*(?:no\\.|issue|vol\\.|volume|number|edition)\\s*\\d");

    /** An organisation's name among the first lines ("Harbourside Arts Council", "X — June 2021", "X, University"). */
    private static Span masthead(DocumentView v, int introEnd) {
        for (int k = 0; k < Math.min(3, v.lines.size()); k++) {
            Line line = v.lines.get(k);
            if (line.start() >= introEnd) {
                break;
            }
            Span body = line.body();
            String text = v.text(body);
            int cut = text.length();
            for (String sep : new String[] {" \u2014 ", " \u2013 ", " - ", " \u00B7 ", " | ", ", "}) {
                int at = text.indexOf(sep);
                if (at > 0 && at < cut) {
                    cut = at;
                }
            }
            if (ISSUE_AFTER_NAME.matcher(text.substring(cut)).lookingAt()) {
                continue; // "Commission Watch — No. 47": the bulletin's own name, not its publisher's
            }
            Span name = Span.of(body.start(), body.start() + cut);
            String value = v.text(name);
            if (Phrases.allCaps(value)) {
                value = Phrases.titleCase(value);
            }
            boolean named = false;
            for (String w : OrganizerNames.wordList(value)) {
                named |= Vocabulary.isOrganizationWord(w) && !NEWSLETTER.matcher(w).matches() && !Phrases.isAcronym(w);
            }
            if (named && OrganizerNames.looksLikeOrganization(value) && OrganizerNames.wordList(value).size() >= 2
                    && !NEWSLETTER.matcher(value).find()) {
                return name; // "Harbourside Arts Council"; not "CMLR NEWS"
            }
        }
        return null;
    }

    /** Line {@code k} is one of the lines of a header already read (its title, date, place or organiser line). */
    private static boolean insideAnotherHeader(List<Header> headers, int k) {
        for (Header other : headers) {
            if (k >= other.first && k <= Math.max(other.last, other.date.line()) && k != other.titleLine) {
                return true;
            }
        }
        return false;
    }

    /** Sentences at the start of a section searched for its gathering and its date. */
    private static final int SECTION_SENTENCES = 3;

    /**
     * Sections of a bulletin, a newsletter or a report whose heading is followed by a paragraph that
     * speaks of a gathering and dates it near its start: "Youth Mediators Training Workshop / On March
     * 29-30, 2016, the Institute convened twenty-four young mediators ... for a two-day training
     * workshop", "1. Seasonal Work Without Exploitation / On Monday, the Council and the Trust co-hosted
     * a lunchtime panel ...". A weekday ("On Monday", "Thursday's webinar") counts when the document has
     * a date to resolve it against (a masthead, a dateline). Each such section is an event whose text
     * ends at the next section heading.
     */
    private static List<Header> proseSections(DocumentView v, EventFields fields, List<Header> headers) {
        Set<Integer> used = new HashSet<>();
        for (Header h : headers) {
            for (int k = h.first; k <= Math.max(h.last, h.date.line()); k++) {
                used.add(k);
            }
        }
        boolean anchored = v.document.anchorDate().isPresent();
        List<Header> out = new ArrayList<>();
        List<Header> dated = null; // the headers with a day, by title line, when a section needs the day above it
        Header umbrella = null;
        int firstTold = -1; // read once, when a section only refers back to an event
        for (int k = 0; k + 1 < v.lines.size(); k++) {
            if (umbrella == null && v.isHeading(k) && !used.contains(k) && !used.contains(k + 1) && k < v.lines.size() / 2) {
                umbrella = umbrella(v, fields, k);
                if (umbrella != null) {
                    out.add(umbrella);
                    continue;
                }
            }
            if (!v.isHeading(k) || used.contains(k) || used.contains(k + 1) || isGeneric(v, k)
                    || !titleLike(v, k) || v.labelOfLine[k + 1] != null || v.agendaOfLine[k + 1] != null) {
                continue;
            }
            int s = v.sentenceAt(v.lines.get(k + 1).bodyStart());
            if (s < 0) {
                continue;
            }
            int end = sectionEnd(v, k, true);
            int endOffset = end < 0 ? v.text.length() : v.lines.get(end).start();
            List<io.eventlens.extraction.text.Sentence> opening = new ArrayList<>();
            for (int i = s; i < v.sentences.size() && opening.size() < SECTION_SENTENCES
                    && v.sentences.get(i).start() < endOffset; i++) {
                opening.add(v.sentences.get(i));
            }
            io.eventlens.extraction.text.Sentence sentence = v.sentences.get(s);
            boolean gathering = false;
            for (int i = 0; i < Math.min(2, opening.size()); i++) {
                gathering |= opening.get(i).tokenCount() <= SentenceCues.MAX_SENTENCE_TOKENS && speaksOfGathering(v, opening.get(i));
            }
            if (sentence.tokenCount() > SentenceCues.MAX_SENTENCE_TOKENS || !gathering) {
                continue;
            }
            // a heading shaped like an organisation's name ("Coastal Resilience Forum", "Youth Science Day at
            // the Observatory") names the event when the sentence under it speaks of it by that name
            int[] named = namedBelow(v, k, sentence);
            boolean numbered = v.lines.get(k).listItem(); // "2. Data Sharing Between Border Agencies": an item, not a body
            if (isOrganizerLine(v, k) && named[1] < 2 && !numbered && !describes(v, k)) {
                continue;
            }
            Span headlineName = withEdition(v, sentence, headlineName(v, k, named));
            if (numbered && namesAnEvent(v, k) && !namesAnEventByName(v, k)) {
                // "3.1 Starting at home: the harbour towns forum / ... with the Harbour Towns Forum on Flood Insurance":
                // a numbered heading that speaks of its gathering in lower case gives way to the name the prose gives it
                Span told = fields.cues().eventName(sentence);
                if (told != null) {
                    headlineName = told;
                }
            }
            if (headlineName == null && named[1] < 2 && !namesAnEventByName(v, k)) {
                // "Call for Participation / The Fourth Nordic–Baltic Conference on X will take place on ...":
                // a heading that names no event gives way to the event the sentence names
                headlineName = fields.cues().eventName(sentence);
            }
            if (headlineName == null && named[1] < 2 && !namesAnEventByName(v, k)) {
                // "What's next / ... at our webinar “From Paper to Keys” on Thursday 14 December", "Searching with
                // science: families in conversation / On 3 March ... our webinar **"Who Searches?"**": a heading that
                // describes the gathering gives way to the name the paragraph gives it, quoted or set in bold
                headlineName = markedName(fields, opening);
            }
            if (headlineName == null && named[1] < 2 && !namesAnEvent(v, k) && !isQuotedLine(v, k)) {
                // "Hunger is a warning sign, new report tells policymakers / ... The event, “Reading the Signals”, was
                // co-hosted with ...": a news headline gives way to the name its story gives the event further down
                headlineName = namedFurtherDown(v, fields, s, endOffset);
            }
            if (headlineName == null && kindLabel(v.text(v.lines.get(k).body())) && !opening.isEmpty()) {
                // "PUBLIC LECTURE / On the first evening ... a lecture open to all, “Title”, by ...": the heading
                // says what kind of event, its paragraph quotes the event's name
                headlineName = quotedTitleBelow(v, v.lines.get(k).end(), opening.get(opening.size() - 1).end());
            }
            if (headlineName == null) {
                headlineName = withoutSectionWord(v, k); // "Looking ahead: Members' Assembly 2024"
            }
            if (headlineName == null && !namesAnEvent(v, k) && !isQuotedLine(v, k) && onlyReferredBack(v, opening)) {
                if (firstTold < 0) {
                    firstTold = firstToldEnd(v);
                }
                if (firstTold <= v.lines.get(k).start()) {
                    continue; // "What was said outside the room / On Wednesday, an official said the event was ...": the event told above
                }
            }
            if (k == firstHeading(v) && (!headers.isEmpty() || Datelines.isNews(v))) {
                continue; // the document's own title over its lead (under a breadcrumb line at most)
            }
            EventDate date = null;
            for (int i = 0; i < opening.size() && date == null; i++) {
                if (i > 0 && !speaksOfGathering(v, opening.get(i))) {
                    continue; // after the first sentence, only a sentence about the gathering dates it
                }
                for (EventDate d : v.datesIn(opening.get(i))) {
                    if (d.hasDay() && (!d.relative() || anchored) && !Datelines.isDocumentDate(v, d)
                            && !DateLine.inLink(v.text, d) && !DEADLINE.matcher(v.text.substring(Math.max(0, d.start() - 20), d.start())).find()) {
                        date = d;
                        break;
                    }
                }
            }
            if (date == null && !opening.isEmpty()) {
                if (dated == null) { // once, and only for a document with such a section
                    dated = new ArrayList<>(headers.stream().filter(x -> x.date.date().hasDay()).toList());
                    dated.sort((a, b) -> Integer.compare(a.titleLine, b.titleLine));
                }
                date = laterThatDay(v, opening.get(0), above(dated, k), out.isEmpty() ? null : out.get(out.size() - 1));
            }
            if (date == null) {
                continue;
            }
            if (umbrella != null && umbrella.date.date().covers(date.startDate()) && !namesAnEvent(v, k) && !isQuotedLine(v, k)
                    && !hostedIn(v, opening)) {
                continue; // "IN THE CORRIDORS / Tuesday's debate was calmer than Monday's": more about the meeting reported on
            }
            if (headlineName == null && date.hasDay() && !date.isRange() && sentenceCase(v, k) && Datelines.isNews(v)
                    && coveredByRunAbove(v, k, date)) {
                continue; // a news report's "Panel on community warning / On Friday, a panel ...": a part of the meeting reported
            }
            Header h = new Header();
            h.date = new DateLine(Math.max(k + 1, v.lineAt(date.start())), date, null, null, false, false, null, null, false);
            h.titleLine = k;
            h.typedTitle = headlineName;
            h.titleConfidence = 0.75;
            h.first = k;
            h.last = k;
            h.end = end;
            h.prose = true;
            out.add(h);
        }
        return out;
    }

    /** A date mention that is a time or a part of the day and nothing else: "at 7 p.m.", "18:30", "tonight", "that evening". */
    private static final java.util.regex.Pattern CLOCK_ONLY = java.util.regex.Pattern.compile(
            "(?i)(?:(?:that|this|the same|in the)\\s+(?:morning|afternoon|evening|night)\\s*,?\\s*)?(?:at\\s+)?"
                    + "(?:\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?\\s?m\\.?|h|hrs)?|noon|midday|midnight)"
                    + "|(?i)tonight|this\\s+(?:morning|afternoon|evening)|(?:that|the same|in the)\\s+(?:morning|afternoon|evening|night)");
    /** A sentence that tells what happened: the past of the verbs of gatherings. */
    private static final java.util.regex.Pattern PAST = java.util.regex.Pattern.compile(
            "(?i)\\b(?:was|were|held|took place|presented|awarded|gathered|hosted|opened|closed|ended|received|accepted|dedicated)\\b");

    /**
     * "In the evening, at 7 p.m., the Institute held the ceremony ...": a section dated only by a time of
     * day continues the day of the event told above it, not the day the article went out (the time's
     * resolution against the dateline).
     */
    private static void sameDayAsAbove(DocumentView v, List<Header> headers) {
        for (int k = 1; k < headers.size(); k++) {
            Header h = headers.get(k);
            EventDate d = h.date.date();
            EventDate above = headers.get(k - 1).date.date();
            if (!h.prose || !d.relative() || !d.hasDay() || !above.hasDay() || above.isRange()
                    || above.startDate().compareTo(d.startDate()) >= 0 || !CLOCK_ONLY.matcher(v.text(d).strip()).matches()) {
                continue;
            }
            int s = v.sentenceAt(d.start());
            if (s < 0 || !PAST.matcher(v.text(v.sentences.get(s))).find()) {
                continue; // "Tonight the prize will be presented": the day the release went out
            }
            EventDate sameDay = new EventDate(d.start(), d.end(), above.startDate(), null, d.startTime(), d.endTime(),
                    true, false, d.confidence());
            h.date = new DateLine(h.date.line(), sameDay, h.date.location(), h.date.eventType(), h.date.dayLabel(),
                    h.date.fromLabel(), h.date.title(), h.date.organizers(), h.date.dayOfSection());
        }
    }

    /**
     * "Later that evening, at 8 p.m., the Observatory held the ceremony for ...": a section whose opening
     * sentence tells of a past gathering at a time of day and names no day is on the day of the event
     * told above it ({@code header}, the nearest date-line header above with a day, or {@code section}, the
     * section read last, whichever is nearer); null otherwise.
     */
    private static EventDate laterThatDay(DocumentView v, io.eventlens.extraction.text.Sentence sentence, Header header,
                                          Header section) {
        if (sentence.tokenCount() > SentenceCues.MAX_SENTENCE_TOKENS || !PAST.matcher(v.text(sentence)).find()) {
            return null;
        }
        EventDate time = null;
        for (EventDate d : v.datesIn(sentence)) {
            if (d.startDate() != null) {
                return null; // the sentence names its own day (or month)
            }
            if (time == null && d.startTime() != null) {
                time = d;
            }
        }
        if (time == null) {
            return null;
        }
        Header above = section == null || !section.date.date().hasDay() || header != null && header.titleLine > section.titleLine
                ? header : section;
        if (above == null || above.date.date().isRange()) {
            return null;
        }
        return new EventDate(time.start(), time.end(), above.date.date().startDate(), null, time.startTime(), time.endTime(),
                true, false, time.confidence());
    }

    /** Of headers sorted by title line, the last one whose title line is above line {@code k}, or null. */
    private static Header above(List<Header> sorted, int k) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).titleLine < k) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? null : sorted.get(lo - 1);
    }

    /** A sentence says someone held something ("co-hosted a lunchtime panel", "was organised by"). */
    private static boolean hostedIn(DocumentView v, List<io.eventlens.extraction.text.Sentence> sentences) {
        for (io.eventlens.extraction.text.Sentence s : sentences) {
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                if (Vocabulary.ORGANIZER_VERBS.contains(v.text(v.tokens.get(t)).toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The meeting a bulletin reports on, named in the lead under a section heading that names no event
     * ("MOP-4 HIGHLIGHTS: TUESDAY", "This week in brief"): "The Fourth Meeting of the Parties to X resumed on
     * Tuesday at Y. The meeting opened on Monday, 2 June, and will close on Saturday." Its title is the
     * event the lead names, its dates the run of days the lead gives; its text runs to the next header
     * (the day's sessions reported under the headings that follow are its own).
     */
    private static Header umbrella(DocumentView v, EventFields fields, int k) {
        if (v.agendaOfLine[k + 1] != null || v.isHeading(k + 1)) {
            return null;
        }
        boolean dayHeading = false;
        for (EventDate d : v.datesIn(v.lines.get(k))) {
            dayHeading |= d.hasDay();
        }
        if (!dayHeading && !isGeneric(v, k) && titleLike(v, k)) {
            return null; // "Regional Carers' Conference": a heading that names its own event
        }
        int s = v.sentenceAt(v.lines.get(k + 1).bodyStart());
        if (s < 0) {
            return null;
        }
        int end = sectionEnd(v, k, true);
        int endOffset = end < 0 ? v.text.length() : v.lines.get(end).start();
        Span name = null;
        EventDate run = null;
        for (int i = s; i < v.sentences.size() && i < s + SECTION_SENTENCES && v.sentences.get(i).start() < endOffset; i++) {
            io.eventlens.extraction.text.Sentence sentence = v.sentences.get(i);
            if (sentence.tokenCount() > SentenceCues.MAX_SENTENCE_TOKENS) {
                continue;
            }
            if (name == null && i < s + 2) {
                name = fields.cues().eventName(sentence);
                for (SentenceCues.QuotedTitle quoted : name == null ? List.<SentenceCues.QuotedTitle>of() : fields.cues().quotedTitles(sentence)) {
                    if (quoted.span().overlaps(name)) {
                        return null; // "hosted “Tobacco Taxes and Trade Rules: A Regional Dialogue”": an event of its own
                    }
                }
            }
            for (EventDate d : v.datesIn(sentence)) {
                if (run == null && d.isRange() && d.hasDay() && !Datelines.isDocumentDate(v, d)) {
                    run = d;
                }
            }
        }
        if (name == null || run == null) {
            return null;
        }
        Header h = new Header();
        h.date = new DateLine(Math.max(k + 1, v.lineAt(run.start())), run, null, null, false, false, null, null, false);
        h.titleLine = k;
        h.typedTitle = name;
        h.titleConfidence = 0.8;
        h.first = k;
        h.last = k;
        h.end = -1;
        h.prose = true;
        h.umbrella = true;
        return h;
    }

    /** "by 31 July", "closes on 22 November", "deadline: ...": a date by which something is due, not a gathering's. */
    private static final java.util.regex.Pattern DEADLINE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:by|until|till|before|deadline|due|closes|close|closing)(?:\\s+on)?\\s*:?\\s*$");

    /** "ends at about", "until", "closes at": what says a time ends the event. */
    private static final java.util.regex.Pattern ENDS_AT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:ends?|ended|ending|finish(?:es|ed)?|until|till|closes?|closed)\\b[^.\\d]{0,14}$");

    /**
     * The name the first sentences of a section give their gathering, quoted or set in bold or italics
     * after an event noun ("our webinar “X”", "the launch of *X*", "gathered ... for the **Regional Encounter
     * of X**"); null when they give none.
     */
    private static Span markedName(EventFields fields, List<io.eventlens.extraction.text.Sentence> opening) {
        for (int i = 0; i < Math.min(2, opening.size()); i++) {
            for (SentenceCues.QuotedTitle quoted : fields.cues().quotedTitles(opening.get(i))) {
                if (quoted.noun() != null && Vocabulary.isEventNoun(quoted.noun().toLowerCase(Locale.ROOT))) {
                    return quoted.span();
                }
            }
            Span marked = fields.cues().emphasisedEventName(opening.get(i));
            if (marked != null) {
                return marked;
            }
        }
        return null;
    }

    /** How many sentences of a section {@link #namedFurtherDown} reads. */
    private static final int NAMING_SENTENCES = 6;
    /** "The event, ", "the launch, titled ", "a panel entitled ", "the day's debate, called " right before a quotation. */
    private static final java.util.regex.Pattern NAMING_BEFORE_QUOTE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:the|this|our|a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?(\\p{L}+)\\s*,?\\s*(?:(?:titled|entitled|called|named)\\s*)?[*_]*$");

    /**
     * The quoted name a section's first sentences give an event in apposition ("The event, “X”, was
     * held ...", "a webinar entitled “X”"), or null: the name stated as the event's, not a quotation.
     */
    private static Span namedFurtherDown(DocumentView v, EventFields fields, int first, int endOffset) {
        for (int i = first; i < Math.min(v.sentences.size(), first + NAMING_SENTENCES) && v.sentences.get(i).start() < endOffset; i++) {
            for (SentenceCues.QuotedTitle q : fields.cues().quotedTitles(v.sentences.get(i))) {
                if (q.noun() == null || !Vocabulary.isEventNoun(q.noun().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                int open = q.span().start() - 1; // the opening quotation mark
                int from = Math.max(v.sentences.get(i).start(), open - 60);
                if (open <= from) {
                    continue;
                }
                java.util.regex.Matcher m = NAMING_BEFORE_QUOTE.matcher(v.text.substring(from, open));
                if (m.find() && Vocabulary.isEventNoun(m.group(1).toLowerCase(Locale.ROOT))) {
                    return q.span();
                }
            }
        }
        return null;
    }

    /** Prepositions that a topic has and an organisation's name seldom does. */
    private static final Set<String> TOPIC_PREPOSITIONS = Vocabulary.words("between", "without", "beyond", "after", "before",
            "against", "across", "towards", "toward", "versus", "vs", "through", "under", "amid", "from");

    /** "Data Sharing Between Border Agencies": a topic, though its last word is an organisation word. */
    private static boolean describes(DocumentView v, int k) {
        for (String w : OrganizerNames.wordList(v.text(v.lines.get(k).body()))) {
            if (TOPIC_PREPOSITIONS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return v.text(v.lines.get(k).body()).contains(":") || v.text(v.lines.get(k).body()).endsWith("?");
    }

    /** Words that introduce a newsletter's item before its name ("Looking ahead: X", "Save the date: X"). */
    private static final Set<String> SECTION_WORDS = Vocabulary.words("save", "focus", "spotlight", "brief", "recap",
            "reminder", "also", "announcement", "announcing", "flashback", "ahead", "looking", "coming", "soon", "up", "next",
            "upcoming", "date", "the", "in", "on", "news", "update", "back", "note", "diary", "calendar");

    /** The heading after a section word and its colon ("Looking ahead: Members' Assembly 2024"), or null. */
    private static Span withoutSectionWord(DocumentView v, int k) {
        Span body = v.lines.get(k).body();
        String text = v.text(body);
        int colon = text.indexOf(':');
        if (colon <= 0 || colon > 30 || colon + 2 >= text.length()) {
            return null;
        }
        List<String> words = OrganizerNames.wordList(text.substring(0, colon));
        if (words.isEmpty() || words.size() > 4) {
            return null;
        }
        for (String w : words) {
            if (!SECTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        Span rest = Phrases.trim(v.text, Span.of(body.start() + colon + 1, body.end()), "");
        return OrganizerNames.wordList(v.text(rest)).size() >= 2 ? rest : null;
    }

    /** Headings inside an event's section that head a part of it ("Programme", "Speakers"), not another section. */
    private static final Set<String> EVENT_PART_WORDS = Vocabulary.words("programme", "program", "agenda", "schedule",
            "speakers", "speaker", "panelists", "panellists", "panel", "moderator", "moderators", "chair", "chairs",
            "participants", "registration", "register", "venue", "location", "date", "dates", "time", "times", "details",
            "practical", "information", "background", "format", "bio", "bios", "biographies", "description", "objectives",
            "tickets", "cost", "admission", "livestream", "recording", "recordings", "photos", "rsvp", "access", "the",
            "and", "of", "about", "event", "key", "takeaways", "highlights", "outcomes", "summary", "where", "when", "how",
            "to", "get", "there", "getting", "directions");

    /**
     * The line where the section headed by line {@code k} ends (exclusive), or -1 when it runs to the
     * end. A numbered heading's section ends at the next heading numbered at its depth or above ("3.3"
     * ends at "3.4" or "4."); with {@code anyHeading}, at the next heading after a blank line as well,
     * unless that heading only names a part of the event ("Programme", "Speakers").
     */
    static int sectionEnd(DocumentView v, int k, boolean anyHeading) {
        String own = v.lines.get(k).listItem() ? LayoutAnnotator.sectionNumber(v.text, v.lines.get(k)) : null;
        if (own == null && !anyHeading) {
            return -1;
        }
        for (int j = k + 1; j < v.lines.size() && j <= k + MAX_SECTION_LINES; j++) {
            Line line = v.lines.get(j);
            if (!line.blankBefore()) {
                continue;
            }
            // a sibling's number ends the section, whether or not its line was taken for a heading ("2.3 Other activities")
            String number = line.listItem() ? LayoutAnnotator.sectionNumber(v.text, line) : null;
            if (own != null && number != null && depth(number) <= depth(own)
                    && LayoutAnnotator.headingShape(v.text(line.body()), true)) {
                return j;
            }
            if (!v.isHeading(j)) {
                continue;
            }
            if (anyHeading && !eventPart(v, j) && !speakerUnderMarkup(v, k, j)) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Line {@code j} is taken for a heading by its shape only, under the marked-up session heading {@code k}.
     */
    private static boolean speakerUnderMarkup(DocumentView v, int k, int j) {
        // under a marked-up heading only marked-up headings end the session: a standalone line taken for one by its
        // shape is the session's own ("Dr X, Title, Org", "Change of room: Y")
        return v.headingOfLine[k] != null && v.headingOfLine[k].fromMarkup() && !v.headingOfLine[j].fromMarkup();
    }

    /** The first line after line {@code k} that opens a new paragraph, or -1. */
    private static int paragraphEnd(DocumentView v, int k) {
        for (int j = k + 1; j < v.lines.size() && j <= k + MAX_SECTION_LINES; j++) {
            if (v.lines.get(j).blankBefore()) {
                return j;
            }
        }
        return -1;
    }

    /** Lines a section's end is looked for in; further on, the section runs to the next header as before. */
    private static final int MAX_SECTION_LINES = 400;

    private static int depth(String sectionNumber) {
        return sectionNumber.split("\\.").length;
    }

    private static boolean eventPart(DocumentView v, int k) {
        List<String> words = OrganizerNames.wordList(v.text(v.lines.get(k).body()));
        if (words.isEmpty() || words.size() > 5) {
            return false;
        }
        for (String w : words) {
            if (!EVENT_PART_WORDS.contains(w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""))) {
                return false;
            }
        }
        return true;
    }

    /** A word of a heading line and where it stands in the text. */
    private record HeadingWord(String text, int start, int end) {
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\S+");

    /** Words of a heading compared with the text below it; a title is shorter (a marked-up heading need not be). */
    private static final int MAX_HEADING_WORDS = 30;

    private static List<HeadingWord> headingWords(DocumentView v, int k) {
        Span body = v.lines.get(k).body();
        List<HeadingWord> words = new ArrayList<>();
        java.util.regex.Matcher m = WORD.matcher(v.text.substring(body.start(), Math.min(body.end(), body.start() + 400)));
        while (m.find() && words.size() < MAX_HEADING_WORDS) {
            String w = TRAILING_MARKS.matcher(m.group()).replaceAll("");
            if (!w.isEmpty() && Character.isLetterOrDigit(w.charAt(0))) {
                words.add(new HeadingWord(w, body.start() + m.start(), body.start() + m.start() + w.length()));
            }
        }
        return words;
    }

    /**
     * The longest run of the heading's words that the sentence repeats, as {first word, word count}
     * ({0, 0} when none holds two capitalised words): "Coastal Resilience Forum Opens in Port Averin"
     * over "... convened the third Coastal Resilience Forum at ..." gives the first three words.
     */
    static int[] namedBelow(DocumentView v, int k, io.eventlens.extraction.text.Sentence sentence) {
        List<HeadingWord> words = headingWords(v, k);
        String said = " " + SPACES.matcher(v.text(sentence)).replaceAll(" ") + " ";
        int[] best = {0, 0};
        for (int from = 0; from < words.size(); from++) {
            StringBuilder run = new StringBuilder();
            int capitals = 0;
            for (int to = from; to < words.size(); to++) {
                run.append(' ').append(words.get(to).text());
                if (!said.contains(run + " ") && !said.contains(run + ",") && !said.contains(run + ".")) {
                    break;
                }
                capitals += Phrases.capitalised(words.get(to).text()) ? 1 : 0;
                if (capitals >= 2 && to - from + 1 > best[1]) {
                    best = new int[] {from, to - from + 1};
                }
            }
        }
        return best;
    }

    /**
     * A news headline's event: "Coastal Resilience Forum Opens in Port Averin" names the "Coastal
     * Resilience Forum" the text below speaks of, then says what it did; "Minister Opens Regional
     * Dialogue on Fisheries" and "Minister to Attend Meeting on X" say who did what at the event they
     * name. The name is the run of words
     * the text repeats, next to a capitalised verb ending in -s or -ed; null when the heading is the
     * name ("Youth Science Day at the Observatory").
     */
    private static Span headlineName(DocumentView v, int k, int[] named) {
        List<HeadingWord> words = headingWords(v, k);
        int from = named[0];
        int to = named[0] + named[1]; // exclusive
        if (named[1] < 2 || named[1] == words.size()) {
            return null;
        }
        Span name = Span.of(words.get(from).start(), words.get(to - 1).end());
        if (from == 0 && (verbLike(words.get(to).text()) || (to == words.size() - 1 && participle(words.get(to).text())))) {
            return name; // "Harbour Prize awarded", "Coastal Forum Opens in X"
        }
        boolean event = false;
        for (int w = from; w < to; w++) {
            event |= Vocabulary.isEventNoun(words.get(w).text());
        }
        boolean afterVerb = from > 0 && (verbLike(words.get(from - 1).text())
                || (from >= 2 && words.get(from - 2).text().equalsIgnoreCase("to"))); // "Minister to Attend X"
        return event && afterVerb ? name : null;
    }

    /**
     * The line names an event with a capitalised event noun ("Coastal Forum", "Open Day"); a headline in
     * sentence case ("Lisbon to host ocean finance meeting", "Youth pre-forum") only says what kind it is.
     */
    private static boolean namesAnEventByName(DocumentView v, int k) {
        List<HeadingWord> words = headingWords(v, k);
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w).text();
            if ((Vocabulary.isEventNoun(word) || word.equals("Day")) && w > 0 && Phrases.capitalised(word)
                    || Vocabulary.isEventNoun(word) && w == 0) {
                return true;
            }
        }
        return false;
    }

    /** The line holds an event noun ("Workshop", "Forum", "Open Day"). */
    private static boolean namesAnEvent(DocumentView v, int k) {
        List<HeadingWord> words = headingWords(v, k);
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w).text();
            if (Vocabulary.isEventNoun(word) || (word.equals("Day") && w > 0)) {
                return true;
            }
        }
        return false;
    }

    /** "awarded", "presented", "launched": a sentence-case headline's last word saying what happened to what it names. */
    private static boolean participle(String word) {
        String bare = word.replaceAll("[^\\p{L}]", "");
        return bare.length() > 4 && bare.endsWith("ed") && Character.isLowerCase(bare.charAt(0));
    }

    /** A year or an edition before an event's name: "the 2019 X Prize", "the Fifth X Forum". */
    private static final java.util.regex.Pattern EDITION_BEFORE = java.util.regex.Pattern.compile(
            "(?:(?:19|20)\\d\\d|\\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\\s+$");

    /**
     * The name a headline gives, as the sentence under it writes it when the sentence adds its year or
     * edition ("X Prize awarded" over "... the ceremony for the 2019 X Prize"); else the headline's words.
     */
    private static Span withEdition(DocumentView v, io.eventlens.extraction.text.Sentence sentence, Span name) {
        if (name == null || sentence == null) {
            return name;
        }
        String said = v.text(sentence);
        int at = said.indexOf(v.text(name));
        if (at <= 0) {
            return name;
        }
        java.util.regex.Matcher edition = EDITION_BEFORE.matcher(said.substring(Math.max(0, at - 12), at));
        if (!edition.find()) {
            return name;
        }
        int start = sentence.start() + Math.max(0, at - 12) + edition.start();
        return Span.of(start, sentence.start() + at + name.length());
    }

    /** "Opens", "Gathers", "Launched": how a headline says what happened. */
    private static boolean verbLike(String word) {
        String bare = word.replaceAll("[^\\p{L}]", "");
        return Phrases.capitalised(bare) && !Vocabulary.isFunctionWord(bare.toLowerCase(Locale.ROOT))
                && (bare.endsWith("s") || bare.endsWith("ed")) && !bare.endsWith("ss") && !Vocabulary.isEventNoun(bare);
    }

    /**
     * The first sentences of a section speak of a gathering only as one already told ("the event", "that
     * meeting"): no one holds one, none takes place, none is introduced with "a" or "our".
     */
    private static boolean onlyReferredBack(DocumentView v, List<io.eventlens.extraction.text.Sentence> opening) {
        boolean referred = false;
        for (int i = 0; i < Math.min(2, opening.size()); i++) {
            io.eventlens.extraction.text.Sentence s = opening.get(i);
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                String w = v.text(v.tokens.get(t)).toLowerCase(Locale.ROOT);
                if (Vocabulary.ORGANIZER_VERBS.contains(w) && !w.startsWith("invit") || w.equals("place")) {
                    return false; // "we hosted", "took place"; not "we did not invite them to speak"
                }
                if (!Vocabulary.isEventNoun(w) || !Vocabulary.singular(w).equals(w) || Vocabulary.AMBIGUOUS_EVENT_NOUNS.contains(w)) {
                    continue;
                }
                String before = t > s.firstToken() ? v.text(v.tokens.get(t - 1)).toLowerCase(Locale.ROOT) : "";
                if (!before.equals("the") && !before.equals("this") && !before.equals("that")) {
                    return false; // "a two-day workshop", "our webinar", "Tuesday's debate"
                }
                referred = true;
            }
        }
        return referred;
    }

    /** The heading is written in sentence case: after its first word, no capitalised word but names of places or bodies. */
    private static boolean sentenceCase(DocumentView v, int k) {
        List<HeadingWord> words = headingWords(v, k);
        int lower = 0;
        for (int w = 1; w < words.size(); w++) {
            String word = words.get(w).text();
            if (Phrases.capitalised(word) && !Vocabulary.isFunctionWord(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
            lower += Character.isLowerCase(word.charAt(0)) && !Vocabulary.isFunctionWord(word) ? 1 : 0;
        }
        return lower >= 1;
    }

    /** A run of days stated in the prose above line {@code k} (the meeting a report is about) covers {@code date}'s day. */
    private static boolean coveredByRunAbove(DocumentView v, int k, EventDate date) {
        int limit = v.lines.get(k).start();
        for (EventDate d : v.dates) {
            if (d.start() >= limit) {
                break;
            }
            if (d.isRange() && d.hasDay() && !Datelines.isDocumentDate(v, d) && d.covers(date.startDate())) {
                return true;
            }
        }
        return false;
    }

    /** The document's first line when it is a heading, or its second under a line of links (a breadcrumb); else 0. */
    private static int firstHeading(DocumentView v) {
        if (v.lines.size() < 2 || !v.isHeading(1)) {
            return 0;
        }
        String first = v.text(v.lines.get(0).body());
        return first.length() < 200 && BREADCRUMB.matcher(first).find() ? 1 : 0;
    }

    /** "Home / News / X", "Home › Blog › X": a line of links above the page's own title (not "Title | Site"). */
    private static final java.util.regex.Pattern BREADCRUMB = java.util.regex.Pattern.compile("\\s[/›>»]\\s.*\\s[/›>»]\\s");

    /**
     * Where the first sentence of prose that speaks of a gathering ends (the one a later "the event" may
     * refer back to), or {@code Integer.MAX_VALUE} when none does.
     */
    private static int firstToldEnd(DocumentView v) {
        for (io.eventlens.extraction.text.Sentence s : v.sentences) {
            if (s.tokenCount() >= 10 && s.tokenCount() <= SentenceCues.MAX_SENTENCE_TOKENS && speaksOfGathering(v, s)) {
                return s.end();
            }
        }
        return Integer.MAX_VALUE;
    }

    private static boolean speaksOfGathering(DocumentView v, io.eventlens.extraction.text.Sentence s) {
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            String w = v.text(v.tokens.get(t)).toLowerCase(Locale.ROOT);
            if (w.equals("place") && t > s.firstToken()
                    && v.text(v.tokens.get(t - 1)).toLowerCase(Locale.ROOT).matches("take|takes|took|taken|taking")) {
                return true; // "The Members' Assembly will take place on 9-10 December"
            }
            boolean singular = Vocabulary.singular(w).equals(w);
            if ((singular && Vocabulary.isEventNoun(w) && !Vocabulary.AMBIGUOUS_EVENT_NOUNS.contains(w))
                    || Vocabulary.ORGANIZER_VERBS.contains(w)) {
                return true; // "a two-day training workshop", "convened"; not "ceremonies and screenings"
            }
        }
        return false;
    }

    /** What a header block holds, as line indices (-1 when absent). */
    private static final class Header {
        DateLine date;
        int titleLine = -1;
        double titleConfidence;
        int orgLine = -1;
        int byLine = -1;
        int locationLine = -1;
        /** The title's text when the title line is "Workshop: Title". */
        Span typedTitle;
        int first;
        int last;
        /** The line where the event's section ends (exclusive; -1: at the next header). */
        int end = -1;
        /** A section heading over prose that tells of the event, not a header block. */
        boolean prose;
        /** A card's line of facts under its title, led by the time: "18:00 – 19:30 · Online · Hosted by the X". */
        int metaLine = -1;
        /** The meeting a bulletin reports on, named in its lead. */
        boolean umbrella;
    }

    private static final java.util.regex.Pattern MASTHEAD_PARTNERSHIP = java.util.regex.Pattern.compile(
            "(?i)\\s(?:in (?:partnership|collaboration|cooperation|association) with|jointly with|together with)\\s");

    private static Header header(DocumentView v, DateLine dateLine, DateLine[] dateLines, Heading[] topBefore, int cardTitle) {
        int d = dateLine.line();
        int blockTitle = dateLine.title() == null ? indentedBlockTitle(v, d, dateLines) : -1;
        if (dateLine.dayLabel() && dateLine.title() == null && blockTitle < 0) {
            return null; // "Day 0 – Monday, 2 March": a day of a programme; the lines above it belong to the event above
        }
        Header h = new Header();
        h.date = dateLine;
        h.first = d;
        h.last = d;
        if (cardTitle > d) {
            return cardHeader(v, h, cardTitle, dateLines);
        }
        // a listing line carries its own title: "1) 07.03.2019 | 18:00-20:30 | Science Slam | Klubas, Vilnius"
        if (dateLine.title() != null) {
            h.titleLine = d;
            h.typedTitle = dateLine.title();
            h.titleConfidence = 0.85;
        }
        if (h.titleLine < 0) {
            int below = blockTitle;
            if (below >= 0) {
                // "Wk 1 | Tue 20/1" over an indented block "  "Title" / Speaker / Chair: ...": the block is the
                // session's, whatever stands above its date
                h.titleLine = below;
                h.titleConfidence = 0.8;
                h.last = below;
                h.first = d > 0 && !v.lines.get(d).blankBefore() ? d - 1 : d;
            }
        }
        // upward: title, organiser line, "Organised by" line; one blank line crossed (two while no title
        // was seen yet), markup headings crossed freely
        List<Integer> candidates = new ArrayList<>();
        int gaps = 0;
        for (int k = d - 1; k >= 0 && k >= d - 8 && h.titleLine < 0; k--) {
            boolean markupBelow = v.isHeading(k + 1) && v.headingOfLine[k + 1].fromMarkup();
            if (v.lines.get(k + 1).blankBefore() && !markupBelow && ++gaps > (candidates.isEmpty() ? 2 : 1)
                    && !(isMarkupHeading(v, k) && gaps <= 3 && noMarkupHeading(v, candidates))) {
                // (a page's "# Title" a paragraph above a bold kicker and the facts is still the title)
                break;
            }
            if (v.lines.get(k + 1).blankBefore() && !markupBelow && k > 0 && !v.lines.get(k).blankBefore()
                    && (v.text(v.lines.get(k).body()).endsWith(".") || (!candidates.isEmpty() && !v.isHeading(k - 1)))) {
                // "... Organised with the Law School.", "Speakers: A; B" under the event above: the end of its
                // paragraph, not this one's header
                break;
            }
            if (stopsHeader(v, k, dateLines)) {
                break;
            }
            if (candidates.isEmpty() && h.titleLine < 0 && Datelines.isPressMarker(v.text(v.lines.get(k).body()))) {
                return null; // "Ministry of X / Press Release No. 45/2025 / Port Elsby, 3 March 2025": the release's date
            }
            h.first = k;
            if (isByLine(v, k)) {
                h.byLine = h.byLine < 0 ? k : h.byLine;
            } else if (k == d - 1 && candidates.isEmpty() && h.locationLine < 0 && !v.lines.get(d).blankBefore()
                    && !isMarkupHeading(v, k) && isPlaceLine(v, k) && titleAbovePlace(v, k)) {
                // "TITLE / Venue Hotel, City / 22–23 October": the place line sits between the title and the date
                h.locationLine = k;
            } else if (titleLike(v, k)) {
                candidates.add(k);
            }
        }
        if (candidates.size() >= 2 && isOrganizerLine(v, candidates.get(0)) && !isQuotedLine(v, candidates.get(0))
                && !(candidates.get(1) == candidates.get(0) - 1 && !v.lines.get(candidates.get(0)).blankBefore()
                    && kicker(v, candidates.get(1), candidates.get(0))) // "BOOK TALK" over "The Bystander State": a name, no organiser
                && !isMarkupHeading(v, candidates.get(0)) // "<h1>Archives at Risk: ...</h1>" is a title, whatever its words
                && chooseTitle(v, candidates.subList(1, candidates.size())) >= 0) {
            h.orgLine = candidates.remove(0); // "Title / Org A, Org B / date": unless nothing above could be the title
        }
        int chosen = chooseTitle(v, candidates);
        if (chosen >= 1 && chosen <= 3 && h.orgLine < 0 && h.byLine < 0) {
            // "NORTHERN COASTS NETWORK (NCN) in partnership with the X Institute" over the title at the top of
            // the document: a programme's masthead names its organisers
            for (int k = chosen - 1; k >= 0; k--) {
                if (MASTHEAD_PARTNERSHIP.matcher(v.text(v.lines.get(k).body())).find() && isOrganizerLine(v, k)
                        && !isQuotedLine(v, k) && !stopsHeader(v, k, dateLines)) {
                    h.orgLine = k;
                    h.first = Math.min(h.first, k);
                    break;
                }
            }
        }
        if (chosen >= 0 && chosen + 1 < d && v.isHeading(chosen) && v.isHeading(chosen + 1)
                && DateLine.eventTypeOnly(v.text(v.lines.get(chosen).body())) && titleLike(v, chosen + 1)
                && !isOrganizerLine(v, chosen + 1) && !DateLine.eventTypeOnly(v.text(v.lines.get(chosen + 1).body()))) {
            chosen++; // "# REGIONAL WORKSHOP" / "## Judicial Cooperation in ...": the kind of event over its name
        }
        if (chosen >= 0 && subtitleBelow(v, chosen, d)) {
            // "# Justice at a Distance" / "## Universal Jurisdiction, Evidence and Victims": the title and its subtitle
            h.typedTitle = Span.of(v.lines.get(chosen).body().start(), v.lines.get(chosen + 1).body().end());
        }
        if (chosen >= 0) {
            h.titleLine = chosen;
            h.titleConfidence = v.isHeading(chosen) && v.headingOfLine[chosen].fromMarkup() ? 0.95 : 0.85;
            if (isOrganizerLine(v, chosen) && !isQuotedLine(v, chosen)) {
                h.titleConfidence = 0.6; // an organisation's name over a date names no event by itself
            }
        }
        // "12 September 2024 / Workshop: Restoring Salt Marshes": the event's type and title right under its
        // date beat a heading a blank line above it
        if (d + 1 < v.lines.size() && !v.lines.get(d + 1).blankBefore() && (h.titleLine < 0 || gaps > 0)
                && dateLines[d + 1] == null) { // "Orientation webinar: 25 March / Consultation: 9-10 April": a list of dates
            LabeledLine typed = v.labelOfLine[d + 1];
            if (typed != null && !typed.known() && typed.hasValue() && DateLine.eventTypeOnly(v.text.substring(
                    v.lines.get(d + 1).bodyStart(), typed.labelEnd()))) {
                h.titleLine = d + 1;
                h.typedTitle = typed.value();
                h.titleConfidence = 0.85;
                h.first = d;
            }
        }
        // downward: place line, organiser lines, labels, or the title when the date came first
        boolean blankCrossed = false;
        for (int k = d + 1; k < v.lines.size() && k <= d + 5; k++) {
            Line line = v.lines.get(k);
            if (h.titleLine > d && k == h.titleLine + 1 && h.metaLine < 0 && isMetaLine(v, k)) {
                // a calendar card: date badge, title, then "16:00 – 17:00 · Room 4, Old Library · Hosted by the X"
                h.metaLine = k;
                h.last = k;
                continue;
            }
            if (line.blankBefore()) {
                boolean organisers = h.byLine < 0 && h.orgLine < 0 && isByLine(v, k);
                if (blankCrossed || (h.titleLine >= 0 && !dateLine.fromLabel() && !organisers)) {
                    break;
                }
                blankCrossed = true;
            }
            if (dateLines[k] != null || (v.agendaOfLine[k] != null && !(k == d + 1 && isTimeLine(v, k)))) {
                break; // a time alone under the date is the event's, not a programme's first slot
            }
            LabeledLine label = v.labelOfLine[k];
            if (k == h.titleLine) {
                h.last = k;
                continue;
            }
            if (h.titleLine < 0 && !blankCrossed && startsWithHonorific(v, k)) {
                h.last = k; // "date / Dr. A B, Professor, X / "Title"": the speaker's line comes before the title
                continue;
            }
            boolean startsBlock = (v.lines.get(d).blankBefore() || d == 0) && !dateLine.fromLabel()
                    && !Character.isDigit(v.text.charAt(v.lines.get(k).bodyStart()));
            if (h.titleLine < 0 && blankCrossed && k == firstBelow(v, d) && typedSectionHeading(v, dateLine)
                    && !isGeneric(v, k) && (isQuotedLine(v, k) || titleLike(v, k) && !isOrganizerLine(v, k) && !isPlaceLine(v, k))) {
                // "2. WEBINAR -- TUESDAY 21 MARCH" / (blank) / "Autonomous Vessels and the Duty of Lookout": the
                // section heading says what and when, the first line of the section names it
                h.titleLine = k;
                h.titleConfidence = 0.8;
                h.last = k;
                continue;
            }
            if (h.titleLine < 0 && !isGeneric(v, k) && (isQuotedLine(v, k) || (v.isHeading(k) && v.headingOfLine[k].fromMarkup())
                    // "22 March 2016 / Kestrel Institute / Listening to the Survivors": date first, title under it
                    || (startsBlock && !blankCrossed && (label == null || !label.known()) && !isOrganizerLine(v, k) && !isPlaceLine(v, k)
                        && titleLike(v, k) && !isByLine(v, k)))) {
                h.titleLine = k;
                h.titleConfidence = 0.8;
                h.last = k;
                continue;
            }
            if (blankCrossed && label == null && !isByLine(v, k)) {
                break;
            }
            if (isByLine(v, k)) {
                h.byLine = h.byLine < 0 ? k : h.byLine;
            } else if (label != null && label.known()) {
                // fields of the same block are read by key later
            } else if (isTimeLine(v, k) && (k == d + 1 || k == h.titleLine + 1 && h.titleLine > d)) {
                // "13:15-14:30 (CET)" under the date: read with the date
            } else if ((k == d + 1 || (k == d + 2 && isTimeLine(v, d + 1))) && !blankCrossed && isPlaceLine(v, k)) {
                h.locationLine = k;
            } else if (k == d + 1 && !blankCrossed && h.orgLine < 0 && isOrganizerLine(v, k)) {
                h.orgLine = k;
            } else if (!isParenthetical(v, k)) {
                break;
            }
            h.last = k;
        }
        if (h.byLine < 0) {
            // a flyer's "Co-hosted by" block a paragraph under its date, time and place lines
            int blanks = 0;
            for (int k = h.last + 1; k < v.lines.size() && k <= h.last + 6; k++) {
                if (v.lines.get(k).blankBefore() && ++blanks > 1) {
                    break;
                }
                if (isByLine(v, k)) {
                    h.byLine = k;
                    break;
                }
                if (dateLines[k] != null || (v.isHeading(k) && v.headingOfLine[k].fromMarkup())) {
                    break;
                }
            }
        }
        if (h.titleLine < 0 && dateLine.fromLabel()) {
            // an event page's facts ("Date: ...") far from its title: the page's main heading
            Heading top = topBefore[d];
            if (top != null) {
                h.titleLine = top.line();
                h.titleConfidence = 0.75;
            }
        }
        if (h.titleLine < 0 && !dateLine.dayLabel()) {
            // a date line after the item's description: the heading the item began with
            int k = sectionHeading(v, d, dateLines);
            if (k >= 0) {
                h.titleLine = k;
                h.titleConfidence = 0.75;
            }
        }
        if (h.titleLine < 0) {
            return null;
        }
        if (h.typedTitle == null && h.titleLine < d && v.isHeading(h.titleLine)) {
            // "Minister Opens Regional Dialogue on X / On 3 March 2025, the Minister opened the Regional Dialogue on X"
            int s = v.sentenceAt(v.lines.get(d).bodyStart());
            if (s >= 0 && v.sentences.get(s).tokenCount() <= SentenceCues.MAX_SENTENCE_TOKENS) {
                h.typedTitle = headlineName(v, h.titleLine, namedBelow(v, h.titleLine, v.sentences.get(s)));
            }
        }
        if (h.titleLine > d && h.metaLine >= 0 && (h.orgLine < 0 || h.orgLine > d) && (h.byLine < 0 || h.byLine > d)) {
            h.first = d; // a card opens with its date: the lines above it close the card above ("Speaker: X")
        }
        h.first = Math.min(h.first, h.titleLine);
        return h;
    }

    /** Lines of an indented block under its date searched for the quoted title. */
    private static final int BLOCK_TITLE_REACH = 4;

    /**
     * A term card's or a digest's session: a date line at the head of its paragraph (or right under a
     * one-line head: "Wk 3 | NOTE CHANGE OF ROOM" / "  WEDNESDAY 4/2, 5 pm, Room 1"), the lines under it indented
     * deeper, one of them quoted: that quoted line is the session's title. -1 when the layout is not so.
     */
    static int indentedBlockTitle(DocumentView v, int d, DateLine[] dateLines) {
        int head = d;
        if (!v.lines.get(d).blankBefore()) {
            if (d == 0 || !v.lines.get(d - 1).blankBefore() || v.lines.get(d - 1).indent() >= v.lines.get(d).indent()) {
                return -1;
            }
            head = d - 1;
        }
        int indent = v.lines.get(head).indent();
        for (int k = d + 1; k < v.lines.size() && k <= d + BLOCK_TITLE_REACH; k++) {
            Line line = v.lines.get(k);
            if (line.blankBefore() || line.indent() <= indent || dateLines[k] != null) {
                return -1;
            }
            if (isQuotedLine(v, k)) {
                return k;
            }
        }
        return -1;
    }

    /** Lines between a card's date and its title: its type or programme ("Book Talk", "PANEL · Online"), a few words. */
    private static final int CARD_KICKER_WORDS = 5;

    /**
     * The title of each card of a listing whose cards open with their date: the date badge or the
     * "WEBINAR | 14.11.2024 | Online" kicker, then (under at most a short type line) the linked or
     * marked-up title. Read so only when at least two date lines have such a title under them and the
     * first of them has no title of the same kind right above it (a listing of "title, then date"
     * cards has one, and there the title under a date is the next card's). -1 for other date lines.
     */
    static int[] cardTitles(DocumentView v, DateLine[] dateLines) {
        int[] below = new int[dateLines.length];
        java.util.Arrays.fill(below, -1);
        int count = 0;
        int first = -1;
        for (DateLine dateLine : dateLines) {
            if (dateLine == null || dateLine.dayLabel() || dateLine.dayOfSection()
                    || dateLine.title() != null && !kickerTitle(v, dateLine)) {
                continue;
            }
            int k = cardTitleBelow(v, dateLine, dateLines);
            if (k >= 0) {
                below[dateLine.line()] = k;
                count++;
                first = first < 0 ? dateLine.line() : first;
            }
        }
        if (count < 2) {
            java.util.Arrays.fill(below, -1);
            return below;
        }
        int above = first - 1;
        if (above >= 0 && dateLines[above] == null && cardKind(v, above) != 0 && cardKind(v, above) == cardKind(v, below[first])) {
            java.util.Arrays.fill(below, -1); // "Title / date" cards: the title under a date is the next card's
        }
        return below;
    }

    /** The title line of a card under its date line, or -1. */
    private static int cardTitleBelow(DocumentView v, DateLine dateLine, DateLine[] dateLines) {
        int d = dateLine.line();
        for (int k = d + 1; k < v.lines.size() && k <= d + 3; k++) {
            if (dateLines[k] != null || v.agendaOfLine[k] != null) {
                return -1;
            }
            if (cardKind(v, k) != 0 && !isGeneric(v, k) && titleLike(v, k)) {
                return k;
            }
            if (k == d + 1 && (dateLine.eventType() != null || typeLineAbove(v, d, dateLines)) && titleLike(v, k) && !isGeneric(v, k)
                    && !isPlaceLine(v, k) && !isByLine(v, k)) {
                return k; // "WEBINAR | 14.11.2024 | Online" over the title: the kicker says what and when
            }
            String body = v.text(v.lines.get(k).body());
            if (Phrases.words(v.text, v.lines.get(k).body()).size() > CARD_KICKER_WORDS || body.endsWith(".")
                    || v.labelOfLine[k] != null && v.labelOfLine[k].known()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The line right above the date line names only the card's type ("WEBINAR", "Book launch"): the card opens
     * with its type and its date, so the line under the date is its title, as under a "WEBINAR | date" kicker.
     */
    private static boolean typeLineAbove(DocumentView v, int d, DateLine[] dateLines) {
        if (d == 0 || dateLines[d - 1] != null) {
            return false;
        }
        String above = v.text(v.lines.get(d - 1).body()).strip();
        return above.length() <= 40 && DateLine.eventTypeOnly(above);
    }

    /** A title's kind on a card: 1 + its level for a marked-up heading, 1 for a linked line, 0 for neither. */
    private static int cardKind(DocumentView v, int k) {
        if (v.isHeading(k) && v.headingOfLine[k].fromMarkup()) {
            return 1 + v.headingOfLine[k].level();
        }
        Line line = v.lines.get(k);
        return DateLine.linkText(v, line) * 2 > line.end() - line.bodyStart() ? 1 : 0;
    }

    /** A listing line's "title" that is only its kicker's type in capitals ("BOOK LAUNCH | 22.10.2024 | London"). */
    private static boolean kickerTitle(DocumentView v, DateLine dateLine) {
        String title = v.text(dateLine.title());
        return DateLine.eventTypeOnly(title) || title.equals(title.toUpperCase(Locale.ROOT)) && OrganizerNames.wordList(title).size() <= 3;
    }

    /** A card under its date: the title below, its line of facts under the title, its by-line a little further. */
    private static Header cardHeader(DocumentView v, Header h, int title, DateLine[] dateLines) {
        h.titleLine = title;
        h.typedTitle = null;
        h.titleConfidence = isMarkupHeading(v, title) ? 0.95 : 0.85;
        h.last = title;
        if (title + 1 < v.lines.size() && dateLines[title + 1] == null && isMetaLine(v, title + 1)) {
            h.metaLine = title + 1;
            h.last = title + 1;
        }
        return h;
    }

    /** The first line after line {@code d}. */
    private static int firstBelow(DocumentView v, int d) {
        return d + 1;
    }

    /** A numbered section heading that holds an event's type and its date and nothing else ("2. WEBINAR -- TUE 21 MARCH"). */
    private static boolean typedSectionHeading(DocumentView v, DateLine dateLine) {
        int d = dateLine.line();
        return v.isHeading(d) && v.lines.get(d).listItem() && dateLine.eventType() != null && dateLine.title() == null;
    }

    /**
     * The title among the title-like lines above a date line (nearest first). Marked-up headings
     * outrank the rest, the higher level first ("# Title" over its "### kicker"). In plain text a
     * line right under another title-like line is a subtitle or a kicker: the upper one is the title,
     * unless it only says what kind of item follows ("SEMINAR SERIES", "PRE-CONFERENCE WORKSHOP").
     */
    private static boolean isMarkupHeading(DocumentView v, int k) {
        return v.isHeading(k) && v.headingOfLine[k].fromMarkup() && v.headingOfLine[k].level() <= 2;
    }

    private static int chooseTitle(DocumentView v, List<Integer> candidates) {
        int best = -1;
        for (int c : candidates) {
            Heading h = v.headingOfLine[c];
            if (h != null && h.fromMarkup() && !isGeneric(v, c)
                    && (best < 0 || h.level() < v.headingOfLine[best].level())) {
                best = c;
            }
        }
        if (best >= 0) {
            return best;
        }
        for (int i = 0; i < candidates.size(); i++) {
            int c = candidates.get(i);
            if (isGeneric(v, c)) {
                continue;
            }
            int title = c;
            if (EventFields.afterKicker(v.text, v.lines.get(c).body()) != null) {
                return c; // "📢 PANEL | Title": the kicker opens the item; the lines above are another's (an account's name)
            }
            // climb while the line above is title-like, adjacent, and names more than a kind of item
            // (not onto a masthead naming organisations over an event's name: "X NETWORK in partnership with Y")
            for (int j = i + 1; j < candidates.size() && candidates.get(j) == title - 1
                    && !v.lines.get(title).blankBefore() && !isGeneric(v, title - 1)
                    && !DateLine.eventTypeOnly(v.text(v.lines.get(title - 1).body()))
                    && !kicker(v, title - 1, title)
                    && !(isOrganizerLine(v, title - 1) && !isQuotedLine(v, title - 1) && !isOrganizerLine(v, title)
                        && namesAnEvent(v, title)); j++) {
                // "Pre-Colloquium Evening Talk" over "Who Owns a River?": a label saying what kind of event follows
                title = title - 1;
            }
            return title;
        }
        return -1;
    }

    /**
     * A card's kicker: a short line in capitals naming a kind of event ("ROUNDTABLE", "BOOK TALK", "PANEL —
     * CANCELLED") right over a line that is not in capitals. It says what kind of item follows; the line under it is the name.
     */
    private static boolean kicker(DocumentView v, int k, int below) {
        String s = v.text(v.lines.get(k).body()).strip();
        if (s.length() > 40 || !Phrases.allCaps(s) || Phrases.words(v.text, v.lines.get(k).body()).size() > 4
                || Phrases.allCaps(v.text(v.lines.get(below).body()))) {
            return false;
        }
        List<String> words = new ArrayList<>();
        for (String w : OrganizerNames.wordList(s)) {
            if (!KICKER_STATUS.contains(w.toLowerCase(Locale.ROOT))) {
                words.add(w); // "PANEL — CANCELLED": the card's status, not its kind
            }
        }
        if (words.isEmpty() || words.size() > 2) {
            return DateLine.eventTypeOnly(String.join(" ", words));
        }
        for (String w : words) {
            if (Vocabulary.isEventNoun(w.toLowerCase(Locale.ROOT))) {
                // "BOOK TALK", "ANNUAL LECTURE": the kind of event; "TARROW WATER FORUM 2025" and "LAND, LAW AND
                // BELONGING" over their subtitles are names
                return true;
            }
        }
        return false;
    }

    private static final Set<String> KICKER_STATUS = Set.of("cancelled", "canceled", "postponed", "rescheduled", "new",
            "sold", "out", "full", "online", "hybrid", "free", "past", "upcoming");

    /**
     * The heading that opens the stretch of text a date line closes ("Drawing the Tide Line / A
     * workshop for families / Programme / description ... / Saturday 22 October 2022"): the nearest
     * heading above within a few paragraphs, not crossing another date line or agenda; a kicker under
     * it gives way to it as above.
     */
    private static int sectionHeading(DocumentView v, int d, DateLine[] dateLines) {
        for (int k = d - 1; k >= 0 && k >= d - 25; k--) {
            if (dateLines[k] != null || v.agendaOfLine[k] != null) {
                return -1;
            }
            for (EventDate date : v.datesIn(v.lines.get(k))) {
                if (date.hasDay()) {
                    return -1; // a dated line (a publication line, another item's date) closes the search
                }
            }
            if (v.isHeading(k) && v.headingOfLine[k].fromMarkup() && isGeneric(v, k)) {
                return -1; // "Next meetup", "Getting there": another section of the page
            }
            if (v.isHeading(k) && !isGeneric(v, k) && !isOrganizerLine(v, k) && titleLike(v, k)) {
                return k;
            }
        }
        return -1;
    }

    private static final java.util.regex.Pattern NUMBERED_ITEM = java.util.regex.Pattern.compile("\\s*\\d{1,2}(?:\\.\\d{1,2})?[.)]\\s+\\p{Lu}");

    private static boolean stopsHeader(DocumentView v, int k, DateLine[] dateLines) {
        Line line = v.lines.get(k);
        if (dateLines[k] != null || v.agendaOfLine[k] != null) {
            return true;
        }
        if (line.listItem() && !v.isHeading(k)
                && !(k + 1 < dateLines.length && dateLines[k + 1] != null && NUMBERED_ITEM.matcher(v.text(line)).lookingAt())) {
            return true; // but "1. Protecting Witnesses" over its date line is a numbered section's title
        }
        for (EventDate d : v.datesIn(line)) {
            if (d.hasDay()) {
                return true; // a dated line that is no date line: a publication line, a sentence
            }
        }
        String body = v.text(line.body());
        int words = Phrases.words(v.text, line.body()).size();
        return words > 30 || (body.endsWith(".") && words > 6 && !isQuotedLine(v, k));
    }

    /** E-mail header lines ("From:", "To:", "Subject:", "Date:") at the top of a message. */
    static boolean isMailHeader(DocumentView v, int k) {
        LabeledLine label = v.labelOfLine[k];
        if (label == null || !MAIL_HEADERS.contains(label.key())) {
            return false;
        }
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int j = Math.max(0, k - 6); j < Math.min(v.lines.size(), k + 7); j++) {
            LabeledLine l = v.labelOfLine[j];
            if (l != null && MAIL_HEADERS.contains(l.key())) {
                keys.add(l.key());
            }
        }
        return keys.size() >= 2 && (keys.contains("from") || keys.contains("to") || keys.contains("subject"));
    }

    private static final Set<String> MAIL_HEADERS = Vocabulary.words("from", "to", "cc", "bcc", "subject", "date", "sent",
            "reply-to", "message-id", "newsgroups", "organization", "x-mailer");
    /** "On the margins of ...", "In the framework of ...": a line that places an event, not its title. */
    private static final java.util.regex.Pattern CONTEXT_LINE = java.util.regex.Pattern.compile(
            "^(?:On|In|As|At|Under|During|Within|Ahead of|For)\\s+(?:the|a|an|part|its|our)\\s+\\p{Ll}");

    private static boolean noMarkupHeading(DocumentView v, List<Integer> lines) {
        for (int k : lines) {
            if (isMarkupHeading(v, k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A top-level heading's subtitle: the next line, with no blank line between, is a heading of a lower level
     * that is neither a section word, an organisation, a date nor the name of a kind of event ("6th Biennial
     * Conference of the X Network" under the title says what the event is, not what it is called).
     */
    private static boolean subtitleBelow(DocumentView v, int title, int dateLine) {
        int k = title + 1;
        if (k >= dateLine || !isMarkupHeading(v, title) || v.headingOfLine[title].level() != 1 || !isMarkupHeading(v, k)
                || v.headingOfLine[k].level() <= 1 || v.lines.get(k).blankBefore()) {
            return false;
        }
        String upper = v.text(v.lines.get(title).body());
        return !upper.endsWith(":") && !isGeneric(v, k) && !namesAnEvent(v, k) && !isOrganizerLine(v, k)
                && titleLike(v, k) && OrganizerNames.wordList(v.text(v.lines.get(k).body())).size() >= 3;
    }

    /**
     * A title over the place line {@code k} (one blank line crossed at most): a line that names an
     * event (its words say what kind of gathering it is), neither a place nor an organisation.
     */
    private static boolean titleAbovePlace(DocumentView v, int k) {
        int blanks = 0;
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            if (v.lines.get(j + 1).blankBefore() && ++blanks > 1) {
                return false;
            }
            if (titleLike(v, j) && !isPlaceLine(v, j)) {
                // a kicker that only says the kind of event ("BOOK TALK") is no title: the line under it is
                return namesAnEvent(v, j) && !isOrganizerLine(v, j) && !DateLine.eventTypeOnly(v.text(v.lines.get(j).body()));
            }
        }
        return false;
    }
    private static final java.util.regex.Pattern HANDLE_ONLY = java.util.regex.Pattern.compile("@[\\p{L}\\p{N}_.]{2,30}");

    static boolean titleLike(DocumentView v, int k) {
        if (v.text.startsWith("|", v.lines.get(k).bodyStart())) {
            return false; // a table's row ("| Date | Sitting | Hours |")
        }
        if (EventFields.afterKicker(v.text, v.lines.get(k).body()) != null && !isMailHeader(v, k)) {
            return true; // "📢 PANEL | Title": the kind of event, then its name
        }
        if (isMailHeader(v, k) || Datelines.isPressMarker(v.text(v.lines.get(k).body())) || Datelines.isByline(v, v.lines.get(k))
                || LayoutAnnotator.isEditorialLine(v.text(v.lines.get(k).body()))
                || CONTEXT_LINE.matcher(v.text(v.lines.get(k).body())).find() || isEyebrow(v.text(v.lines.get(k).body()))
                || Venues.isFactLine(v.text(v.lines.get(k).body()))) {
            return false;
        }
        for (EventDate d : v.datesIn(v.lines.get(k))) {
            if (d.hasDay() || d.startTime() != null) {
                return false; // "Posted Monday, 3 May", "11/18 3:30 Room 4 ...": a dated or timed line is no title
            }
        }
        if (HANDLE_ONLY.matcher(v.text(v.lines.get(k).body())).matches()) {
            return false; // "@RiversideNet": a post's account
        }
        if (v.isHeading(k) || isQuotedLine(v, k)) {
            return true;
        }
        LabeledLine label = v.labelOfLine[k];
        if (label != null && label.known()) {
            return false;
        }
        String body = v.text(v.lines.get(k).body());
        return LayoutAnnotator.headingShape(body, true);
    }

    /**
     * "Panel Discussion · Programme on Ocean Justice", "Home › Events › Book launch": a label over the
     * title (the event's type and its publisher) or a navigation trail, never the title itself.
     */
    static boolean isEyebrow(String line) {
        if (line.contains(" \u203A ") || line.contains(" \u00BB ") || line.contains(" > ")) {
            return true;
        }
        String[] parts = line.split("\\s+[\u00B7|\u2022]\\s+");
        if (parts.length < 2 || parts.length > 3) {
            return false;
        }
        boolean type = false;
        boolean organization = false;
        for (String p : parts) {
            List<String> words = OrganizerNames.wordList(p);
            type |= words.size() <= 4 && words.stream().anyMatch(Vocabulary::isEventNoun); // "Book Launch", "Panel Discussion"
            organization |= OrganizerNames.looksLikeOrganization(p.strip());
        }
        return type && organization;
    }

    /** The span stands between quotation marks ("## Wed 4/6 — “Title”"). */
    /**
     * "22 October - Dr A (Org), 'Title'": a line that opens with its date and quotes its title after a
     * person's name: a talk of a series, whatever words the text around it uses.
     */
    private static boolean listedTalk(DocumentView v, DateLine line) {
        Span title = line.title();
        if (title.start() == 0 || title.end() >= v.text.length()) {
            return false;
        }
        char before = v.text.charAt(title.start() - 1);
        char after = v.text.charAt(title.end());
        boolean quoted = isQuoted(v, title) || before == '\'' && after == '\'' || before == '\u2018' && after == '\u2019';
        if (!quoted || line.date().end() > title.start()) {
            return false;
        }
        for (io.eventlens.extraction.entity.PersonMention p : v.document.get(io.eventlens.extraction.entity.PersonMention.LAYER)) {
            if (p.start() >= line.date().end() && p.end() <= title.start()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuoted(DocumentView v, Span span) {
        if (span.start() == 0 || span.end() >= v.text.length()) {
            return false;
        }
        char before = v.text.charAt(span.start() - 1);
        char after = v.text.charAt(span.end());
        return (before == '\u201C' && after == '\u201D') || (before == '"' && after == '"');
    }

    static boolean isQuotedLine(DocumentView v, int k) {
        Span body = Phrases.trim(v.text, v.lines.get(k).body(), ".,;:");
        if (body.length() < 4) {
            return false;
        }
        char first = v.text.charAt(body.start());
        char last = v.text.charAt(body.end() - 1);
        return (first == '\u201C' && last == '\u201D') || (first == '"' && last == '"') || (first == '\u00AB' && last == '\u00BB');
    }

    private static boolean isByLine(DocumentView v, int k) {
        String body = v.text(v.lines.get(k).body());
        // "Co-organised with the X, the forum was held at ... . Ambassador Y, Director of the X, ...": a paragraph
        // that opens like an organiser line is prose, and its commas do not separate organisers
        return EventFields.BY_LINE.matcher(body).find() && Phrases.words(v.text, v.lines.get(k).body()).size() <= BY_LINE_WORDS
                && !SENTENCE_BREAK.matcher(body).find() || isByHeading(v, k);
    }

    private static final java.util.regex.Pattern BY_HEADING = java.util.regex.Pattern.compile(
            "(?i)^(?:co-)?(?:organi[sz]ed|hosted|convened|presented|sponsored|co-sponsored)(?:\\s+jointly)?\\s+by\\s*:?$");

    /** "Co-hosted by" on a line of its own, the organisers on the lines under it. */
    private static boolean isByHeading(DocumentView v, int k) {
        return k + 1 < v.lines.size() && !v.lines.get(k + 1).blankBefore()
                && BY_HEADING.matcher(v.text(v.lines.get(k).body()).replace("*", "").strip()).matches();
    }

    /** Words of an "Organised by ..." line at most. */
    private static final int BY_LINE_WORDS = 40;
    private static final java.util.regex.Pattern SENTENCE_BREAK = java.util.regex.Pattern.compile("[a-z\\)]{2}[.;] \\p{Lu}");

    private static boolean isParenthetical(DocumentView v, int k) {
        String body = v.text(v.lines.get(k).body());
        return body.startsWith("(") && body.endsWith(")");
    }

    private static final java.util.regex.Pattern FIRST_WORD = java.util.regex.Pattern.compile("[^\\p{L}]*(\\p{L}+)");

    private static final java.util.regex.Pattern TITLE_COLON = java.util.regex.Pattern.compile("\\p{L}{3,}[:?!]\\s+\\p{L}");

    private static boolean startsWithHonorific(DocumentView v, int k) {
        String text = v.text(v.lines.get(k).body());
        java.util.regex.Matcher first = FIRST_WORD.matcher(text);
        return first.lookingAt() && io.eventlens.extraction.entity.Honorifics.isHonorific(first.group(1),
                text.length() > first.end(1) && text.charAt(first.end(1)) == '.');
    }

    /** A line listing organisations: their names make up most of it and no event is named. */
    static boolean isOrganizerLine(DocumentView v, int k) {
        Span body = v.lines.get(k).body();
        String text = v.text(body);
        if (startsWithHonorific(v, k)) {
            return false; // "Dr. A B, Assistant Professor, X University": a speaker's line
        }
        if (namesASeries(text)) {
            return false;
        }
        String[] tags = META_SEPARATOR.split(text);
        if (tags.length >= 2 && DateLine.eventTypeOnly(tags[0])) {
            return false; // "Conference · Urban Inclusion · Labour Mobility": a listing's type and programme tags
        }
        if (TITLE_COLON.matcher(text).find()) {
            return false; // "SEARCHING FOR THE MISSING: FAMILIES AND THE LAW": a title and its subtitle, no body's name
        }
        List<Span> names = OrganizerNames.split(v.text, body, false);
        int covered = 0;
        boolean organization = false;
        boolean capitals = Phrases.allCaps(text); // "LAND, LAW AND BELONGING": capitals, not acronyms
        for (Span n : names) {
            covered += n.length();
            String name = OrganizerNames.withoutAcronym(v.text, n);
            organization |= OrganizerNames.looksLikeOrganization(capitals ? Phrases.titleCase(name) : name);
        }
        return organization && covered >= 0.6 * text.replace(",", "").replace(" and ", "").length();
    }

    /**
     * "Annual Symposium of the Centre for Agrarian Studies", "Lecture Series of the X Institute": the
     * line names the kind of event (a series) before the body it belongs to; a subtitle, not a list of
     * organisers.
     */
    static boolean namesASeries(String line) {
        List<String> words = OrganizerNames.wordList(line);
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.equals("of") || lower.equals("by") || lower.equals("at") || Vocabulary.isOrganizationWord(w)) {
                return false;
            }
            if (Vocabulary.isEventNoun(w) && !Vocabulary.AMBIGUOUS_EVENT_NOUNS.contains(Vocabulary.singular(lower))) {
                return true;
            }
        }
        return false;
    }

    /**
     * When only a programme gives times, the event starts with its first slot (registration
     * included) and ends with its last slot's end.
     */
    private static void programmeTimes(DocumentView v, EventCandidate c, List<Span> region) {
        io.eventlens.extraction.layout.AgendaItem first = null;
        io.eventlens.extraction.layout.AgendaItem last = null;
        for (io.eventlens.extraction.layout.AgendaItem item : v.document.get(io.eventlens.extraction.layout.AgendaItem.LAYER)) {
            boolean inside = region.stream().anyMatch(r -> r.contains(item));
            if (inside) {
                first = first == null ? item : first;
                last = item;
            }
        }
        if (first == null || first == last) {
            return;
        }
        String end = last.to() != null ? last.to() : last.from();
        if (end.compareTo(first.from()) <= 0 && c.endDate == null) {
            return; // slots out of order: no span of the day to read
        }
        c.startTime = Slot.of(first.from(), Span.of(first.start(), first.bodyStart()), 0.7);
        c.endTime = Slot.of(end, Span.of(last.start(), last.bodyStart()), 0.7);
    }

    /**
     * A heading's bracket names only the city ("Vienna"); when the text names the venue there ("was held
     * at the Palais Harrach"), the place is the venue in that city.
     */
    private static Slot<String> withVenue(DocumentView v, EventFields fields, Slot<String> city, List<Span> region) {
        List<String> words = OrganizerNames.wordList(city.value());
        if (words.size() > 4 || words.stream().anyMatch(Vocabulary::isVenueWord)) {
            return city;
        }
        Slot<String> venue = fields.locationInText(region);
        if (venue == null || OrganizerNames.wordList(venue.value()).stream().noneMatch(Vocabulary::isVenueWord)) {
            return city;
        }
        if (venue.value().contains(city.value())) {
            return venue;
        }
        return Slot.of(venue.value() + ", " + city.value(), venue.span(), Math.min(venue.confidence(), city.confidence()));
    }

    /** A line that states a time of day and nothing else. */
    private static boolean isTimeLine(DocumentView v, int k) {
        if (k >= v.lines.size()) {
            return false;
        }
        Line line = v.lines.get(k);
        for (EventDate t : v.datesIn(line)) {
            if (t.startDate() == null && t.startTime() != null) {
                String rest = (v.text.substring(line.bodyStart(), t.start()) + v.text.substring(t.end(), line.end()))
                        .replaceAll("[()\\s,.|·-]+", " ").strip();
                return rest.isEmpty() || Vocabulary.TIME_ZONE.matcher(rest).matches() || rest.length() <= 5;
            }
        }
        return false;
    }

    /** Parts of a card's line of facts: "18:00 – 19:30 · Room 4 · Hosted by the X". */
    private static final java.util.regex.Pattern META_SEPARATOR = java.util.regex.Pattern.compile("\\s+[\u00B7|\u2022]\\s+");
    /** Words of a card's line of facts at most. */
    private static final int META_WORDS = 30;

    /**
     * A card's line of facts: it opens with a time of day (or a time range) and goes on with parts
     * between dots or bars, or is the time alone; it is not the first slot of a programme (no slot follows).
     */
    private static boolean isMetaLine(DocumentView v, int k) {
        Line line = v.lines.get(k);
        String body = v.text(line.body());
        if (Phrases.words(v.text, line.body()).size() > META_WORDS || body.endsWith(".") && !endsWithAbbreviation(body)
                || (k + 1 < v.lines.size() && v.agendaOfLine[k + 1] != null)) {
            return false;
        }
        if (ALL_DAY.matcher(body).lookingAt()) {
            return true; // "All day · Law School": a day-long event's line of facts
        }
        EventDate first = null;
        for (EventDate t : v.datesIn(line)) {
            first = t;
            break;
        }
        if (first == null || first.startDate() != null || first.startTime() == null || first.start() > line.bodyStart() + 1) {
            return false;
        }
        return isTimeLine(v, k) || META_SEPARATOR.matcher(body).find();
    }

    private static final java.util.regex.Pattern ALL_DAY = java.util.regex.Pattern.compile("(?i)all[- ]day\\s+[\u00B7|\u2022]\\s+");
    /** "1140 W. Addison Ave.", "Main St.": a street address ends with a point that ends no sentence. */
    private static final java.util.regex.Pattern ABBREVIATION_END = java.util.regex.Pattern.compile("[\\s,]\\p{Lu}\\p{Ll}{1,3}\\.$");

    private static boolean endsWithAbbreviation(String body) {
        return META_SEPARATOR.matcher(body).find() && ABBREVIATION_END.matcher(body).find();
    }

    /**
     * The parts of a card's line of facts after its time: "Online (Zoom)", "Room 2.18, Old Library, and
     * livestream", "Hosted by the X", "With the support of the Y", or an organiser's bare name.
     */
    private static void readMetaLine(DocumentView v, EventFields fields, EventCandidate c, int k, List<Slot<String>> supporters) {
        Line line = v.lines.get(k);
        String body = v.text(line.body());
        java.util.regex.Matcher sep = META_SEPARATOR.matcher(body);
        int from = 0;
        List<Span> parts = new ArrayList<>();
        while (true) {
            boolean found = sep.find();
            int to = found ? sep.start() : body.length();
            parts.add(Phrases.trimValue(v.text, Span.of(line.bodyStart() + from, line.bodyStart() + to)));
            if (!found) {
                break;
            }
            from = sep.end();
        }
        for (int i = 1; i < parts.size(); i++) {
            Span part = parts.get(i);
            String text = v.text(part);
            if (part.length() == 0 || EventFields.onlineOnly(text)) {
                continue;
            }
            java.util.regex.Matcher by = EventFields.BY_LINE.matcher(text);
            java.util.regex.Matcher support = SUPPORT.matcher(text);
            if (by.find()) {
                c.organizers.addAll(fields.organizersOfLine(part, false, 0.85));
            } else if (support.lookingAt()) {
                supporters.addAll(fields.organizersOfLine(Span.of(part.start() + support.end(), part.end()), false, 0.8));
            } else if (OrganizerNames.looksLikeOrganization(OrganizerNames.withoutAcronym(v.text, part))
                    && !(i == 1 && c.location == null && text.contains(",")) // "Forum, Law School": a room in its building
                    && !OrganizerNames.wordList(text).stream().anyMatch(w -> Vocabulary.isVenueWord(w) && !Vocabulary.isOrganizationWord(w))) {
                c.organizers.addAll(fields.organizersOfLine(part, false, 0.8)); // "The X Society": who holds it
            } else if (c.location == null && Character.isUpperCase(text.charAt(0))) {
                int aside = text.indexOf(" (");
                Span place = aside > 0 ? Span.of(part.start(), part.start() + aside) : part;
                c.location = fields.placeValue(place, 0.8); // "Room 2.18, Old Library, and livestream": the room
            }
        }
    }

    /** One part of a card's line of facts says the event is online ("Online", "Online (Zoom)"). */
    private static boolean statesOnline(DocumentView v, int k) {
        for (String part : META_SEPARATOR.split(v.text(v.lines.get(k).body()))) {
            if (EventFields.onlineOnly(part.strip())) {
                return true;
            }
        }
        return false;
    }

    /** "With the support of the X", "Supported by the X": a body that backs the event; the listing counts it as an organiser. */
    private static final java.util.regex.Pattern SUPPORT = java.util.regex.Pattern.compile(
            "(?i)(?:with\\s+the\\s+(?:kind\\s+|generous\\s+)?support\\s+of|supported\\s+by)\\s+(?:the\\s+)?");

    /** A short line right under a date line that names a venue or a city (not a person and their post). */
    private static boolean isPlaceLine(DocumentView v, int k) {
        Span body = v.lines.get(k).body();
        if (!v.text(body).contains(",") && isOrganizerLine(v, k)) {
            return false; // "Kestrel Institute for Dialogue": an organiser line
        }
        for (PersonMention p : v.document.within(PersonMention.LAYER, body)) {
            if (p.start() <= body.start() + 6) {
                return false;
            }
        }
        String text = v.text(body);
        List<Span> words = Phrases.words(v.text, body);
        if (words.isEmpty() || words.size() > 12 || text.endsWith(".") || isQuotedLine(v, k)
                || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        boolean venue = false;
        int lowercase = 0;
        for (Span w : words) {
            String word = v.text(w);
            if (!Phrases.capitalised(word) && !Vocabulary.isFunctionWord(word) && !Vocabulary.isVenueWord(word)) {
                lowercase++; // "Restaurant des délégués"
            }
            venue |= Vocabulary.isVenueWord(word);
        }
        if (lowercase > 2 || lowercase * 3 > words.size()) {
            return false;
        }
        String lastPart = text.contains(",") ? text.substring(text.lastIndexOf(',') + 1).strip() : text;
        return venue || Vocabulary.isCountry(lastPart);
    }

    /** A heading that organises the page rather than naming an event ("PROGRAMME", "DAY 1", "Speakers"). */
    private static final int BREADCRUMB_WORDS = 10;
    private static final java.util.regex.Pattern CALL_LABEL = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:open\\s+|new\\s+)?call\\s+for\\s+[\\p{L}\\s&,'-]{3,60}?[.:!]?\\s*");

    /**
     * Words of a notice label over an item ("SAVE THE DATE", "ALSO THIS TERM", "COMING SOON", "FOR YOUR
     * DIARY"): the label says how the item is announced, the line under it names the event.
     */
    private static final Set<String> NOTICE_WORDS = Vocabulary.words("save", "also", "this", "term", "semester",
            "quarter", "reminder", "reminders", "diary", "calendar", "soon", "announcement", "announcements", "notice",
            "your", "spotlight", "don't", "miss", "forget", "put", "mark", "later", "beyond");

    static boolean isGeneric(DocumentView v, int k) {
        String body = PARENTHESIS.matcher(v.text(v.lines.get(k).body())).replaceAll(" ");
        List<String> words = OrganizerNames.wordList(body);
        if (words.isEmpty()) {
            return true;
        }
        if (words.size() <= 6 && words.get(0).equalsIgnoreCase("about")) {
            return true; // "About UCX", "About the organisers": the boilerplate closing a press release or a page
        }
        if (words.size() <= 6 && CALL_LABEL.matcher(body).matches()) {
            return true; // "CALL FOR PARTICIPATION" over the workshop's name: the kind of notice, not the event
        }
        if (words.size() <= BREADCRUMB_WORDS && BREADCRUMB.matcher(v.text(v.lines.get(k).body())).find()) {
            return true; // "Home / Get involved / Open calls": the page's place on its site
        }
        for (String w : words) {
            String lower = NOT_WORD_CHAR.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("");
            if (lower.isEmpty() || NUMBER_OR_PREFIXED.matcher(lower).matches() || DateLine.eventCompound(lower)) {
                continue;
            }
            // "April 2021", "May 2021" over a listing's cards: a month of the calendar, no event's name
            if (!Vocabulary.GENERIC_HEADING_WORDS.contains(lower) && !SentenceCues.MONTH_WORDS.contains(lower)
                    && !NOTICE_WORDS.contains(lower)) {
                return false;
            }
        }
        return true;
    }

    /** The nearest heading above line {@code d} is a section of events: "Past events", "Earlier in the series". */
    private static boolean listedUnderEvents(DocumentView v, int d) {
        for (int k = d - 1; k >= 0 && k >= d - 15; k--) {
            if (!v.isHeading(k)) {
                continue;
            }
            if (!isGeneric(v, k)) {
                return false;
            }
            for (String w : OrganizerNames.wordList(v.text(v.lines.get(k).body()))) {
                String lower = w.toLowerCase(Locale.ROOT);
                if (Vocabulary.isEventNoun(Vocabulary.singular(lower)) || lower.equals("series")) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /** For each line, the top-level markup heading before it (the page's title), or null. */
    private static Heading[] topHeadings(DocumentView v) {
        Heading[] before = new Heading[v.lines.size()];
        Heading best = null;
        for (int k = 0; k < v.lines.size(); k++) {
            before[k] = best != null && best.level() <= 2 ? best : null;
            Heading h = v.headingOfLine[k];
            if (h != null && h.fromMarkup() && (best == null || h.level() < best.level()) && !isGeneric(v, k)) {
                best = h;
            }
        }
        return before;
    }

    /**
     * The text of each header's event: from its header to the next one; after a day divider ("DAY 2
     * - Friday 15 May") back to the event whose dates cover that day. One header owns the whole text.
     */
    /**
     * An e-mail announcement read before names its own event and the one header lies below it (a
     * "Coming up" talk after this week's): that header's text starts at the header, not at the top.
     */
    private static boolean announced(DocumentView v, List<EventCandidate> earlier, List<Header> headers) {
        if (headers.size() != 1 || earlier.stream().noneMatch(c -> "announcement".equals(c.reader()))) {
            return false;
        }
        Header h = headers.get(0);
        Span own = v.lines.get(h.titleLine >= 0 ? Math.min(h.titleLine, h.first) : h.first);
        return own.start() > v.text.length() / 3;
    }

    /**
     * A release or a news report whose lead names its event ("... will gather in Nairobi on 3-4 March for
     * the Second Forum on X") and whose one header further down announces a side event: the header's
     * event starts at its header, and the lead is left to the lead's event.
     */
    private static boolean belowTheLead(DocumentView v, EventFields fields, List<Header> headers) {
        if (headers.size() != 1 || !Datelines.isNews(v)) {
            return false;
        }
        Header h = headers.get(0);
        int first = v.lines.get(h.titleLine >= 0 ? Math.min(h.titleLine, h.first) : h.first).start();
        return LeadReader.namedBefore(v, fields, first);
    }

    private static List<List<Span>> regions(DocumentView v, List<Header> headers, DateLine[] dateLines, boolean belowAnnouncement) {
        List<List<Span>> regions = new ArrayList<>();
        for (int k = 0; k < headers.size(); k++) {
            regions.add(new ArrayList<>());
        }
        if (headers.size() == 1) {
            int from = belowAnnouncement ? v.lines.get(headers.get(0).first).start() : 0;
            regions.get(0).add(Span.of(from, v.text.length()));
            return regions;
        }
        Set<Integer> headerDates = new HashSet<>();
        for (Header h : headers) {
            headerDates.add(h.date.line());
        }
        int owner = -1;
        int runStart = -1;
        int next = 0;
        for (int i = 0; i < v.lines.size(); i++) {
            int newOwner = owner;
            if (owner >= 0 && headers.get(owner).end == i) {
                newOwner = -1; // the event's section ends here: what follows is no event's text
            }
            if (next < headers.size() && headers.get(next).first == i) {
                newOwner = next;
                next++;
            } else if (dateLines[i] != null && !headerDates.contains(i) && dateLines[i].date().hasDay()) {
                for (int k = 0; k < headers.size(); k++) {
                    EventDate covering = headers.get(k).date.date();
                    if (covering.isRange() && covering.covers(dateLines[i].date().startDate()) && k != owner) {
                        newOwner = k;
                        break;
                    }
                }
            }
            if (newOwner != owner) {
                if (owner >= 0) {
                    regions.get(owner).add(Span.of(v.lines.get(runStart).start(), v.lines.get(i - 1).end()));
                }
                owner = newOwner;
                runStart = i;
            }
        }
        if (owner >= 0) {
            regions.get(owner).add(Span.of(v.lines.get(runStart).start(), v.text.length()));
        }
        return regions;
    }

    private static EventCandidate candidate(DocumentView v, EventFields fields, Header h, List<Span> region, boolean only) {
        if (region.isEmpty()) {
            return null;
        }
        int start = region.get(0).start();
        int end = region.get(region.size() - 1).end();
        EventCandidate c = new EventCandidate(start, end, READER);
        if (region.size() > 1) {
            c.regions.addAll(region);
        }
        c.title = fields.title(h.typedTitle != null ? h.typedTitle : v.lines.get(h.titleLine).body(), h.titleConfidence);
        if (h.date.fromLabel()) {
            // "Topic: ..." among the fields names the event better than the heading above them
            LabeledLine topic = fields.label(Math.max(0, h.date.line() - 6), h.date.line() + 6, EventFields.TITLE_LABELS);
            if (topic != null) {
                Slot<String> named = fields.title(topic.value(), 0.9);
                if (named != null) {
                    c.title = named;
                }
            }
        }
        if (c.title == null) {
            return null;
        }
        if (h.typedTitle == null && h.prose) {
            Slot<String> launch = launchOfQuoted(v, c.title, end);
            c.title = launch != null ? launch : c.title;
        }
        if (h.typedTitle == null && h.titleLine < h.date.line() && kindLabel(v.text(v.lines.get(h.titleLine).body()))) {
            // "2) BOOK TALK" / its date line / "... on his new book, “Title”": a digest's item is headed by its kind,
            // the talk's own name is the first title its text quotes
            Span quoted = quotedTitleBelow(v, v.lines.get(h.date.line()).end(), end);
            Slot<String> named = quoted == null ? null : fields.title(quoted, 0.85);
            if (named != null) {
                c.title = named;
            }
        }
        EventFields.setDates(c, h.date.date(), 0.95);
        if (c.startTime == null && h.prose) {
            // a section's prose: the time its dating sentence gives ("On Monday, ... from 12:30 to 14:00"), not a later
            // sentence's ("The talk ends at about 18:30")
            int s = v.sentenceAt(h.date.date().start());
            EventDate times = s < 0 ? null : EventFields.timesOf(v.text, v.datesIn(v.sentences.get(s)));
            if (times != null) {
                EventFields.setTimes(c, times, 0.9);
            }
        }
        List<Slot<String>> supporters = new ArrayList<>(); // "With the support of the X" on a card: beside its hosts
        if (h.metaLine >= 0) {
            for (EventDate t : v.datesIn(v.lines.get(h.metaLine))) {
                if (t.startDate() == null && t.startTime() != null) {
                    EventFields.setTimes(c, t, 0.9); // "noon – 13:00 · ...": the first time, and its end
                    break;
                }
            }
            io.eventlens.extraction.layout.AgendaItem slot = v.agendaOfLine[h.metaLine];
            if (slot != null && slot.from() != null) {
                c.startTime = Slot.of(slot.from(), slot, 0.9);
                c.endTime = slot.to() == null ? c.endTime : Slot.of(slot.to(), slot, 0.9);
            }
            readMetaLine(v, fields, c, h.metaLine, supporters);
        }
        if (c.startTime == null) {
            // "Saturday 22 October 2022 · 10:00-12:30", or the time on the line under the date
            for (int k = h.date.line(); k <= Math.min(h.date.line() + 1, v.lines.size() - 1) && c.startTime == null; k++) {
                if (k > h.date.line() && v.lines.get(k).blankBefore()) {
                    break;
                }
                for (EventDate t : v.datesIn(v.lines.get(k))) {
                    if (h.prose && ENDS_AT.matcher(v.text.substring(Math.max(0, t.start() - 24), t.start())).find()) {
                        continue; // "The talk ends at about 18:30": the end, not the start
                    }
                    if (t.startDate() == null && t.startTime() != null) {
                        EventFields.setTimes(c, t, 0.9);
                        break;
                    }
                }
            }
        }
        int underTitle = h.titleLine + 1;
        if (c.startTime == null && h.titleLine > h.date.line() && underTitle < v.lines.size()
                && !v.lines.get(underTitle).blankBefore()) {
            // "2. WEBINAR -- TUESDAY 21 MARCH" / "Title" / "12.00 - 13.00 CET, online": the time under the title
            for (EventDate t : v.datesIn(v.lines.get(underTitle))) {
                if (t.startDate() == null && t.startTime() != null) {
                    EventFields.setTimes(c, t, 0.9);
                    break;
                }
            }
        }
        if (c.startTime == null || c.endTime == null) {
            // "Time: 14:00–15:30" among the fields; it completes a start time the date's markup gave
            LabeledLine time = fields.label(h.first, h.last + 3, EventFields.TIME_LABELS);
            if (time != null) {
                for (EventDate t : v.datesIn(time)) {
                    if (t.startTime() != null && (c.startTime == null
                            || (t.endTime() != null && t.startTime().equals(c.startTime.value())))) {
                        EventFields.setTimes(c, t, 0.9);
                        break;
                    }
                }
            }
        }
        if (c.startTime == null) {
            programmeTimes(v, c, region);
        }
        // place: the date line's own, the line under it, a field, what the text says
        if (h.date.location() != null) {
            c.location = Slot.of(Phrases.clean(v.text(h.date.location())), h.date.location(), 0.85);
            if (h.date.title() != null && v.text(v.lines.get(h.date.line()).body()).endsWith(")")) {
                c.location = withVenue(v, fields, c.location, region); // "(14–15 May, Vienna)" over "held at the Palais X"
            }
        } else if (h.locationLine >= 0) {
            Span body = Phrases.trimValue(v.text, v.lines.get(h.locationLine).body());
            c.location = fields.placeValue(body, 0.8);
        } else {
            // a place field under the header, not the next event's: the search stops where the event's text ends
            int lastOwn = v.lineAt(Math.max(start, end - 1));
            LabeledLine place = fields.label(h.first, lastOwn < 0 ? h.last + 4 : Math.min(h.last + 4, lastOwn),
                    EventFields.LOCATION_LABELS);
            if (place != null) {
                c.location = fields.locationOfLabel(place, 0.9);
            }
        }
        if (c.location == null && h.umbrella) {
            // the place the lead names ("resumed on Tuesday at the X Centre, City"), not one a later report mentions
            int lead = v.sentenceAt(h.date.date().start());
            int from = v.lines.get(h.titleLine + 1).start();
            c.location = fields.locationInText(List.of(Span.of(from, lead < 0 ? h.date.date().end() : v.sentences.get(lead).end())));
        }
        if (c.location == null && !(h.metaLine >= 0 && statesOnline(v, h.metaLine))) {
            c.location = fields.locationInText(region); // but a card that says "Online" has no place
        }
        // organisers: the card's facts, the header's list, an "Organised by" line, a field, what the text says
        if (!c.organizers.isEmpty()) {
            // a card's line of facts named them
        } else if (h.date.organizers() != null) {
            // "Org A and Org B | 13:15–14:45 | Room 4", "“Title”, organized by X and Y, 13:15, Room 4"
            c.organizers.addAll(fields.organizersOfLine(h.date.organizers(), false, 0.85));
        } else if (h.orgLine >= 0 && (h.byLine < 0 || h.byLine < h.date.line())) {
            c.organizers.addAll(fields.organizersOfLine(v.lines.get(h.orgLine).body(), false, 0.85));
        } else if (h.byLine >= 0 && isByHeading(v, h.byLine)) {
            // "Co-hosted by" alone on its line, one organiser on each line under it
            for (int k = h.byLine + 1; k < v.lines.size() && k <= h.byLine + 8 && !v.lines.get(k).blankBefore(); k++) {
                c.organizers.addAll(fields.organizersOfLine(v.lines.get(k).body(), false, 0.85));
            }
        } else if (h.byLine >= 0) {
            c.organizers.addAll(fields.organizersOfLine(v.lines.get(h.byLine).body(), false, 0.85));
        } else {
            LabeledLine organiser = fields.label(h.first, only ? v.lines.size() - 1 : h.last + 4, EventFields.ORGANIZER_LABELS);
            if (organiser != null && !fields.startsWithPerson(organiser.value())) {
                boolean single = !organiser.key().endsWith("s") && !organiser.key().endsWith("by");
                c.organizers.addAll(fields.organizersOfLine(organiser.value(), single, 0.9));
            } else if (organiser != null && !fields.organizersBesidePeople(organiser.value(), 0.85).isEmpty()) {
                c.organizers.addAll(fields.organizersBesidePeople(organiser.value(), 0.85));
            } else {
                c.organizers.addAll(fields.organizersInText(region, 0.7));
            }
        }
        c.organizers.addAll(supporters);
        // a dated title over text that speaks of no gathering is a report or a notice, unless the header
        // itself has the fields of an event (a place, a time, a "Date:" field)
        boolean eventFields = h.date.fromLabel() || c.location != null || c.startTime != null
                || (h.date.title() != null && (DateLine.numberedSession(v, h.date) || listedUnderEvents(v, h.date.line())
                    || h.titleLine == h.date.line() && v.isHeading(h.titleLine) && isQuoted(v, h.date.title())
                    || h.titleLine == h.date.line() && listedTalk(v, h.date)));
        c.confidence = h.titleConfidence * (eventFields || fields.speaksOfAnEvent(region) ? 1.0 : 0.5);
        return c;
    }

    private static final java.util.regex.Pattern KIND_LABEL_TAIL = java.util.regex.Pattern.compile(
            "(?i)\\s+(?:with|at|for|in)\\s.*$");
    private static final java.util.regex.Pattern KIND_LABEL_PARTS = java.util.regex.Pattern.compile("\\s+(?:--|\u2013|\u2014|-|\\|)\\s+|:\\s+");
    private static final Set<String> WHEN_WORDS = Vocabulary.words("next", "this", "today", "tonight", "tomorrow", "week",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "upcoming", "coming", "up");
    /** Most words of a kind label that are no event word: "BOOK TALK", "PIS COLLOQUIUM" (a department's initials). */
    private static final int KIND_LABEL_OTHER_WORDS = 1;

    /**
     * A heading that only says what kind of item follows and perhaps when: "PIS COLLOQUIUM", "BOOK TALK",
     * "WORK-IN-PROGRESS SEMINAR (members only)", "NEXT MONDAY -- JOINT SEMINAR WITH THE X".
     */
    /** "Launching “Counting the Missing”", "Launch: “X”": a heading naming a launch by a short form of what it launched. */
    private static final java.util.regex.Pattern LAUNCHING = java.util.regex.Pattern.compile(
            "(?i)^(?:launching|launch(?:\\s+of|\\s*:)?|launched)\\s+(?:the\\s+|our\\s+|its\\s+)?[\"\u201C\u2018*_]*(\\p{Lu}[^\"\u201D\u2019*_]{2,120}?)[\"\u201D\u2019*_]*$");

    /**
     * A section headed "Launching “X”" whose prose quotes the full title the short form begins
     * ("we launched our report “X: Y” at ..."): "Launch of X: Y", the launch named by what it launched.
     */
    private static Slot<String> launchOfQuoted(DocumentView v, Slot<String> title, int end) {
        java.util.regex.Matcher m = LAUNCHING.matcher(title.value());
        if (!m.matches() || title.span() == null) {
            return null;
        }
        String shortForm = m.group(1).strip();
        int from = title.span().end();
        int limit = Math.min(end, Math.min(v.text.length(), from + 1500));
        for (int at = from; at < limit; at++) {
            char c = v.text.charAt(at);
            if ((c == '\u201C' || c == '"') && v.text.startsWith(shortForm, at + 1)) {
                int close = v.text.indexOf(c == '"' ? '"' : '\u201D', at + 1);
                if (close > at + 1 + shortForm.length() && close - at < 300) {
                    Span quoted = Phrases.titleSpan(v.text, Span.of(at, close + 1));
                    return Slot.of("Launch of " + Phrases.clean(v.text(quoted)), quoted, title.confidence());
                }
            }
        }
        return null;
    }

    static boolean kindLabel(String heading) {
        String text = PARENTHESIS.matcher(heading).replaceAll(" ").trim();
        text = text.replaceFirst("^\\s*(?:\\d{1,2}[.)]|[A-Za-z][.)]|\\[\\w{1,2}\\])\\s*", "");
        boolean kind = false;
        for (String part : KIND_LABEL_PARTS.split(text)) {
            List<String> words = OrganizerNames.wordList(KIND_LABEL_TAIL.matcher(part).replaceFirst(""));
            if (words.isEmpty() || words.size() > 5) {
                return false;
            }
            boolean noun = false;
            boolean when = true;
            int other = 0;
            for (String w : words) {
                String lower = w.toLowerCase(Locale.ROOT);
                when &= WHEN_WORDS.contains(lower);
                if (Vocabulary.isEventNoun(lower) || DateLine.eventCompound(lower)) {
                    noun = true;
                } else if (!Vocabulary.GENERIC_HEADING_WORDS.contains(lower) && !DateLine.eventTypeOnly(w + " seminar")) {
                    other++;
                }
            }
            if (when) {
                continue; // "NEXT MONDAY"
            }
            if (!noun || other > KIND_LABEL_OTHER_WORDS) {
                return false;
            }
            kind = true;
        }
        return kind;
    }

    /** Characters of an item's text searched for its quoted title. */
    private static final int QUOTE_SEARCH = 1200;
    private static final int QUOTE_MAX = 250;

    /**
     * The first quoted title between from and to: three words or more between double quotation marks,
     * opening with a capital and within one paragraph; a quoted sentence (ending with a full stop) is no title.
     */
    static Span quotedTitleBelow(DocumentView v, int from, int to) {
        String text = v.text;
        int limit = Math.min(Math.min(to, text.length()), from + QUOTE_SEARCH);
        int i = from;
        while (i < limit) {
            char c = text.charAt(i);
            if (c != '"' && c != '\u201C') {
                i++;
                continue;
            }
            char closing = c == '"' ? '"' : '\u201D';
            int close = text.indexOf(closing, i + 1);
            if (close < 0 || close > limit) {
                return null;
            }
            Span inner = Span.of(i + 1, close);
            String value = text.substring(inner.start(), inner.end());
            int words = SPACES.split(value.trim()).length;
            if (close - i <= QUOTE_MAX && words >= 3 && !value.contains("\n\n") && Character.isUpperCase(value.charAt(0))
                    && !value.endsWith(".") && !value.endsWith(",")) {
                return inner;
            }
            i = close + 1;
        }
        return null;
    }
}
