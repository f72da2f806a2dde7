package io.eventlens.extraction.entity;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.ner.EntityMention;
import io.eventlens.extraction.ner.NameTagger;
import io.eventlens.extraction.ner.NameTaggerModel;
import io.eventlens.extraction.pipeline.Annotator;
import io.eventlens.extraction.text.Sentence;
import io.eventlens.extraction.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds person mentions (needs {@link OrganizationMention#LAYER}). A name is a run of capitalised
 * words, initials ("Robert P. Burke") and particles ("Arndt Freytag von Loringhoven", "Joost van
 * der Meer"); it becomes a mention when something says it is a person:
 * <ul>
 * <li>{@code honorific}: an honorific before it ("Mr.", "H.E. Dr.", "Ambassador"); a single word is
 * enough ("Mr. Dieng"); names in capitals after a capital honorific ("DR. JOHN SMITH");</li>
 * <li>{@code apposition}: two or more words followed by a comma and a role ("Alex Bellamy, Director");</li>
 * <li>{@code title}: a role word right before it ("High Commissioner Zeid Ra'ad Al Hussein",
 * "futurist Peter Schwartz");</li>
 * <li>{@code cue}: after "by", "include", "featuring", "are", "were", "together", or in a list
 * with another person ("..., Magdalena Plewa-Ould and Jaroslaw Wilczak");</li>
 * <li>{@code entry}: an agenda or list line that starts with the name, followed by a parenthesis,
 * a dash, a semicolon, or nothing when the next line states a role ("Jonas Berg (Statistics Nordland)");</li>
 * <li>{@code repeat}: the same full name again, or its last word alone once the full name is known.</li>
 * </ul>
 * Adds {@link PersonMention#LAYER}.
 */
public final class PersonAnnotator implements Annotator {

    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "da", "das", "do", "dos",
            "du", "des", "del", "della", "di", "la", "le", "al", "el", "bin", "bint", "ibn", "ben", "ter", "ten", "zu",
            "y", "af", "av", "op");

    private static final Set<String> CUES = Set.of("by", "include", "includes", "included", "including", "featuring",
            "features", "featured", "feature", "are", "were", "together", "with", "and", "between");

    private static final int MAX_NAME_WORDS = 6;

    /** The statistical tagger's probability from which its persons are taken without other evidence. */
    private static final double STATISTICAL_CONFIDENCE = 0.8;

    /** Below this the tagger's persons are not even used to tell where a name starts. */
    static final double WEAK_STATISTICAL_CONFIDENCE = 0.4;

    /** Labels of lines that name a person: "Who:", "Speaker:", "Moderator:"... */
    private static final Set<String> PERSON_LABELS = Set.of("who", "speaker", "speakers", "presenter", "presenters",
            "lecturer", "lecturers", "moderator", "moderators", "chair", "chairs", "chairperson", "host", "hosts",
            "panelist", "panelists", "panellist", "panellists", "keynote", "facilitator", "facilitators", "by", "guest",
            "guests", "instructor", "instructors", "discussant", "discussants", "respondent", "respondents", "contact",
            "presented", "speaking", "featuring", "with", "interviewer", "interviewee", "author", "authors", "for",
            "against", "closing", "welcome", "remarks", "organiser", "organizer", "convener", "convenor", "conversation",
            "dialogue", "featured", "introduction", "panel", "debate", "interview");

    /** Academic degrees written after a name: "Marc Irwin, Ph.D." */
    private static final Set<String> DEGREES = Set.of("phd", "md", "dphil", "mba", "msc", "ma", "jd", "llm", "dds",
            "rn", "esq", "frs", "obe", "mbe", "cbe", "kbe");

    /** Words between a subject and its verb: "will", "is going to". */
    private static final Set<String> AUXILIARIES = Set.of("will", "shall", "would", "is", "was", "has", "had", "be",
            "also", "then", "to", "going", "later", "soon", "briefly");

    /** Words after which capitalised words are a complement, not a name. */
    private static final Set<String> COMPLEMENT_OPENERS = Set.of("of", "in", "for", "on", "at", "to", "from", "into",
            "the", "a", "an", "and", "or", "our", "their", "its", "his", "her", "this", "that", "about", "under",
            "over", "via", "within", "across", "through", "toward", "towards", "against", "between", "among");

    /** ", Quay Road 4," / ", Gedimino pr. 9,": a street and a house number, then a comma. */
    private static final java.util.regex.Pattern ADDRESS_AFTER = java.util.regex.Pattern.compile(
            "\\s*[,|\\p{Pd}]\\s*(?:[^,|\\n]{1,40},\\s*)?\\p{L}[\\p{L}.'’ -]{0,30}?\\s\\d{1,4}[a-zA-Z]?\\s*,");

    /** One-letter capital particles inside a name ("Saoirse Ó Dálaigh"). */
    private static final Set<String> INNER_CAPITAL_PARTICLES = Set.of("Ó", "Ô");

    /** Two-letter initials of Central Asian and Slavic names ("Ts. Enkhbold", "Yu. Petrov"). */
    private static final Set<String> TWO_LETTER_INITIALS = Set.of("Ts", "Ch", "Sh", "Zh", "Kh", "Gh", "Th", "Yu", "Ya", "Ye", "Yo", "Dz");

    /** Weekday and month abbreviations that are also given names ("Thu", "Mai"): inside a name they stay names. */
    private static final Set<String> DATE_ABBREVIATIONS = Set.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private static boolean isTwoLetterInitial(String w) {
        return TWO_LETTER_INITIALS.contains(w);
    }

    /** Name suffixes that belong to the name: "Dan R. Olsen Jr." */
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    /** The bundled name model's word frequencies, or null when the engine was built without the model. */
    private final NameTaggerModel wordFrequencies;

    public PersonAnnotator() {
        this(bundledModel());
    }

    /** {@code wordFrequencies}: the name model whose lower-case word counts tell ordinary words from names; may be null. */
    public PersonAnnotator(NameTaggerModel wordFrequencies) {
        this.wordFrequencies = wordFrequencies;
    }

    private static NameTaggerModel bundledModel() {
        try {
            return NameTagger.bundled().model();
        } catch (RuntimeException e) {
            return null; // without the model, names are judged by the patterns alone
        }
    }

    /** Evidence that only a name's shape and place give ("Early Warning" on an agenda line looks like a listed person). */
    private static final Set<String> SHAPE_EVIDENCE = Set.of("entry", "alone", "cue", "subject", "label",
            // "Professor of International Economic Law, Lagos Institute": a title's field before an affiliation
            "affiliation");

    /**
     * "Early Warning", "Community Dialogue": every word of the candidate is an ordinary word that the name model's
     * training text writes in lower case often, and the statistical tagger saw no person there: a topic, not a name.
     */
    private boolean ordinaryWords(String[] words, int from, int to, int[] anyTagged, boolean tagged) {
        if (wordFrequencies == null || !tagged || anyTagged[from] > from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (Character.isLetter(words[k].charAt(0)) && wordFrequencies.lowercaseFrequency(words[k]) < 2) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void annotate(Document document) {
        String text = document.text();
        List<Token> tokens = document.get(Token.LAYER);
        String[] words = Words.of(text, tokens);
        boolean[] inOrganisation = organisationTokens(document, tokens);
        List<Sentence> sentences = document.get(Sentence.LAYER);
        List<PersonMention> found = new ArrayList<>();
        boolean[] taken = new boolean[tokens.size()];
        int[] taggedEnd = taggedPersons(document, tokens, STATISTICAL_CONFIDENCE);
        int[] anyTagged = taggedPersons(document, tokens, WEAK_STATISTICAL_CONFIDENCE);
        boolean taggerRan = document.has(EntityMention.LAYER); // without the tagger, no name is judged by its ordinary words
        for (int si = 0; si < sentences.size(); si++) {
            Sentence sentence = sentences.get(si);
            Sentence nextLine = si + 1 < sentences.size() ? sentences.get(si + 1) : null;
            Scan scan = new Scan(text, tokens, words, sentence, inOrganisation);
            int i = sentence.firstToken();
            int lastPersonEnd = -1;
            while (i < sentence.endToken()) {
                int afterHonorifics = scan.honorifics(i);
                if (afterHonorifics > i) {
                    int end = scan.nameEnd(afterHonorifics, scan.capitalHonorific(i, afterHonorifics));
                    if (end > afterHonorifics && !scan.isOrganisationAt(afterHonorifics, end) && !scan.namesARoom(i, end)) {
                        found.add(scan.mention(i, afterHonorifics, end, "honorific", 0.95));
                        mark(taken, i, end);
                        lastPersonEnd = end;
                        i = end;
                    } else {
                        i = afterHonorifics;
                    }
                    continue;
                }
                if (scan.startsName(i)) {
                    int end = scan.nameEnd(i, scan.shouting);
                    if (end - i >= 3 && scan.titleOfState(i + 1)) {
                        i++; // "Secretary of State" + "Hillary Rodham Clinton"
                    }
                    if (end - i >= 3 && scan.countWords(i + 1, end) >= 2 && (Vocabulary.isRoleWord(words[i])
                            || scan.startsEntry(i) && Vocabulary.isPluralRole(words[i]))) {
                        i++; // "Mayor Sandra Liepa", "Greengrocer Jan Peeters", "Fellows Ana Tsosie and ...": a title
                        // "Deputy Chief Constable Ian Muir", "Air Vice-Marshal X": a rank of several words
                        while (end - i >= 3 && scan.countWords(i + 1, end) >= 2
                                && (Vocabulary.isRoleWord(words[i]) && !Vocabulary.isSurnameRole(words[i]) || Vocabulary.isTitleModifier(words[i])
                                || Honorifics.isHonorificBeforeFullName(words[i]))) { // "Queen Mother X"
                            i++;
                        }
                    }
                    int initial = scan.initialWithin(i, end);
                    if (initial > i) {
                        i = initial; // "Agriculture Ts. Enkhbold": a name opens with its initial
                    }
                    int complementName = scan.nameAfterComplement(i, end, anyTagged);
                    if (complementName > i) {
                        // "Member of Parliament for Kalangala East Joseph Mukasa": the place ends where the name starts
                        found.add(scan.mention(complementName, complementName, end, "title", 0.7));
                        mark(taken, complementName, end);
                        lastPersonEnd = end;
                        i = end;
                        continue;
                    }
                    String evidence = end - i >= 2 ? scan.evidence(i, end, lastPersonEnd, nextLine) : null;
                    if (evidence != null && scan.countWords(i, end) >= 2 && !scan.looksLikeVenue(i, end, taggedEnd)
                            && !(SHAPE_EVIDENCE.contains(evidence) && ordinaryWords(words, i, end, anyTagged, taggerRan))) {
                        found.add(scan.mention(i, i, end, evidence, evidence.equals("entry") ? 0.7 : 0.8));
                        mark(taken, i, end);
                        lastPersonEnd = end;
                        i = end;
                        continue;
                    }
                    int tagged = taggedEnd[i];
                    if (tagged > i + 1 && tagged <= sentence.endToken() && scan.acceptsTagged(i, tagged, found)) {
                        found.add(scan.mention(i, i, tagged, "statistical", 0.75));
                        mark(taken, i, tagged);
                        lastPersonEnd = tagged;
                        i = tagged;
                        continue;
                    }
                    i = Math.max(end, i + 1);
                    continue;
                }
                i++;
            }
            document.checkDeadline();
        }
        found.addAll(repeats(text, tokens, words, sentences, found, taken, inOrganisation));
        document.set(PersonMention.LAYER, withoutCompounds(text, withoutPlaces(found, placesNamed(words, sentences))));
    }

    private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "twentieth",
            "annual", "inaugural", "biennial");

    /**
     * Capitalised words that only look like a name: an ordinal opens an event's name ("Fourth Nordic",
     * "Second Annual"), and a word joined to the next by an en dash or a slash without spaces is half
     * of a compound ("the Nordic–Baltic Conference", "Asia/Pacific"). A written honorific still makes
     * a person.
     */
    private static List<PersonMention> withoutCompounds(String text, List<PersonMention> found) {
        List<PersonMention> kept = new ArrayList<>(found.size());
        for (PersonMention p : found) {
            if (p.honorific() == null) {
                String first = p.words()[0].toLowerCase(java.util.Locale.ROOT);
                int e = p.nameEnd();
                boolean joined = e + 1 < text.length() && (text.charAt(e) == '\u2013' || text.charAt(e) == '/')
                        && Character.isUpperCase(text.charAt(e + 1));
                if (ORDINALS.contains(first) || joined) {
                    continue;
                }
            }
            kept.add(p);
        }
        return kept;
    }

    /** Evidence that a name alone may give to a place as well; an honorific, a title or an apposition does not. */
    private static final Set<String> WEAK_EVIDENCE = Set.of("cue", "statistical", "repeat", "entry", "alone", "label",
            "subject", "affiliation", "initial");

    /**
     * Capitalised words the document writes where places stand: after "in", and after "of" that follows a title or
     * a name ("Mayor of Kampong Reach", "the People's Committee of Can Tho").
     */
    private static Set<String> placesNamed(String[] words, List<Sentence> sentences) {
        Set<String> places = new HashSet<>();
        for (Sentence s : sentences) {
            for (int k = s.firstToken(); k + 1 < s.endToken(); k++) {
                boolean in = words[k].equals("in");
                boolean of = words[k].equals("of") && k > s.firstToken()
                        && (Words.isCapitalised(words[k - 1]) || Vocabulary.isRoleWord(words[k - 1]));
                if (!in && !of) {
                    continue;
                }
                StringBuilder run = new StringBuilder();
                for (int j = k + 1; j < s.endToken() && j <= k + 4; j++) {
                    String w = words[j];
                    if (!Words.isMixedCase(w) || Honorifics.isHonorific(w, true) || Vocabulary.isNeverName(w)) {
                        break;
                    }
                    if (run.length() > 0) {
                        run.append(' ');
                    }
                    run.append(w);
                }
                if (run.length() > 0) {
                    places.add(run.toString());
                }
            }
        }
        return places;
    }

    /** Drops names that only weak evidence made people when the document also writes them where places stand. */
    private static List<PersonMention> withoutPlaces(List<PersonMention> found, Set<String> places) {
        if (places.isEmpty()) {
            return found;
        }
        List<PersonMention> kept = new ArrayList<>(found.size());
        for (PersonMention m : found) {
            if (!(WEAK_EVIDENCE.contains(m.evidence()) && places.contains(m.name()))) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static void mark(boolean[] taken, int from, int to) {
        for (int k = from; k < to; k++) {
            taken[k] = true;
        }
    }

    private static boolean[] organisationTokens(Document document, List<Token> tokens) {
        boolean[] in = new boolean[tokens.size()];
        List<OrganizationMention> orgs = document.get(OrganizationMention.LAYER);
        int t = 0;
        for (OrganizationMention m : orgs) {
            if (m.source() == OrganizationMention.Source.UNDEFINED_ACRONYM) {
                continue;
            }
            while (t < tokens.size() && tokens.get(t).end() <= m.start()) {
                t++;
            }
            for (int k = t; k < tokens.size() && tokens.get(k).start() < m.end(); k++) {
                in[k] = true;
            }
        }
        return in;
    }

    /**
     * Where the statistical tagger ({@link EntityMention#LAYER}, when it ran) found a person it is sure of:
     * for each token that starts one, the token index where it ends (0 elsewhere).
     */
    static int[] taggedPersons(Document document, List<Token> tokens, double threshold) {
        int[] end = new int[tokens.size()];
        if (!document.has(EntityMention.LAYER)) {
            return end;
        }
        int t = 0;
        for (EntityMention e : document.get(EntityMention.LAYER)) {
            if (!e.type().equals(EntityMention.PERSON) || e.confidence() < threshold) {
                continue;
            }
            while (t < tokens.size() && tokens.get(t).start() < e.start()) {
                t++;
            }
            if (t >= tokens.size() || tokens.get(t).start() != e.start()) {
                continue;
            }
            int k = t;
            while (k < tokens.size() && tokens.get(k).end() < e.end()) {
                k++;
            }
            if (k < tokens.size() && tokens.get(k).end() == e.end()) {
                end[t] = k + 1;
            }
        }
        return end;
    }

    /** Later mentions of a known name: the full name again, or its last word alone ("Dieng"). */
    private static List<PersonMention> repeats(String text, List<Token> tokens, String[] words, List<Sentence> sentences,
            List<PersonMention> found, boolean[] taken, boolean[] inOrganisation) {
        Set<String> fullNames = new HashSet<>();
        Set<String> surnames = new HashSet<>();
        Set<String> givenNames = new HashSet<>();
        for (PersonMention m : found) {
            String[] parts = m.words();
            if (parts.length >= 2) {
                fullNames.add(m.name());
                String last = parts[parts.length - 1];
                if (last.length() >= 3 && Words.isMixedCase(last)) {
                    surnames.add(last);
                }
                if (parts[0].length() >= 3 && Words.isMixedCase(parts[0]) && !parts[0].endsWith(".")) {
                    givenNames.add(parts[0]);
                }
            }
        }
        List<PersonMention> more = new ArrayList<>();
        if (fullNames.isEmpty()) {
            return more;
        }
        for (Sentence sentence : sentences) {
            Scan scan = new Scan(text, tokens, words, sentence, inOrganisation);
            int i = sentence.firstToken();
            while (i < sentence.endToken()) {
                if (taken[i] || !scan.startsName(i)) {
                    i++;
                    continue;
                }
                int end = scan.nameEnd(i, false);
                if (end > i && !scan.isOrganisationAt(i, end)) {
                    String name = scan.name(i, end);
                    boolean full = fullNames.contains(name);
                    boolean single = end - i == 1 && !scan.followsCapitalised(i) && !scan.afterPlacePreposition(i);
                    boolean surname = single && surnames.contains(name);
                    // "Nadia will read from the novel": a given name alone as the subject of a person's verb
                    boolean givenName = single && givenNames.contains(name) && scan.verbFollows(end);
                    if (full || surname || givenName) {
                        more.add(scan.mention(i, i, end, "repeat", full ? 0.8 : 0.6));
                        mark(taken, i, end);
                    }
                }
                i = Math.max(end, i + 1);
            }
        }
        return more;
    }

    /** Reads names in one sentence. */
    private static final class Scan {
        final String text;
        final List<Token> tokens;
        final String[] words;
        final Sentence sentence;
        final boolean[] inOrganisation;
        final boolean shouting;

        Scan(String text, List<Token> tokens, String[] words, Sentence sentence, boolean[] inOrganisation) {
            this.text = text;
            this.tokens = tokens;
            this.words = words;
            this.sentence = sentence;
            this.inOrganisation = inOrganisation;
            this.shouting = isShouting();
        }

        String w(int i) {
            return i >= sentence.firstToken() && i < sentence.endToken() ? words[i] : "";
        }

        /** Index after the honorifics starting at {@code i} ("H.E." "Mr" "."), or {@code i}. */
        int honorifics(int i) {
            int k = i;
            while (k < sentence.endToken()) {
                String w = words[k];
                boolean period = w(k + 1).equals(".");
                if (Honorifics.isHonorific(w, period)) {
                    k += period ? 2 : 1;
                } else if (k > i && Honorifics.isLowerCaseTitle(w) && (period || w.endsWith("."))) {
                    k += period ? 2 : 1; // "Prof. dr. ir. Gerrit Smit"
                } else if (Honorifics.opensAddress(w) && (Honorifics.isHonorific(w(k + 1), w(k + 2).equals("."))
                        || Honorifics.opensAddress(w(k + 1)) && Honorifics.isHonorific(w(k + 2), w(k + 3).equals(".")))) {
                    k++; // "Right Honourable", "Her Excellency", "Her Royal Highness"
                } else if (k > i && w.equals("Emeritus")) {
                    k++; // "Professor Emeritus Alasdair Moffat"
                } else if (k > i && retiredMarkEnd(k) > k) {
                    k = retiredMarkEnd(k); // "Lt. Gen. (ret.) Isobel Farquharson"
                } else if (k == i && Honorifics.isHonorificBeforeFullName(w) && !Places.startsWithCountry(w + " " + w(k + 1))
                        && countWords(k + 1 + (period ? 1 : 0), nameEnd(k + 1 + (period ? 1 : 0), false)) >= 2) {
                    k += period ? 2 : 1; // "Sister Agnes Kabore", "Sri A. B. Name" (not "Sri Lanka")
                } else {
                    break;
                }
            }
            return k;
        }

        /** After "(ret.)", "(retd)", "(Retired)" written behind a rank at {@code k}, or {@code k}. */
        int retiredMarkEnd(int k) {
            if (!w(k).equals("(")) {
                return k;
            }
            String mark = w(k + 1).toLowerCase(Locale.ROOT);
            if (!(mark.equals("ret") || mark.equals("retd") || mark.equals("rtd") || mark.equals("retired") || mark.equals("ret'd"))) {
                return k;
            }
            int close = k + 2 + (w(k + 2).equals(".") ? 1 : 0);
            return w(close).equals(")") ? close + 1 : k;
        }

        boolean capitalHonorific(int from, int to) {
            for (int k = from; k < to; k++) {
                if (Words.isMixedCase(words[k]) && !words[k].equals("H.E.")) {
                    return shouting;
                }
            }
            return true;
        }

        /** Could a name start at {@code i}? */
        boolean startsName(int i) {
            String w = words[i];
            if (inOrganisation[i]) {
                return false;
            }
            if (shouting) {
                return Words.isAllCaps(w) && isNameWord(w, true);
            }
            return isNameWord(w, false) || Words.isInitialLetter(w) && w(i + 1).equals(".")
                    && (isNameWord(w(i + 2), false) || Words.isInitialLetter(w(i + 2)) && w(i + 3).equals("."));
        }

        boolean isNameWord(String w, boolean capitals) {
            if (w.length() < 2 || !Character.isLetter(w.charAt(0))) {
                return false;
            }
            if (capitals ? !Words.isAllCaps(w) : !Words.isMixedCase(w)) {
                return false;
            }
            for (int k = 0; k < w.length(); k++) {
                if (Character.isDigit(w.charAt(k))) {
                    return false;
                }
            }
            return !Vocabulary.isNeverName(w) && !Vocabulary.endsName(w) && !Vocabulary.isOrganisationWord(w)
                    && !Honorifics.isHonorific(w, true);
        }

        /** End (exclusive) of the name starting at {@code i}, or {@code i} when none. */
        int nameEnd(int i, boolean capitals) {
            int k = i;
            int count = 0;
            while (k < sentence.endToken() && count < MAX_NAME_WORDS) {
                String w = words[k];
                if (inOrganisation[k] || k > i && columnGap(k)) {
                    break; // a tab or a run of spaces separates columns of a table
                }
                if (Words.isInitialLetter(w) && w(k + 1).equals(".") && (count > 0 || isNameWord(w(k + 2), capitals)
                        || Words.isInitialLetter(w(k + 2)) && w(k + 3).equals(".") && isNameWord(w(k + 4), capitals))) {
                    // an initial needs a name around it; "A." alone opens list items
                    k += 2;
                    count++;
                    continue;
                }
                if (Words.isDottedInitials(w) && w.length() <= 4 && count > 0) {
                    k++;
                    count++;
                    continue;
                }
                if (isTwoLetterInitial(w) && w(k + 1).equals(".") && isNameWord(w(k + 2), capitals)) {
                    k += 2; // "Ts. Enkhbold"
                    count++;
                    continue;
                }
                if (count > 0 && w.equals("St") && w(k + 1).equals(".") && isNameWord(w(k + 2), capitals)) {
                    k += 2; // "Dwayne St. Hilaire"
                    count++;
                    continue;
                }
                if (count > 0 && INNER_CAPITAL_PARTICLES.contains(w) && isNameWord(w(k + 1), capitals)) {
                    k++; // "Saoirse Ó Dálaigh"
                    continue;
                }
                if (count > 0 && !capitals && Words.isMixedCase(w) && Vocabulary.isNeverName(w) && DATE_ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT))
                        && isNameWord(w(k + 1), false)) {
                    k++; // "Le Thi Thu Hang": "Thu" is a name here, not Thursday
                    count++;
                    continue;
                }
                if (count >= 2 && SUFFIXES.contains(w.toLowerCase(Locale.ROOT)) && Words.isCapitalised(w)) {
                    k += w(k + 1).equals(".") ? 2 : 1; // "Olsen Jr."
                    break;
                }
                if (isNameWord(w, capitals)) {
                    k++;
                    count++;
                    continue;
                }
                if (count > 0 && PARTICLES.contains(w)) {
                    int after = k;
                    while (after < sentence.endToken() && PARTICLES.contains(words[after]) && after - k < 3) {
                        after++;
                    }
                    if (isNameWord(w(after), capitals)) {
                        k = after; // "van der Meer"
                        continue;
                    }
                }
                break;
            }
            return count == 0 ? i : k;
        }

        private int indentation(int k) {
            int start = tokens.get(k).start();
            int n = 0;
            for (int c = start - 1; c >= 0 && text.charAt(c) != '\n'; c--) {
                n += text.charAt(c) == '\t' ? 4 : 1;
            }
            return n;
        }

        private boolean columnGap(int k) {
            int from = tokens.get(k - 1).end();
            int to = tokens.get(k).start();
            if (to - from >= 3) {
                return true;
            }
            for (int c = from; c < to; c++) {
                if (text.charAt(c) == '\t') {
                    return true;
                }
            }
            return false;
        }

        int countWords(int from, int to) {
            int n = 0;
            for (int k = from; k < to; k++) {
                if (Character.isLetter(words[k].charAt(0)) && !PARTICLES.contains(words[k])) {
                    n++;
                }
            }
            return n;
        }

        boolean followsCapitalised(int i) {
            return i > sentence.firstToken() && Words.isCapitalised(words[i - 1]) && !Honorifics.isHonorific(words[i - 1], false)
                    || i + 1 < sentence.endToken() && Words.isMixedCase(words[i + 1]);
        }

        /** Where the tokens after a name continue: after a short parenthesis right behind it ("Jo Kerr (HTA)"), else at it. */
        int afterParenthesis(int nameEnd, int limit) {
            if (nameEnd < 0 || !w(nameEnd).equals("(")) {
                return nameEnd;
            }
            for (int k = nameEnd + 1; k < Math.min(limit, nameEnd + 12); k++) {
                if (w(k).equals(")")) {
                    return k + 1;
                }
                if (w(k).equals("(")) {
                    break;
                }
            }
            return nameEnd;
        }

        /** "in Porto", "at Kasenyi": a single word after these is a place more often than a surname. */
        boolean afterPlacePreposition(int i) {
            String prev = w(i - 1).toLowerCase(Locale.ROOT);
            return prev.equals("in") || prev.equals("at") || prev.equals("near") || prev.equals("from") || prev.equals("to");
        }

        boolean isOrganisationAt(int from, int to) {
            String next = w(to);
            if (Words.isCapitalised(next) && Vocabulary.isOrganisationWord(next)) {
                return true; // "Griffith Asia" + "Institute"
            }
            return Places.isCountry(name(from, to));
        }

        /** Which pattern makes the name at [i, end) a person, or null. */
        String evidence(int i, int end, int lastPersonEnd, Sentence nextLine) {
            if (isOrganisationAt(i, end) || isTitlePhrase(i, end) || Vocabulary.namesAPlace(words[i], words[end - 1])
                    || beforeAnAddress(end)) {
                return null;
            }
            String next = w(end);
            String prev = w(i - 1);
            if (prev.length() == 1 && Words.isPossessive(prev) && Words.isCapitalised(w(i - 2))) {
                return null; // "the Ahero Farmers' Irrigation Scheme": a plural possessive goes on naming a body
            }
            if (Words.isCapitalised(next) && Vocabulary.endsName(next)) {
                return null; // "Henry R. Luce Professor of Jurisprudence" names a chair, not a person
            }
            if (next.equals(",") && roleFollows(end + 1, 8)) {
                return "apposition";
            }
            if (prev.equals(",") && next.equals(",") && roleEndsBefore(i - 1)) {
                return "apposition"; // "Human Rights Watch's UN Director, Philippe Bolopion, described"
            }
            if (i > sentence.firstToken() && (Vocabulary.isRoleWord(prev) && !prev.equals("member") || titleOfState(i)
                    || afterTitleComplement(i))) {
                return "title";
            }
            String lowerPrev = prev.toLowerCase(Locale.ROOT);
            if (CUES.contains(lowerPrev) && !lowerPrev.equals("and") && !lowerPrev.equals("with") || prev.equals(";")) {
                return "cue";
            }
            // "Speakers: Jane Roe (Org), Tom Poe (Org)": the next item of a list of names with affiliations
            if ((prev.equals(",") || prev.equals(";") || lowerPrev.equals("and")) && lastPersonEnd >= 0 && i - lastPersonEnd <= 15
                    && (next.equals("(") || Words.isDash(next))) {
                return "cue";
            }
            // "..., Magdalena Plewa-Ould and Jaroslaw Wilczak": a name right after another, in a list
            int listed = afterParenthesis(lastPersonEnd, i); // "A (Org), B, ..."
            if (listed >= 0 && i - listed <= 2 && (lowerPrev.equals("and")
                    && (next.isEmpty() || next.equals(",") || next.equals(";") || next.equals(".") || next.equals(")")
                    || verbFollows(end))
                    || prev.equals(",") && (next.equals(",") || next.equals("and")))) {
                return "cue";
            }
            boolean personColumnBefore = prev.equals("|") && lastPersonEnd >= sentence.firstToken() && lastPersonEnd < i;
            if (startsEntry(i) && !personColumnBefore && (next.equals("(") || Words.isDash(next) || next.equals(";")
                    || end == sentence.endToken() && nextLine != null && (lineStatesRole(nextLine) || lineStartsOrganisation(nextLine)))) {
                return "entry";
            }
            if (i - 2 >= sentence.firstToken() && prev.equals(":") && PERSON_LABELS.contains(w(i - 2).toLowerCase(Locale.ROOT))) {
                return "label"; // "Who: Ramana Reddy", "Speaker: ..."
            }
            // the weaker signs below do not hold for the complement of a word ("Head of Emergency Preparedness, X
            // Authority", "Workshop in Primary Care closed") nor for a title ("Founding Dean of the X School")
            if (lowerPrev.equals("and") && w(i - 2).equals(",") && verbFollows(end)) {
                return "subject"; // "Dr. Kuttan chaired the meeting, and Ingrid Vass facilitated the last session"
            }
            if (COMPLEMENT_OPENERS.contains(lowerPrev) || Vocabulary.isRoleWord(words[end - 1])) {
                return null;
            }
            if (hasMiddleInitial(i, end) || Words.isInitialLetter(words[i]) && Words.isInitialLetter(w(i + 2))) {
                return "initial"; // "Alexander I. Rudnicky", "H. T. Kung"
            }
            if (startsEntry(i) && (next.equals("\"") || next.equals("\u201c"))) {
                return "entry"; // 'Robert Keyes "Error Correction in Practice"'
            }
            if (next.equals("who") || next.equals("whose")) {
                return "affiliation";
            }
            if (i == sentence.firstToken() && end == sentence.endToken() && end - i <= 4 && indentation(i) >= 4 && !shouting) {
                return "alone"; // a name centred on its own line in an announcement
            }
            if (shouting && i > sentence.firstToken()) {
                return null; // "SEARCHING FOR THE MISSING: FORENSIC SCIENCE, FAMILIES AND THE LAW": a title line's words
            }
            if (next.equals(",") && (startsOrganisation(end + 1) || DEGREES.contains(w(end + 1).replace(".", "").toLowerCase(Locale.ROOT))
                    || w(end + 1).equals("who"))) {
                return "affiliation"; // "Karen Schriver, Dept. of English", "Marc Irwin, Ph.D.", "X, who"
            }
            if (next.equals("of") && startsOrganisation(end + 1) || next.equals(",") && w(end + 1).equals("of") && startsOrganisation(end + 2)) {
                return "affiliation"; // "Chris Bischof of Argonne National Lab"
            }
            if (verbFollows(end)) {
                return "subject"; // "Roger Dannenberg will discuss", "Al Roth and Ido Erev will speak"
            }
            return null;
        }

        /**
         * A person the statistical tagger found at [first, end): every word written as a name word, and not
         * in an affiliation position ("X, health correspondent, Nordisk Avis").
         */
        boolean acceptsTagged(int first, int end, List<PersonMention> found) {
            for (int k = first; k < end; k++) {
                String w = words[k];
                if (inOrganisation[k] || !(isNameWord(w, shouting) || PARTICLES.contains(w) || w.equals(".")
                        || Words.isInitialLetter(w))) {
                    return false;
                }
            }
            String prev = w(first - 1).toLowerCase(Locale.ROOT);
            if (prev.equals("of") || prev.equals("in") || prev.equals("at") || prev.equals("near")) {
                return false; // "historian and elder of Ngati Kowhai": the people, a place
            }
            if (prev.equals("for") && Vocabulary.isRoleWord(w(first - 2))) {
                return false; // "Minister for Hill Farming": the title's portfolio
            }
            if (w(end).equals(",") && (Character.isDigit(w(end + 1).isEmpty() ? 'x' : w(end + 1).charAt(0))
                    || Vocabulary.isMonth(w(end + 1)))) {
                return false; // "Harbourtown, 22 September 2021": a dateline's place
            }
            return !isOrganisationAt(first, end) && !affiliationPosition(first, found) && !isTitlePhrase(first, end)
                    && !Vocabulary.namesAPlace(words[first], words[end - 1]) && !beforeAnAddress(end);
        }

        /**
         * "Senior Fellow", "Policy Lead", "Marine Ecologist": capitalised words that end with a role word are a
         * title, unless that word is a common surname ("Howard Dean") not led by a title word ("Senior Fellow").
         */
        boolean isTitlePhrase(int from, int to) {
            String last = words[to - 1];
            return Vocabulary.isRoleWord(last) && (!Vocabulary.isSurnameRole(last) || Vocabulary.isTitleModifier(words[from]));
        }

        /**
         * "Riverside Hall, X Institute, Bangkok": capitalised words ending in a room or venue word ("Hall", "Auditorium")
         * or a periodical's word ("Weekly"), or opening with a place word ("Lake"), name a place or a thing unless the statistical tagger is sure of a person there
         * ("Stuart Hall").
         */
        boolean looksLikeVenue(int first, int end, int[] taggedEnd) {
            String last = words[end - 1];
            boolean venueWord = Vocabulary.isRoomWord(last) || Vocabulary.namesAPlace(words[first], last)
                    || Vocabulary.isPublicationWord(last); // "Coastal Science Weekly" on a masthead
            return venueWord && taggedEnd[first] != end;
        }

        /** "Klubas Ausra, Gedimino pr. 9, Vilnius": a street address follows, so the name is a venue's. */
        boolean beforeAnAddress(int end) {
            if (!w(end).equals(",") && !Words.isDash(w(end))) {
                return false;
            }
            int from = tokens.get(end).start();
            if (ADDRESS_AFTER.matcher(text).region(from, Math.min(text.length(), from + 60)).lookingAt()) {
                return true; // the address may run past what the sentence splitter kept ("pr." "9")
            }
            for (int k = end + 1; k < sentence.endToken() && k <= end + 4; k++) {
                String w = words[k];
                if (w.equals(",") || w.equals(";")) {
                    return false;
                }
                if (Character.isDigit(w.charAt(0)) && w.length() <= 4) {
                    return k > end + 1 && w(k + 1).equals(","); // "..., Quay Road 4, Tarnby"; not "Councillor X, Ward 4"
                }
            }
            return false;
        }

        /** "the Prof. Hoekstra Hall": a room or building named after a person, written with its article. */
        boolean namesARoom(int first, int end) {
            String prev = w(first - 1).toLowerCase(Locale.ROOT);
            return (prev.equals("the") || prev.equals("in")) && Vocabulary.isRoomWord(words[end - 1]);
        }

        /** Where a name opens with a two-letter initial inside [from, to) ("Agriculture Ts. Enkhbold"), or -1. */
        int initialWithin(int from, int to) {
            for (int k = from + 1; k + 1 < to; k++) {
                if (isTwoLetterInitial(words[k]) && words[k + 1].equals(".")) {
                    return k;
                }
            }
            return -1;
        }

        /**
         * "Member of Parliament for Kalangala East Joseph Mukasa said": after a title's "of" or "for", a run of
         * three or more capitalised words holds a place and then the person. The person starts where the
         * statistical tagger starts one inside the run; when the tagger's person takes the run's first word
         * too, that word is the place ("Alderman for Mobility Sofie Broeck"). Returns the token where the
         * name starts, or -1.
         */
        int nameAfterComplement(int i, int end, int[] tagged) {
            String prev = w(i - 1);
            if (!(prev.equals("of") || prev.equals("for") || prev.equals("and")) || countWords(i, end) < 3
                    || !roleBeforeComplement(i - 1)) {
                return -1; // "Minister of Ecology and Natural Resources Mukhtar Babayev" continues the title through "and"
            }
            String next = w(end);
            if (!(next.isEmpty() || next.equals(",") || next.equals("and") || verbFollows(end))) {
                return -1;
            }
            for (int k = i; k < end - 1; k++) {
                if (tagged[k] == end && Words.isCapitalised(words[k])) {
                    return k == i ? (countWords(i + 1, end) >= 2 ? i + 1 : -1) : k;
                }
            }
            return -1;
        }

        /** "Member of [Parliament for Kalangala East] Joseph Mukasa": the name follows an organisation that completes a title. */
        boolean afterTitleComplement(int i) {
            int k = i - 1;
            while (k >= sentence.firstToken() && inOrganisation[k]) {
                k--;
            }
            return k < i - 1 && k > sentence.firstToken() && (words[k].equals("of") || words[k].equals("for"))
                    && roleBeforeComplement(k);
        }

        /** A role word opens the title that the preposition at {@code prep} continues ("Member of Parliament for"). */
        private boolean roleBeforeComplement(int prep) {
            for (int k = prep - 1; k >= sentence.firstToken() && k >= prep - 6; k--) {
                String w = words[k];
                if (Vocabulary.isRoleWord(w)) {
                    return true;
                }
                if (!(Words.isCapitalised(w) || w.equals("of") || w.equals("for") || w.equals("the") || w.equals("and")
                        || Words.isPossessive(w))) {
                    return false;
                }
            }
            return false;
        }

        /** After a comma or parenthesis, with a person named earlier in the sentence: an affiliation, not a name. */
        boolean affiliationPosition(int i, List<PersonMention> found) {
            String prev = w(i - 1);
            if (!prev.equals(",") && !prev.equals("(") && !prev.equals("|")) {
                return false; // "X, health correspondent, Y", "X | Data Steward | Y"
            }
            int sentenceStart = tokens.get(sentence.firstToken()).start();
            int at = tokens.get(i).start();
            for (int k = found.size() - 1; k >= 0; k--) {
                PersonMention p = found.get(k);
                if (p.end() <= at && p.start() >= sentenceStart) {
                    return true;
                }
            }
            return false;
        }

        /** A person's verb follows, possibly after another name joined by "and" and an auxiliary. */
        boolean verbFollows(int k) {
            if (w(k).equals("and") && isNameWord(w(k + 1), shouting)) {
                int other = nameEnd(k + 1, shouting);
                if (other - (k + 1) >= 2) {
                    k = other;
                }
            }
            int aux = 0;
            while (aux < 3 && AUXILIARIES.contains(w(k).toLowerCase(Locale.ROOT))) {
                k++;
                aux++;
            }
            return Vocabulary.isPersonVerb(w(k));
        }

        /** An organisation begins at token {@code k} (after "the"): a recognised one, an acronym, or "Dept." */
        boolean startsOrganisation(int k) {
            if (w(k).equalsIgnoreCase("the")) {
                k++;
            }
            String w = w(k);
            if (w.isEmpty()) {
                return false;
            }
            return k < sentence.endToken() && inOrganisation[k] || Words.isAllCaps(w) && w.length() <= 8 && !Vocabulary.isNeverName(w)
                    && !Places.isCountry(w) || w.equals("Dept") || w.equals("Department");
        }

        boolean lineStartsOrganisation(Sentence line) {
            int k = line.firstToken();
            return k < line.endToken() && (inOrganisation[k] || words[k].equals("Dept") || words[k].equals("Department"));
        }

        /** "Tom M. Mitchell": an initial between two name words. */
        boolean hasMiddleInitial(int from, int to) {
            for (int k = from + 1; k + 1 < to; k++) {
                if (Words.isInitialLetter(words[k]) && words[k + 1].equals(".") && k + 2 < to) {
                    return true;
                }
            }
            return false;
        }

        /** "US Secretary of State Hillary Rodham Clinton": a role, "of", a capitalised word, then the name. */
        boolean titleOfState(int i) {
            return i - 3 >= sentence.firstToken() && words[i - 2].equals("of") && Words.isCapitalised(words[i - 1])
                    && !Vocabulary.isNeverName(words[i - 1]) && Vocabulary.isRoleWord(words[i - 3])
                    && !Vocabulary.isNeverName(words[i - 3]);
        }

        /** A role phrase ends right before the comma at {@code comma} ("Head of Research, Kasimir Ruud,"). */
        boolean roleEndsBefore(int comma) {
            for (int k = comma - 1; k >= sentence.firstToken() && k >= comma - 4; k--) {
                String w = words[k];
                if (w.equals(",") || w.equals(";") || w.equals(":")) {
                    return false;
                }
                if (Vocabulary.isRoleWord(w)) {
                    return true;
                }
            }
            return false;
        }

        /** A role word among the next {@code window} tokens, before the clause ends. */
        boolean roleFollows(int from, int window) {
            for (int k = from; k < sentence.endToken() && k < from + window; k++) {
                String w = words[k];
                if (w.equals(".") && k > from && Words.isInitialLetter(words[k - 1])) {
                    continue; // "Fenwick R. Abbot Professor"
                }
                if (w.equals(";") || w.equals(".") || w.equals("(") || w.equals(")") || Character.isDigit(w.charAt(0))
                        || Words.isDash(w)) {
                    return false; // "Harbourtown, 22 September 2021 - Mayors and deputy mayors": a dateline
                }
                if (Vocabulary.isRoleWord(w) || w.equalsIgnoreCase("former")) {
                    return true;
                }
                if (k > from && w.equals(",")) {
                    return false;
                }
            }
            return false;
        }

        /** Only bullets, numbers, times and a label ending in ":" or a dash precede {@code i} on its line. */
        boolean startsEntry(int i) {
            if (i == sentence.firstToken()) {
                return true;
            }
            String prev = words[i - 1];
            if (prev.equals(":") || Words.isDash(prev) || prev.equals(";") || prev.equals("\u2022") || prev.equals("\u00b7")) {
                return true;
            }
            for (int k = sentence.firstToken(); k < i; k++) {
                String w = words[k];
                if (!(Words.isBullet(w) || Character.isDigit(w.charAt(0)) || w.equals(".") || w.equals(")"))) {
                    return false;
                }
            }
            return true;
        }

        boolean lineStatesRole(Sentence line) {
            for (int k = line.firstToken(); k < line.endToken() && k < line.firstToken() + 6; k++) {
                if (Vocabulary.isRoleWord(words[k])) {
                    return k + 1 >= line.endToken() || !words[k + 1].equals(":"); // "Organiser: X" labels its line
                }
                if (words[k].equals(",") || words[k].equals(":")) {
                    break;
                }
            }
            return false;
        }

        String name(int from, int to) {
            StringBuilder b = new StringBuilder();
            for (int k = from; k < to; k++) {
                String w = words[k];
                if (w.equals(".")) {
                    b.append('.');
                    continue;
                }
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(w);
            }
            return b.toString();
        }

        PersonMention mention(int first, int nameFirst, int end, String evidence, double confidence) {
            int start = tokens.get(first).start();
            int nameStart = tokens.get(nameFirst).start();
            int stop = tokens.get(end - 1).end();
            String honorific = nameFirst > first ? text.substring(start, tokens.get(nameFirst - 1).end()) : null;
            return new PersonMention(start, stop, nameStart, stop, name(nameFirst, end), honorific, evidence, confidence);
        }

        private boolean isShouting() {
            int caps = 0;
            int letters = 0;
            for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
                String w = words[i];
                if (Character.isLetter(w.charAt(0))) {
                    letters++;
                    if (Words.isAllCaps(w) || w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
                        caps++;
                    }
                }
            }
            return letters >= 2 && caps * 10 >= letters * 8;
        }
    }
}
