package io.eventlens.extraction.event;

import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.entity.AcronymDefinition;
import io.eventlens.extraction.entity.Honorifics;
import io.eventlens.extraction.entity.PersonMention;
import io.eventlens.extraction.layout.LabeledLine;
import io.eventlens.extraction.text.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills an event's fields the same way for every reader: organiser names, places, labels, titles. */
final class EventFields {

    static final Set<String> LOCATION_LABELS = Vocabulary.words("where", "venue", "location", "place", "address", "room", "city",
            "meeting point", "hosted at", "lieu", "location / lieu", "location/lieu", "venue / lieu", "venue/lieu", "place / lieu");
    static final Set<String> TIME_LABELS = Vocabulary.words("time", "times", "when", "date and time", "date & time", "date/time");
    static final Set<String> ORGANIZER_LABELS = Vocabulary.words("organiser", "organisers", "organizer", "organizers",
            "organised by", "organized by", "host", "hosts", "hosted by", "convened by", "convener", "conveners",
            "convenor", "convenors", "co-hosts", "co-organisers", "co-organizers", "presented by", "in partnership with",
            "in cooperation with", "partners");
    static final Set<String> TITLE_LABELS = Vocabulary.words("event", "title", "topic", "theme", "event title", "session");
    /** "Organised with the Law School.": partners named without the host, who is the publisher of the text. */
    static final Pattern PARTNERS_ONLY = Pattern.compile(
            "(?i)^(?:co-)?(?:organi[sz]ed|hosted|convened|presented|run|held|co-hosted|co-organi[sz]ed)(?:\\s+(?:jointly|together))?\\s+with\\s+"
                    // "Organised with the X.": a partner of the publisher; "with the support of" is no organiser
                    + "(?!(?:the\\s+)?(?:kind\\s+|generous\\s+)?support)"
                    + "|^(?:in (?:partnership|cooperation|collaboration|association) with)\\s+"
                    // a call's or invitation's header: "Issued 12 February 2025 by the X and the Y"
                    + "|^issued(?:\\s+on)?(?:\\s+[\\p{L}\\d,.]+){0,4}?\\s+by\\s+");
    /** "Organised by the X and the Y" as a line of its own. */
    static final Pattern BY_LINE = Pattern.compile(
            "(?i)^(?:co-)?(?:organi[sz]ed|hosted|convened|presented|co-hosted|co-organi[sz]ed|co-convened)(?:\\s+jointly)?\\s+by\\s+"
                    + "|^(?:in (?:partnership|cooperation|collaboration|association) with)\\s+"
                    + "|" + PARTNERS_ONLY.pattern());
    /** "X at Harvard Kennedy School": the organiser is X. */
    private static final Pattern AT_PARENT = Pattern.compile("\\s+(at|in)\\s+(?:the\\s+)?(?=\\p{Lu})");
    /** "Geneva Human Rights Platform of the Geneva Academy": two organisations. */
    private static final Pattern OF_THE = Pattern.compile("\\s+of\\s+the\\s+(?=\\p{Lu})");

    /**
     * How much of an event's text is read sentence by sentence for organisers and places: an event's
     * own text is a few thousand characters; beyond this it is a document run together (a dump, a
     * scraped site), where reading on costs time and finds nothing that belongs to one event.
     */
    static final int MAX_TEXT_READ = 40_000;

    private final DocumentView v;
    private final SentenceCues cues;
    /**
     * {@link OrganizerNames#fullest} by name, null values included: each look-up reads the whole text, and a
     * bulletin names the same organisers in hundreds of sections.
     */
    private final Map<String, Span> fullestByName = new HashMap<>();

    EventFields(DocumentView v) {
        this.v = v;
        this.cues = new SentenceCues(v);
    }

    SentenceCues cues() {
        return cues;
    }

    /** Organiser slots for the names in {@code items}, each spelled at its fullest, without repeats. */
    List<Slot<String>> organizers(List<Span> items, double confidence) {
        return organizers(items, confidence, true);
    }

    /**
     * Organiser slots; with {@code repeats} false the same name stated twice gives two slots (the
     * assembler needs to know every place an organiser was named before it drops repeats).
     */
    List<Slot<String>> organizers(List<Span> items, double confidence, boolean dropRepeats) {
        List<Slot<String>> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Span item : items) {
            if (FIRST_PERSON.contains(v.text(item).strip().toLowerCase(Locale.ROOT))) {
                // "we co-organised with X", "our annual lecture": the body the document speaks for
                Publisher.Speaker speaker = Publisher.speaker(v.document);
                if (speaker != null && (seen.add(speaker.name().toLowerCase(Locale.ROOT)) || !dropRepeats)) {
                    out.add(Slot.of(speaker.name(), item, confidence));
                }
                continue;
            }
            item = beforePerson(item);
            if (item.length() == 0) {
                continue;
            }
            for (Span name : refine(item)) {
                if (namesNoBody(name)) {
                    continue;
                }
                List<String> bodies = CoordinatedBodies.expand(Phrases.clean(v.text(name)));
                if (!bodies.isEmpty()) {
                    // "the Permanent Missions of Namibia and Finland to the United Nations": one organiser per country
                    for (String body : bodies) {
                        if (seen.add(body.toLowerCase(Locale.ROOT)) || !dropRepeats) {
                            out.add(Slot.of(body, name, confidence));
                        }
                    }
                    continue;
                }
                Matcher parent = DEFINED_THEN_PARENT.matcher(v.text).region(name.start(), name.end());
                if (parent.find() && parent.start() > name.start() && Phrases.isAcronym(parent.group(1))) {
                    name = Span.of(name.start(), parent.start()); // "Centre for X and Y (CXY) in the School of Law": the Centre
                }
                String value = v.text(name);
                Span evidence = name;
                String referred = OrganizerNames.isReferenceBack(value.replaceFirst("^(?:the|The)\\s+", ""))
                        ? references().head(OrganizerNames.wordList(value).get(OrganizerNames.wordList(value).size() - 1)) : null;
                if (referred != null) {
                    // "Hosted by the Institute": the one Institute the document names, or the publisher among several
                    if (seen.add(referred.toLowerCase(Locale.ROOT)) || !dropRepeats) {
                        out.add(Slot.of(referred, evidence, confidence));
                    }
                    continue;
                }
                Span fuller = expansion(value);
                if (fuller == null) {
                    fuller = fullest(value);
                }
                if (fuller != null && fuller.length() > value.length()) {
                    evidence = fuller;
                    value = v.text(fuller);
                } else {
                    String resolved = resolveShort(value);
                    value = resolved != null ? resolved : value;
                }
                value = Phrases.clean(INNER_ACRONYM.matcher(value).replaceAll(""));
                if (Phrases.allCaps(value) && value.contains(" ")) {
                    value = Phrases.titleCase(value); // "NORDIC SCIENCE NETWORK" as a masthead writes it
                }
                if (value.length() < 2 || (!seen.add(value.toLowerCase(Locale.ROOT)) && dropRepeats)) {
                    continue;
                }
                out.add(Slot.of(value, evidence, confidence));
            }
        }
        return out;
    }

    /**
     * "AIHR President Ana Reis to the laureate", "the Foundation's Director Jon Ek": a phrase that goes on
     * from a body to a person is no organiser's name; the body before the person's post is (or nothing).
     */
    private Span beforePerson(Span item) {
        for (PersonMention p : v.document.within(PersonMention.LAYER, item)) {
            if (p.start() <= item.start()) {
                return item; // a person first: left to the checks of a name
            }
            int end = p.start();
            while (end > item.start()) { // the post before the name: "President", "Executive Secretary"
                int wordStart = Math.max(item.start(), v.text.lastIndexOf(' ', Math.max(item.start(), end - 2)) + 1);
                if (!io.eventlens.extraction.entity.Vocabulary.isRoleWord(v.text.substring(wordStart, end).strip())) {
                    break;
                }
                end = wordStart;
            }
            if (end == p.start()) {
                return item; // no post before the name: "Institute for Justice Reform" is a body's name, whatever the tagger saw
            }
            Span before = Phrases.trimValue(v.text, Span.of(item.start(), Math.max(item.start(), end)));
            return before.length() > 0 && OrganizerNames.looksLikeOrganization(v.text(before)) ? before : Span.of(item.start(), item.start());
        }
        return item;
    }

    /** Words by which a text names the body it speaks for. */
    private static final Set<String> FIRST_PERSON = Set.of("we", "our", "us");

    private References references;

    /** The document's short references to its organisations, read once. */
    References references() {
        if (references == null) {
            references = References.of(v.document);
        }
        return references;
    }

    /**
     * The full name a short one stands for, or null: "the Institute" when the document names one
     * Institute, "the PFX Secretariat" and "Secretariat of the PFX" when it defines "PFX".
     */
    private String resolveShort(String value) {
        List<String> words = OrganizerNames.wordList(value.replaceFirst("^(?:the|The)\\s+", ""));
        if (words.size() == 1 && OrganizerNames.isReferenceBack(words.get(0))) {
            return references().head(words.get(0));
        }
        String acronym = References.acronymOfUnit(value);
        Span expanded = acronym == null ? null : expansion(acronym);
        return expanded == null ? null : Phrases.clean(v.text(expanded));
    }

    private Span fullest(String name) {
        if (!fullestByName.containsKey(name)) {
            fullestByName.put(name, OrganizerNames.fullest(v.text, name));
        }
        return fullestByName.get(name);
    }

    /** "Centre for Agrarian Studies (CAS), University of X": the unit's acronym inside the name of unit and parent. */
    private static final Pattern INNER_ACRONYM = Pattern.compile("\\s*\\(\\p{Lu}[\\p{Lu}\\p{Ll}&-]{1,11}\\)(?=,\\s)");

    /**
     * A candidate that names a person or a position, never an organiser: a bare honorific ("Dr"), a
     * person's name with or without its honorific ("Dr Pieter Aalders"), a role phrase ("Senior
     * Archivist at ICMA", "Director of the Institute"): lists of hosts run into the people chairing.
     */
    private boolean namesNoBody(Span name) {
        String value = v.text(name).strip();
        List<String> words = OrganizerNames.wordList(value);
        if (words.isEmpty()) {
            return true;
        }
        boolean orgWord = false;
        for (String w : words) {
            orgWord |= Vocabulary.isOrganizationWord(w) || Phrases.isAcronym(w) && !w.matches("(?i)h\\.?e\\.?");
        }
        String first = words.get(0);
        if (Honorifics.isHonorific(first, true) && (words.size() == 1 || !orgWord)) {
            return true; // "Dr", "Dr Pieter Aalders"
        }
        int k = 0;
        while (k < words.size() && !words.get(k).equals("at") && !words.get(k).equals("of")) {
            k++;
        }
        if (k > 0 && k < words.size()) {
            boolean role = false;
            boolean body = false;
            for (String w : words.subList(0, k)) {
                role |= io.eventlens.extraction.entity.Vocabulary.isRoleWord(w);
                body |= Vocabulary.isOrganizationWord(w) || Phrases.isAcronym(w);
            }
            // "Senior Archivist at ICMA", "Executive Director of LFGP": a position at a body; a one-word office
            // of a body ("President of the General Assembly") can convene in its own right
            if (role && !body && (words.get(k).equals("at") || k >= 2)) {
                return true;
            }
        }
        if (orgWord) {
            return false;
        }
        for (PersonMention p : v.document.within(PersonMention.LAYER, name)) {
            if ((p.nameEnd() - p.nameStart()) * 10 >= value.length() * 6) {
                return true; // a person's name the entity annotators found
            }
        }
        return false;
    }

    /** Where the document defines {@code acronym} ("International Peace Institute (IPI)"): the long form's span. */
    private Span expansion(String acronym) {
        String bare = acronym.endsWith("\u2019s") || acronym.endsWith("'s") ? acronym.substring(0, acronym.length() - 2) : acronym;
        for (AcronymDefinition d : v.document.get(AcronymDefinition.LAYER)) {
            if (d.acronym().equals(bare) && d.longSpan().length() > bare.length()) {
                return d.longSpan();
            }
        }
        return null;
    }

    /** The name without a parenthesised acronym; "X at Y" gives X, "X of the Y" gives X and Y when both are bodies. */
    private List<Span> refine(Span item) {
        Span name = Span.of(item.start(), OrganizerNames.nameEnd(v.text, item));
        name = Phrases.trimValue(v.text, name);
        String value = v.text(name);
        Matcher at = AT_PARENT.matcher(value);
        if (at.find()) {
            String left = value.substring(0, at.start());
            String right = value.substring(at.end());
            // a venue word that names no kind of body: "Hall", "Hotel", "Palácio", not "Centre" or "University"
            boolean venue = OrganizerNames.wordList(right).stream().anyMatch(w -> Phrases.capitalised(w) && Vocabulary.isVenueWord(w)
                    && !Vocabulary.isOrganizationWord(w));
            boolean unit = OrganizerNames.wordList(left).stream().anyMatch(w -> Phrases.capitalised(w) && Vocabulary.isUnitWord(w));
            boolean in = at.group(1).equals("in");
            // "the X Project (XP) at the Y Centre": a name closed by its acronym is not a unit of what follows
            boolean closed = left.endsWith(")") && OrganizerNames.definedAcronym(left, Span.of(0, left.length())) != null;
            if (OrganizerNames.looksLikeOrganization(left) && (venue || !in && OrganizerNames.looksLikeOrganization(right) && (!unit || closed))
                    && !Vocabulary.isCountry(right)) {
                // "X at Harvard Kennedy School", "X at the Polar Hall in Tromsø": the organiser is X; "the Humanitarian
                // Security Program at the Whitmore Centre" is a programme of the Centre, named by both
                Span kept = Span.of(name.start(), name.start() + at.start());
                return List.of(Span.of(kept.start(), OrganizerNames.nameEnd(v.text, kept)));
            }
        }
        Matcher of = OF_THE.matcher(value);
        if (of.find()) {
            String left = value.substring(0, of.start());
            String right = value.substring(of.end());
            List<String> leftWords = OrganizerNames.wordList(left);
            if (leftWords.size() >= 2 && Vocabulary.isOrganizationWord(leftWords.get(leftWords.size() - 1))
                    && Phrases.capitalised(leftWords.get(0)) && OrganizerNames.looksLikeOrganization(right)
                    && OrganizerNames.looksLikeOrganization(left)
                    && OrganizerNames.startsAnotherOrganization(value, of.start() + 3)) {
                return List.of(Span.of(name.start(), name.start() + of.start()), Span.of(name.start() + of.end(), name.end()));
            }
        }
        return List.of(name);
    }

    /** The beginning of {@code regions}, at most {@link #MAX_TEXT_READ} characters of them. */
    static List<Span> bounded(List<Span> regions) {
        List<Span> out = new ArrayList<>();
        int left = MAX_TEXT_READ;
        for (Span r : regions) {
            if (left <= 0) {
                break;
            }
            out.add(r.length() <= left ? r : Span.of(r.start(), r.start() + left));
            left -= r.length();
        }
        return out;
    }

    /** Organisers stated in the sentences of {@code regions}; failing those, the bodies events are said to belong to. */
    List<Slot<String>> organizersInText(List<Span> regions, double confidence) {
        List<Span> items = new ArrayList<>();
        List<Span> owners = new ArrayList<>();
        for (Span region : bounded(regions)) {
            for (Sentence s : v.sentencesIn(region)) {
                items.addAll(cues.organizers(s));
                items.addAll(namedBefore(s));
                owners.addAll(cues.owners(s));
                v.document.checkDeadline();
            }
        }
        return items.isEmpty() ? organizers(owners, confidence * 0.8, false) : organizers(items, confidence, false);
    }

    /** "which the two organisations convened", "both partners organised": a number of bodies named just before. */
    private static final Pattern COUNTED_ORGANISERS = Pattern.compile(
            "(?i)\\b(?:the\\s+(two|three|four)|both)\\s+(?:organi[sz]ations|partners|institutions|bodies|agencies|networks|centres|centers|institutes)"
                    + "\\s+(?:\\w+\\s+){0,2}?(?:co-)?(?:convened|organi[sz]ed|hosted|held|ran|run|staged|co-hosted|co-organi[sz]ed)\\b");

    /**
     * The organisations a sentence counts back to ("which the two organisations convened"): the last
     * that many organisations named in the sentences just before it.
     */
    private List<Span> namedBefore(Sentence s) {
        Matcher m = COUNTED_ORGANISERS.matcher(v.text(s));
        if (!m.find()) {
            return List.of();
        }
        int count = m.group(1) == null ? 2 : switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "two" -> 2;
            case "three" -> 3;
            default -> 4;
        };
        int index = v.sentenceAt(s.start());
        int from = index >= 2 ? v.sentences.get(index - 2).start() : 0;
        List<Span> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<io.eventlens.extraction.entity.OrganizationMention> mentions =
                v.document.within(io.eventlens.extraction.entity.OrganizationMention.LAYER, Span.of(from, s.start()));
        for (int k = mentions.size() - 1; k >= 0 && names.size() < count; k--) {
            io.eventlens.extraction.entity.OrganizationMention o = mentions.get(k);
            if (o.source() == io.eventlens.extraction.entity.OrganizationMention.Source.UNDEFINED_ACRONYM) {
                continue;
            }
            Span fuller = expansion(o.name());
            String key = (fuller != null ? v.text(fuller) : o.name()).toLowerCase(Locale.ROOT);
            if (seen.add(key)) {
                names.add(0, o);
            }
        }
        return names.size() == count ? names : List.of();
    }

    /** Organisers of a "Label: value" field or an "Organised by ..." line. */
    List<Slot<String>> organizersOfLine(Span body, boolean singleValued, double confidence) {
        String text = v.text(body);
        Matcher by = BY_LINE.matcher(text);
        Span list = by.find() ? Span.of(body.start() + by.end(), body.end()) : body;
        String listText = v.text(list);
        if (singleValued && !listText.contains(" and ") && !listText.contains(";") && !listText.contains(" with ")
                && !listText.contains(" & ")) {
            Span item = OrganizerNames.clean(v.text, list);
            return item.length() == 0 ? List.of() : organizers(List.of(item), confidence);
        }
        return organizers(OrganizerNames.split(v.text, list, false), confidence);
    }

    /**
     * "Hosts: Dr. Ana Ruiz, Director at X; Cape Institute for Memory": a field that opens with a person may still
     * list bodies in its other semicolon-separated parts; those are its organisers (none when there are none).
     */
    List<Slot<String>> organizersBesidePeople(Span value, double confidence) {
        List<Slot<String>> out = new ArrayList<>();
        int from = value.start();
        for (int i = value.start(); i <= value.end(); i++) {
            if (i == value.end() || v.text.charAt(i) == ';') {
                Span part = Span.of(from, i);
                if (from > value.start() && !startsWithPerson(part)) {
                    out.addAll(organizersOfLine(part, false, confidence));
                }
                from = i + 1;
            }
        }
        return out;
    }

    /** "Host: Dr. Ana Ruiz, Director ...": the field names a person, not an organisation. */
    boolean startsWithPerson(Span value) {
        Span v0 = Phrases.trimValue(v.text, value);
        String text = v.text(v0);
        if (text.matches("(?i)^(?:dr|prof|professor|mr|mrs|ms|mx|sir|dame|h\\.e|ambassador|judge)\\.?\\s.*")) {
            return true;
        }
        for (io.eventlens.extraction.entity.PersonMention p : v.document.within(io.eventlens.extraction.entity.PersonMention.LAYER, v0)) {
            if (p.start() <= v0.start() + 1) {
                return true;
            }
        }
        return false;
    }

    /** The best place the sentences of {@code regions} give for the event. */
    Slot<String> locationInText(List<Span> regions) {
        Slot<String> best = null;
        for (Span region : bounded(regions)) {
            for (Sentence s : v.sentencesIn(region)) {
                v.document.checkDeadline();
                Slot<String> found = cues.location(s);
                if (found != null && (best == null || found.confidence() > best.confidence())) {
                    best = found;
                }
            }
        }
        return best;
    }

    /** The first labelled line with one of {@code keys} among lines {@code [from, to]}, or null. */
    LabeledLine label(int from, int to, Set<String> keys) {
        for (int k = Math.max(0, from); k <= to && k < v.lines.size(); k++) {
            LabeledLine l = v.labelOfLine[k];
            if (l != null && keys.contains(l.key()) && l.hasValue()) {
                return l;
            }
        }
        return null;
    }

    /**
     * A place from a label's value, without a trailing "and online": its first line, and the lines that continue
     * it ("Where:  Room 2.07, Old Courthouse," / "        Market Street 5"), up to a line that only adds the
     * online part ("and on Zoom (link below)").
     */
    Slot<String> locationOfLabel(LabeledLine label, double confidence) {
        Span value = Phrases.trimValue(v.text, label.value());
        return placeValue(continued(label, value), confidence);
    }

    /** Lines under a label's value that go on with it: indented under the value, or after a value ending in a comma. */
    private Span continued(LabeledLine label, Span value) {
        int line = label.line();
        if (line < 0 || line >= v.lines.size() || value.length() == 0) {
            return value;
        }
        int indent = v.lines.get(line).indent();
        Span out = value;
        for (int k = line + 1; k < v.lines.size() && k <= line + 3; k++) {
            io.eventlens.extraction.layout.Line next = v.lines.get(k);
            String body = v.text(next.body());
            boolean comma = v.text(out).endsWith(",");
            if (next.blankBefore() || v.labelOfLine[k] != null || v.headingOfLine[k] != null || v.agendaOfLine[k] != null
                    || next.listItem() || !(next.indent() > indent || comma) || OnlineTail.isOnlineLine(body)
                    || !v.datesIn(next).isEmpty() || body.length() > 80) {
                break;
            }
            out = Span.of(out.start(), Phrases.trimValue(v.text, next.body()).end());
        }
        return out;
    }

    /** A stated place without a trailing "and online (Webex)". */
    Slot<String> placeValue(Span value, double confidence) {
        Matcher moved = MOVED_LABEL.matcher(v.text).region(value.start(), value.end());
        if (moved.lookingAt() && moved.end() < value.end()) {
            value = Span.of(moved.end(), value.end()); // "New venue: Lecture Theatre 3": the place, not its label
        }
        String text = v.text(value);
        Matcher online = ONLINE_TAIL.matcher(text);
        int tail = OnlineTail.start(text);
        if (online.find() && online.start() > 0) {
            tail = tail < 0 ? online.start() : Math.min(tail, online.start());
        }
        if (tail > 0) {
            value = Phrases.trimValue(v.text, Span.of(value.start(), value.start() + tail));
            if (onlineOnly(v.text(value))) {
                return null; // "Online, on Zoom"
            }
        } else if (onlineOnly(text)) {
            return null; // "Online", "Online (Zoom webinar)", "via Teams": no place
        }
        return value.length() == 0 ? null : Slot.of(Phrases.clean(LINE_BREAK.matcher(v.text(value)).replaceAll("$1, ")), value, confidence);
    }

    /** An acronym's definition followed by the body the named one belongs to: " (CXY) in the School of Law". */
    private static final Pattern DEFINED_THEN_PARENT = Pattern.compile("\\s*\\(([\\p{Lu}][\\p{L}&-]{1,10})\\)\\s+(?:in|at|of|within)\\s+(?:the\\s+)?\\p{Lu}");

    /** "Note change of room:", "New venue:": the label of a session's place that differs from the series' usual one. */
    private static final Pattern MOVED_LABEL = Pattern.compile(
            "(?i)(?:please\\s+)?(?:note\\s*:?\\s*)?(?:the\\s+)?(?:change\\s+of|new|different)\\s+(?:venue|room|location)\\s*:\\s*");

    /** A line break inside a place given over several lines, where no comma ends the line: it separates two parts. */
    private static final Pattern LINE_BREAK = Pattern.compile("([^,;\\s])[ \\t]*\\r?\\n\\s*");

    private static final Set<String> ONLINE_FILLERS = Vocabulary.words("only", "via", "event", "link", "platform", "meeting",
            "session", "stream", "streamed", "live", "broadcast");

    /** Every word of the value says the event happens online ("Online (Zoom webinar)", "Virtual, via Teams"). */
    static boolean onlineOnly(String value) {
        boolean online = false;
        for (String w : value.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.isEmpty() || Vocabulary.isFunctionWord(w) || ONLINE_FILLERS.contains(w)) {
                continue;
            }
            if (!Vocabulary.ONLINE_WORDS.contains(w)) {
                return false;
            }
            online = true;
        }
        return online;
    }

    /** "Summary: ", "Invitation - ": what a document calls itself before the event's name. */
    private static final Pattern DOCUMENT_PREFIX = Pattern.compile(
            "(?i)^(?:summary|report|recap|readout|read-out|highlights|invitation|save the date|announcement|reminder|"
                    + "update|news|press release|media advisory|outcome|minutes|notes|review|meeting report|event report|"
                    + "event recap|chair's summary|co-chairs' summary)\\s*(?:of|:|\u2013|\u2014|-)\\s+(?:the\\s+)?(?=\\S)");

    /** How a report names the event it looks back on: "What happened at the ...", "Highlights from ...". */
    private static final Pattern RECAP_PREFIX = Pattern.compile(
            "(?i)^(?:what happened at|highlights (?:from|of)|recap(?:ping)? of|a look back at|looking back at|"
                    + "report(?:ing)? (?:from|back from)|notes from|scenes from|(?:key )?takeaways from|inside)\\s+(?:the\\s+|this year's\\s+)?(?=\\p{Lu})");

    private static final Pattern ONLINE_TAIL = Pattern.compile(
            "(?i)\\s*(?:[\u2013\u2014-]\\s*(?:and|&|plus)?|,\\s*and|,|and|&|/|\\+|or)\\s*(?:online|virtual(?:ly)?|via zoom|(?:a\\s+|on\\s+)?livestream(?:ed)?)\\b.*$");

    /** A short bracketed marker or a star after a title. */
    private static final Pattern MARKER = Pattern.compile("\\s*(?:\\[[^\\]]{1,12}\\]?|\\*+)\\s*$");
    /** "Session 2. ", "Part II: ", "3) ", "ICMH 2025 — ": numbering and edition marks before a title. */
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:(?:session|part|panel|module|day|item|talk|lecture|episode|webinar|seminar|workshop|conversation|class|no\\.?"
                    // "Recap 1 \u00B7 ", "Event 3 | ", "Highlight 2 \u2022 ": a bulletin's running label of its stories
                    + "|recap|event|story|highlight|spotlight|feature)\\s+(?:\\d+|[ivx]+)\\s*[.:\u2013\u2014\u00B7\u2022|-]\\s+"
                    + "|\\d{1,2}[.)]\\s+|\\d{1,2}\\.\\d{1,2}[.)]?\\s+|\\p{Lu}[\\p{Lu}\\d-]{1,9}\\s+(?:19|20)\\d\\d\\s*[\u2013\u2014:|-]\\s+)",
            Pattern.CASE_INSENSITIVE);

    /** A title slot: quotes and trailing punctuation dropped, capitals turned into title case. */
    Slot<String> title(Span span, double confidence) {
        Span t = Phrases.titleSpan(v.text, span);
        Matcher prefix = DOCUMENT_PREFIX.matcher(v.text(t));
        if (prefix.find() && prefix.end() < t.length()) {
            t = Span.of(t.start() + prefix.end(), t.end());
        }
        Matcher recap = RECAP_PREFIX.matcher(v.text(t));
        if (recap.find() && recap.end() < t.length() - 3) {
            t = Span.of(t.start() + recap.end(), t.end()); // "What happened at the X Forum": the forum
        }
        Span afterKicker = afterKicker(v.text, t);
        if (afterKicker != null) {
            t = afterKicker; // "📢 PANEL | Title", "BOOK LAUNCH | Title": the kind of event before its name
        }
        Matcher numbering = NUMBERING.matcher(v.text(t));
        if (numbering.find() && numbering.end() < t.length() - 3) {
            t = Phrases.titleSpan(v.text, Span.of(t.start() + numbering.end(), t.end())); // its quotes go too
        }
        if (t.length() == 0) {
            return null;
        }
        java.util.regex.Matcher marker = MARKER.matcher(v.text(t));
        if (marker.find() && marker.start() > 0) {
            t = Span.of(t.start(), t.start() + marker.start()); // "Writing About Uncertainty [M]", "Open Studios *"
        }
        String written = v.text(t);
        int lineBreak = written.indexOf('\n');
        if (lineBreak > 0 && written.indexOf('\n', lineBreak + 1) < 0) {
            // a title and its subtitle, each a heading of its own: "Title: Subtitle"
            String head = written.substring(0, lineBreak).strip();
            String tail = written.substring(lineBreak + 1).strip();
            written = head.isEmpty() || tail.isEmpty() || ":.?!\u2013\u2014-".indexOf(head.charAt(head.length() - 1)) >= 0
                    ? head + " " + tail : head + ": " + tail;
        }
        String value = Phrases.clean(written);
        if (Phrases.allCaps(value)) {
            value = Phrases.titleCase(value);
        }
        return Slot.of(value, t, confidence);
    }

    /** A kicker's separator: a bar (or a slash, a middle dot) between spaces. */
    private static final Pattern KICKER_BAR = Pattern.compile("\\s+[|\u00B7\u2022/]\\s+");
    /** Symbols, pictographs and punctuation a post or a card sets before its kicker ("📢 PANEL"). */
    private static final Pattern LEADING_SYMBOLS = Pattern.compile("^[^\\p{L}\\p{N}\"\u201C\u2018']+");

    /**
     * The part of a title after its kicker: "📢 PANEL | Long Arm, Short Memory" gives "Long Arm, Short Memory",
     * when the part before the bar only says what kind of event it is; else null.
     */
    static Span afterKicker(String text, Span t) {
        String value = text.substring(t.start(), t.end());
        Matcher bar = KICKER_BAR.matcher(value);
        if (!bar.find() || bar.start() > 40) {
            return null;
        }
        String kicker = LEADING_SYMBOLS.matcher(value.substring(0, bar.start())).replaceFirst("");
        String rest = value.substring(bar.end());
        if (kicker.isEmpty() || !DateLine.eventTypeOnly(kicker) || OrganizerNames.wordList(rest).size() < 2
                || KICKER_BAR.matcher(rest).find() || OrganizerNames.looksLikeOrganization(rest.strip())) {
            // "PANEL · Online · 4 May": a line of facts; "Book Launch · Harwick Museum": a label and its publisher
            return null;
        }
        return Span.of(t.start() + bar.end(), t.end());
    }

    /** Start and end date and time slots from a date. */
    static void setDates(EventCandidate c, EventDate date, double confidence) {
        if (date == null) {
            return;
        }
        Span span = Span.of(date.start(), date.end());
        if (date.startDate() != null) {
            c.startDate = Slot.of(date.startDate(), span, confidence * date.confidence());
            if (date.isRange()) {
                c.endDate = Slot.of(date.endDate(), span, confidence * date.confidence());
            }
        }
        setTimes(c, date, confidence);
    }

    /** What joins a start time to its end: "from 1:15 to 2:45 pm", "1:15 – 2:45". */
    private static final Pattern TIME_TO_TIME = Pattern.compile("\\s*(?:to|until|till|and|[-\u2013\u2014])\\s*");

    /**
     * The first time of day among {@code dates} (the dates of one sentence, in order) and, when it states no
     * end, the time right after it that ends it ("from 1:15 to 2:45 pm"), or null when none is stated.
     */
    static EventDate timesOf(String text, List<EventDate> dates) {
        for (int i = 0; i < dates.size(); i++) {
            EventDate t = dates.get(i);
            if (t.startDate() != null || t.startTime() == null) {
                continue;
            }
            if (t.endTime() == null && i + 1 < dates.size()) {
                EventDate next = dates.get(i + 1);
                if (next.startDate() == null && next.startTime() != null && next.endTime() == null && next.start() >= t.end()
                        && TIME_TO_TIME.matcher(text).region(t.end(), next.start()).matches()
                        && next.startTime().compareTo(t.startTime()) > 0) {
                    return new EventDate(t.start(), next.end(), null, null, t.startTime(), next.startTime(), t.relative(),
                            t.fromMarkup(), Math.min(t.confidence(), next.confidence()));
                }
            }
            return t;
        }
        return null;
    }

    static void setTimes(EventCandidate c, EventDate date, double confidence) {
        Span span = Span.of(date.start(), date.end());
        if (date.startTime() != null && c.startTime == null) {
            c.startTime = Slot.of(date.startTime(), span, confidence * date.confidence());
            if (date.endTime() != null) {
                c.endTime = Slot.of(date.endTime(), span, confidence * date.confidence());
            }
        } else if (c.startTime != null && c.endTime == null && date.endTime() != null
                && c.startTime.value().equals(date.startTime())) {
            c.endTime = Slot.of(date.endTime(), span, confidence * date.confidence()); // the same start, now with its end
        }
    }

    /** Does the text of {@code regions} speak of a gathering (an event noun, a verb of meeting)? */
    boolean speaksOfAnEvent(List<Span> regions) {
        for (Span region : bounded(regions)) {
            v.document.checkDeadline();
            for (Span w : Phrases.words(v.text, region)) {
                String word = v.text(w).toLowerCase(Locale.ROOT);
                if (Vocabulary.isEventNoun(word) && !Vocabulary.AMBIGUOUS_EVENT_NOUNS.contains(word)) {
                    return true;
                }
                if (EVENT_VERBS.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> EVENT_VERBS = Vocabulary.words("held", "hosted", "convened", "moderated", "chaired", "speaker",
            "gathered", "attended", "speakers", "panelists", "panellists", "participants", "keynote", "organised",
            "organized", "co-hosted", "welcomed", "opened", "registration", "rsvp", "livestream", "webcast",
            // a session's own fields: "Chair: Dr X", "Discussants: A and B"
            "chair", "discussant", "discussants", "respondent", "respondents", "presenter", "presenters", "convenor", "convenors");
}
