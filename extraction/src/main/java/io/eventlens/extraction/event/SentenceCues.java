package io.eventlens.extraction.event;

import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.text.Sentence;
import io.eventlens.extraction.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What running text says about an event, read from one sentence at a time: who organised it
 * ("organised by X together with Y", "X and Y convened a panel", "X's panel"), where it took place
 * ("held on ... at the X", "gathered at the X", "in Geneva"), and the title a quotation gives it
 * ("a roundtable titled “...”", "the fourth lecture, “...”").
 */
final class SentenceCues {

    // precompiled: String.replaceAll, split and matches compile their pattern on every call
    private static final java.util.regex.Pattern HONORIFIC_FIRST = java.util.regex.Pattern.compile("(?i)^(?:dr|prof|mr|mrs|ms|mx|sir|dame|h\\.e)\\.?\\s.*");

    private static final Set<String> AUXILIARIES = Vocabulary.words(
            "will", "would", "shall", "has", "have", "had", "also", "jointly", "together", "yesterday", "today",
            "tonight", "recently", "successfully", "again", "once", "co", "are", "is", "were", "was", "honored",
            "honoured", "pleased", "delighted", "proud", "happy", "glad", "to", "last", "night", "this", "week",
            "morning", "afternoon", "evening", "once", "again", "formally", "officially", "proudly", "kindly", "cordially",
            "annually", "regularly", "already", "just", "now", "soon");
    private static final Set<String> PASSIVE = Vocabulary.words("is", "are", "was", "were", "be", "been", "being");
    private static final Set<String> CLAUSE_BREAKERS = Vocabulary.words("who", "which", "where", "whose", "while", "when",
            "during", "because", "although", "though", "whereas", "after", "before", "since", "until");
    /** Verbs after which "at X" or "in X" names where the event took place. */
    private static final Set<String> PLANNED_FOR = Vocabulary.words("planned", "scheduled", "slated", "foreseen", "set");
    private static final Set<String> WEEKDAYS = Vocabulary.words("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> PLACE_VERBS = Vocabulary.words(
            "held", "hold", "holds", "place", "met", "meet", "meets", "gathered", "gather", "gathers", "convened",
            "convene", "convenes", "hosted", "host", "hosts", "opened", "opens", "closed", "closes", "launched",
            "launch", "took", "takes", "staged", "organised", "organized", "located", "filled", "packed",
            "attended", "took", "happened", "happens", "celebrated", "marked", "welcomed", "came", "assembled", "run",
            "runs", "ran", "crowded", "squeezed", "turned", "poured",
            // a session reported day by day: "The Ninth Session continued on Tuesday at the X Centre"
            "continued", "continues", "resumed", "resumes", "reconvened", "reconvenes");
    /** "the main hall of X": a room of a venue. */
    private static final Set<String> ROOM_WORDS = Vocabulary.words("hall", "room", "auditorium", "theatre", "theater", "premises",
            "grounds", "courtyard", "library", "lobby", "atrium", "chamber", "campus", "garden", "gardens", "terrace", "foyer",
            "ballroom", "cloister", "cloisters", "rotunda", "refectory", "salon", "basement", "rooftop");
    /** Month, weekday and season names: the words of a calendar heading ("April 2021", "Spring term"). */
    static final Set<String> MONTH_WORDS = Vocabulary.words("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "spring", "summer", "autumn", "fall", "winter");

    /** Longer "sentences" are lists or run-on text (a page without punctuation), not prose to read clause by clause. */
    static final int MAX_SENTENCE_TOKENS = 250;

    private final DocumentView v;

    SentenceCues(DocumentView v) {
        this.v = v;
    }

    private String word(int token) {
        return v.text(v.tokens.get(token));
    }

    /** Lower-case tokens as read: the clause scans read each token's word several times. */
    private String[] lowerTokens;

    private String lower(int token) {
        if (lowerTokens == null) {
            lowerTokens = new String[v.tokens.size()];
        }
        String w = lowerTokens[token];
        if (w == null) {
            w = word(token).toLowerCase(Locale.ROOT);
            lowerTokens[token] = w;
        }
        return w;
    }

    // ---------------------------------------------------------------- organisers

    /** Spans of organisation names the sentence states as organisers (by-agent, subject, possessor). */
    List<Span> organizers(Sentence s) {
        List<Span> out = new ArrayList<>();
        if (s.tokenCount() > MAX_SENTENCE_TOKENS) {
            return out;
        }
        int first = s.firstToken();
        int end = s.endToken();
        for (int i = first; i < end; i++) {
            String w = lower(i);
            if (i + 2 < end && lower(i + 2).equals("by") && lower(i + 1).endsWith("ly") && lower(i + 1).length() > 4
                    && Vocabulary.BY_ORGANIZER_VERBS.contains(w)) {
                i++; // "run jointly by X", "organised locally by Y": the adverb stands between the verb and its agent
            }
            // "organised by X", "hosted by our friends at Y", "Convened by the President of ..."
            if (i + 1 < end && lower(i + 1).equals("by") && (Vocabulary.BY_ORGANIZER_VERBS.contains(w) || w.startsWith("co-"))
                    && !w.equals("moderated")) {
                if (nextEdition(i, first)) {
                    continue; // "The Fourth Forum will be hosted by X": the host of another edition
                }
                int listEnd = clauseEnd(i + 2, end);
                if (listEnd > i + 2) {
                    for (Span name : OrganizerNames.byList(v.text, Span.of(v.tokens.get(i + 2).start(), v.tokens.get(listEnd - 1).end()), true)) {
                        boolean organization = OrganizerNames.looksLikeOrganization(v.text(name))
                                || OrganizerNames.referenceBack(v.text, v.text(name)); // "by the Ministry together with"
                        if (organization || (!isPerson(name) && !w.contains("presented")
                                && OrganizerNames.wordList(v.text(name)).size() >= 2)) {
                            out.add(name); // "organised by Estuary Writers"; not "hosted by Dr. Ana Ruiz"
                        } else if (OrganizerNames.referredBody(v.text, v.text(name)) != null) {
                            out.add(name); // "organised by the Ministry": the Ministry of ... the text names
                        }
                    }
                }
                continue;
            }
            // "was hosted on 15-16 October at the X Centre by the Y": the agent after the date and the place
            if (w.equals("by") && i + 1 < end && passiveOrganizerBefore(i, first)) {
                int listEnd = clauseEnd(i + 1, end);
                if (listEnd > i + 1) {
                    for (Span name : OrganizerNames.byList(v.text, Span.of(v.tokens.get(i + 1).start(), v.tokens.get(listEnd - 1).end()))) {
                        if (OrganizerNames.looksLikeOrganization(v.text(name)) && !isPerson(name)) {
                            out.add(name);
                        }
                    }
                }
                continue;
            }
            // "Organised with the Wellbrook Law School.", "Run with the X", "in partnership with the X"
            if ((w.equals("with") && i > first && (PARTNER_PARTICIPLES.contains(lower(i - 1))
                    || (i - 1 > first && lower(i - 1).matches("together|jointly") && PARTNER_PARTICIPLES.contains(lower(i - 2)))
                    // "we were delighted to co-host, with the X, a webinar"
                    || (i - 1 > first && lower(i - 1).equals(",") && (PARTNER_PARTICIPLES.contains(lower(i - 2))
                            || Vocabulary.ORGANIZER_VERBS.contains(lower(i - 2))) && !supportFollows(i + 1, end))))
                    || (w.equals("partnership") || w.equals("collaboration") || w.equals("cooperation") || w.equals("association"))
                    && i + 1 < end && lower(i + 1).equals("with") && i > first && lower(i - 1).equals("in")) {
                int from = w.equals("with") ? i + 1 : i + 2;
                int we = firstPersonAgent(first, i);
                if (we >= 0) {
                    out.add(v.tokens.get(we)); // "we co-organised with X", "We are hosting this talk in partnership with X"
                }
                if (!w.equals("with") && i - 1 > first) {
                    // "X (XA) in partnership with the Y (YA)" as a masthead or byline: X is a partner too
                    Span subject = Span.of(v.tokens.get(first).start(), v.tokens.get(i - 2).end());
                    List<Span> names = OrganizerNames.trailing(v.text, subject);
                    boolean agent = v.text(subject).toLowerCase(Locale.ROOT).matches("(?s).*\\bby\\b.*"); // "Hosted by X in partnership with"
                    if (!agent && !names.isEmpty() && startsAt(names.get(0), subject)) {
                        out.addAll(names);
                    }
                }
                if (from < end) {
                    int listEnd = clauseEnd(from, end);
                    if (listEnd > from) {
                        out.addAll(OrganizerNames.byList(v.text, Span.of(v.tokens.get(from).start(), v.tokens.get(listEnd - 1).end())));
                    }
                }
                continue;
            }
            // "Join the Centre for Circular Economy for a lunchtime talk": the invitation's sender
            // "we joined the X (XA) for the launch of ...": a recap's partner that held the event
            boolean joined = (w.equals("joined") || w.equals("joining")) && i > first
                    && (lower(i - 1).equals("we") || i - 1 > first && lower(i - 2).equals("we") && lower(i - 1).matches("also|then|proudly"));
            if ((w.equals("join") || joined) && i + 1 < end && !lower(i + 1).equals("us")) {
                int forAt = -1;
                for (int k = i + 1; k < Math.min(end, i + 16); k++) {
                    if (lower(k).equals("for") && k > i + 1 && k + 1 < end
                            && lower(k + 1).matches("a|an|the|our|its|their|this|his|her") && eventFollows(k + 1, end)) {
                        forAt = k;
                        break;
                    }
                }
                if (forAt > 0) {
                    out.addAll(OrganizerNames.byList(v.text, Span.of(v.tokens.get(i + 1).start(), v.tokens.get(forAt - 1).end())));
                    continue;
                }
            }
            int verbStart = organizerVerbStart(i, first, end);
            if (verbStart > first && lower(verbStart - 1).equals("we")) {
                if (!quoted(verbStart - 1, first)) {
                    out.add(v.tokens.get(verbStart - 1)); // "On Tuesday we hosted a roundtable": the publisher
                    out.addAll(partnersBefore(first, verbStart - 1));
                    out.addAll(partnersAfter(i + 1, end)); // "which we co-organise each year with the X"
                }
                continue;
            }
            if (verbStart > first) {
                Span subject = Span.of(v.tokens.get(first).start(), v.tokens.get(verbStart - 1).end());
                for (Span name : OrganizerNames.trailing(v.text, subject)) {
                    if (!isPerson(name) || OrganizerNames.looksLikeOrganization(v.text(name))) {
                        out.add(name); // "... and Samuel Okoro, Secretary of the Forum, presented": a person, no organiser
                    }
                }
            }
            // "The Belfer Center's panel"
            if (Vocabulary.isEventNoun(w) && !Vocabulary.AMBIGUOUS_EVENT_NOUNS.contains(w)) {
                Span owner = possessor(i, first);
                if (owner != null) {
                    out.add(owner);
                }
                int our = ourBefore(i, first);
                if (our >= 0) {
                    out.add(v.tokens.get(our)); // "our annual lecture": the publisher's
                }
            }
        }
        return out;
    }

    /**
     * "we" as the agent of organising between {@code from} and {@code to}: "we co-organised", "We are
     * hosting", "we have jointly convened"; not "we were invited", nor "we" inside a quotation (a
     * speaker's own organisation).
     */
    private int firstPersonAgent(int from, int to) {
        for (int t = from; t < to; t++) {
            if (!lower(t).equals("we") || quoted(t, from)) {
                continue;
            }
            int k = t + 1;
            boolean passive = false;
            while (k < to && AUXILIARIES.contains(lower(k))) {
                passive |= PASSIVE.contains(lower(k));
                k++;
            }
            if (k < to && (Vocabulary.ORGANIZER_VERBS.contains(lower(k)) || PARTNER_PARTICIPLES.contains(lower(k)))
                    && !lower(k).equals("invited") && !(passive && lower(k).endsWith("ed"))) {
                return t;
            }
            if (k < to && !passive && OPENED_WITH.contains(lower(k))) {
                return t; // "we opened the month with a briefing organised jointly with X": the writer's own event
            }
        }
        return -1;
    }

    /** "Together with the X and the Y, we organised": the partners named before the subject "we". */
    private List<Span> partnersBefore(int first, int subject) {
        for (int t = first; t < subject - 1; t++) {
            if (lower(t).equals("with") && (t == first || lower(t - 1).matches("together|jointly|along"))
                    && !supportFollows(t + 1, subject)) {
                return OrganizerNames.byList(v.text, Span.of(v.tokens.get(t + 1).start(), v.tokens.get(subject - 1).end()));
            }
        }
        return List.of();
    }

    /**
     * "we co-organise each year with the X": the partners after "with" a few words after the verb (right
     * after it, the "with" reading of {@link #organizers} takes them); none when a funder follows.
     */
    private List<Span> partnersAfter(int from, int end) {
        for (int t = from + 1; t < Math.min(end, from + 5); t++) {
            String w = lower(t);
            if (w.equals("with")) {
                int listEnd = clauseEnd(t + 1, end);
                if (listEnd <= t + 1 || supportFollows(t + 1, end)) {
                    return List.of();
                }
                return OrganizerNames.byList(v.text, Span.of(v.tokens.get(t + 1).start(), v.tokens.get(listEnd - 1).end()));
            }
            if (!Character.isLetter(w.charAt(0)) || Character.isUpperCase(word(t).charAt(0)) || Vocabulary.isEventNoun(w)) {
                return List.of(); // "we held a seminar with X": X may be a speaker; punctuation ends the clause
            }
        }
        return List.of();
    }

    /** "with the support of", "with funding from": a funder follows, not a partner. */
    private boolean supportFollows(int k, int end) {
        if (k < end && lower(k).equals("the")) {
            k++;
        }
        return k < end && lower(k).matches("support|funding|help|assistance|sponsorship|contribution|contributions|generous|kind|financial|backing");
    }

    /** "our annual lecture", "at our Spring Seminar": "our" a few describing words before the event noun, or -1. */
    private int ourBefore(int noun, int first) {
        for (int k = noun - 1; k >= Math.max(first, noun - 3); k--) {
            String w = lower(k);
            if (w.equals("our")) {
                return quoted(k, first) ? -1 : k;
            }
            if (Vocabulary.isFunctionWord(w) || !Character.isLetter(w.charAt(0))) {
                return -1;
            }
        }
        return -1;
    }

    /** The token lies inside a quotation opened earlier in its sentence. */
    private boolean quoted(int token, int first) {
        int open = 0;
        int straight = 0;
        for (int k = first; k < token; k++) {
            String w = word(k);
            if (w.equals("\u201C")) {
                open++;
            } else if (w.equals("\u201D")) {
                open--;
            } else if (w.equals("\"")) {
                straight++;
            }
        }
        return open > 0 || straight % 2 == 1;
    }

    /**
     * Organisations the sentence names as the body an event belongs to ("the annual conference of the
     * Coastal Alliance"): weaker than {@link #organizers}, since "the session of the Assembly" or "the
     * meeting of the Network" may name a membership rather than a host. Readers use them only when the
     * text states no organiser otherwise.
     */
    List<Span> owners(Sentence s) {
        List<Span> out = new ArrayList<>();
        if (s.tokenCount() > MAX_SENTENCE_TOKENS) {
            return out;
        }
        int first = s.firstToken();
        int end = s.endToken();
        for (int i = first; i < end; i++) {
            String w = lower(i);
            if (Vocabulary.isEventNoun(w) && Character.isLowerCase(word(i).charAt(0)) && i + 2 < end
                    && lower(i + 1).equals("of") && (Character.isUpperCase(word(i + 2).charAt(0))
                    || (i + 3 < end && lower(i + 2).equals("the") && Character.isUpperCase(word(i + 3).charAt(0))))) {
                int listEnd = clauseEnd(i + 2, end);
                List<Span> names = OrganizerNames.byList(v.text, Span.of(v.tokens.get(i + 2).start(), v.tokens.get(listEnd - 1).end()));
                if (!names.isEmpty() && OrganizerNames.looksLikeOrganization(OrganizerNames.withoutAcronym(v.text, names.get(0)))) {
                    out.add(names.get(0));
                }
            }
        }
        return out;
    }

    /** The span is (part of) a person's name found by the entity annotators, or starts with an honorific. */
    private boolean isPerson(Span name) {
        String text = v.text(name);
        if (HONORIFIC_FIRST.matcher(text).matches()) {
            return true;
        }
        for (io.eventlens.extraction.entity.PersonMention p : v.document.get(io.eventlens.extraction.entity.PersonMention.LAYER)) {
            if (p.start() >= name.end()) {
                break;
            }
            if (p.overlaps(name)) {
                return true; // when in doubt a person ("organised by Jane Holt"), not an organiser
            }
        }
        return false;
    }

    /**
     * "was hosted on 15-16 October at the X Centre by": a passive organiser verb a few words before this
     * "by", with only a date and a place between them (no comma, no other verb).
     */
    private boolean passiveOrganizerBefore(int by, int first) {
        if (by - 1 >= first && Vocabulary.BY_ORGANIZER_VERBS.contains(lower(by - 1))) {
            return false; // "hosted by": read where the verb is
        }
        for (int k = by - 2; k > first && k >= by - 14; k--) {
            String w = lower(k);
            if (w.equals(",") || w.equals(";") || w.equals("(") || w.equals("by")) {
                return false;
            }
            if (Vocabulary.BY_ORGANIZER_VERBS.contains(w) && !w.equals("moderated")) {
                String aux = lower(k - 1);
                return aux.equals("was") || aux.equals("were") || aux.equals("is") || aux.equals("are") || aux.equals("be")
                        || aux.equals("been");
            }
        }
        return false;
    }

    /**
     * If token {@code i} is a finite organiser verb with an event as its object ("convened an expert
     * panel", "are honored to host the meeting", "have the pleasure of inviting you"), the index
     * where its verb group starts; else -1.
     */
    private int organizerVerbStart(int i, int first, int end) {
        String w = lower(i);
        boolean special = false;
        if (w.equals("pleasure") && i - 2 >= first && lower(i - 1).equals("the")
                && (lower(i - 2).equals("have") || lower(i - 2).equals("has"))) {
            special = true;
        } else if ((w.equals("invite") || w.equals("invites")) && i + 1 < end && (lower(i + 1).equals("you")
                || invitedTo(i + 1, end))) {
            special = true; // "invites you", "invites archivists and librarians to a series of webinars"
        } else if (w.equals("invite") || w.equals("invites")) {
            return -1;
        } else if ((w.equals("welcome") || w.equals("welcomes")) && i + 2 < end && lower(i + 1).equals("you")
                && lower(i + 2).equals("to") && eventFollows(i + 3, end)) {
            special = true; // "The Centre welcomes you to its annual lecture"
        } else if ((w.equals("brought") || w.equals("brings") || w.equals("bring")) && i + 1 < end
                && isTogether(i + 1, end)) {
            special = true;
        } else if ((w.equals("announce") || w.equals("announces")) && i - 2 >= first && lower(i - 1).equals("to")
                && isPleased(lower(i - 2))) {
            // "is pleased to announce the first seminar": the announcer holds it; a bare "announced a summit" may not
            if (!eventFollows(i + 1, end)) {
                return -1;
            }
            special = true;
        } else if (w.endsWith("ing") && Vocabulary.ORGANIZER_VERBS.contains(w) && i - 1 >= first
                && PROGRESSIVE.contains(lower(i - 1))) {
            // "is running a series of webinars", "are hosting a panel": a progressive, not a gerund
            if (!eventFollows(i + 1, end)) {
                return -1;
            }
            special = true;
        } else if (!Vocabulary.ORGANIZER_VERBS.contains(w) || w.endsWith("ing") || w.equals("invited")) {
            return -1;
        }
        int k = i;
        while (k - 1 >= first && AUXILIARIES.contains(lower(k - 1))) {
            k--;
        }
        if (!special && k - 2 >= first && lower(k - 1).equals("we") && (lower(k - 2).equals("which") || lower(k - 2).equals("that"))
                && k - 3 >= first && lower(k - 3).equals(",")) {
            special = true; // "the X Moot, which we co-organise each year": the clause's antecedent is the event
        }
        if (!special) {
            if (i - 1 >= first && PASSIVE.contains(lower(i - 1))) {
                return -1; // "was held": the subject is the event
            }
            boolean afterComma = i - 1 >= first && lower(i - 1).equals(",");
            boolean participle = w.endsWith("ed") || w.equals("held") || w.equals("run");
            boolean prepositionNext = i + 1 < end && lower(i + 1).matches("at|in|on|by|from|during|for|under|with|over");
            if (afterComma && participle && prepositionNext) {
                return -1; // "The Forum, held at the Centre, ...": a participle describing the subject
            }
            if (i - 1 >= first && lower(i - 1).equals("to") && !(i - 3 >= first && isPleased(lower(i - 2)))) {
                return -1;
            }
            if (!eventFollows(i + 1, end)) {
                return -1;
            }
        }
        if (w.equals("pleasure")) {
            k = i - 2;
            while (k - 1 >= first && AUXILIARIES.contains(lower(k - 1))) {
                k--;
            }
        }
        return k;
    }

    /**
     * "brought together a group of experts", "brings together researchers", "brought together sixty
     * monitors ... for a training workshop": people or a gathering, not ideas.
     */
    private boolean isTogether(int i, int end) {
        boolean together = false;
        boolean people = false;
        for (int k = i; k < Math.min(end, i + 8); k++) {
            String w = lower(k);
            together |= w.equals("together");
            people |= PEOPLE_NOUNS.contains(w) || Vocabulary.isEventNoun(w)
                    || (together && isCount(w) && k + 1 < end && isAgentNoun(lower(k + 1)));
        }
        if (together && !people) {
            for (int k = i; k < Math.min(end, i + 20); k++) {
                String w = lower(k);
                if (w.equals(".") || w.equals(";") || w.equals(":")) {
                    break;
                }
                people |= Vocabulary.isEventNoun(w) && !Vocabulary.AMBIGUOUS_EVENT_NOUNS.contains(w);
            }
        }
        return together && people;
    }

    /** "sixty", "40", "dozens": a number of people. */
    private static boolean isCount(String w) {
        return w.matches("\\d+|dozens|hundreds|scores|some|more|over|about|nearly|almost|around")
                || COUNT_WORDS.contains(w.replaceAll("-.*", "")); // "sixty-five"
    }

    /** "monitors", "herders", "activists", "participants": a plural naming people by what they do. */
    private static boolean isAgentNoun(String w) {
        return w.length() > 5 && w.matches("[a-z-]+(?:ers|ors|ists|ants|ents|ians|ees)");
    }

    private static final Set<String> COUNT_WORDS = Vocabulary.words("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety", "hundred", "several", "many");
    private static final Set<String> CONTRIBUTIONS = Vocabulary.words("submissions", "papers", "abstracts", "proposals",
            "contributions", "applications", "nominations", "registrations", "posters");
    /** Auxiliaries before a progressive organiser verb ("is hosting"). */
    private static final Set<String> PROGRESSIVE = Vocabulary.words("is", "are", "was", "were", "be", "been");

    /** "The Fourth Mayors' Forum will be hosted by", "The next meeting is to be held by": a future edition's host. */
    private boolean nextEdition(int verb, int first) {
        boolean future = verb - 2 >= first && lower(verb - 1).equals("be")
                && (lower(verb - 2).equals("will") || lower(verb - 2).equals("to"));
        if (!future) {
            return false;
        }
        for (int k = first; k < Math.min(verb, first + 4); k++) {
            if (lower(k).matches("next|following|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th)")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PEOPLE_NOUNS = Vocabulary.words("group", "groups", "experts", "expert", "researchers",
            "officials", "participants", "people", "representatives", "speakers", "leaders", "figures", "practitioners",
            "scholars", "academics", "policymakers", "diplomats", "students", "members", "panel", "panelists",
            "panellists", "stakeholders", "partners", "delegates", "professionals", "voices", "actors", "specialists",
            "survivors", "artists", "activists", "journalists", "authors", "ministers", "ambassadors", "clinicians");

    /**
     * "... to a series of three free webinars": "to" and then an event noun; "invite submissions
     * for the 9th International Conference": a call for contributions to an event.
     */
    /** What people are invited to do at a gathering: "invites X to discuss", "to join", "to take part". */
    private static final Set<String> GATHERING_INFINITIVES = Vocabulary.words("discuss", "debate", "join", "attend",
            "explore", "reflect", "hear", "take", "participate", "celebrate", "exchange", "meet");

    private boolean invitedTo(int from, int end) {
        for (int k = from; k < Math.min(end, from + 12); k++) {
            if (lower(k).equals("to") || (lower(k).equals("for") && k > from && CONTRIBUTIONS.contains(lower(k - 1)))) {
                if (lower(k).equals("to") && k + 1 < end && k > from && GATHERING_INFINITIVES.contains(lower(k + 1))) {
                    return true; // "invite archivists and the interested public to discuss ...": the hosts invite
                }
                for (int j = k + 1; j < Math.min(end, k + 8); j++) {
                    if (Vocabulary.isEventNoun(lower(j))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static boolean isPleased(String w) {
        return w.equals("honored") || w.equals("honoured") || w.equals("pleased") || w.equals("delighted")
                || w.equals("proud") || w.equals("happy") || w.equals("glad");
    }

    /**
     * An event noun among the next few words ("convened an expert panel", "host the fifth annual
     * meeting"), or after a partner ("co-organised with the Permanent Mission of X a briefing").
     */
    private boolean eventFollows(int from, int end) {
        // "convened twenty-four young mediators from eleven towns for a two-day workshop": people, then the event
        int reach = from < end && lower(from).equals("with") ? 24
                : from > 0 && lower(from - 1).matches("convened|convenes|convene|gathered|gathers") ? 16 : 7;
        if (from < end && Phrases.isOpeningQuote(word(from).charAt(0))) {
            return true; // "hosted “Tobacco Taxes and Trade Rules”": what is hosted under a quoted title is an event
        }
        for (int k = from; k < Math.min(end, from + reach); k++) {
            String w = lower(k);
            boolean possessive = k + 1 < end && (lower(k + 1).equals("'s") || lower(k + 1).equals("\u2019s"));
            if ((Vocabulary.isEventNoun(w) && !possessive) || namedDay(k, from)) {
                return true; // "hosted a panel"; not "presented the Forum's written evidence"
            }
            if (w.equals(".") || w.equals(";") || w.equals("by")) {
                return false;
            }
        }
        return false;
    }

    /** "a Youth Science Day", "the Open Days": a capitalised name ending in "Day" names an occasion. */
    private boolean namedDay(int k, int from) {
        String w = word(k);
        return (w.equals("Day") || w.equals("Days")) && k > from && Phrases.capitalised(word(k - 1));
    }

    /** "X's [adjectives] panel" or "X ... its [adjectives] meetup": X when it names an organisation. */
    private Span possessor(int noun, int first) {
        int k = noun - 1;
        int adjectives = 0;
        while (k >= first && adjectives < 3 && Character.isLowerCase(word(k).charAt(0)) && !Vocabulary.isFunctionWord(lower(k))
                && !lower(k).equals("its") && !lower(k).equals("their") && !lower(k).equals("'s") && !lower(k).equals("\u2019s")) {
            k--;
            adjectives++;
        }
        if (k < first) {
            return null;
        }
        String w = lower(k);
        if ((w.equals("'s") || w.equals("\u2019s")) && k - 1 >= first) {
            // the name right before the possessive: capitalised words, "of"/"for"/"the" inside it
            int j = k - 1;
            if (!Phrases.capitalised(word(j))) {
                return null;
            }
            while (j - 1 >= first && (Phrases.capitalised(word(j - 1))
                    || (lower(j - 1).matches("of|for|the|on|and") && j - 2 >= first && Phrases.capitalised(word(j - 2))))) {
                j--;
            }
            while (j < k && Vocabulary.isFunctionWord(lower(j))) {
                j++;
            }
            Span name = OrganizerNames.clean(v.text, Span.of(v.tokens.get(j).start(), v.tokens.get(k - 1).end()));
            return name.length() > 0 && OrganizerNames.looksLikeOrganization(v.text(name)) ? name : null;
        }
        if (w.equals("its") || w.equals("their")) {
            // the sentence's subject: the names before its first verb
            for (int j = first; j < k; j++) {
                String x = lower(j);
                if (PASSIVE.contains(x) || x.equals("has") || x.equals("have") || x.equals("will") || x.equals("returns")
                        || x.equals("holds") || x.equals("marks") || x.equals("celebrates")) {
                    if (j == first) {
                        return null;
                    }
                    List<Span> subject = OrganizerNames.trailing(v.text,
                            Span.of(v.tokens.get(first).start(), v.tokens.get(j - 1).end()));
                    return subject.size() == 1 && OrganizerNames.looksLikeOrganization(v.text(subject.get(0)))
                            ? subject.get(0) : null;
                }
            }
        }
        return null;
    }

    /** Where the organiser list after "by" stops: a relative clause, a semicolon, the sentence's end. */
    private int clauseEnd(int from, int end) {
        for (int k = from; k < end; k++) {
            String w = lower(k);
            if (w.equals(";") || w.equals(".") || CLAUSE_BREAKERS.contains(w)) {
                return k;
            }
            if (k > from && startsDate(k) || k > from && (w.equals("on") || w.equals("in")) && k + 1 < end && startsDate(k + 1)) {
                return k; // "organised by the X and the Y on 14 May 2025 at ...": the names end before the date
            }
            if (w.equals("to") && k + 1 < end && Character.isLowerCase(word(k + 1).charAt(0))
                    && !Vocabulary.isFunctionWord(lower(k + 1))) {
                return k; // "... to reflect on"
            }
            if (w.equals(",") && newClauseAfter(k + 1, end)) {
                return k; // "hosted by the Development Council, the Institute presented ...": the subject of the next clause
            }
        }
        return end;
    }

    /** A date the text states begins at token {@code k} ("14 May 2025", "Thursday"). */
    private boolean startsDate(int k) {
        int at = v.tokens.get(k).start();
        int i = DocumentView.firstStartingAtOrAfter(v.dates, at);
        return i < v.dates.size() && v.dates.get(i).start() == at && v.dates.get(i).startDate() != null;
    }

    /** A name and then a verb start at {@code from}: "the Institute presented", not "the Foundation and ...". */
    private boolean newClauseAfter(int from, int end) {
        int k = from;
        boolean named = false;
        while (k < end && k < from + 8) {
            String w = word(k);
            if (Phrases.capitalised(w)) {
                named = true;
            } else if (!Vocabulary.isFunctionWord(lower(k)) && !lower(k).equals("'s") && !lower(k).equals("\u2019s")) {
                break;
            }
            k++;
        }
        if (!named || k >= end || k == from) {
            return false;
        }
        String next = lower(k);
        return Character.isLowerCase(word(k).charAt(0)) && (next.length() > 4 && next.endsWith("ed") || CLAUSE_VERBS.contains(next));
    }

    /** Verbs that open a clause after its subject ("the Institute gave ..."). */
    private static final Set<String> CLAUSE_VERBS = Vocabulary.words("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "can", "could", "said", "says", "gave", "gives", "met", "meets", "held", "holds", "led", "leads", "spoke",
            "took", "takes", "made", "makes", "ran", "runs", "began", "told", "brought", "brings", "sent", "welcomed", "opened");

    // ---------------------------------------------------------------- location

    /** A place the sentence says the event was held at, with how sure we are; null when it says none. */
    Slot<String> location(Sentence s) {
        if (s.tokenCount() > MAX_SENTENCE_TOKENS) {
            return null;
        }
        int first = s.firstToken();
        int end = s.endToken();
        Slot<String> best = null;
        for (int i = first; i < end; i++) {
            String w = lower(i);
            Slot<String> found = null;
            if (ROOM_WORDS.contains(w) && i + 1 < end && lower(i + 1).equals("of") && i > first) {
                found = place(i + 2, end, 0.75, true);
                found = found == null ? null : withNamedRoom(i, first, found);
            } else if (PLANNED_FOR.contains(w) && i + 2 < end && lower(i + 1).equals("for")
                    && Character.isUpperCase(word(i + 2).charAt(0)) && !MONTH_WORDS.contains(lower(i + 2))
                    && !WEEKDAYS.contains(lower(i + 2))) {
                found = place(i + 2, end, 0.6, false); // "is planned for Kigali in September 2022"
            } else if (PLACE_VERBS.contains(w)) {
                found = afterVerb(i + 1, end, 24);
            } else if (Vocabulary.isEventNoun(w) && Character.isLowerCase(word(i).charAt(0)) && !SIDE_GATHERINGS.contains(w)) {
                found = afterVerb(i + 1, end, 2); // "at a public meeting at Tarrow College", "a panel in Geneva"
            }
            if (found != null && (best == null || found.confidence() > best.confidence())) {
                best = found;
            }
        }
        return best;
    }

    /** What goes with an event elsewhere: "followed by a reception at the Hotel X" does not place the meeting. */
    private static final Set<String> SIDE_GATHERINGS = Vocabulary.words("reception", "receptions", "dinner", "dinners",
            "breakfast", "luncheon", "lunch", "cocktail", "drinks", "exhibition", "tour", "visit", "excursion");

    /** Prepositions before a venue, in English and as other languages write them inside English text ("au Palais X"). */
    private static final Set<String> VENUE_PREPOSITIONS = Vocabulary.words("at", "in", "inside", "au", "im", "en", "à",
            "dans", "na", "no", "nel", "nella", "am");
    /** Articles between such a preposition and the venue's name: "in der Aula", "à la Maison", "en el Teatro". */
    private static final Set<String> VENUE_ARTICLES = Vocabulary.words("the", "its", "their", "our", "der", "die", "das",
            "dem", "la", "le", "les", "el", "il", "l", "o", "a");
    private static final Set<String> COPULAS = Vocabulary.words("is", "was", "will", ":");

    /** Verbs whose object is the room itself: "Around 150 people filled the Aula Magna". */
    private static final Set<String> FILLING_VERBS = Vocabulary.words("filled", "fill", "fills", "packed", "pack", "crowded",
            "thronged", "filling", "packing");
    /** A sentence about something else than the gathering's place: rooms to book, a reception, an office. */
    private static final Set<String> NOT_THE_GATHERING = Vocabulary.words("reception", "dinner", "lunch", "accommodation",
            "accommodated", "stay", "staying", "stayed", "book", "booked", "booking", "rooms", "parking", "office", "offices",
            "headquartered", "based", "registered", "address", "mailing", "postal", "contact", "send", "mail", "works",
            "worked", "working", "studied", "studies", "teaches", "taught", "graduated", "exhibition", "exhibited", "born",
            "lives", "lived", "next", "previous", "last", "upcoming", "follow-up", "visit", "hotels", "shuttle", "airport");

    /**
     * A venue the sentence names without an event verb next to it ("Over two days at the Hotel X in Almaty, ...",
     * "Around 150 people filled the Aula Magna of the Faculty of Law", "The meeting, held in the Council Chamber"):
     * a capitalised name with a word of a building or a room after "at"/"in" (or as the object of "filled"), not
     * where a person's position is given ("Lecturer at the X Centre") and not in a sentence about a reception,
     * an office or a stay. Null when the sentence names none.
     */
    Slot<String> venueMention(Sentence s) {
        if (s.tokenCount() > MAX_SENTENCE_TOKENS) {
            return null;
        }
        int first = s.firstToken();
        int end = s.endToken();
        for (int i = first; i < end; i++) {
            if (NOT_THE_GATHERING.contains(lower(i))) {
                return null;
            }
        }
        for (int i = first; i < end; i++) {
            String w = lower(i);
            boolean preposition = VENUE_PREPOSITIONS.contains(w);
            int k = i + 1;
            if ((w.equals("venue") || w.equals("venues")) && k < end && COPULAS.contains(lower(k))) {
                k += lower(k).equals("will") && k + 1 < end && lower(k + 1).equals("be") ? 2 : 1; // "The venue was the Salle X"
            } else if (!preposition && !FILLING_VERBS.contains(w)) {
                continue;
            }
            if (k < end && VENUE_ARTICLES.contains(lower(k))) {
                k++;
                if (k < end && (word(k).equals("'") || word(k).equals("\u2019"))) {
                    k++;
                }
            }
            if (k >= end || !Character.isUpperCase(word(k).charAt(0)) || positionBefore(i, first)) {
                continue;
            }
            Slot<String> p = place(k, end, 0.5, true);
            if (p != null && namesBuilding(p.value()) && !Phrases.isAcronym(p.value())) {
                return p;
            }
        }
        return null;
    }

    /**
     * "Senior Lecturer at", "a student in", "Co-Director of the Peace Operations Program at": a person's position,
     * not a venue, comes right before the preposition (capitalised words and small words back to a role word).
     */
    private boolean positionBefore(int preposition, int first) {
        for (int k = preposition - 1; k >= first && k >= preposition - 10; k--) {
            String w = lower(k);
            if (io.eventlens.extraction.entity.Vocabulary.isRoleWord(word(k)) || w.equals("candidate") || w.equals("student")
                    || w.equals("students")) {
                return true;
            }
            boolean nameWord = Character.isUpperCase(word(k).charAt(0)) || Vocabulary.isFunctionWord(w) || w.equals("'s")
                    || w.equals("-") || w.equals("&");
            if (!nameWord || PLACE_VERBS.contains(w) || Vocabulary.isEventNoun(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "the Great Hall of the X Institute": a room with a capitalised name of its own is part of the place;
     * "the main hall of X" is not.
     */
    private Slot<String> withNamedRoom(int room, int first, Slot<String> venue) {
        if (!Character.isUpperCase(word(room).charAt(0))) {
            return venue;
        }
        int k = room;
        while (k - 1 >= first && k > room - 3 && Character.isUpperCase(word(k - 1).charAt(0))
                && !Vocabulary.isFunctionWord(lower(k - 1)) && !MONTH_WORDS.contains(lower(k - 1))) {
            k--;
        }
        if (k == first || k == room && !(k - 1 >= first && lower(k - 1).equals("the"))) {
            return venue; // "Hosted in Hall of ..." at the sentence start, or a bare "Hall of" without "the"
        }
        Span span = Span.of(v.tokens.get(k).start(), venue.span().end());
        return Slot.of(Phrases.clean(v.text(span)), span, venue.confidence());
    }

    /** "at the X" (a venue) or "in X" (a city) within a few words after an event verb. */
    /** English names of languages, from the JDK: "in Spanish" says how, not where. */
    private static final Set<String> LANGUAGES = languages();

    private static Set<String> languages() {
        Set<String> out = new java.util.HashSet<>();
        for (String code : Locale.getISOLanguages()) {
            String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !name.equals(code) && !name.contains(" ")) {
                out.add(name);
            }
        }
        return Set.copyOf(out);
    }

    private Slot<String> afterVerb(int from, int end, int reach) {
        Slot<String> best = null;
        boolean byAgent = false;
        for (int k = from; k < Math.min(end, from + reach); k++) {
            String w = lower(k);
            if (w.equals(";") || w.equals(".") || CLAUSE_BREAKERS.contains(w)) {
                break;
            }
            if (w.equals("by")) {
                byAgent = true; // "hosted by X at the Y Hall": past the agent only a building is the place
                continue;
            }
            if (byAgent) {
                if (w.equals("at") && k + 2 < end && lower(k + 1).equals("the")) {
                    Slot<String> p = place(k + 1, end, 0.6, true);
                    if (p != null && namesBuilding(p.value()) && (best == null || p.confidence() > best.confidence())) {
                        best = p;
                    }
                }
                continue;
            }
            if ((w.equals("at") || w.equals("in") || w.equals("into")) && k + 1 < end) {
                String next = word(k + 1);
                String nextLower = next.toLowerCase(Locale.ROOT);
                if (Character.isDigit(next.charAt(0)) || MONTH_WORDS.contains(nextLower)
                        || (w.equals("in") && LANGUAGES.contains(nextLower))) {
                    continue; // "at 19:30", "in March", "a webinar in Spanish"
                }
                Slot<String> p = place(k + 1, end, w.equals("at") ? 0.7 : 0.5, w.equals("at"));
                if (p != null && (best == null || p.confidence() > best.confidence())) {
                    best = p;
                }
            }
        }
        return best;
    }

    /** A capitalised place name starting at {@code k} (after an optional "the"), with ", City" or " in City". */
    private Slot<String> place(int k, int end, double confidence, boolean venue) {
        if (k < end && lower(k).equals("the")) {
            k++;
        }
        if (k >= end || !Character.isUpperCase(word(k).charAt(0))) {
            return null;
        }
        int last = k;
        int j = k + 1;
        while (j < end) {
            String w = word(j);
            if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) {
                last = j;
                j++;
            } else if ((lower(j).equals("of") || lower(j).equals("for") || lower(j).equals("and"))
                    && j + 1 < end && Character.isUpperCase(word(j + 1).charAt(0)) && !MONTH_WORDS.contains(lower(j + 1))) {
                j++; // "Institute for Urban Design"; not "for the Seed Forum", "on Saturday"
            } else if (NAME_PARTICLES.contains(lower(j)) && particlesThenName(j, end) > j) {
                j = particlesThenName(j, end); // "Palais des Nations", "Casa de la Cultura", "Aula des Hauptgebäudes"
            } else if (lower(j).equals("of") && j + 2 < end && lower(j + 1).equals("the")
                    && Character.isUpperCase(word(j + 2).charAt(0))) {
                j += 2; // "Residence of the Ambassador"
            } else if (lower(j).matches("['’]s?") && j + 1 < end && Character.isUpperCase(word(j + 1).charAt(0))
                    && v.tokens.get(j).start() == v.tokens.get(j - 1).end()) {
                j++; // "Fishers' Hall", "St John's College"
            } else {
                break;
            }
        }
        // "the Great Hall, Old College, Edinburgh", "Room 4, Faculty of Law": comma-joined parts of one address
        int parts = 0;
        while (parts < 5 && j + 1 < end) {
            int aside = floorAside(j, end);
            if (aside > j) {
                last = aside - 1; // "Tillery House (3rd floor), 18 Quayside Road"
                j = aside;
                continue;
            }
            if (!lower(j).equals(",")) {
                break;
            }
            int partEnd = addressPart(j + 1, end);
            if (partEnd < 0) {
                break;
            }
            last = partEnd - 1;
            j = partEnd;
            parts++;
        }
        // "Hacettepe University in Ankara", "Palais des Nations, Geneva"
        if (j + 1 < end && (lower(j).equals("in") || lower(j).equals(",")) && Character.isUpperCase(word(j + 1).charAt(0))
                && !MONTH_WORDS.contains(lower(j + 1)) && !WEEKDAYS.contains(lower(j + 1))
                && (j + 2 >= end || !Character.isUpperCase(word(j + 2).charAt(0)) || lower(j).equals("in"))) {
            int city = j + 1;
            while (city + 1 < end && Character.isUpperCase(word(city + 1).charAt(0))) {
                city++;
            }
            if (city - j <= 3) {
                last = city;
            }
        }
        // "the Sint-Jozef parish hall": lower-case words naming the room after the name
        int room = last + 1;
        while (room < end && room <= last + 2 && Character.isLowerCase(word(room).charAt(0)) && !Vocabulary.isFunctionWord(lower(room))) {
            if (Vocabulary.isVenueWord(lower(room))) {
                last = room;
            }
            room++;
        }
        Span span = Span.of(v.tokens.get(k).start(), v.tokens.get(last).end());
        String value = v.text(span);
        boolean venueWord = false;
        boolean eventNoun = false;
        List<String> placeWords = OrganizerNames.wordList(value);
        for (String w : placeWords) {
            venueWord |= Vocabulary.isVenueWord(w);
            eventNoun |= Vocabulary.isEventNoun(w) && !Vocabulary.AMBIGUOUS_EVENT_NOUNS.contains(w.toLowerCase(Locale.ROOT));
        }
        boolean namedEvent = false;
        if (placeWords.size() >= 2) {
            // "at the Mangrove Futures Forum": a name ending in an event noun names the event, not its venue
            String lastWord = placeWords.get(placeWords.size() - 1).toLowerCase(Locale.ROOT);
            namedEvent = Vocabulary.isEventNoun(lastWord) && !lastWord.equals("school") && !lastWord.equals("clinic");
            for (String w : placeWords.subList(0, placeWords.size() - 1)) {
                namedEvent &= !Vocabulary.isVenueWord(w);
            }
        }
        if (Phrases.isAcronym(value) || value.length() < 3 || (eventNoun && !venueWord) || namedEvent) {
            return null; // "at the National Consultation on X": an event, not a place
        }
        double c = confidence + (venue && venueWord ? 0.1 : 0);
        return Slot.of(Phrases.clean(value), span, c);
    }

    /**
     * Words of a building or a room, in English and the languages venues keep their names in: the place a
     * by-agent clause can still name ("hosted by X at the Y Hall"), and what makes a phrase a venue wherever a
     * sentence mentions it ("Over two days at the Hotel X", "au Palais Y", "in der Aula des Z").
     */
    static final Set<String> BUILDING_WORDS = Vocabulary.words("hall", "room", "auditorium", "theatre", "theater",
            "centre", "center", "building", "headquarters", "hotel", "palace", "palais", "pavilion", "chamber", "library",
            "museum", "gallery", "residence", "embassy", "lodge", "house", "boardroom", "ballroom", "aula", "hôtel",
            "casa", "maison", "haus", "salle", "sala", "salon", "saal", "hörsaal", "palácio", "palacio", "palazzo", "palau",
            "teatro", "théâtre", "biblioteca", "bibliothèque", "bibliothek", "museo", "musée", "auditorio", "auditório",
            "amphithéâtre", "amphitheatre", "amphitheater", "rathaus", "kulturhaus", "centro", "espace", "espacio",
            "castle", "château", "schloss", "castillo", "cathedral", "church", "chapel", "villa", "manor", "mansion",
            "courthouse", "townhall", "atrium", "arena");

    /** Small words inside a venue's own name in other languages: "Palais des Nations", "Casa de la Cultura". */
    private static final Set<String> NAME_PARTICLES = Vocabulary.words("de", "des", "du", "la", "le", "les", "l",
            "del", "della", "delle", "dei", "di", "da", "do", "dos", "das", "der", "den", "dem", "van", "von", "y", "e",
            "et", "und", "los", "las", "el", "d");

    /** After one or two particles a capitalised word: the index of that word, else {@code j}. */
    private int particlesThenName(int j, int end) {
        int k = j;
        while (k < end && k < j + 2 && NAME_PARTICLES.contains(lower(k))) {
            k++;
            if (k < end && (word(k).equals("'") || word(k).equals("\u2019"))) {
                k++; // "de l'Université"
            }
        }
        return k > j && k < end && Character.isUpperCase(word(k).charAt(0)) && !MONTH_WORDS.contains(lower(k)) ? k : j;
    }

    /** "(3rd floor)", "(Room 4)", "(Building B)": a short bracket locating the room; the index after it, else {@code j}. */
    private int floorAside(int j, int end) {
        if (!word(j).equals("(")) {
            return j;
        }
        boolean locates = false;
        boolean named = true;
        for (int k = j + 1; k < end && k <= j + 6; k++) {
            String w = lower(k);
            if (w.equals(")")) {
                // "Palais Aurach (Mirror Hall), Ring 9": a room's name in brackets before the address goes on
                named &= k > j + 1 && k + 1 < end && word(k + 1).equals(",");
                return locates || named ? k + 1 : j;
            }
            String original = word(k);
            named &= Character.isUpperCase(original.charAt(0)) && !original.equals(original.toUpperCase(Locale.ROOT));
            locates |= Character.isDigit(w.charAt(0)) || Vocabulary.isVenueWord(w);
            if (Character.isLowerCase(word(k).charAt(0)) && !Vocabulary.isVenueWord(w) && !Vocabulary.isFunctionWord(w)
                    && !ORDINAL_WORDS.contains(w)) {
                return j; // "(link below)", "(registration required)"
            }
        }
        return j;
    }

    private static final Set<String> ORDINAL_WORDS = Vocabulary.words("first", "second", "third", "fourth", "fifth", "ground",
            "top", "upper", "lower", "main");

    /** What may follow the last part of an address: punctuation or a preposition ("..., Edinburgh on 14 March"). */
    private static final Set<String> PART_CLOSERS = Set.of(",", ".", ";", ")", "(", ":", "-", "\u2013", "\u2014", "on", "from",
            "at", "in", "for", "to", "with", "between", "until", "starting", "during");

    private static boolean namesBuilding(String value) {
        for (String w : OrganizerNames.wordList(value)) {
            if (BUILDING_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of one comma-separated part of an address starting at {@code k}: capitalised words, with "of",
     * "de" or "the" inside ("Faculty of Law", "Old College"), ending the sentence, a clause or before a small
     * word ("..., Edinburgh on 14 March"); -1 when it is no such part (a date, a person, a clause).
     */
    private int addressPart(int k, int end) {
        int j = k;
        int words = 0;
        if (j + 1 < end && word(j).length() <= 5 && Character.isDigit(word(j).charAt(0)) && Character.isUpperCase(word(j + 1).charAt(0))
                && !MONTH_WORDS.contains(lower(j + 1))) {
            j++; // a house number first: "2210 Fenwick Avenue NW", "18 Quayside Road"
        }
        while (j < end && words < 5) {
            String w = word(j);
            boolean acronym = w.length() > 2 && w.equals(w.toUpperCase(Locale.ROOT));
            if (Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(w.length() - 1)) && !acronym
                    && !MONTH_WORDS.contains(lower(j)) && !Vocabulary.isFunctionWord(lower(j))) {
                j++;
                words++;
            } else if (words > 0 && w.length() <= 5 && Character.isDigit(w.charAt(0))) {
                j++; // a house or room number: "Quay Street 4", "Room 210"
            } else if (words > 0 && (lower(j).equals("of") || lower(j).equals("de")) && j + 1 < end
                    && Character.isUpperCase(word(j + 1).charAt(0))) {
                j++;
            } else {
                break;
            }
        }
        if (words == 0 || words >= 5) {
            return -1;
        }
        if (j < end) {
            String next = lower(j);
            boolean closes = PART_CLOSERS.contains(next);
            if (!closes) {
                return -1;
            }
        }
        Span part = Span.of(v.tokens.get(k).start(), v.tokens.get(j - 1).end());
        if (!v.document.within(io.eventlens.extraction.entity.PersonMention.LAYER, part).isEmpty()) {
            return -1; // "at the Town Hall, Mayor Ines Varga, ..."
        }
        return j;
    }

    // ---------------------------------------------------------------- titles

    /** A quotation the sentence gives as an event's title, with the event noun it names; null if none. */
    private static final Set<String> SPEAKING_VERBS = Vocabulary.words("speak", "speaks", "speaking", "talk", "talks",
            "talking", "lecture", "lectures", "lecturing", "present", "presents", "presenting");
    private static final Set<String> LAUNCH_NOUNS = Vocabulary.words("launch", "launching", "relaunch", "unveiling");

    List<QuotedTitle> quotedTitles(Sentence s) {
        List<QuotedTitle> out = new ArrayList<>();
        if (s.tokenCount() > MAX_SENTENCE_TOKENS) {
            return out;
        }
        String text = v.text;
        int i = s.start();
        while (i < s.end()) {
            char c = text.charAt(i);
            char close = c == '\u201C' ? '\u201D' : c == '"' ? '"' : c == '\u00AB' ? '\u00BB' : 0;
            if (close == 0) {
                i++;
                continue;
            }
            int j = text.indexOf(close, i + 1);
            if (j < 0 || j > s.end() + 1 || j - i > 300) {
                i++;
                continue;
            }
            Span quote = Span.of(i, j + 1);
            Span inner = Phrases.titleSpan(text, quote);
            String title = text.substring(inner.start(), inner.end());
            int words = Phrases.words(text, inner).size();
            if (words >= 2 && words <= 30 && Character.isUpperCase(title.charAt(0))) {
                String noun = nounFor(s, quote);
                if (noun != null) {
                    out.add(new QuotedTitle(inner, noun));
                }
            }
            i = j + 1;
        }
        if (out.isEmpty()) {
            out.addAll(emphasisedAppositives(s));
        }
        return out;
    }

    /**
     * "The side event, **Judges Under Threat**, was held ...", "A follow-up webinar in Spanish, *Jueces en el
     * exilio*, will take place ...": a title set in bold or italics right after an event noun and a comma.
     */
    private List<QuotedTitle> emphasisedAppositives(Sentence s) {
        List<QuotedTitle> out = new ArrayList<>();
        String text = v.text;
        for (io.eventlens.extraction.normalize.Markup m : v.document.within(io.eventlens.extraction.normalize.Markup.LAYER,
                Span.of(s.start(), s.end()))) {
            if (m.kind() != io.eventlens.extraction.normalize.Markup.Kind.STRONG
                    && m.kind() != io.eventlens.extraction.normalize.Markup.Kind.EMPHASIS) {
                continue;
            }
            int before = m.start() - 1;
            while (before > s.start() && text.charAt(before) == ' ') {
                before--;
            }
            int after = m.end();
            while (after < s.end() && text.charAt(after) == ' ') {
                after++;
            }
            if (before <= s.start() || text.charAt(before) != ',' || after >= text.length() || text.charAt(after) != ',') {
                continue;
            }
            String title = text.substring(m.start(), m.end()).strip();
            int words = Phrases.words(text, m).size();
            if (words < 2 || words > 30 || !Character.isUpperCase(title.charAt(0))) {
                continue;
            }
            int k = tokenAt(s, before) - 1;
            for (int steps = 0; k >= s.firstToken() && steps < 4; k--, steps++) {
                String w = lower(k);
                if (Vocabulary.isNonEventNoun(w)) {
                    break;
                }
                if (Vocabulary.isEventNoun(w)) {
                    out.add(new QuotedTitle(Span.of(m.start(), m.end()), w));
                    break;
                }
            }
        }
        return out;
    }

    /** Words that may stand between an event noun and the name set in bold after it ("our webinar **X**"). */
    private static final Set<String> DETERMINERS = Vocabulary.words("the", "a", "an", "our", "its", "their", "this", "his", "her",
            "of", "titled", "entitled", "called", "on");

    /**
     * A name set in bold or italics that the sentence gives a gathering: right after an event noun ("our
     * webinar **X**", "the launch of *X*"), or holding a capitalised event noun itself after an article
     * ("gathered for the **Regional Encounter of X**"); null when there is none.
     */
    Span emphasisedEventName(Sentence s) {
        if (s.tokenCount() > MAX_SENTENCE_TOKENS) {
            return null;
        }
        String text = v.text;
        // a bold title may run past the sentence's end: "**“Who Searches? Who Finds?”**" is split at its question mark
        for (io.eventlens.extraction.normalize.Markup m : v.document.within(io.eventlens.extraction.normalize.Markup.LAYER,
                Span.of(s.start(), Math.min(text.length(), s.end() + 300)))) {
            if (m.kind() != io.eventlens.extraction.normalize.Markup.Kind.STRONG
                    && m.kind() != io.eventlens.extraction.normalize.Markup.Kind.EMPHASIS || m.start() >= s.end()) {
                continue;
            }
            Span inner = Phrases.titleSpan(text, m);
            List<Span> words = Phrases.words(text, inner);
            if (words.size() < 2 || words.size() > 30 || !Character.isUpperCase(text.charAt(inner.start()))
                    || startsWithPerson(inner)) {
                continue; // "We also heard from **Ana Duarte**, ..."
            }
            int first = tokenAt(s, m.start());
            if (first < 0) {
                continue;
            }
            for (int k = first - 1, steps = 0; k >= s.firstToken() && steps < 3; k--, steps++) {
                String w = lower(k);
                if (Vocabulary.isNonEventNoun(w)) {
                    break;
                }
                if (Vocabulary.isEventNoun(w) || LAUNCH_NOUNS.contains(w)) {
                    return inner;
                }
                if (!DETERMINERS.contains(w)) {
                    break;
                }
            }
            boolean article = first - 1 >= s.firstToken() && lower(first - 1).matches("the|a|an");
            for (int w = 1; article && w < words.size(); w++) {
                String word = text.substring(words.get(w).start(), words.get(w).end());
                String bare = word.toLowerCase(Locale.ROOT);
                if (Phrases.capitalised(word) && Vocabulary.isEventNoun(bare) && !Vocabulary.AMBIGUOUS_EVENT_NOUNS.contains(bare)) {
                    return inner;
                }
            }
        }
        return null;
    }

    private boolean startsWithPerson(Span span) {
        for (io.eventlens.extraction.entity.PersonMention p : v.document.within(io.eventlens.extraction.entity.PersonMention.LAYER, span)) {
            if (p.start() <= span.start() + 6) {
                return true; // the name, perhaps after an honorific
            }
        }
        return false;
    }

    /** The event noun a quotation names ("a roundtable titled “X”"), or null when it names a report, a film... */
    private String nounFor(Sentence s, Span quote) {
        int q = tokenAt(s, quote.start());
        if (q < 0) {
            return null;
        }
        int k = q - 1;
        if (k >= s.firstToken() && lower(k).equals("of")) {
            if (k - 1 >= s.firstToken() && LAUNCH_NOUNS.contains(lower(k - 1))) {
                return "launch"; // "the launch of “Report Title”": the launch event goes by the report's title
            }
            return null; // "a screening of “X”": X is the thing shown
        }
        if (k >= s.firstToken() && HOSTING_VERBS.contains(lower(k))) {
            return "event"; // "will host “X” on Thursday": what is hosted is an event
        }
        if (k - 1 >= s.firstToken() && SPEAKING_VERBS.contains(lower(k - 1)) && lower(k).matches("on|about")
                || k >= s.firstToken() && lower(k).matches("presents|present|presenting|discuss|discusses")
                    && k - 1 >= s.firstToken() && lower(k - 1).equals("will")) {
            return "talk"; // "Prof. X will speak on “Title”": a talk goes by what it is about
        }
        boolean trigger = false;
        for (int steps = 0; k >= s.firstToken() && steps < 12; k--, steps++) {
            String w = lower(k);
            if (w.equals("titled") || w.equals("entitled") || w.equals("called") || w.equals("named") || w.equals("themed")) {
                trigger = true;
                continue;
            }
            if (Vocabulary.isNonEventNoun(w)) {
                return null;
            }
            if (Vocabulary.isEventNoun(w)) {
                return w;
            }
            if (w.equals(".") || w.equals(";") || w.equals("said") || w.equals("says")) {
                break;
            }
        }
        // "Titled “X,” the online event was ...": the noun follows
        int after = tokenAt(s, quote.end());
        if (after < 0) {
            after = s.endToken();
        }
        boolean apposition = after < s.endToken() && lower(after).equals(",") && after + 1 < s.endToken()
                && lower(after + 1).matches("the|a|an|our|its|this|their");
        for (int j = Math.max(after, q + 1); j < Math.min(s.endToken(), after + 7); j++) {
            String w = lower(j);
            if (Vocabulary.isNonEventNoun(w)) {
                return null;
            }
            if (Vocabulary.isEventNoun(w)) {
                // "Titled “X,” the online event", "for “X”, the first public debate on"
                return trigger || apposition || lower(Math.max(s.firstToken(), j - 1)).matches("the|a|an|this|online|virtual") ? w : null;
            }
        }
        return null;
    }

    private int tokenAt(Sentence s, int offset) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = v.tokens.get(k);
            if (t.end() > offset) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A capitalised name containing an event noun: "Regional Workshop on Antimicrobial Stewardship
     * in Primary Care", "Global Health Thought Leadership Dialogue". Null if the sentence has none.
     */
    /** The name begins the span, after an article at most. */
    private boolean startsAt(Span name, Span span) {
        String before = v.text.substring(span.start(), name.start()).strip();
        return before.isEmpty() || before.equalsIgnoreCase("the");
    }

    /** Token {@code noun} lies in an organisation's name that begins before token {@code start}. */
    private boolean insideOrganisationName(int start, int noun) {
        Span token = v.tokens.get(noun);
        for (io.eventlens.extraction.entity.OrganizationMention o
                : v.document.within(io.eventlens.extraction.entity.OrganizationMention.LAYER, Span.of(Math.max(0, token.start() - 200), Math.min(v.text.length(), token.end() + 200)))) {
            if (o.start() < v.tokens.get(start).start() && o.end() >= token.end()) {
                return true;
            }
        }
        return false;
    }

    Span eventName(Sentence s) {
        if (s.tokenCount() > MAX_SENTENCE_TOKENS) {
            return null;
        }
        int first = s.firstToken();
        int end = s.endToken();
        for (int i = first; i < end; i++) {
            String w = word(i);
            String lowerWord = w.toLowerCase(Locale.ROOT);
            if (!Character.isUpperCase(w.charAt(0)) || !Vocabulary.isEventNoun(w)) {
                continue;
            }
            boolean plural = !Vocabulary.singular(lowerWord).equals(lowerWord);
            int start = i;
            while (start - 1 >= first && (Phrases.capitalised(word(start - 1)) || dashJoined(start - 1, first, end)
                    || possessive(start - 1, first) || pluralPossessive(start - 1, first)
                    || plural && start - 2 >= first && lower(start - 1).equals("of") && Phrases.capitalised(word(start - 2))
                    || plural && ORDINAL.matcher(word(start - 1)).matches())
                    && !isSentenceInitialArticle(start - 1, first)) {
                start--;
            }
            if (plural && (start == i || !ORDINAL.matcher(word(start)).matches())) {
                continue; // "Policy Events Worth Your Time" names no one event; "the 192nd Period of Sessions" one edition
            }
            if (insideOrganisationName(start, i)) {
                continue; // "the Whitmore Centre for Strategic Dialogue": the end of a body's name, no event's
            }
            if (Vocabulary.AMBIGUOUS_EVENT_NOUNS.contains(lowerWord) && !appositiveEvent(i, end) && !eventContext(start, i, first, end)) {
                continue; // "the Fisheries Forum (IOFF)" is a body; "the Seed Forum, an annual meeting" an event
            }
            int last = i;
            int j = i + 1;
            boolean topic = false; // a topic's preposition was crossed: "Conference on Displacement in the Central Sahel"
            while (j < end) {
                String x = word(j);
                if (Phrases.capitalised(x)) {
                    last = j;
                    j++;
                } else if (dashJoined(j, first, end)) {
                    j++; // "Conference on Nordic–Baltic Coasts"
                } else if (Vocabulary.isFunctionWord(x) && !lower(j).equals("at") && j + 1 < end && Phrases.capitalised(word(j + 1))
                        && !startsDate(j + 1, end) && !ORDINAL.matcher(word(j + 1)).matches()) { // not "... from 3rd to 7th March"
                    topic |= TOPIC_PREPOSITIONS.contains(lower(j));
                    j++; // "Forum on Reindeer Herding"; not "... Land Use on 12 May 2025", "... at Kelder Hall"
                } else if (Vocabulary.isFunctionWord(x) && !lower(j).equals("at")
                        && (!lower(j).equals("in") || topic && j + 2 < end && !Vocabulary.isVenueWord(word(j + 2)))
                        && j + 2 < end && lower(j + 1).equals("the")
                        && Phrases.capitalised(word(j + 2))) {
                    j += 2;
                } else {
                    break;
                }
            }
            boolean compound = i + 1 < end && Phrases.capitalised(word(i + 1))
                    && (Vocabulary.isVenueWord(word(i + 1)) || Vocabulary.isOrganizationWord(word(i + 1)));
            if (last - start + 1 >= 2 && !compound) {
                return Span.of(v.tokens.get(start).start(), v.tokens.get(last).end());
            }
        }
        return null;
    }

    private static final Set<String> PLURALS_WITHOUT_S = Set.of("women", "men", "children", "people");
    /** Prepositions that open an event name's topic ("Forum on ...", "Conference of ..."). */
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "of", "for", "about");

    /**
     * Token {@code k} is the apostrophe of a plural possessive inside a name: "Mayors' Summit",
     * "Members' Assembly", "Women's Forum" (not "the Centre's panel", whose owner is the organiser).
     */
    private boolean pluralPossessive(int k, int first) {
        String w = word(k);
        if (k - 1 < first || !Phrases.capitalised(word(k - 1))) {
            return false;
        }
        String owner = lower(k - 1);
        if (w.equals("'") || w.equals("\u2019")) {
            return owner.endsWith("s");
        }
        return (w.equals("'s") || w.equals("\u2019s")) && PLURALS_WITHOUT_S.contains(owner);
    }

    /**
     * What an invitation invites to, when it is an event: "invite you to (join us for | attend) an
     * evening of Baltic music, to be held ..." gives "evening of Baltic music". The phrase runs from
     * after its article to a comma, a date, a time or "at"/"in" a place, and must hold an event noun.
     */
    Span invitedEvent(Sentence s) {
        int end = s.endToken();
        int k = afterInvitation(s);
        if (k < 0) {
            return null;
        }
        if (k + 2 < end && lower(k).equals("join") && lower(k + 1).equals("us") && lower(k + 2).matches("for|at|in")) {
            k += 3;
        } else if (k < end && lower(k).matches("attend|join")) {
            k++;
        } else if (k + 1 < end && lower(k).equals("participate") && lower(k + 1).equals("in")) {
            k += 2;
        }
        if (k < end && lower(k).matches("a|an|the|our|this|its|their")) {
            k++;
        }
        int start = k;
        boolean event = false;
        int last = -1;
        for (; k < end && k < start + 12; k++) {
            String w = lower(k);
            if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals("(") || w.equals("to") || w.equals("which")
                    || w.equals("that") || ((w.equals("on") || w.equals("at") || w.equals("in") || w.equals("from"))
                    && k + 1 < end && (startsDate(k + 1, end) || Character.isDigit(word(k + 1).charAt(0))
                    || Phrases.capitalised(word(k + 1)) || lower(k + 1).equals("the")))) {
                break;
            }
            event |= Vocabulary.isEventNoun(w);
            last = k;
        }
        if (event && last >= start && last - start < 10) {
            return Span.of(v.tokens.get(start).start(), v.tokens.get(last).end());
        }
        return null;
    }

    private static final Set<String> INVITE_WORDS = Set.of("invite", "invites", "invited", "inviting");

    /** The token after the sentence's first "invite(s/d) you to", or -1 (also for sentences too long to read). */
    private int afterInvitation(Sentence s) {
        if (s.tokenCount() > MAX_SENTENCE_TOKENS) {
            return -1;
        }
        for (int i = s.firstToken(); i + 2 < s.endToken(); i++) {
            if (INVITE_WORDS.contains(lower(i)) && lower(i + 1).equals("you") && lower(i + 2).equals("to")) {
                return i + 3;
            }
        }
        return -1;
    }

    /** Words after which an invitation's kind of event gives way to its title: "a roundtable on", "a seminar entitled". */
    private static final Set<String> TITLE_INTRODUCERS = Vocabulary.words("on", "entitled", "titled", "called", "named",
            "about", ":");

    /**
     * The title an invitation sets off after the kind of event: "have the honour to invite you to an expert
     * roundtable on" + "PROTECTING RIVERS IN TIMES OF DROUGHT" (a title block, which the line joiner ran into
     * the sentence), or "invite you to a seminar entitled Water, Law and Power". The title runs to the end of
     * the sentence and must look like one: written in capitals, or every word capitalised but the small ones.
     * Null when the invitation names no such title ("a seminar on the future of water rights").
     */
    Span invitedTitle(Sentence s) {
        int end = s.endToken();
        int k = afterInvitation(s);
        if (k < 0) {
            return null;
        }
        int limit = k + 9; // the kind of event is a few words: "an expert roundtable on"
        boolean event = false;
        for (; k < end && k < limit; k++) {
            String w = lower(k);
            if (event && TITLE_INTRODUCERS.contains(w)) {
                break;
            }
            if (w.equals(",") || w.equals(".") || w.equals(";") || Character.isUpperCase(word(k).charAt(0))) {
                return null; // "to the Nordic Forum on Water": the event's own name, which other cues read
            }
            event |= Vocabulary.isEventNoun(w);
        }
        if (!event || k >= end || !TITLE_INTRODUCERS.contains(lower(k))) {
            return null;
        }
        int from = k + 1;
        int to = end;
        while (to > from && (word(to - 1).equals(".") || word(to - 1).equals(","))) {
            to--;
        }
        if (to - from < 2) {
            return null;
        }
        Span title = Span.of(v.tokens.get(from).start(), v.tokens.get(to - 1).end());
        return looksLikeTitle(from, to) ? title : null;
    }

    /** Tokens {@code [from, to)} are written as a title: all capitals, or capitalised words between small ones. */
    private boolean looksLikeTitle(int from, int to) {
        if (!Character.isUpperCase(word(from).charAt(0)) || MONTH_WORDS.contains(lower(from))) {
            return false; // "on Tuesday 5 March at the Old Library": a date and a place, not a title
        }
        if (!v.datesIn(Span.of(v.tokens.get(from).start(), v.tokens.get(to - 1).end())).isEmpty()) {
            return false;
        }
        int capitalised = 0;
        for (int k = from; k < to; k++) {
            String w = word(k);
            char c = w.charAt(0);
            if (Character.isUpperCase(c)) {
                capitalised++;
            } else if (Character.isLetter(c) && !Vocabulary.isFunctionWord(lower(k))) {
                return false; // "on the future of water rights": running text, not a title
            }
        }
        return capitalised >= 2;
    }

    /**
     * Token {@code k} is a dash or slash written without spaces between two capitalised words:
     * "Nordic–Baltic", "Franco-German", "Asia/Pacific" are one name, "Forum – Day Two" is not.
     */
    private boolean dashJoined(int k, int first, int end) {
        String w = word(k);
        if (k - 1 < first || k + 1 >= end || !(w.equals("\u2013") || w.equals("-") || w.equals("\u2011") || w.equals("/"))) {
            return false;
        }
        return v.tokens.get(k - 1).end() == v.tokens.get(k).start() && v.tokens.get(k).end() == v.tokens.get(k + 1).start()
                && Character.isUpperCase(word(k - 1).charAt(0)) && Character.isUpperCase(word(k + 1).charAt(0));
    }

    /** Token {@code k} is the possessive ending of the capitalised word before it: "Survivors' Forum", "Women's Assembly". */
    private boolean possessive(int k, int first) {
        String w = word(k);
        if (k - 1 < first || !(w.equals("'") || w.equals("\u2019") || w.equals("'s") || w.equals("\u2019s"))) {
            return false;
        }
        return v.tokens.get(k - 1).end() == v.tokens.get(k).start() && Character.isUpperCase(word(k - 1).charAt(0));
    }

    /** A date starts at token {@code k}: a month or weekday, a day before a month, a year. */
    private boolean startsDate(int k, int end) {
        String w = word(k);
        if (MONTH_WORDS.contains(lower(k))) {
            return true;
        }
        return Character.isDigit(w.charAt(0))
                && (w.matches("(?:19|20)\\d\\d") || (k + 1 < end && MONTH_WORDS.contains(lower(k + 1))));
    }

    /** "..., an annual meeting": an unambiguous event noun in apposition right after the name ending at {@code i}. */
    private boolean appositiveEvent(int i, int end) {
        int k = i + 1;
        while (k < end && Phrases.capitalised(word(k))) {
            k++;
        }
        if (k >= end || !word(k).equals(",")) {
            return false;
        }
        for (int j = k + 1; j < Math.min(end, k + 6); j++) {
            String w = lower(j);
            if (Vocabulary.isEventNoun(w) && !Vocabulary.AMBIGUOUS_EVENT_NOUNS.contains(w)) {
                return true;
            }
            if (w.equals(",") || w.equals(".")) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile(
            "(?i)\\d+-day|(?:one|two|three|four|five|six|seven|half|full|multi)-day|week-long|weeklong|annual|biennial|"
                    + "inaugural|first-ever|day-long|daylong");
    /** Verbs whose quoted object is an event: "will host “X”", "presents “X”". */
    private static final Set<String> HOSTING_VERBS = Vocabulary.words("host", "hosts", "hosted", "hosting", "present",
            "presents", "presented", "presenting", "stage", "stages", "staged", "hold", "holds", "held", "organise",
            "organises", "organize", "organizes", "organised", "organized", "convene", "convenes", "convened", "attend",
            "attended", "join", "joined");
    /** "we opened the year with", "we closed the season with": a recap's writer holding the event it names. */
    private static final Set<String> OPENED_WITH = Vocabulary.words("opened", "began", "started", "closed", "ended",
            "kicked", "wrapped", "rounded", "finished");
    private static final Set<String> PARTNER_PARTICIPLES = Vocabulary.words("organised", "organized", "run", "held",
            "co-organised", "co-organized", "presented", "hosted", "convened", "produced", "jointly", "co-hosted",
            "co-convened", "co-organises", "co-organizes", "co-hosts", "co-hosting", "co-organising", "co-organizing");
    private static final Set<String> PARTICIPLES = Vocabulary.words("held", "organized", "organised", "hosted", "convened",
            "co-organized", "co-organised", "co-hosted", "attended", "staged");
    private static final Set<String> HAPPENING = Vocabulary.words("ended", "opened", "closed", "began", "concluded", "took",
            "takes", "gathered", "convened", "met", "opens", "closes", "begins", "ends", "kicked", "wrapped");

    /** "A two-day Regional Forum on X ended": a duration before the name or a verb of happening after it. */
    /** "the close of", "the opening of", "the margins of": moments and edges that only a gathering has. */
    private static final Set<String> MOMENT_OF_GATHERING = Vocabulary.words("close", "end", "closing", "opening", "start",
            "conclusion", "margins", "sidelines", "eve", "outcome", "wrap-up");

    private boolean eventContext(int start, int noun, int first, int end) {
        for (int k = Math.max(first, start - 2); k < start; k++) {
            if (DURATION.matcher(word(k)).matches()) {
                return true;
            }
        }
        if (start < noun && (ORDINAL.matcher(word(start)).matches() || DURATION.matcher(word(start)).matches())) {
            return true; // "the Second Continental Forum on X", "the Annual Assembly": an edition of a gathering
        }
        if (start - 3 >= first && lower(start - 1).equals("the") && lower(start - 2).equals("of")
                && MOMENT_OF_GATHERING.contains(lower(start - 3))) {
            return true; // "at the close of the Regional Forum on X", "on the sidelines of the X Forum": a body has no close
        }
        if (start - 2 >= first && lower(start - 1).equals("the") && lower(start - 2).equals("during")) {
            return true; // "during the Coastal Forum"
        }
        if (start - 2 >= first && lower(start - 1).equals("the") && lower(start - 2).equals("for")) {
            for (int k = Math.max(first, start - 14); k < start - 2; k++) {
                if (GATHERING_VERBS.contains(lower(k))) {
                    return true; // "will gather in Nairobi on 3-4 March for the Continental Forum on X"
                }
            }
        }
        int k = noun + 1;
        while (k < end && (Phrases.capitalised(word(k)) || Vocabulary.isFunctionWord(lower(k)))) {
            k++;
        }
        if (k + 1 < end && lower(k).equals(",") && PARTICIPLES.contains(lower(k + 1))) {
            return true; // "The Second Forum on X, held at the Y, was organized by"
        }
        if (k + 1 < end && lower(k).equals(",")) {
            // "the Nordic Forum on X, to be held on 12 May", "..., which will take place in Oslo"
            StringBuilder clause = new StringBuilder();
            for (int j = k + 1; j < Math.min(end, k + 5); j++) {
                clause.append(lower(j)).append(' ');
            }
            if (WILL_HAPPEN.matcher(clause).lookingAt()) {
                return true;
            }
        }
        // "we are pleased to invite you to the Nordic Forum on X", "to attend the X"
        int b = start - 1;
        if (b >= first && lower(b).equals("the")) {
            b--;
        }
        if (b >= first && (lower(b).equals("attend") || (lower(b).equals("to") && b - 1 >= first
                && (lower(b - 1).equals("you") || lower(b - 1).matches("invited?|invites|welcome|welcomes"))))) {
            return true;
        }
        return k < end && (HAPPENING.contains(lower(k))
                || ((lower(k).equals("was") || lower(k).equals("will")) && k + 2 < end && lower(k + 1).matches("held|be")));
    }

    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile(
            "(?i)first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d{1,3}(?:st|nd|rd|th)");
    /** Verbs saying that people come together ("... gather in X for the Forum on Y"). */
    private static final Set<String> GATHERING_VERBS = Vocabulary.words("gather", "gathers", "gathered", "gathering", "meet",
            "meets", "met", "meeting", "convene", "convenes", "convened", "assemble", "assembled", "travel", "travelled",
            "traveled", "arrive", "arrived", "together", "registered", "register");

    /** The start of a clause saying that the event named before it will happen. */
    private static final java.util.regex.Pattern WILL_HAPPEN = java.util.regex.Pattern.compile(
            "(?:(?:which|that) )?(?:(?:is |are )?to be held|to take place|(?:will|shall) (?:be held|take place|run)|"
                    + "takes place|taking place|is (?:held|scheduled)|scheduled (?:for|on))\\b");

    private boolean isSentenceInitialArticle(int k, int first) {
        String w = lower(k);
        return w.equals("the") || w.equals("a") || w.equals("an") || w.equals("this") || w.equals("our");
    }

    /** A quotation naming an event, and the event noun that says so. */
    record QuotedTitle(Span span, String noun) {
    }
}
