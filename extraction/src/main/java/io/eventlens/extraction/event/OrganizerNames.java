package io.eventlens.extraction.event;

import io.eventlens.extraction.document.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads lists of organisation names the way event notices write them ("ICRtoP, Stanley Foundation",
 * "the X, in cooperation with the Y and Z", "our friends at X") and spells a name at its fullest
 * where the document does ("Geneva Academy" to "Geneva Academy of International Humanitarian Law
 * and Human Rights", an acronym to the name it was defined for).
 *
 * <p>A name counts as an organisation when it is a capitalised phrase with an organisation word
 * (Institute, Centre, Mission, University...) or is an acronym; in a list of such names a bare
 * proper phrase is accepted too.
 */
final class OrganizerNames {

    // precompiled: String.replaceAll, split and matches compile their pattern on every call

    /** Words that link list items or introduce a partner; they are dropped from the item. */
    private static final Pattern LEADING_CONNECTOR = Pattern.compile(
            "^(?:(?:and|&|as well as|together with|in cooperation with|in collaboration with|in partnership with|"
                    + "in association with|with the support of|with support from|with support of|supported by|with|"
                    + "along with|jointly with|plus|from|by)\\s+)+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ARTICLE = Pattern.compile("^(?:the|The|THE)\\s+");
    /** "1.1 The X convened": a report's paragraph number opening the sentence is no part of the name. */
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2}){1,2}\\.?\\s+(?=\\p{Lu})");
    /** "On 4 April 2025 the X and the Y co-organise": a date opening the sentence is no part of the first name. */
    private static final Pattern LEADING_DATE = Pattern.compile("^(?:[Oo]n|[Ii]n|[Ff]rom|[Ss]ince|[Dd]uring)\\s+(?:\\p{L}+day,?\\s+)?"
            + "(?:\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+\\.?|\\p{L}+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\p{L}+|\\d{4})(?:,?\\s+\\d{4})?,?\\s+");
    /** "the city's Mobility Department": a possessive before the name. */
    private static final Pattern POSSESSOR = Pattern.compile("^(?:the\\s+)?\\p{Ll}[\\p{L}-]*['\u2019]s\\s+(?=\\p{Lu})");
    /** "Norway's Ministry of X": a country's possessive before the name (checked against the country names). */
    private static final Pattern CAPITALISED_POSSESSOR = Pattern.compile("^(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})['\u2019]s\\s+(?=\\p{Lu})");
    /** Words that open a sentence before its subject ("Together, X and Y hosted"); never an organisation. */
    private static final java.util.Set<String> SENTENCE_ADVERBS = Vocabulary.words("together", "jointly", "yesterday",
            "today", "tonight", "tomorrow", "also", "meanwhile", "however", "additionally", "finally", "first", "firstly",
            "next", "then", "recently", "earlier", "later", "again", "now", "here", "there", "likewise", "similarly",
            "moreover", "furthermore", "subsequently", "separately", "elsewhere", "once", "previously", "last",
            "this", "lastly", "overall", "indeed", "thus", "accordingly", "instead", "so", "and", "but");
    /** "our friends at X", "colleagues from X": the organisation is X. */
    private static final Pattern PEOPLE_AT = Pattern.compile(
            "^(?:our|their|its|his|her)?\\s*(?:[a-z-]+\\s+){0,3}?(?:at|from|of)\\s+(?=[\\p{Lu}])");
    /** "our Colombian member organisation X", "our long-standing partner the X": the organisation is X. */
    private static final Pattern OWN_DESCRIPTION = Pattern.compile(
            "^(?:our|their|its)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:member|partner|sister|host)"
                    + "(?:\\s+(?:organi[sz]ation|network|institution|group|association|NGO|university|institute))?\\s+(?:the\\s+)?(?=\\p{Lu})");
    private static final Pattern INTERNAL_SPLIT = Pattern.compile(
            "\\s+(?:and from|and with|and|&|with(?=\\s+(?:the\\s+)?\\p{Lu})|together with|in cooperation with|in collaboration with|in partnership with|with support from|"
                    + "with the support of|as well as|along with)\\s+");

    private OrganizerNames() {
    }

    /** A name with an organisation word or an acronym, written like a name. */
    static boolean looksLikeOrganization(String name) {
        List<String> words = wordList(name);
        if (words.isEmpty() || !Phrases.capitalised(words.get(0))) {
            return false;
        }
        if (words.size() == 1 && !Phrases.isAcronym(words.get(0)) && Vocabulary.isOrganizationWord(words.get(0))) {
            return false; // "the Initiative", "the Council": a reference back, not a name
        }
        if (words.size() > 2 && words.get(1).equalsIgnoreCase("by")) {
            return false; // "Organised by the X", "Hosted by X": a phrase that names a body, not the body's name
        }
        boolean orgWord = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (Phrases.isAcronym(w) || (Phrases.capitalised(w) && Vocabulary.isOrganizationWord(w))) {
                orgWord = true;
            } else if (i == words.size() - 1 && i > 0 && w.equals("International")) {
                orgWord = true; // "Amnesty International": a body's name ends with the word, a title seldom does
            } else if (!Phrases.capitalised(w) && !Vocabulary.isFunctionWord(w)
                    && !(Vocabulary.isOrganizationWord(w) && i + 1 < words.size())) {
                // "UN agencies present in ...": a description, not a name ("programme of X" is one)
                return false;
            }
        }
        return orgWord;
    }

    /** "Ministry", "Council": one capitalised organisation word, a reference back to a body named in full elsewhere. */
    static boolean isReferenceBack(String name) {
        List<String> words = wordList(name);
        return words.size() == 1 && Phrases.capitalised(words.get(0)) && !Phrases.isAcronym(words.get(0))
                && Vocabulary.isOrganizationWord(words.get(0));
    }

    /**
     * The body a reference back names ("the Ministry" in a release headed "Ministry of Coastal
     * Affairs"): the fuller name the text gives it, or null.
     */
    static Span referredBody(String text, String name) {
        if (!isReferenceBack(name)) {
            return null;
        }
        Span fuller = fullest(text, wordList(name).get(0));
        return fuller != null && looksLikeOrganization(text.substring(fuller.start(), fuller.end())) ? fuller : null;
    }

    /** A phrase written like a proper name: every content word capitalised (an organisation word may be lower case). */
    static boolean looksLikeName(String name) {
        List<String> words = wordList(name);
        if (words.isEmpty() || !Phrases.capitalised(words.get(0)) || words.size() > 16) {
            return false;
        }
        for (String w : words) {
            if (!Phrases.capitalised(w) && !Vocabulary.isFunctionWord(w) && !Vocabulary.isOrganizationWord(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Splits {@code span} into organisation names: at commas and semicolons, at "and" or "together
     * with" when both sides are names of organisations. Items that are not names are left out;
     * with {@code stopAtNonName} the list ends at the first of them.
     */
    static List<Span> split(String text, Span span, boolean stopAtNonName) {
        List<Span> items = items(text, span);
        List<Span> out = new ArrayList<>();
        boolean anyOrganization = items.stream().anyMatch(i -> looksLikeOrganization(withoutAcronym(text, i)));
        for (Span item : items) {
            if (accepted(text, item, anyOrganization)) {
                out.add(item);
            } else if (stopAtNonName && !out.isEmpty()) {
                break;
            }
        }
        return out;
    }

    /**
     * The names that end {@code span}, read from its end backwards until an item is not a name:
     * the subject of "In preparation for X, the A, the B and the C convened".
     */
    static List<Span> trailing(String text, Span span) {
        List<Span> items = new ArrayList<>();
        for (Span item : items(text, span)) {
            items.add(withoutUnitWords(text, item));
        }
        boolean anyOrganization = items.stream().anyMatch(i -> looksLikeOrganization(withoutAcronym(text, i)));
        int first = items.size();
        while (first > 0 && accepted(text, items.get(first - 1), anyOrganization)) {
            first--;
        }
        return new ArrayList<>(items.subList(first, items.size()));
    }

    /**
     * The organisations after "organised by": like {@link #split}, but the list ends where prose
     * resumes ("... Institute for Urban Design last night"), and a leading description that
     * introduces the list ("the Initiative's partners, the X, the Y") is passed over.
     */
    static List<Span> byList(String text, Span span) {
        return byList(text, span, false);
    }

    /**
     * As {@link #byList(String, Span)}; with {@code namesCount} a proper name without an
     * organisation word counts too ("organised by Estuary Writers"): the agent of "organised by"
     * is a body unless it is a person, which the caller checks.
     */
    static List<Span> byList(String text, Span span, boolean namesCount) {
        List<Span> items = items(text, span);
        List<Span> truncated = new ArrayList<>();
        boolean ended = false;
        for (Span item : items) {
            if (ended) {
                break;
            }
            Span cut = proseCut(text, item);
            ended = cut.end() < item.end();
            if (cut.length() == 0) {
                if (!truncated.isEmpty()) {
                    break;
                }
                continue;
            }
            String value = text.substring(cut.start(), cut.end());
            if (value.endsWith("\u2019s") || value.endsWith("'s")) {
                ended = false;
                continue; // "the Initiative's partners,": a description of the names that follow
            }
            truncated.add(cut);
        }
        boolean anyOrganization = namesCount
                || truncated.stream().anyMatch(i -> looksLikeOrganization(withoutAcronym(text, i)));
        List<Span> out = new ArrayList<>();
        for (Span item : truncated) {
            if (accepted(text, item, anyOrganization)) {
                out.add(item);
            } else if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }

    /**
     * "the Dunmore Law School clinic", "the Harbour Trust team": an organisation's name followed by
     * one or two lower-case words naming a part of it; the name is the organisation.
     */
    private static Span withoutUnitWords(String text, Span item) {
        int end = item.end();
        for (int words = 0; words < 2; words++) {
            int ws = end;
            while (ws > item.start() && Character.isLetter(text.charAt(ws - 1))) {
                ws--;
            }
            if (ws == end || ws == item.start() || !Character.isLowerCase(text.charAt(ws))
                    || text.charAt(ws - 1) != ' ' || Vocabulary.isFunctionWord(text.substring(ws, end))) {
                break;
            }
            end = ws - 1;
            Span rest = Span.of(item.start(), end);
            if (looksLikeOrganization(withoutAcronym(text, rest))) {
                return rest;
            }
        }
        return item;
    }

    /** The item up to its last capitalised word before prose resumes (a lower-case word that is no function word). */
    private static Span proseCut(String text, Span item) {
        int lastGood = item.start();
        int i = item.start();
        int depth = 0;
        while (i < item.end()) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
                lastGood = i + 1;
            }
            if (!Character.isLetterOrDigit(c) || depth > 0) {
                i++;
                continue;
            }
            int s = i;
            while (i < item.end() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-'
                    || text.charAt(i) == '\'' || text.charAt(i) == '\u2019' || text.charAt(i) == '.'
                    || text.charAt(i) == '/' || text.charAt(i) == '&')) {
                i++;
            }
            String word = text.substring(s, i);
            if (s > item.start() && (word.matches("(?:1[89]|20)\\d\\d") || MONTHS.contains(word.toLowerCase(Locale.ROOT)))) {
                return Phrases.trim(text, Span.of(item.start(), lastGood), ",;:."); // "Kampong Reach in 2022", "X in March"
            }
            if (Phrases.capitalised(word)) {
                lastGood = i;
            } else if (!Vocabulary.isFunctionWord(word)
                    && !(Vocabulary.isOrganizationWord(word) && nextIsFunctionWord(text, i, item.end()))) {
                if (Vocabulary.isOrganizationWord(word)) {
                    return Span.of(item.start(), item.start()); // "UN agencies ...": a description, no name
                }
                return Phrases.trim(text, Span.of(item.start(), lastGood), ",;:.");
            }
        }
        return item;
    }

    private static final java.util.Set<String> WEEKDAY_NAMES = Vocabulary.words("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");
    private static final java.util.Set<String> MONTHS = Vocabulary.words("january", "february", "march", "april", "june",
            "july", "august", "september", "october", "november", "december");

    private static boolean nextIsFunctionWord(String text, int from, int end) {
        int s = from;
        while (s < end && text.charAt(s) == ' ') {
            s++;
        }
        int e = s;
        while (e < end && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return e > s && Vocabulary.isFunctionWord(text.substring(s, e));
    }

    private static boolean accepted(String text, Span item, boolean inListOfOrganizations) {
        String name = withoutAcronym(text, item);
        if (SENTENCE_ADVERBS.contains(name.toLowerCase(Locale.ROOT))) {
            return false; // "Together, X and Y hosted"
        }
        return looksLikeOrganization(name) || (inListOfOrganizations && looksLikeName(name) && !Phrases.allCaps(name)
                && !startsWithDateWord(name)) || referenceBack(text, name);
    }

    /**
     * "organised by the Ministry together with ...": a capitalised organisation word alone refers back
     * to the one organisation the document names with it ("Ministry of Coastal Affairs and Inland
     * Fisheries" in the letterhead); the caller spells it at its fullest.
     */
    static boolean referenceBack(String text, String name) {
        if (name.indexOf(' ') >= 0 || !Phrases.capitalised(name) || Phrases.isAcronym(name)
                || !Vocabulary.isOrganizationWord(name)) {
            return false;
        }
        Span fuller = fullest(text, name);
        return fuller != null && fuller.length() > name.length() && looksLikeOrganization(text.substring(fuller.start(), fuller.end()));
    }

    private static boolean startsWithDateWord(String name) {
        List<String> words = wordList(name);
        if (words.isEmpty()) {
            return true;
        }
        String first = words.get(0).toLowerCase(Locale.ROOT);
        return first.matches("\\d.*|on|in|at|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|"
                + "march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow");
    }

    /** The cleaned items of a list, names or not. */
    private static List<Span> items(String text, Span span) {
        List<Span> items = new ArrayList<>();
        List<Span> parts = topLevelParts(text, span);
        for (int p = 0; p < parts.size(); p++) {
            Span part = parts.get(p);
            // in "A, B and C, and D" commas separate the names; an inner "and" belongs to a name
            // ("Office on Genocide Prevention and RtoP") except in the last part ("B and the C")
            boolean last = p == parts.size() - 1 || startsPartner(text, parts.get(p + 1)) || startsProse(text, parts.get(p + 1));
            for (Span piece : splitInternal(text, part, parts.size() == 1 || last)) {
                Span item = clean(text, piece);
                if (item.length() > 0) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    /** ", with support from the X": the names after it are partners, not more of the same list. */
    private static boolean startsPartner(String text, Span part) {
        String t = text.substring(part.start(), part.end()).strip();
        Matcher m = LEADING_CONNECTOR.matcher(t);
        return t.isEmpty() || (m.find() && m.end() > 0 && !t.toLowerCase(Locale.ROOT).startsWith("and "));
    }

    /** ", will host a symposium": the list of names ended before this part. */
    private static boolean startsProse(String text, Span part) {
        String t = text.substring(part.start(), part.end()).strip();
        if (t.isEmpty()) {
            return true;
        }
        List<String> words = wordList(t);
        if (words.size() > 1 && (words.get(0).equals("and") || words.get(0).equals("but"))) {
            words = words.subList(1, words.size()); // ", and took place at ...": a second predicate, not a name
        }
        return !words.isEmpty() && Character.isLowerCase(words.get(0).charAt(0)) && !Vocabulary.isFunctionWord(words.get(0));
    }

    /** Commas and semicolons outside parentheses. */
    private static List<Span> topLevelParts(String text, Span span) {
        List<Span> parts = new ArrayList<>();
        int depth = 0;
        int start = span.start();
        for (int i = span.start(); i < span.end(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == ';' || c == '|' || isSpacedDash(text, i)
                    || (c == ',' && !unitOfParent(text, start, i, span.end())
                            && !CoordinatedBodies.continues(text.substring(start, i), text.substring(i + 1, Math.min(span.end(), i + 60)))))) {
                parts.add(Span.of(start, i));
                start = i + 1;
            }
        }
        parts.add(Span.of(start, span.end()));
        return parts;
    }

    private static final java.util.Set<String> UNIT_WORDS = Vocabulary.words("faculty", "department", "school", "division",
            "unit", "programme", "program", "chair", "laboratory", "lab", "section", "college", "group", "centre", "center",
            "institute", "team", "clinic", "observatory");
    private static final java.util.Set<String> PARENT_WORDS = Vocabulary.words("university", "college", "polytechnic",
            "school", "academy", "ministry", "institute", "universität", "université", "universidad", "hospital");

    /**
     * "Faculty of Logistics, Rhine-Waal School of Management": the comma joins a unit to the body it
     * belongs to, one organisation; "Stanley Foundation, Auschwitz Institute" are two.
     */
    private static boolean unitOfParent(String text, int from, int comma, int to) {
        List<String> left = wordList(text.substring(from, comma));
        int next = text.indexOf(',', comma + 1);
        int semi = text.indexOf(';', comma + 1);
        int end = next < 0 || next > to ? to : next;
        if (semi >= 0 && semi < end) {
            end = semi;
        }
        List<String> right = wordList(text.substring(comma + 1, end));
        if (left.isEmpty() || right.isEmpty() || right.size() > 8) {
            return false;
        }
        boolean unit = false;
        for (int k = Math.max(0, left.size() - 6); k < left.size(); k++) {
            String w = left.get(k);
            unit |= Phrases.capitalised(w) && UNIT_WORDS.contains(w.toLowerCase(Locale.ROOT));
        }
        boolean parent = false;
        for (String w : right) {
            parent |= Phrases.capitalised(w) && PARENT_WORDS.contains(w.toLowerCase(Locale.ROOT));
        }
        return unit && parent && Phrases.capitalised(right.get(0));
    }

    private static boolean isSpacedDash(String text, int i) {
        char c = text.charAt(i);
        return (c == '\u2014' || c == '\u2013' || c == '-') && i > 0 && i + 1 < text.length()
                && Character.isWhitespace(text.charAt(i - 1)) && Character.isWhitespace(text.charAt(i + 1));
    }

    /** "X and the Y", "X together with Y": two names when both sides name organisations. */
    private static List<Span> splitInternal(String text, Span part, boolean andSplits) {
        List<Span> out = new ArrayList<>();
        Matcher m = INTERNAL_SPLIT.matcher(text).region(part.start(), part.end());
        int start = part.start();
        while (m.find()) {
            Span left = Span.of(start, m.start());
            Span right = Span.of(m.end(), part.end());
            String leftName = withoutAcronym(text, clean(text, left));
            String rightHead = beforeParent(withoutAcronym(text, clean(text, firstItemOf(text, right))));
            String connector = m.group().strip().toLowerCase(Locale.ROOT);
            if ((connector.equals("and") || connector.equals("&"))
                    && CoordinatedBodies.continues(text.substring(start, m.start()), text.substring(m.end(), Math.min(part.end(), m.end() + 60)))) {
                continue; // "the Permanent Missions of Namibia and Finland": one plural, split into bodies later
            }
            boolean partner = !connector.equals("and") && !connector.equals("&");
            boolean afterDefinition = !partner && definedAcronym(text, clean(text, Span.of(start, m.start()))) != null
                    && !wordList(rightHead).isEmpty() && Phrases.capitalised(wordList(rightHead).get(0));
            if (afterDefinition && looksLikeOrganization(leftName)) {
                out.add(left); // "X (XA) and Heron Books": an acronym's definition closes the first name, in any list
                start = m.end();
                continue;
            }
            if (!partner && !andSplits) {
                continue;
            }
            if (!partner && acronymSpansConnector(text, left, firstItemOf(text, right))) {
                continue; // "International Federation of Sound and Image Archives (IFSIA)": one name, as its acronym says
            }
            if (connector.equals("and from") || connector.equals("and with")) {
                out.add(left);
                start = m.end();
                continue;
            }
            if ((partner || looksLikeOrganization(leftName) || isReferenceBack(leftName))
                    && startsNewOrganization(text, right, rightHead)
                    || connector.equals("with") && looksLikeName(leftName) && looksLikeName(rightHead)) { // "A Books with B Press"
                out.add(left);
                start = m.end();
            }
        }
        out.add(Span.of(start, part.end()));
        return out;
    }

    /**
     * The acronym defined right after {@code right} spells the initials of the words on both sides of
     * the "and": the name runs across it.
     */
    private static boolean acronymSpansConnector(String text, Span left, Span right) {
        Span rightItem = clean(text, right);
        String acronym = rightItem.length() > 0 ? definedAcronym(text, rightItem) : null;
        if (acronym == null && rightItem.length() > 0) {
            // "Humanitarian Law (CHHL) in the School of Law": the definition closes the name before its parent
            int open = text.indexOf('(', rightItem.start());
            int close = open < 0 || open >= rightItem.end() ? -1 : text.indexOf(')', open);
            if (close > open && close < rightItem.end() && close - open <= 12) {
                rightItem = Span.of(rightItem.start(), close + 1);
                acronym = definedAcronym(text, rightItem);
            }
        }
        if (acronym == null) {
            return false;
        }
        String letters = acronym.replaceAll("[^\\p{Lu}]", "");
        String leftInitials = initials(withoutAcronym(text, clean(text, left)));
        String rightInitials = initials(withoutAcronym(text, rightItem));
        if (leftInitials.isEmpty() || rightInitials.isEmpty() || letters.equals(rightInitials)) {
            return false;
        }
        String both = leftInitials + rightInitials;
        if (letters.length() < 3 || letters.length() <= rightInitials.length()) {
            return false;
        }
        // exact, or the letters of some words in order ("Centre for Human Rights and Humanitarian Law (CHHL)")
        return both.endsWith(letters) || both.charAt(0) == letters.charAt(0)
                && both.charAt(both.length() - 1) == letters.charAt(letters.length() - 1) && subsequence(letters, both);
    }

    private static boolean subsequence(String letters, String of) {
        int k = 0;
        for (int i = 0; i < of.length() && k < letters.length(); i++) {
            if (of.charAt(i) == letters.charAt(k)) {
                k++;
            }
        }
        return k == letters.length();
    }

    /** The first letters of a name's capitalised words: "Federation of Sound" gives "FS". */
    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : wordList(name)) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                out.append(w.charAt(0));
            }
        }
        return out.toString();
    }

    /** "International Affairs at Harvard Kennedy School" to "International Affairs": the part before a parent body. */
    private static String beforeParent(String name) {
        int at = name.indexOf(" at ");
        return at > 0 ? name.substring(0, at) : name;
    }

    private static Span firstItemOf(String text, Span right) {
        Matcher m = INTERNAL_SPLIT.matcher(text).region(right.start(), right.end());
        while (m.find()) {
            if (m.group().strip().equals("&") && isOneWord(text, right.start(), m.start())) {
                continue; // "Law & Humanities Reading Group": an ampersand between two words of one name
            }
            return Span.of(right.start(), m.start());
        }
        return right;
    }

    private static boolean isOneWord(String text, int from, int to) {
        String s = text.substring(from, to).strip();
        if (s.regionMatches(true, 0, "the ", 0, 4)) {
            s = s.substring(4).strip();
        }
        return !s.isEmpty() && s.indexOf(' ') < 0 && Character.isUpperCase(s.charAt(0));
    }

    private static boolean startsNewOrganization(String text, Span right, String head) {
        if (head.isEmpty()) {
            return false;
        }
        List<String> words = wordList(head);
        if (words.isEmpty()) {
            return false;
        }
        if (Phrases.isAcronym(words.get(0)) && words.size() == 1) {
            return true;
        }
        if (looksLikeOrganization(head)) {
            return true;
        }
        // "X and Lumen Open Source Investigations (LOSI)": a name that defines its own acronym is a body's
        Span item = clean(text, firstItemOf(text, right));
        String acronym = item.length() == 0 ? null : definedAcronym(text, item);
        return acronym != null && words.size() >= 2 && looksLikeName(head) && initialsFit(acronym, head);
    }

    /** Drops connectors, articles, "our friends at", and edge punctuation from a list item. */
    static Span clean(String text, Span item) {
        Span s = Phrases.trimValue(text, item);
        for (int round = 0; round < 3; round++) {
            String v = text.substring(s.start(), s.end());
            Matcher c = LEADING_CONNECTOR.matcher(v);
            if (c.find() && c.end() > 0) {
                s = Span.of(s.start() + c.end(), s.end());
                continue;
            }
            Matcher own = OWN_DESCRIPTION.matcher(v);
            if (own.find()) {
                s = Span.of(s.start() + own.end(), s.end());
                continue;
            }
            Matcher people = PEOPLE_AT.matcher(v);
            if (!v.isEmpty() && Character.isLowerCase(v.charAt(0)) && people.find()) {
                s = Span.of(s.start() + people.end(), s.end());
                continue;
            }
            Matcher possessor = POSSESSOR.matcher(v);
            if (possessor.find()) {
                s = Span.of(s.start() + possessor.end(), s.end());
                continue;
            }
            Matcher country = CAPITALISED_POSSESSOR.matcher(v);
            if (country.find() && Vocabulary.isCountry(country.group(1))) {
                s = Span.of(s.start() + country.end(), s.end());
                continue;
            }
            Matcher date = LEADING_DATE.matcher(v);
            if (date.find() && date.group().chars().anyMatch(Character::isDigit)) {
                s = Span.of(s.start() + date.end(), s.end());
                continue;
            }
            Matcher number = PARAGRAPH_NUMBER.matcher(v);
            if (number.find()) {
                s = Span.of(s.start() + number.end(), s.end());
                continue;
            }
            Matcher a = ARTICLE.matcher(v);
            if (a.find()) {
                s = Span.of(s.start() + a.end(), s.end());
                continue;
            }
            break;
        }
        return Phrases.trim(text, s, ",;:.\u2013\u2014-");
    }

    /** The name without a trailing "(ACRONYM)". */
    static String withoutAcronym(String text, Span item) {
        return text.substring(item.start(), nameEnd(text, item)).strip();
    }

    /** Where the name ends before a trailing parenthesised acronym. */
    static int nameEnd(String text, Span item) {
        int e = item.end();
        if (e > item.start() && text.charAt(e - 1) == ')') {
            int open = text.lastIndexOf('(', e - 1);
            if (open > item.start()) {
                String inside = text.substring(open + 1, e - 1);
                if (Phrases.isAcronym(inside.strip()) || inside.strip().split("\\s+").length == 1) {
                    int k = open;
                    while (k > item.start() && Character.isWhitespace(text.charAt(k - 1))) {
                        k--;
                    }
                    return k;
                }
            }
        }
        return e;
    }

    /** The acronym defined in parentheses after the name, if any. */
    static String definedAcronym(String text, Span item) {
        int end = nameEnd(text, item);
        if (end == item.end()) {
            return null;
        }
        String inside = text.substring(text.lastIndexOf('(', item.end() - 1) + 1, item.end() - 1).strip();
        return Phrases.isAcronym(inside) ? inside : null;
    }

    /**
     * The fullest spelling of {@code name} in the text: the name an acronym was defined for
     * ("International Peace Institute (IPI)"), or a longer name that begins with it ("Geneva
     * Academy" written elsewhere as "Geneva Academy of International Humanitarian Law and Human
     * Rights"). Returns the span of the fuller form, or null.
     */
    static Span fullest(String text, String name) {
        if (name.length() < 2) {
            return null;
        }
        if (Phrases.isAcronym(name)) {
            Span defined = acronymDefinition(text, name);
            if (defined != null) {
                return defined;
            }
        }
        Span best = null;
        int from = 0;
        int guard = 0;
        boolean single = isReferenceBack(name);
        while (guard++ < 200) {
            int at = text.indexOf(name, from);
            if (at < 0) {
                break;
            }
            from = at + name.length();
            if ((at > 0 && Character.isLetterOrDigit(text.charAt(at - 1)))
                    || (from < text.length() && Character.isLetterOrDigit(text.charAt(from)))) {
                continue;
            }
            int end = extension(text, from);
            // "the Institute" refers back to "Caspian Institute for Water Governance": the capitalised words
            // written before the one organisation word belong to the name too
            int start = single ? leadingNameStart(text, at) : at;
            if ((end > from || start < at) && (best == null || end - start > best.length())) {
                best = Span.of(start, end);
            }
        }
        if (best == null && !Phrases.isAcronym(name) && name.contains(" ")) {
            // a masthead in capitals: "ALDER INSTITUTE FOR HOUSING RIGHTS" is the fuller "Alder Institute"
            String upper = name.toUpperCase(Locale.ROOT);
            int at = text.indexOf(upper);
            if (at >= 0 && at < MASTHEAD_CHARS) {
                int lineEnd = text.indexOf('\n', at);
                lineEnd = lineEnd < 0 ? text.length() : lineEnd;
                String rest = text.substring(at + upper.length(), lineEnd);
                java.util.regex.Matcher m = CAPITAL_COMPLEMENT.matcher(rest);
                if (m.lookingAt() && m.end() > 0) {
                    best = Span.of(at, at + upper.length() + m.end());
                }
            }
        }
        return best;
    }

    /** How far into the text a masthead in capitals is looked for. */
    private static final int MASTHEAD_CHARS = 400;
    /** " FOR HOUSING RIGHTS", " OF THE NORTH": a complement in capitals continuing a name. */
    private static final java.util.regex.Pattern CAPITAL_COMPLEMENT = java.util.regex.Pattern.compile(
            "(?: (?:FOR|OF|ON|AND)(?: THE)?(?: [\\p{Lu}'\u2019-]{2,}){1,6})+");

    /** Where the capitalised words written right before {@code at} on its line begin ("Caspian " before "Institute"). */
    private static int leadingNameStart(String text, int at) {
        int start = at;
        int words = 0;
        while (words < 4) {
            int e = start;
            if (e < 1 || text.charAt(e - 1) != ' ') {
                break;
            }
            int ws = e - 1;
            while (ws > 0 && (Character.isLetter(text.charAt(ws - 1)) || text.charAt(ws - 1) == '-')) {
                ws--;
            }
            String word = text.substring(ws, e - 1);
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || Vocabulary.isFunctionWord(word)
                    || word.equals("The") || word.equals("A") || word.equals("An") || word.equals("Our") || word.equals("Its")
                    || Phrases.isAcronym(word) || ws > 0 && !Character.isWhitespace(text.charAt(ws - 1))) {
                break;
            }
            if (ws >= 2 && text.charAt(ws - 1) == ' ' && ".!?:".indexOf(text.charAt(ws - 2)) >= 0) {
                break; // a sentence's first word: "... Governance. Caspian" is no name
            }
            start = ws;
            words++;
        }
        return start;
    }

    /** How far "of International Law and Human Rights" continues a name ending at {@code from}. */
    private static int extension(String text, int from) {
        int i = from;
        int end = from;
        boolean complement = false;
        int words = 0;
        while (i < text.length() && words < 12) {
            int ws = i;
            while (ws < text.length() && text.charAt(ws) == ' ') {
                ws++;
            }
            if (ws == i || ws >= text.length()) {
                break;
            }
            int we = ws;
            while (we < text.length() && (Character.isLetterOrDigit(text.charAt(we)) || text.charAt(we) == '-'
                    || text.charAt(we) == '\'' || text.charAt(we) == '\u2019')) {
                we++;
            }
            if (we == ws) {
                break;
            }
            String word = text.substring(ws, we);
            String lower = word.toLowerCase(Locale.ROOT);
            if (Character.isDigit(word.charAt(0)) || MONTHS.contains(lower) || lower.equals("may") || WEEKDAY_NAMES.contains(lower)) {
                break; // "the Youth Forum on 14 May", "X on Thursday": a date, not the name's complement
            }
            if (lower.equals("of") || lower.equals("for") || lower.equals("on")) {
                if (startsAnotherOrganization(text, we)) {
                    break; // "Platform of the Geneva Academy": two bodies
                }
                complement = true;
            } else if (lower.equals("and")) {
                if (!complement || !nextWordStartsName(text, we)) {
                    break;
                }
            } else if (lower.equals("the") || lower.equals("de") || lower.equals("des") || lower.equals("du")) {
                if (!complement) {
                    break;
                }
            } else if (Phrases.capitalised(word) && complement) {
                end = we;
            } else {
                break; // "CNN Beirut correspondent": a capitalised word straight after a name is not part of it
            }
            words++;
            i = we;
        }
        return end;
    }

    /** After "of": "the Geneva Academy ..." names another body when an organisation word comes within two words. */
    static boolean startsAnotherOrganization(String text, int from) {
        List<String> next = new ArrayList<>();
        int i = from;
        while (next.size() < 4 && i < text.length()) {
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            int s = i;
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
                i++;
            }
            if (i == s) {
                break;
            }
            next.add(text.substring(s, i));
        }
        int k = 0;
        if (!next.isEmpty() && next.get(0).equalsIgnoreCase("the")) {
            k = 1;
        } else {
            return false;
        }
        for (int j = k; j < Math.min(next.size(), k + 2); j++) {
            String w = next.get(j);
            if (!Phrases.capitalised(w)) {
                return false;
            }
            if (Vocabulary.isOrganizationWord(w) && j > k) {
                return true;
            }
        }
        return false;
    }

    private static boolean nextWordStartsName(String text, int from) {
        int ws = from;
        while (ws < text.length() && text.charAt(ws) == ' ') {
            ws++;
        }
        int we = ws;
        while (we < text.length() && Character.isLetterOrDigit(text.charAt(we))) {
            we++;
        }
        if (we == ws) {
            return false;
        }
        String word = text.substring(ws, we);
        // "and Human Rights" continues the name; "and CNN", "and the Council" start another
        return Character.isUpperCase(word.charAt(0)) && !Phrases.isAcronym(word) && !Vocabulary.isOrganizationWord(word);
    }

    /** "Full Name (ACR)" somewhere in the text, the full name's span. */
    static Span acronymDefinition(String text, String acronym) {
        String needle = "(" + acronym + ")";
        int at = text.indexOf(needle);
        int guard = 0;
        while (at >= 0 && guard++ < 50) {
            int end = at;
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            // the words before "(ACR)", nearest first: capitalised ones and function words between them
            List<Integer> starts = new ArrayList<>();
            int i = end;
            while (i > 0 && starts.size() < 14) {
                int we = i;
                while (we > 0 && text.charAt(we - 1) == ' ') {
                    we--;
                }
                int ws = we;
                while (ws > 0 && (Character.isLetterOrDigit(text.charAt(ws - 1)) || text.charAt(ws - 1) == '-'
                        || text.charAt(ws - 1) == '\u2019' || text.charAt(ws - 1) == '\'')) {
                    ws--;
                }
                if (ws == we) {
                    break;
                }
                String word = text.substring(ws, we);
                if (Character.isDigit(word.charAt(0)) || (!Phrases.capitalised(word) && !Vocabulary.isFunctionWord(word))) {
                    break;
                }
                if (Phrases.capitalised(word)) {
                    starts.add(ws);
                }
                i = ws;
            }
            // the longest stretch whose initials spell the acronym
            for (int k = starts.size() - 1; k >= 0; k--) {
                String name = text.substring(starts.get(k), end);
                if (initialsFit(acronym, name)) {
                    return Span.of(starts.get(k), end);
                }
            }
            at = text.indexOf(needle, at + needle.length());
        }
        return null;
    }

    /** The acronym's first letter starts the name, and its capitals appear in the name's initials in order. */
    static boolean initialsFit(String acronym, String name) {
        String letters = acronym.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
        List<String> words = wordList(name);
        if (letters.isEmpty() || words.isEmpty()) {
            return false;
        }
        int k = 0;
        for (String w : words) {
            if (k < letters.length() && Character.toLowerCase(w.charAt(0)) == letters.charAt(k)) {
                k++;
            }
        }
        return Character.toLowerCase(words.get(0).charAt(0)) == letters.charAt(0) && k * 2 >= letters.length();
    }

    static List<String> wordList(String s) {
        // the runs between separators (whitespace, commas, semicolons, colons, brackets, quotes), without a regex split:
        // this runs for every name candidate
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && isWordSeparator(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isWordSeparator(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                String t = s.substring(start, i).strip();
                if (!t.isEmpty() && Character.isLetterOrDigit(t.charAt(0))) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** A separator between words: a character of the class {@code [\s,;:()\u201C\u201D"]}. */
    private static boolean isWordSeparator(char c) {
        return switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', ',', ';', ':', '(', ')', '\u201C', '\u201D', '"' -> true;
            default -> false;
        };
    }
}
