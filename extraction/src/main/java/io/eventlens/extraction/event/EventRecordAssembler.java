package io.eventlens.extraction.event;

import io.eventlens.contract.EventRecord;
import io.eventlens.contract.Evidence;
import io.eventlens.contract.Participant;
import io.eventlens.extraction.announcement.AnnouncementReader;
import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.entity.OrganizationNames;
import io.eventlens.extraction.language.LanguageAnnotator;
import io.eventlens.extraction.participant.ParticipantFinder;
import io.eventlens.extraction.pipeline.Annotator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The last step: turns the readers' event candidates into event records whose evidence points
 * into the source.
 *
 * <ol>
 *   <li>Candidates below {@link #MIN_CONFIDENCE} or without a title are dropped.</li>
 *   <li>Candidates for the same event (alike titles, compatible dates) are merged: each field takes
 *       the value its most confident reader gave; organisers and participants are united. An e-mail
 *       announcement's candidate covering the document merges into the document's main event, its
 *       values first.</li>
 *   <li>An event whose text lies inside another's (a lecture announced in a report of the series, a
 *       workshop inside a conference's pages) is a sub-event: without organisers of its own it takes
 *       the container's; the container loses what was said only about the sub-event.</li>
 * </ol>
 *
 * Confidence: an event's is the confidence of its best reader (0.95 for a marked-up title over a
 * date line, about 0.6 for an event only mentioned in a sentence), raised a little when several
 * readers agree; a field's is its reader's confidence in that field.
 */
public final class EventRecordAssembler implements Annotator {

    static final double MIN_CONFIDENCE = 0.5;
    /** Titles at least this alike name the same event. */
    static final double SAME_TITLE = 0.8;

    private final ParticipantFinder participantFinder = new ParticipantFinder();

    @Override
    public void annotate(Document document) {
        List<AssembledEvent> events = new ArrayList<>();
        if (LanguageAnnotator.readable(document)) {
            DocumentView view = new DocumentView(document); // one view for every step below: the layers no longer change
            LabelTitles.apply(view, document.get(EventCandidate.LAYER)); // "HEARING 2" over its quoted name
            List<EventCandidate> merged = merge(document, document.get(EventCandidate.LAYER));
            EventFields fields = null;
            for (EventCandidate c : merged) {
                if ("announcement".equals(c.reader()) && c.organizers.isEmpty()) {
                    // a seminar mail's header names no organiser; its text may: "The colloquium is organised by ..."
                    fields = fields == null ? new EventFields(view) : fields;
                    c.organizers.addAll(fields.organizersInText(ownText(c, merged), 0.7));
                }
            }
            resolveSubEvents(merged);
            for (EventCandidate c : merged) {
                // times the readers left out: a later sentence of the event's text, or its programme's slots
                List<Span> others = new ArrayList<>();
                for (EventCandidate o : merged) {
                    if (o != c) {
                        others.addAll(o.textRegions());
                    }
                }
                EventTimes.fill(view, c, ownText(c, merged), others);
            }
            SummaryTable table = null;
            for (EventCandidate c : merged) {
                if (c.startTime == null || c.startTime.confidence() <= SummaryTable.READ_FROM_PROSE) {
                    // "| Mon 3/3 | Public hearing: land disputes | 14h00–15h30 |": the week's table gives the time
                    table = table == null ? SummaryTable.of(view) : table;
                    table.fill(c);
                }
            }
            EventTimes.pageDefault(view, merged); // a series' usual hours, for sessions no text or table gave a time
            Invitations.addInviters(view, merged);
            HoldingBodies.add(view, merged);
            Publisher.fillIn(document, merged);
            SeriesMessages.inherit(document, merged);
            Venues.complete(view, merged);
            Publisher.hostOfPartners(view, merged);
            References references = null;
            for (EventCandidate c : merged) {
                c.location = withoutAside(document.text(), c.location);
            }
            OrganizationNames organisations = null;
            for (EventCandidate c : merged) {
                List<Span> own = ownText(c, merged);
                List<Span> read = EventFields.bounded(own);
                if (!read.equals(own)) {
                    document.note("participants of \"" + c.title.value() + "\" were looked for in the first "
                            + EventFields.MAX_TEXT_READ + " characters of its text only; the text is longer than an event's usually is");
                }
                // a seminar mail's own speaker reader knows its genre (fields, subject line, copies, signature,
                // the coming weeks' speakers): once it named the speakers, the finder only completes what it says of them
                boolean announced = "announcement".equals(c.reader()) && !c.participants.isEmpty()
                        && AnnouncementReader.isMessage(document);
                for (Span region : read) {
                    organisations = organisations == null ? OrganizationNames.of(document) : organisations;
                    for (ParticipantCandidate p : participantFinder.find(document, region, organisations)) {
                        // a chair the mail's speaker reader does not read ("Chair: Prof. X, Co-Director") still chairs
                        if (!announced || isListed(c.participants, p)
                                || p.kind != null && (p.kind.value() == io.eventlens.contract.ParticipantKind.MODERATOR
                                    || p.kind.value() == io.eventlens.contract.ParticipantKind.PANELIST)) {
                            addParticipant(c.participants, p);
                        }
                    }
                    document.checkDeadline();
                }
                Organizers once = new Organizers();
                for (Slot<String> o : c.organizers) {
                    once.add(o);
                }
                c.organizers.clear();
                c.organizers.addAll(once.slots);
                references = references == null ? References.of(document) : references;
                referredAffiliations(document, references, c);
                fullerAffiliations(document.text(), c);
            }
            merged.sort(Comparator.comparingInt(EventCandidate::start));
            sameTitlesAcrossEvents(merged);
            // an e-mail announcement is about its announced event first; other events it lists follow
            merged.sort(Comparator.comparingInt((EventCandidate c) -> "announcement".equals(c.reader()) ? 0 : 1));
            for (EventCandidate candidate : merged) {
                events.add(new AssembledEvent(candidate.start(), candidate.end(), toRecord(document, candidate)));
            }
        }
        if (events.isEmpty() && document.notes().isEmpty()) {
            document.note("no event found in " + document.name() + ": no title with the date of a gathering was recognised");
        }
        document.set(AssembledEvent.LAYER, events);
    }

    /** "Dean of the Faculty", "Director at the Centre": a position at a body the text names in full elsewhere. */
    private static final java.util.regex.Pattern ROLE_OF_BODY = java.util.regex.Pattern.compile(
            "^(.+?)\\s+(?:of|at)\\s+(?:the|our)\\s+(\\p{Lu}[\\p{L}-]+)$");
    /** "our Executive Director", "our own Ana Ruiz": the text right before a role that makes it the publisher's. */
    private static final java.util.regex.Pattern OUR_BEFORE = java.util.regex.Pattern.compile("(?i)\\bour\\s+(?:own\\s+)?$");

    /**
     * Affiliations the text gives by reference: "our Executive Director" works for the body the
     * document speaks for; "Dean of the Faculty" for the one Faculty the document names;
     * "Brennick senior fellow" for the one organisation whose name begins "Brennick" (the role is
     * then "senior fellow"). A "name" lying inside another participant's role ("Marrow Hill" of
     * "Marrow Hill senior lecturer X") is no person.
     */
    static void referredAffiliations(Document document, References references, EventCandidate c) {
        String text = document.text();
        c.participants.removeIf(p -> p.name != null && p.name.span() != null && c.participants.stream()
                .anyMatch(q -> q != p && q.role != null && q.role.span() != null && q.role.span().contains(p.name.span())));
        for (ParticipantCandidate p : c.participants) {
            Span written = p.organization == null ? null : p.organization.span();
            String word = written == null ? null : text.substring(written.start(), written.end()).replaceFirst("^(?:the|The)\\s+", "");
            if (word != null && OrganizerNames.isReferenceBack(word)) {
                // "a research fellow at the Institute": the one Institute named, or the publisher among several
                String body = references.head(word);
                if (body != null) {
                    p.organization = Slot.of(body, written, p.organization.confidence());
                }
            }
            if (p.role == null || p.role.value() == null || p.role.span() == null) {
                continue;
            }
            String role = p.role.value();
            Span span = p.role.span();
            boolean spanIsValue = text.substring(span.start(), span.end()).equals(role);
            String modifier = leadingModifier(role, references);
            if (modifier != null) {
                String rest = role.substring(modifier.length()).strip();
                String body = references.modifier(modifier);
                Span restSpan = spanIsValue ? Span.of(span.end() - rest.length(), span.end()) : span;
                p.role = Slot.of(rest, restSpan, p.role.confidence());
                p.organization = Slot.of(body, Span.of(span.start(), span.start() + modifier.length()), p.role.confidence());
                continue;
            }
            if (p.organization != null && p.organization.value() != null) {
                continue;
            }
            java.util.regex.Matcher of = ROLE_OF_BODY.matcher(role);
            if (of.find()) {
                String body = references.head(of.group(2));
                if (body != null) {
                    Span roleSpan = spanIsValue ? Span.of(span.start(), span.start() + of.end(1)) : span;
                    Span bodySpan = spanIsValue ? Span.of(span.start() + of.start(2), span.end()) : span;
                    p.role = Slot.of(of.group(1), roleSpan, p.role.confidence());
                    p.organization = Slot.of(body, bodySpan, p.role.confidence());
                    continue;
                }
            }
            Publisher.Speaker speaker = Publisher.speaker(document);
            if (speaker != null && OUR_BEFORE.matcher(text.substring(Math.max(0, span.start() - 12), span.start())).find()) {
                p.organization = Slot.of(speaker.name(), speaker.named() ? speaker : null, Math.min(0.7, p.role.confidence()));
            }
        }
    }

    /** The capitalised words opening a role that name an organisation of the document ("Brennick" of "Brennick senior fellow"), or null. */
    private static String leadingModifier(String role, References references) {
        List<String> words = OrganizerNames.wordList(role);
        int caps = 0;
        while (caps < Math.min(3, words.size() - 1) && Phrases.capitalised(words.get(caps))) {
            caps++;
        }
        for (int n = caps; n >= 1; n--) {
            String modifier = String.join(" ", words.subList(0, n));
            String next = words.get(n);
            // the position follows: "Brennick senior fellow", "Brennick President"; not "Perry World House Professor"
            boolean position = !Phrases.capitalised(next) || io.eventlens.extraction.entity.Vocabulary.isRoleWord(next);
            if (position && role.startsWith(modifier + " ") && references.modifier(modifier) != null) {
                return modifier;
            }
        }
        return null;
    }

    /**
     * "Senior Fellow at the Institute", "Researcher, Merlin Centre": an affiliation written short for an
     * organiser of the event ("Lindqvist Institute for Public Administration", "Merlin Centre for Civilian
     * Protection") is that organiser; a lone organisation word otherwise names the body the text spells
     * out in full, if it does. "Unit at the University" adds a parent, not the unit's fuller name.
     */
    static void fullerAffiliations(String text, EventCandidate c) {
        for (ParticipantCandidate p : c.participants) {
            if (p.organization == null || p.organization.value() == null) {
                continue;
            }
            String short_ = p.organization.value();
            List<String> words = OrganizerNames.wordList(short_);
            if (words.isEmpty() || words.size() > 3 || Phrases.isAcronym(short_)) {
                continue;
            }
            String fuller = null;
            for (Slot<String> o : c.organizers) {
                String name = o.value();
                if (name.length() > short_.length() && (name.startsWith(short_ + " ") && !name.startsWith(short_ + " at ")
                        || OrganizerNames.isReferenceBack(short_) && OrganizerNames.wordList(name).contains(words.get(0)))) {
                    fuller = fuller == null ? name : fuller; // the first organiser it fits
                }
            }
            if (fuller == null && OrganizerNames.isReferenceBack(short_)) {
                Span body = OrganizerNames.referredBody(text, short_);
                fuller = body == null ? null : Phrases.clean(text.substring(body.start(), body.end()));
            }
            if (fuller != null) {
                p.organization = Slot.of(fuller, p.organization.span(), p.organization.confidence());
            }
        }
    }

    /**
     * A person listed with title and affiliation for one session and named bare for another ("Moderator: Dr. A B")
     * holds the same title in both: within one document, a participant without a role or an affiliation takes the
     * one stated for the same full name at another event, in document order.
     */
    static void sameTitlesAcrossEvents(List<EventCandidate> events) {
        if (events.size() < 2) {
            return;
        }
        java.util.Map<String, Slot<String>> roles = new java.util.HashMap<>();
        java.util.Map<String, Slot<String>> affiliations = new java.util.HashMap<>();
        for (EventCandidate c : events) {
            for (ParticipantCandidate p : c.participants) {
                String key = fullNameKey(p);
                if (key != null && p.role != null && p.role.value() != null) {
                    roles.putIfAbsent(key, p.role);
                }
                if (key != null && p.organization != null && p.organization.value() != null) {
                    affiliations.putIfAbsent(key, p.organization);
                }
            }
        }
        for (EventCandidate c : events) {
            for (ParticipantCandidate p : c.participants) {
                String key = fullNameKey(p);
                if (key == null) {
                    continue;
                }
                if (p.role == null || p.role.value() == null) {
                    p.role = roles.get(key);
                }
                Slot<String> affiliation = affiliations.get(key);
                if ((p.organization == null || p.organization.value() == null) && affiliation != null
                        && (p.role == null || !p.role.value().contains(affiliation.value()))) {
                    p.organization = affiliation; // "Senior Researcher at the X Institute" says it already
                }
            }
        }
    }

    /** The name in lower case when it has two or more words (a surname alone may be another person's). */
    private static String fullNameKey(ParticipantCandidate p) {
        if (p.name == null || p.name.value() == null) {
            return null;
        }
        String name = p.name.value().strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        return name.indexOf(' ') > 0 ? name : null;
    }

    static List<EventCandidate> merge(Document document, List<EventCandidate> candidates) {
        List<EventCandidate> usable = new ArrayList<>();
        for (EventCandidate c : candidates) {
            if (c.title != null && c.title.value() != null && !c.title.value().isBlank() && c.confidence >= MIN_CONFIDENCE) {
                usable.add(c);
            }
        }
        dropDigestSubject(document, usable);
        // announcements last: they join the document's main event once the other readers' events exist
        usable.sort(Comparator.comparingInt((EventCandidate c) -> "announcement".equals(c.reader()) ? 1 : 0)
                .thenComparingDouble(c -> -c.confidence));
        List<List<EventCandidate>> groups = new ArrayList<>();
        // the words of each group's first title, made once: a bulletin's thousand events are compared pairwise
        List<TitleWords> groupWords = new ArrayList<>();
        for (EventCandidate c : usable) {
            List<EventCandidate> group = null;
            if (isDocumentAnnouncement(document, c) && !groups.isEmpty()) {
                group = mainGroup(document, groups);
            }
            TitleWords words = TitleWords.of(c.title.value());
            if (group == null) {
                for (int g = 0; g < groups.size(); g++) {
                    EventCandidate first = groups.get(g).get(0);
                    if (sameEvent(first, groupWords.get(g), c, words) || sameLine(document.text(), first, c)) {
                        group = groups.get(g);
                        break;
                    }
                }
            }
            if (group == null) {
                group = new ArrayList<>();
                groups.add(group);
                groupWords.add(words);
            }
            group.add(c);
        }
        List<EventCandidate> out = new ArrayList<>();
        for (List<EventCandidate> g : groups) {
            out.add(combine(g));
        }
        return out;
    }

    /** Words of a subject line that announces several items: "Digest", "This week @ X", "Two events", "talks from ...". */
    private static final java.util.regex.Pattern DIGEST_SUBJECT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:digest|round-?up|newsletter|bulletin|what's on|what’s on|this week|next week|coming up|upcoming|"
                    + "events|talks|seminars|sessions|lectures|programme|program|schedule|calendar|term card|line-?up)\\b");
    private static final java.util.regex.Pattern SUBJECT_LINE = java.util.regex.Pattern.compile("(?i)^\\s*subject\\s*:");

    /**
     * A digest mail's subject line ("This week @ X: colloquium, book talk + joint seminar", "Digest - talks from
     * 4/3 to 1/4") names no event of its own: when the mail's text dates two or more events, the announcement
     * read from that subject goes, and each event keeps what its own section says.
     */
    static void dropDigestSubject(Document document, List<EventCandidate> usable) {
        java.util.Set<String> dates = new java.util.HashSet<>();
        for (EventCandidate c : usable) {
            if (!"announcement".equals(c.reader()) && c.startDate != null) {
                dates.add(c.startDate.value());
            }
        }
        if (dates.size() < 2) {
            return;
        }
        String text = document.text();
        usable.removeIf(c -> {
            if (!isDocumentAnnouncement(document, c) || c.title.span() == null) {
                return false;
            }
            int lineStart = text.lastIndexOf('\n', Math.max(0, c.title.span().start() - 1)) + 1;
            String before = text.substring(lineStart, c.title.span().start());
            if (!SUBJECT_LINE.matcher(before).lookingAt()) {
                return false;
            }
            String subject = c.title.value();
            return DIGEST_SUBJECT.matcher(subject).find() || eventNouns(subject) >= 2;
        });
    }

    private static int eventNouns(String value) {
        int n = 0;
        for (String w : value.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}-]+")) {
            if (!w.isEmpty() && Vocabulary.isEventNoun(w)) {
                n++;
            }
        }
        return n;
    }

    /** The seminar-announcement reader's single candidate for a whole e-mail. */
    private static boolean isDocumentAnnouncement(Document document, EventCandidate c) {
        return "announcement".equals(c.reader()) && c.length() >= 0.8 * document.text().length();
    }

    /** The group whose text covers the most of the document: the document's main event. */
    private static List<EventCandidate> mainGroup(Document document, List<List<EventCandidate>> groups) {
        List<EventCandidate> best = null;
        int bestCover = -1;
        for (List<EventCandidate> g : groups) {
            int cover = 0;
            for (EventCandidate c : g) {
                cover = Math.max(cover, c.length());
            }
            if (cover > bestCover) {
                bestCover = cover;
                best = g;
            }
        }
        return bestCover >= 0.5 * document.text().length() ? best : null;
    }

    static boolean sameEvent(EventCandidate a, EventCandidate b) {
        return sameEvent(a, TitleWords.of(a.title.value()), b, TitleWords.of(b.title.value()));
    }

    private static boolean sameEvent(EventCandidate a, TitleWords ta, EventCandidate b, TitleWords tb) {
        if (a.title.span() != null && b.title.span() != null && a.title.span().overlaps(b.title.span())) {
            return true; // two readers read the same mention of it
        }
        String da = a.startDate == null ? null : a.startDate.value();
        String db = b.startDate == null ? null : b.startDate.value();
        boolean sameDay = da != null && da.equals(db) && da.length() == 10;
        // "Launch of Invisible Borders" in the week's table, "Launch of the report Invisible Borders: ..." over its section
        boolean alike = ta.similarity(tb) >= SAME_TITLE || ta.contains(tb) || tb.contains(ta)
                || sameDay && (ta.within(tb) || tb.within(ta));
        if (!alike) {
            return false;
        }
        return da == null || db == null || da.equals(db) || covers(a, db) || covers(b, da);
    }

    /**
     * "Lecture 3 – Compost, Cities and Carbon (18 October 2023)": two readers that took different words
     * of one line as the title, with the same date, read the same event.
     */
    private static boolean sameLine(String text, EventCandidate a, EventCandidate b) {
        Span ta = a.title.span();
        Span tb = b.title.span();
        if (ta == null || tb == null || a.startDate == null || b.startDate == null
                || !a.startDate.value().equals(b.startDate.value())) {
            return false;
        }
        int from = Math.min(ta.start(), tb.start());
        int to = Math.max(ta.end(), tb.end());
        int lineEnd = text.indexOf('\n', from);
        return to - from <= 400 && (lineEnd < 0 || lineEnd >= to);
    }

    /** {@code day} falls within the candidate's date range ("closed yesterday" in a two-day workshop). */
    private static boolean covers(EventCandidate c, String day) {
        if (c.startDate == null || c.endDate == null || day == null) {
            return false;
        }
        return c.startDate.value().compareTo(day) <= 0 && day.compareTo(c.endDate.value()) <= 0;
    }

    private static String normalise(String s) {
        return String.join(" ", Phrases.tokens(s));
    }

    /** A title's lower-cased words ({@link Phrases#tokens}), sorted, and joined by single spaces. */
    private record TitleWords(String[] sorted, String joined) {

        static TitleWords of(String title) {
            List<String> tokens = Phrases.tokens(title);
            String[] sorted = tokens.toArray(String[]::new);
            Arrays.sort(sorted);
            return new TitleWords(sorted, String.join(" ", tokens));
        }

        /** {@link Phrases#similarity} of the two titles: the Dice overlap of their word multisets. */
        double similarity(TitleWords other) {
            String[] a = sorted;
            String[] b = other.sorted;
            if (a.length == 0 || b.length == 0) {
                return 0;
            }
            int shared = 0;
            for (int i = 0, j = 0; i < a.length && j < b.length; ) {
                int c = a[i].compareTo(b[j]);
                if (c == 0) {
                    shared++;
                    i++;
                    j++;
                } else if (c < 0) {
                    i++;
                } else {
                    j++;
                }
            }
            return 2.0 * shared / (a.length + b.length);
        }

        /** Content words this title has at least; fewer make no title that another's words can cover. */
        private static final int MIN_COVERED_WORDS = 3;

        /** Every word of this title but its function words is one of the other's, and it has three at least. */
        boolean within(TitleWords other) {
            int content = 0;
            for (String w : sorted) {
                if (Vocabulary.isFunctionWord(w)) {
                    continue;
                }
                content++;
                if (Arrays.binarySearch(other.sorted, w) < 0) {
                    return false;
                }
            }
            return content >= MIN_COVERED_WORDS;
        }

        /** This title contains the other's words in order, and the other has at least three. */
        boolean contains(TitleWords shorter) {
            return shorter.sorted.length >= 3 && joined.contains(shorter.joined);
        }
    }

    /** One candidate from a group: per field the most confident value; an announcement's values first. */
    private static EventCandidate combine(List<EventCandidate> group) {
        if (group.size() == 1) {
            return group.get(0);
        }
        EventCandidate widest = group.get(0);
        for (EventCandidate c : group) {
            if (c.length() > widest.length()) {
                widest = c;
            }
        }
        List<EventCandidate> byPriority = new ArrayList<>(group);
        byPriority.sort(Comparator.comparingInt((EventCandidate c) -> "announcement".equals(c.reader()) ? 0 : 1));
        EventCandidate out = new EventCandidate(widest.start(), widest.end(), byPriority.get(0).reader());
        out.regions.addAll(widest.regions);
        // the title by confidence alone: an e-mail's subject line names the message, a Topic: field the talk
        out.title = mostConfident(byPriority, c -> c.title);
        out.startDate = best(byPriority, c -> c.startDate);
        // the end date and times belong with the start date they came with
        for (EventCandidate c : byPriority) {
            if (c.startDate != null && out.startDate != null && c.startDate.value().equals(out.startDate.value())
                    && c.endDate != null && out.endDate == null) {
                out.endDate = c.endDate;
            }
        }
        out.startTime = best(byPriority, c -> c.startTime);
        for (EventCandidate c : byPriority) {
            if (c.startTime == out.startTime && c.endTime != null) {
                out.endTime = c.endTime;
            }
        }
        boolean announced = byPriority.stream().anyMatch(c -> "announcement".equals(c.reader()));
        // an announcement's own place stands, even none; unless another reader named the event better
        // (an invitation whose subject line is no title): then the place that reader found
        boolean announcementTitled = announced && byPriority.get(0).title != null && out.title != null
                && byPriority.get(0).title.value().equals(out.title.value());
        out.location = announced && (byPriority.get(0).location != null || announcementTitled) ? byPriority.get(0).location
                : best(byPriority, c -> c.location);
        Organizers organizers = new Organizers();
        for (EventCandidate c : byPriority) {
            for (Slot<String> organizer : c.organizers) {
                organizers.add(organizer);
            }
        }
        out.organizers.addAll(organizers.slots);
        for (EventCandidate c : byPriority) {
            for (ParticipantCandidate p : c.participants) {
                addParticipant(out.participants, p);
            }
        }
        double confidence = 0;
        for (EventCandidate c : group) {
            confidence = Math.max(confidence, c.confidence);
        }
        out.confidence = Math.min(0.99, confidence + 0.03 * (group.size() - 1));
        return out;
    }

    /**
     * The field's value from the most confident candidate. In a group with an e-mail announcement's
     * candidate, the announcement reader's value stands; other readers fill only what it left empty
     * (its place it finds from the announcement's own conventions: an empty place stays empty).
     */
    private static <T> Slot<T> best(List<EventCandidate> group, java.util.function.Function<EventCandidate, Slot<T>> field) {
        Slot<T> best = null;
        for (EventCandidate c : group) {
            Slot<T> s = field.apply(c);
            if ("announcement".equals(c.reader())) {
                if (s != null && s.value() != null) {
                    return s;
                }
                continue;
            }
            if (s == null || s.value() == null) {
                continue;
            }
            if (best == null || s.confidence() > best.confidence()) {
                best = s;
            }
        }
        return best;
    }

    private static <T> Slot<T> mostConfident(List<EventCandidate> group, java.util.function.Function<EventCandidate, Slot<T>> field) {
        Slot<T> best = null;
        for (EventCandidate c : group) {
            Slot<T> s = field.apply(c);
            if (s != null && s.value() != null && (best == null || s.confidence() > best.confidence())) {
                best = s;
            }
        }
        return best;
    }

    /**
     * An event's organisers, each organisation once in its fullest spelling. A name met before in the
     * same normalised spelling is found by its key; only a new spelling is compared with the others
     * (a long run-on text can state thousands of names, and comparing each with each is quadratic).
     */
    static final class Organizers {

        final List<Slot<String>> slots = new ArrayList<>();
        private final java.util.Map<String, Integer> byKey = new java.util.HashMap<>();
        private final List<java.util.Map<String, Integer>> words = new ArrayList<>();
        private final List<Integer> wordCounts = new ArrayList<>();

        void add(Slot<String> organizer) {
            String key = normalise(organizer.value());
            Integer known = byKey.get(key);
            int index = known != null ? known : find(organizer.value());
            if (index < 0) {
                byKey.put(key, slots.size());
                slots.add(organizer);
                remember(organizer.value());
                return;
            }
            byKey.put(key, index);
            Slot<String> o = slots.get(index);
            // keep the fuller spelling
            if (organizer.value().length() > o.value().length() && !Phrases.isAcronym(organizer.value())) {
                slots.set(index, organizer);
                List<String> tokens = Phrases.tokens(organizer.value());
                words.set(index, Phrases.tokenCounts(tokens));
                wordCounts.set(index, tokens.size());
            }
        }

        private void remember(String value) {
            List<String> tokens = Phrases.tokens(value);
            words.add(Phrases.tokenCounts(tokens));
            wordCounts.add(tokens.size());
        }

        /** The organisation among those kept that {@code value} names in another spelling, or -1. */
        private int find(String value) {
            List<String> tokens = Phrases.tokens(value);
            boolean acronym = Phrases.isAcronym(value);
            for (int i = 0; i < slots.size(); i++) {
                String other = slots.get(i).value();
                if ((acronym || Phrases.isAcronym(other)) && sameOrganization(other, value)) {
                    return i;
                }
                int n = wordCounts.get(i);
                // Dice >= 0.8 needs the shorter name to have at least two thirds of the longer one's words;
                // "Permanent Mission of Namibia" and "Permanent Mission of Finland" are two missions
                if (3 * Math.min(n, tokens.size()) >= 2 * Math.max(n, tokens.size())
                        && Phrases.dice(words.get(i), n, tokens) >= 0.8 && !differentCountries(other, value)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** Both names name a country ("... of Namibia to the United Nations"), and not the same ones. */
    static boolean differentCountries(String a, String b) {
        java.util.Set<String> ca = countriesIn(a);
        java.util.Set<String> cb = countriesIn(b);
        return !ca.isEmpty() && !cb.isEmpty() && !ca.equals(cb);
    }

    private static java.util.Set<String> countriesIn(String name) {
        java.util.Set<String> out = new java.util.HashSet<>();
        String[] words = name.split("[\\s,]+");
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty() || !Character.isUpperCase(words[i].charAt(0))) {
                continue;
            }
            for (int n = Math.min(3, words.length - i); n >= 1; n--) {
                String phrase = String.join(" ", java.util.Arrays.asList(words).subList(i, i + n));
                if (Vocabulary.isCountry(phrase)) {
                    out.add(phrase.toLowerCase(java.util.Locale.ROOT));
                    break;
                }
            }
        }
        return out;
    }

    static void addOrganizer(List<Slot<String>> organizers, Slot<String> organizer) {
        Organizers all = new Organizers();
        for (Slot<String> o : organizers) {
            all.add(o);
        }
        all.add(organizer);
        organizers.clear();
        organizers.addAll(all.slots);
    }

    /** The same organisation spelled differently: equal words, one an acronym of the other, or most words shared. */
    static boolean sameOrganization(String a, String b) {
        String na = normalise(a);
        String nb = normalise(b);
        if (na.equals(nb) || Phrases.similarity(a, b) >= 0.8 && !differentCountries(a, b)) {
            return true;
        }
        return (Phrases.isAcronym(a) && OrganizerNames.initialsFit(a, b) && acronymLetters(a, b))
                || (Phrases.isAcronym(b) && OrganizerNames.initialsFit(b, a) && acronymLetters(b, a));
    }

    private static boolean acronymLetters(String acronym, String name) {
        String letters = acronym.replaceAll("[^A-Z]", ""); // "ICRtoP": the capitals stand for the words that count
        String initials = OrganizerNames.initials(name);
        int k = 0;
        for (int i = 0; i < initials.length() && k < letters.length(); i++) {
            if (initials.charAt(i) == letters.charAt(k)) {
                k++;
            }
        }
        return k >= Math.max(2, letters.length() - 2);
    }

    private static boolean isListed(List<ParticipantCandidate> participants, ParticipantCandidate p) {
        return p.name != null && participants.stream().anyMatch(q -> q.name.value().equalsIgnoreCase(p.name.value()));
    }

    private static void addParticipant(List<ParticipantCandidate> participants, ParticipantCandidate p) {
        if (p.name == null) {
            return;
        }
        for (ParticipantCandidate q : participants) {
            if (q.name.value().equalsIgnoreCase(p.name.value())) {
                if (q.role == null) {
                    q.role = p.role;
                }
                if (q.organization == null) {
                    q.organization = p.organization;
                }
                return;
            }
        }
        participants.add(p);
    }

    /**
     * An event whose text lies inside another's is a sub-event: it takes the container's organisers
     * when it states none, and the container keeps only organisers stated outside the sub-event.
     */
    static void resolveSubEvents(List<EventCandidate> events) {
        for (EventCandidate inner : events) {
            for (EventCandidate outer : events) {
                if (inner == outer || !inside(inner, outer)) {
                    continue;
                }
                // what was said inside the inner event's text is about the inner event
                outer.organizers.removeIf(o -> o.span() != null && within(o.span(), inner.textRegions()));
                if (inner.organizers.isEmpty()) {
                    for (Slot<String> o : outer.organizers) {
                        inner.organizers.add(Slot.of(o.value(), o.span(), o.confidence() * 0.8));
                    }
                }
            }
        }
    }

    /**
     * The stretches of text that speak of {@code event} alone: its own text without the text of the
     * events inside it (the speakers of a lecture announced at the end of a report are that
     * lecture's, not the report's lecture's).
     */
    static List<Span> ownText(EventCandidate event, List<EventCandidate> events) {
        List<Span> own = new ArrayList<>(event.textRegions());
        for (EventCandidate inner : events) {
            if (inner == event || !inside(inner, event)) {
                continue;
            }
            for (Span cut : inner.textRegions()) {
                List<Span> next = new ArrayList<>();
                for (Span s : own) {
                    if (!s.overlaps(cut)) {
                        next.add(s);
                        continue;
                    }
                    if (cut.start() > s.start()) {
                        next.add(Span.of(s.start(), cut.start()));
                    }
                    if (cut.end() < s.end()) {
                        next.add(Span.of(cut.end(), s.end()));
                    }
                }
                own = next;
            }
        }
        return own;
    }

    /** Every stretch of {@code inner} lies inside {@code outer}'s text, and {@code inner} is the smaller. */
    private static boolean inside(EventCandidate inner, EventCandidate outer) {
        // within the outer event's stretch of text, even where that stretch is interrupted by the inner one;
        // checked first, as it rules out most pairs (every event is compared with every other)
        Span outerHull = Span.of(outer.start(), outer.end());
        for (Span s : inner.textRegions()) {
            if (!outerHull.contains(s)) {
                return false;
            }
        }
        int innerLength = 0;
        for (Span s : inner.textRegions()) {
            innerLength += s.length();
        }
        int outerLength = 0;
        for (Span s : outer.textRegions()) {
            outerLength += s.length();
        }
        return innerLength < outerLength;
    }

    private static boolean within(Span span, List<Span> regions) {
        for (Span r : regions) {
            if (r.contains(span)) {
                return true;
            }
        }
        return false;
    }

    /** "Room 1105 (note the different room)", "Hall 2 (and on Zoom, link below": a remark after a place, in lower case. */
    private static final java.util.regex.Pattern ASIDE = java.util.regex.Pattern.compile(
            "\\s*\\((?=\\p{Ll})[^()]*\\)?\\s*$|(?i)\\s*,?\\s+(?:and|&|\\+|or)\\s+(?:on|via)\\s+(?:zoom|teams|webex|youtube)\\b.*$");

    /** The place without a remark in brackets at its end. */
    static Slot<String> withoutAside(String text, Slot<String> location) {
        if (location == null || location.value() == null) {
            return location;
        }
        java.util.regex.Matcher m = ASIDE.matcher(location.value());
        int cut = m.find() ? m.start() : -1;
        int online = OnlineTail.start(location.value());
        if (online > 0 && (cut < 0 || online < cut)) {
            cut = online; // "Room 4, Hallam Building + online for those abroad (Teams)"
        }
        if (cut <= 0) {
            return location;
        }
        String value = location.value().substring(0, cut).strip();
        Span span = location.span();
        if (span != null && text.substring(span.start(), span.end()).equals(location.value())) {
            span = Span.of(span.start(), span.start() + value.length());
        }
        return Slot.of(value, span, location.confidence());
    }

    static EventRecord toRecord(Document document, EventCandidate c) {
        List<String> organizers = new ArrayList<>();
        List<Evidence> organizerEvidence = new ArrayList<>();
        for (Slot<String> organizer : c.organizers) {
            String name = MailHeaders.clean(organizer.value());
            if (name.isEmpty() || organizers.contains(name)) {
                continue;
            }
            organizers.add(name);
            // a page's publisher may be named only in markup the text leaves out (<title>, footer)
            organizerEvidence.add(organizer.span() == null ? Publisher.evidence(document, organizer) : evidence(document, organizer));
        }
        List<Participant> participants = new ArrayList<>();
        List<String> fullNames = fullOrganizationNames(document, c);
        for (ParticipantCandidate p : c.participants) {
            expandShortForm(p, fullNames);
            participants.add(new Participant(value(p.name), value(p.role), value(p.organization), value(p.kind),
                    p.name.confidence(),
                    new Participant.ParticipantEvidence(evidence(document, p.name), evidence(document, p.role),
                            evidence(document, p.organization), evidence(document, p.kind))));
        }
        EventRecord.EventEvidence evidence = new EventRecord.EventEvidence(
                evidence(document, c.title),
                evidence(document, c.startDate),
                evidence(document, c.startTime),
                evidence(document, c.location),
                organizerEvidence);
        return new EventRecord(value(c.title), value(c.startDate), value(c.endDate), value(c.startTime),
                value(c.endTime), value(c.location), organizers, participants, Math.min(1.0, c.confidence), evidence);
    }

    /** Organisations named at length (three words or more): the event's organisers, then those the document names. */
    private static List<String> fullOrganizationNames(Document document, EventCandidate c) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        for (Slot<String> o : c.organizers) {
            names.add(o.value());
        }
        for (io.eventlens.extraction.entity.OrganizationMention m : document.get(io.eventlens.extraction.entity.OrganizationMention.LAYER)) {
            names.add(m.name());
            if (names.size() > 200) {
                break;
            }
        }
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (n != null && n.split("\\s+").length >= 3) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * A participant's organisation given by its short form ("Brennan Institute postdoctoral fellow", "the
     * Centre's Senior Fellow"): "Brennan Institute" is the "Brennan Institute for Human Rights" the page
     * names in full; a post led by the first word of such a name ("Ashgrove Senior Fellow") is the post
     * at that organisation.
     */
    /** What follows a short form in its full name: "for Human Rights", "on Climate Change"; not "at the X", "and the Y". */
    private static final java.util.regex.Pattern TRUNCATED_NAME_TAIL = java.util.regex.Pattern.compile(
            "(?:for|of|on)\\s+(?!.*\\s(?:and the|at the|to the|at|in)\\s).+");

    /** Words that open a post ("Senior Researcher", "Visiting Fellow"), never an organisation's short form. */
    private static final java.util.Set<String> POST_MODIFIERS = Vocabulary.words("senior", "junior", "chief", "deputy",
            "associate", "assistant", "principal", "lead", "executive", "general", "visiting", "former", "acting",
            "honorary", "distinguished", "emeritus", "emerita", "vice", "research", "programme", "program", "policy",
            "managing", "regional", "national", "international", "special", "permanent", "founding", "interim",
            "postdoctoral", "doctoral", "adjunct", "resident", "nonresident", "non-resident", "global", "country", "field",
            "technical", "legal", "communications", "founder", "co-founder", "head", "director", "new", "first", "second");

    static void expandShortForm(ParticipantCandidate p, List<String> fullNames) {
        if (fullNames.isEmpty()) {
            return;
        }
        if (p.organization != null && p.organization.value() != null) {
            String org = p.organization.value();
            String[] words = org.split("\\s+");
            for (String w : words) {
                if (!Character.isUpperCase(w.charAt(0))) {
                    return; // "Mission of Ghana", "Centre for X": a name of its own, not a name cut short
                }
            }
            for (String full : fullNames) {
                if (words.length >= 2 && words.length <= 3 && full.startsWith(org + " ")
                        && TRUNCATED_NAME_TAIL.matcher(full.substring(org.length() + 1)).matches()) {
                    p.organization = Slot.of(full, p.organization.span(), p.organization.confidence());
                    return;
                }
            }
            return;
        }
        if (p.role == null || p.role.value() == null) {
            return;
        }
        String role = p.role.value();
        int space = role.indexOf(' ');
        if (space <= 1) {
            return;
        }
        String lead = role.substring(0, space);
        String rest = role.substring(space + 1).strip();
        if (lead.endsWith("'s") || lead.endsWith("\u2019s")) {
            lead = lead.substring(0, lead.length() - 2);
        }
        if (!Character.isUpperCase(lead.charAt(0)) || rest.isEmpty() || !Character.isLetter(rest.charAt(0))
                || Vocabulary.isFunctionWord(lead.toLowerCase(java.util.Locale.ROOT))
                || io.eventlens.extraction.entity.Vocabulary.isRoleWord(lead) || POST_MODIFIERS.contains(lead.toLowerCase(Locale.ROOT))
                || io.eventlens.extraction.entity.Vocabulary.isOrganisationWord(lead)
                || java.util.Arrays.stream(rest.split("\\s+")).noneMatch(io.eventlens.extraction.entity.Vocabulary::isRoleWord)) {
            return; // "Senior Fellow", "University Lecturer": a post, no organisation's short form
        }
        String match = null;
        for (String full : fullNames) {
            if (full.startsWith(lead + " ") && !full.startsWith(role)) {
                if (match != null && !match.equals(full)) {
                    return; // two organisations begin so: the short form names neither for sure
                }
                match = full;
            }
        }
        if (match != null) {
            Span span = p.role.span();
            Span restSpan = span == null ? null : Span.of(span.end() - rest.length(), span.end());
            p.role = Slot.of(rest, restSpan, p.role.confidence());
            p.organization = Slot.of(match, span == null ? null : Span.of(span.start(), span.start() + space),
                    p.role.confidence() * 0.9);
        }
    }

    private static <T> T value(Slot<T> slot) {
        return slot == null ? null : slot.value();
    }

    private static Evidence evidence(Document document, Slot<?> slot) {
        if (slot == null || slot.span() == null) {
            return null;
        }
        return document.evidence(slot.span(), Math.max(0.0, Math.min(1.0, slot.confidence())));
    }
}
