package io.eventlens.extraction.participant;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.entity.OrganizationMention;
import io.eventlens.extraction.entity.Places;
import io.eventlens.extraction.entity.Vocabulary;
import io.eventlens.extraction.entity.Words;
import io.eventlens.extraction.ner.EntityMention;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits what a document says about a person ("Senior Researcher at the Halcyon Institute",
 * "Director of the Policy Division of the UN DPKO/DFS", "Professor of Economics, University of
 * Vestby, Norway", "a journalist with the Sahel Review") into a role and an affiliation:
 * <ol>
 * <li>a second role joined by "and" after a first complete one is dropped ("CEO of the X Union
 * and Chair of the Y" keeps "CEO of the X Union");</li>
 * <li>"at" / "with" / "in the" + organisation, the last one: everything before is the role ("Officer in the X Branch");</li>
 * <li>comma parts ("Title, Organisation"): the last part when it reads as an organisation;</li>
 * <li>"of" + a recognised organisation, the last such "of" outside an organisation's own name;</li>
 * <li>otherwise all is role, and an organisation or acronym opening it ("CNN Beirut
 * correspondent") is also the affiliation.</li>
 * </ol>
 * Countries are never affiliations ("Permanent Representative of Fiji" is all role).
 */
final class RoleAndOrganization {

    // precompiled: String.replaceAll compiles its pattern on every call
    private static final Pattern TRAILING_COMMA_OR_PERIOD = Pattern.compile("[,;.]$");

    /** A role, an organisation, or both; spans into the document text. */
    record Split(Span role, Span organization) {
    }

    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:(?:a|an|the|The|A|An|its|their|his|her|our|Its|Their|His|Her|Our)\\s+)?(?:then\\s+)?");
    private static final Pattern TRAILING_ACRONYM = Pattern.compile("\\s*\\(\\s*[A-Z][A-Za-z0-9&/\\-]{1,11}\\s*\\)\\s*$");
    private static final Pattern AND = Pattern.compile("\\s(?:and|&)\\s");
    private static final Pattern STRONG_PREPOSITION = Pattern.compile("\\s(?:at|with|@|in(?=\\s+the\\s))\\s");
    private static final Pattern OF = Pattern.compile("\\sof\\s");
    /** " from the GYPN chapter in Karachi" at the end of a description. */
    private static final Pattern LOCAL_CHAPTER = Pattern.compile(
            "\\s(?:from|of|with|at|in)\\s+(?:the\\s+|its\\s+|their\\s+)?([A-Z][A-Za-z0-9&]{1,11})\\s+"
                    + "(?:chapter|branch|office|section|team|delegation|unit|cell|committee|club|group|country office|field office)"
                    + "(?:\\s+(?:in|of|for)\\s+\\p{Lu}[\\p{L}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\-]*){0,2})?\\s*$");
    private static final Pattern DESCRIPTOR_THEN_NAME = Pattern.compile(
            "^(?:the\\s+|a\\s+|an\\s+)?(?:[a-z][\\p{L}\\-]*\\s+){1,5}((?:\\p{Lu}[\\p{L}\\p{M}'’\\-&.]*\\s?)+)$");

    private final Document document;
    private final String text;
    private final List<OrganizationMention> organisations;

    RoleAndOrganization(Document document) {
        this.document = document;
        this.text = document.text();
        this.organisations = document.get(OrganizationMention.LAYER);
    }

    /** Splits the description at [start, end) of the text; a "role" with no title or capitalised word in it is no role. */
    Split split(int start, int end) {
        Split split = splitUnchecked(start, end);
        if (split.role() != null && !readsAsRole(split.role())) {
            return new Split(null, split.organization());
        }
        return split;
    }

    /** "Director", "senior transport planner", "Chef de Cabinet": a role word or a capitalised title. */
    private boolean readsAsRole(Span role) {
        for (String w : text.substring(role.start(), role.end()).split("[\\s,;()]+")) {
            if (!w.isEmpty() && (Vocabulary.isRoleWord(w) || Character.isUpperCase(w.charAt(0)) && !Vocabulary.isNeverName(w))) {
                return true;
            }
        }
        return false;
    }

    private Split splitUnchecked(int start, int end) {
        int[] s = trim(start, end);
        start = s[0];
        end = s[1];
        if (start >= end) {
            return new Split(null, null);
        }
        end = dropSecondRole(start, end);
        Matcher acronym = TRAILING_ACRONYM.matcher(text).region(start, end);
        if (acronym.find() && acronym.end() == end && acronym.start() > start) {
            end = acronym.start();
        }
        end = dropTrailingCountries(start, end);
        end = dropTrailingPlace(start, end);
        Span whole = wholeOrganisation(start, end);
        if (whole != null) {
            return new Split(null, whole); // "(Ministry of Health, Peru)"
        }
        Split chapter = localChapter(start, end);
        if (chapter != null) {
            return chapter;
        }
        Split byPreposition = atOrWith(start, end);
        if (byPreposition != null) {
            return byPreposition;
        }
        Split inParentheses = trailingParenthesis(start, end);
        if (inParentheses != null) {
            return inParentheses;
        }
        Split byParts = organisationParts(start, end);
        if (byParts != null) {
            return byParts;
        }
        Split byComma = commaParts(start, end);
        if (byComma != null) {
            return byComma;
        }
        Split byOf = of(start, end);
        if (byOf != null) {
            return byOf;
        }
        Split byFor = forOrganisation(start, end);
        if (byFor != null) {
            return byFor;
        }
        Split led = ledByOrganisation(start, end);
        if (led != null) {
            return led;
        }
        if (namesABody(start, end)) {
            return new Split(null, Span.of(skipArticle(start, end), end)); // "Lucia F., Data Rights Europe"
        }
        return new Split(roleSpan(start, end), leadingOrganisation(start, end));
    }

    /** Two or more capitalised words with no role word and no country: a body's name ("Data Rights Europe"). */
    private boolean namesABody(int start, int end) {
        int from = skipArticle(start, end);
        String s = text.substring(from, end);
        String[] words = s.split("\\s+");
        if (words.length < 2 || words.length > 8 || Places.isCountry(s) || Places.startsWithCountry(s) && words.length <= 2) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            if (Vocabulary.isRoleWord(w) || !(Words.isCapitalised(w) || JOINERS.contains(w))
                    || w.indexOf(',') >= 0 || w.indexOf('(') >= 0) {
                return false;
            }
            capitalised += Words.isCapitalised(w) ? 1 : 0;
        }
        return capitalised >= 2;
    }

    /** Only an organisation: "of the UN Office on ...", "speaking for the University for Peace", "(Veltra)". */
    Span organisationOnly(int start, int end) {
        int[] s = trim(start, end);
        if (s[0] >= s[1]) {
            return null;
        }
        Matcher acronym = TRAILING_ACRONYM.matcher(text).region(s[0], s[1]);
        if (acronym.find() && acronym.end() == s[1] && acronym.start() > s[0]) {
            s[1] = acronym.start();
        }
        return Span.of(s[0], s[1]);
    }

    private int dropSecondRole(int start, int end) {
        Matcher and = AND.matcher(text).region(start, end);
        while (and.find()) {
            int cut = and.start();
            if (text.charAt(cut - 1) == ',') {
                cut--;
            }
            String rest = text.substring(and.end(), end);
            if (!startsRole(rest)) {
                continue;
            }
            Split left = atOrWith(start, cut);
            if (left == null) {
                left = of(start, cut);
            }
            if (left != null && left.organization() != null) {
                return cut;
            }
        }
        return end;
    }

    private static boolean startsRole(String rest) {
        String[] words = rest.strip().split("\\s+", 4);
        for (int i = 0; i < Math.min(3, words.length); i++) {
            String w = TRAILING_COMMA_OR_PERIOD.matcher(words[i]).replaceAll("");
            if (Vocabulary.isRoleWord(w) || w.equals("former") || i == 0 && (w.equals("a") || w.equals("an"))) {
                return true;
            }
        }
        return false;
    }

    private int dropTrailingCountries(int start, int end) {
        while (true) {
            int comma = end - 1;
            while (comma >= start && text.charAt(comma) != ',') {
                comma--;
            }
            if (comma < start) {
                return end;
            }
            String last = text.substring(comma + 1, end).strip();
            if (!Places.isCountry(last)) {
                return end;
            }
            end = trim(start, comma)[1];
        }
    }

    /**
     * "co-founder of the X campaign, Amsterdam": a last comma part that names a place (the statistical tagger's
     * location, one to three capitalised words without an organisation word) says where, not with whom.
     */
    private int dropTrailingPlace(int start, int end) {
        int comma = lastTopLevelComma(start, end);
        if (comma <= start || !document.has(EntityMention.LAYER)) {
            return end;
        }
        int[] part = trim(comma + 1, end);
        if (part[0] >= part[1] || !readsAsPlace(part[0], part[1]) || Words.isAcronym(text.substring(part[0], part[1]))
                || STATE_NAME.matcher(text).region(part[0], part[1]).matches()) {
            return end; // "Director, Treaty Division, OHCHR": an acronym names a body; "Ministry of X, Republic of Y" its state
        }
        for (EntityMention e : document.within(EntityMention.LAYER, Span.of(part[0], part[1]))) {
            if (e.start() == part[0] && e.end() == part[1] && EntityMention.LOCATION.equals(e.type()) && e.confidence() >= 0.3) {
                int cut = trim(start, comma)[1];
                return cut > start ? cut : end;
            }
        }
        return end;
    }

    /** The organisation mention that is all of [start, end) after "the", or null. */
    private Span wholeOrganisation(int start, int end) {
        int from = skipArticle(start, end);
        for (OrganizationMention o : document.within(OrganizationMention.LAYER, Span.of(from, end))) {
            if (o.start() == from && o.end() == end && o.source() != OrganizationMention.Source.UNDEFINED_ACRONYM) {
                return Span.of(o.start(), o.end());
            }
            break;
        }
        return null;
    }

    /**
     * "youth delegate from the GYPN chapter in Karachi", "volunteer with the NRC office in Goma": a local part
     * of a body named by its acronym; the affiliation is the body (spelled out later where the text defines it).
     */
    private Split localChapter(int start, int end) {
        Matcher m = LOCAL_CHAPTER.matcher(text).region(start, end);
        if (!m.find() || !Words.isAcronym(m.group(1))) {
            return null;
        }
        Span role = m.start() > start ? roleSpan(start, m.start()) : null;
        return new Split(role, Span.of(m.start(1), m.end(1)));
    }

    /** The last "at" or "with" followed by something that reads as an organisation. */
    private Split atOrWith(int start, int end) {
        Matcher m = STRONG_PREPOSITION.matcher(text).region(start, end);
        int best = -1;
        int bestTail = -1;
        while (m.find()) {
            int tail = skipArticle(m.end(), end);
            if (tail < end && readsAsOrganisation(tail, end)) {
                best = m.start();
                bestTail = tail;
            }
        }
        if (best < 0) {
            return null;
        }
        return new Split(roleSpan(start, best), Span.of(bestTail, trim(bestTail, end)[1]));
    }

    /**
     * Comma parts of which the first without a role word is an organisation and the rest name organisations
     * or places. Without a role before them all of those together are the affiliation ("Faculty of Law, Université
     * du Fleuve"); after a role, the last organisation and the places after it ("Postdoctoral Researcher, Institute
     * for Discrete Mathematics, Bonn"; "Director, Treaty Division, OHCHR" keeps the division in the role). Null when
     * the parts do not read so.
     */
    private Split organisationParts(int start, int end) {
        List<int[]> parts = topLevelParts(start, end);
        if (parts.size() < 2) {
            return null;
        }
        for (int i = 0; i < parts.size() - 1; i++) {
            int[] part = parts.get(i);
            if (!readsAsOrganisationPart(part[0], part[1])) {
                continue;
            }
            for (int j = i + 1; j < parts.size(); j++) {
                int[] later = parts.get(j);
                if (!readsAsOrganisationPart(later[0], later[1]) && !readsAsPlace(later[0], later[1])) {
                    return null;
                }
            }
            if (i == 0) {
                return new Split(null, Span.of(skipArticle(part[0], part[1]), end));
            }
            // after a role, only the last organisation (and the places after it) is the affiliation: "Director,
            // Treaty Division, OHCHR" is the director of that division at OHCHR
            int last = i;
            for (int j = i + 1; j < parts.size(); j++) {
                if (readsAsOrganisationPart(parts.get(j)[0], parts.get(j)[1])) {
                    last = j;
                }
            }
            // "Senior Lecturer, Department of Statistics, Linnaeus University": a unit of the parent body after it
            // belongs to the affiliation; "Director, Treaty Division, OHCHR" keeps the division in the role
            while (last - 1 > i - 1 && last - 1 >= 1 && (unitBeforeParent(parts.get(last - 1), parts.get(last))
                    || localOffice(parts.get(last)) && readsAsOrganisationPart(parts.get(last - 1)[0], parts.get(last - 1)[1]))) {
                last--;
            }
            int[] org = parts.get(last);
            return new Split(roleSpan(start, parts.get(last - 1)[1]), Span.of(skipArticle(org[0], org[1]), end));
        }
        return null;
    }

    private static final java.util.Set<String> UNIT_WORDS = java.util.Set.of("faculty", "department", "school", "institute",
            "centre", "center", "laboratory", "lab", "programme", "program", "chair", "clinic", "unit", "college", "division",
            "office");
    private static final java.util.Set<String> PARENT_WORDS = java.util.Set.of("university", "college", "polytechnic",
            "academy", "hospital", "universität", "université", "universidad", "universidade", "università", "government");

    private static final Pattern LOCAL_OFFICE = Pattern.compile("(?:\\p{Lu}[\\p{L}'’\\-]*\\s+){1,3}(?:Country\\s+|Regional\\s+|Field\\s+|Liaison\\s+)?"
            + "(?:Office|Branch|Chapter|Bureau|Delegation|Desk|Station|Sub-Office|Antenna)");

    /** "Nairobi Office", "Gulu Field Office": a local part of the organisation named in the part before it. */
    private boolean localOffice(int[] part) {
        return LOCAL_OFFICE.matcher(text).region(skipArticle(part[0], part[1]), part[1]).matches();
    }

    /** A part naming a unit (Department, Faculty, School...) followed by one naming a university or the like. */
    private boolean unitBeforeParent(int[] unit, int[] parent) {
        boolean isUnit = false;
        for (String w : text.substring(unit[0], unit[1]).split("[\\s()]+")) {
            isUnit |= Words.isCapitalised(w) && UNIT_WORDS.contains(w.toLowerCase(Locale.ROOT));
        }
        boolean isParent = false;
        for (String w : text.substring(parent[0], parent[1]).split("[\\s()]+")) {
            isParent |= Words.isCapitalised(w) && PARENT_WORDS.contains(w.toLowerCase(Locale.ROOT));
        }
        String unitText = text.substring(unit[0], unit[1]);
        return isUnit && isParent && !PARENT_WORDS.contains(unitText.split("\\s+")[0].toLowerCase(Locale.ROOT));
    }

    /** "mapping coordinator (Open Streets for Relief)": a role, then its organisation in parentheses. */
    private Split trailingParenthesis(int start, int end) {
        if (end - start < 4 || text.charAt(end - 1) != ')') {
            return null;
        }
        int open = text.lastIndexOf('(', end - 1);
        if (open <= start || text.indexOf(')', open) != end - 1) {
            return null;
        }
        int[] inside = trim(open + 1, end - 1);
        List<int[]> before = topLevelParts(start, open);
        if (before.size() >= 2 && readsAsOrganisationPart(before.get(before.size() - 1)[0], before.get(before.size() - 1)[1])) {
            return null; // "Secretary, Ministry of Housing (Northern Division)": the parenthesis qualifies the organisation
        }
        Span role = roleSpan(start, open);
        if (inside[0] >= inside[1] || role == null || !Words.isCapitalised(text.substring(inside[0], inside[1]))
                || Places.isCountry(text.substring(inside[0], inside[1]))
                || !containsRoleWord(text.substring(role.start(), role.end()))) {
            return null;
        }
        return new Split(role, Span.of(inside[0], inside[1]));
    }

    /** The trimmed comma parts of [start, end) outside parentheses. */
    private List<int[]> topLevelParts(int start, int end) {
        List<int[]> parts = new java.util.ArrayList<>();
        int depth = 0;
        int from = start;
        for (int k = start; k <= end; k++) {
            char c = k < end ? text.charAt(k) : ',';
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if ((k == end || isPartSeparator(k)) && depth <= 0) {
                int[] t = trim(from, k);
                if (t[0] < t[1]) {
                    parts.add(t);
                }
                from = k + 1;
            }
        }
        return parts;
    }

    /** A part that is an organisation: a recognised one, an acronym, or capitalised words with an organisation word and no role. */
    private boolean readsAsOrganisationPart(int start, int end) {
        int from = skipArticle(start, end);
        String s = text.substring(from, end);
        if (s.isEmpty() || !Words.isCapitalised(s) || Places.isCountry(s)) {
            return false;
        }
        if (Words.isAcronym(s)) {
            return !Vocabulary.isRoleWord(s); // "MP, Federal Parliament of Somalia": a title written short
        }
        boolean organisationWord = false;
        boolean complement = false; // after "Office of", "Ministry of": "the Prime Minister", "Justice" name its field
        for (String w : s.split("[\\s()]+")) {
            if (Vocabulary.isRoleWord(w) && !complement) {
                return false;
            }
            organisationWord |= Words.isCapitalised(w) && Vocabulary.isOrganisationWord(w);
            complement |= organisationWord && (w.equals("of") || w.equals("for"));
        }
        if (organisationWord) {
            return true;
        }
        for (OrganizationMention o : document.within(OrganizationMention.LAYER, Span.of(from, end))) {
            return o.start() == from && o.end() == end && o.source() != OrganizationMention.Source.UNDEFINED_ACRONYM;
        }
        return false;
    }

    /** "Republic of Korea", "the Kingdom of Lesotho", "State of Palestine": a state's formal name. */
    private static final Pattern STATE_NAME = Pattern.compile("(?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}'’]+\\s+){0,3}"
            + "(?:Republic|Kingdom|State|Commonwealth|Principality|Sultanate|Emirates?)\\s+of\\s+"
            + "(?:the\\s+)?\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){0,2}");

    /**
     * One to three capitalised words without a role or an organisation word: a city or district ("Bonn-Poppelsdorf");
     * or a country or state ("Republic of Korea") written after the ministry it belongs to.
     */
    private boolean readsAsPlace(int start, int end) {
        String s = text.substring(start, end);
        if (Places.isCountry(s) || STATE_NAME.matcher(s).matches()) {
            return true;
        }
        String[] words = s.split("\\s+");
        if (words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Words.isCapitalised(w) || Vocabulary.isRoleWord(w) || Vocabulary.isOrganisationWord(w)
                    || Character.isDigit(w.charAt(w.length() - 1))) {
                return false;
            }
        }
        return true;
    }

    private Split commaParts(int start, int end) {
        int comma = lastTopLevelComma(start, end);
        if (comma < 0) {
            return null;
        }
        Split ofInLastPart = of(comma + 1, end);
        if (ofInLastPart != null && ofInLastPart.organization() != null && ofInLastPart.role() != null) {
            return null; // "Director of the Policy, Evaluation and Training Division of the UN DPKO/DFS"
        }
        int tail = skipArticle(skipSpaces(comma + 1, end), end);
        String last = text.substring(tail, end).strip();
        if (last.isEmpty() || !Words.isCapitalised(last) || last.startsWith("and ")
                || containsRoleWord(last) && !readsAsOrganisationPart(tail, trim(tail, end)[1]) // "Union of Journalists"
                || Places.isCountry(last)) {
            // "(European Court of Human Rights, retired)": the organisation first, then how they relate to it
            int firstComma = firstTopLevelComma(start, end);
            int lead = skipArticle(start, firstComma);
            for (OrganizationMention o : document.within(OrganizationMention.LAYER, Span.of(lead, firstComma))) {
                if (o.start() == lead && trim(o.end(), firstComma)[0] >= trim(o.end(), firstComma)[1]) {
                    return new Split(roleSpan(firstComma + 1, end), Span.of(o.start(), o.end()));
                }
                break;
            }
            // "Chair of the POLIN Museum Council, historian and journalist": the first part carries role and organisation
            Split first = of(start, trim(start, firstComma)[1]);
            return first;
        }
        return new Split(roleSpan(start, comma), Span.of(tail, trim(tail, end)[1]));
    }

    /** The last "of" whose complement is a recognised organisation, skipping "of" inside an organisation's name. */
    private Split of(int start, int end) {
        Matcher m = OF.matcher(text).region(start, end);
        int best = -1;
        Span bestOrg = null;
        while (m.find()) {
            if (insideOrganisationName(m.start() + 1) || memberOfParliament(m.start(), m.end(), end)) {
                continue;
            }
            int tail = skipArticle(m.end(), end);
            Span org = organisationIn(tail, end);
            if (org == null && tail > skipSpaces(m.end(), end) && roleWordBefore(start, m.start())) {
                org = namedBody(tail, end); // "coordinator of the Kisumu Women's Circle"
            }
            if (org != null) {
                best = m.start();
                bestOrg = org;
            }
        }
        if (best < 0) {
            return null;
        }
        return new Split(roleSpan(start, best), bestOrg);
    }

    private static final Pattern FOR = Pattern.compile("\\sfor\\s");

    /**
     * "programme coordinator for Asia-Pacific Youth Peace Network": after a role word, "for" and an organisation the
     * text names in full that ends the description; "Minister for Hill Farming" names a portfolio, no organisation.
     */
    private Split forOrganisation(int start, int end) {
        Matcher m = FOR.matcher(text).region(start, end);
        while (m.find()) {
            int tail = skipArticle(m.end(), end);
            if (!roleWordBefore(start, m.start()) || insideOrganisationName(m.start() + 1)) {
                continue;
            }
            for (OrganizationMention o : document.within(OrganizationMention.LAYER, Span.of(tail, end))) {
                if (o.start() == tail && o.end() == end && o.source() != OrganizationMention.Source.UNDEFINED_ACRONYM) {
                    return new Split(roleSpan(start, m.start()), Span.of(o.start(), o.end()));
                }
                break;
            }
        }
        return null;
    }

    /** "Member of Parliament for X": a title in its own right, whose "Parliament" is no affiliation. */
    private boolean memberOfParliament(int ofStart, int ofEnd, int end) {
        return ofStart >= 6 && text.startsWith("Member", ofStart - 6) && text.startsWith("Parliament", ofEnd)
                && (ofEnd + 10 >= end || !Character.isLetter(text.charAt(ofEnd + 10)));
    }

    /**
     * The organisation a complement names: the one ending where the complement ends ("ICRtoP member
     * The Global Centre for R2P" names the Global Centre), else one starting within its first two
     * words ("the former UN Commission on Human Rights"); "the cycling start-up Vrachtfiets" names
     * the capitalised words at its end.
     */
    private Span organisationIn(int tail, int end) {
        if (Places.startsWithCountry(text.substring(tail, end)) && !startsOrganisationMention(tail, end)) {
            return null;
        }
        OrganizationMention atEnd = null;
        OrganizationMention nearStart = null;
        int secondWord = nthWordStart(tail, end, 2);
        for (OrganizationMention o : document.within(OrganizationMention.LAYER, Span.of(tail, end))) {
            if (trim(o.end(), end)[0] >= end || o.end() == end) {
                atEnd = o;
            }
            if (nearStart == null && o.start() <= secondWord) {
                nearStart = o;
            }
        }
        if (atEnd != null) {
            int from = atEnd.start();
            // "UN DPKO/DFS": a capitalised word or acronym right before belongs to it
            int prevWord = previousWordStart(from, tail);
            if (prevWord >= tail && Words.isAllCaps(text.substring(prevWord, from).strip())) {
                from = prevWord;
            }
            return Span.of(from, atEnd.end());
        }
        if (nearStart != null) {
            return Span.of(nearStart.start(), nearStart.end());
        }
        Span campaign = nameThenBodyWord(tail, end);
        if (campaign != null) {
            return campaign; // "the Gezichtsloos campaign", "the Kisumu women's network"
        }
        Matcher d = DESCRIPTOR_THEN_NAME.matcher(text).region(tail, end);
        if (d.matches() && !Places.isCountry(d.group(1).strip())) {
            return Span.of(d.start(1), trim(d.start(1), d.end(1))[1]);
        }
        return capitalisedOrganisation(tail, end);
    }

    /**
     * "the Kisumu Women's Circle" after a role's "of the": two or more capitalised words (joined by "of", "and"...)
     * that are neither a title nor a country nor a place's name alone name a body, whatever its head word.
     */
    private Span namedBody(int tail, int end) {
        int[] t = trim(tail, end);
        if (t[0] >= t[1]) {
            return null;
        }
        String s = text.substring(t[0], t[1]);
        String[] words = s.split("\\s+");
        if (words.length < 2 || words.length > 8 || Places.isCountry(s) || Places.startsWithCountry(s)) {
            return null;
        }
        int capitalised = 0;
        for (String w : words) {
            if (!(Words.isCapitalised(w) || JOINERS.contains(w)) || Vocabulary.isRoleWord(w) || w.indexOf(',') >= 0
                    || w.indexOf('(') >= 0) {
                return null;
            }
            capitalised += Words.isCapitalised(w) ? 1 : 0;
        }
        return capitalised >= 2 && Words.isCapitalised(words[words.length - 1]) ? Span.of(t[0], t[1]) : null;
    }

    /** A role word among the words of [start, end): "survivor-activist and coordinator". */
    private boolean roleWordBefore(int start, int end) {
        return containsRoleWord(text.substring(start, end));
    }

    /** Capitalised words and then one lower-case organisation word that ends the complement: "Gezichtsloos campaign". */
    private Span nameThenBodyWord(int tail, int end) {
        int[] t = trim(tail, end);
        if (t[0] >= t[1]) {
            return null;
        }
        String[] words = text.substring(t[0], t[1]).split("\\s+");
        int n = words.length;
        if (n < 2 || n > 6 || !Character.isLowerCase(words[n - 1].charAt(0)) || !Vocabulary.isOrganisationWord(words[n - 1])) {
            return null;
        }
        for (int i = 0; i < n - 1; i++) {
            if (!Words.isCapitalised(words[i]) || Vocabulary.isRoleWord(words[i])) {
                return null;
            }
        }
        return Places.isCountry(text.substring(t[0], t[1]).substring(0, text.substring(t[0], t[1]).lastIndexOf(' ')))
                ? null : Span.of(t[0], t[1]);
    }

    /** "Kasenyi Landing Site Women's Group": capitalised words ending in an organisation word, which the annotator missed. */
    private Span capitalisedOrganisation(int tail, int end) {
        int[] t = trim(tail, end);
        if (t[0] >= t[1]) {
            return null;
        }
        String[] words = text.substring(t[0], t[1]).split("\\s+");
        if (words.length < 2 || words.length > 8 || !Vocabulary.isOrganisationWord(words[words.length - 1])) {
            return null;
        }
        for (String w : words) {
            if (!(Words.isCapitalised(w) || JOINERS.contains(w)) || Vocabulary.isRoleWord(w)) {
                return null;
            }
        }
        return Span.of(t[0], t[1]);
    }

    /**
     * Where a capitalised name starting at {@code start} ends: at the first lower-case word that does not
     * join name words ("University of Dundee" + "presented new research"), or where a recognised
     * organisation starting there ends.
     */
    int capitalisedNameEnd(int start, int limit) {
        for (OrganizationMention o : document.within(OrganizationMention.LAYER, Span.of(start, limit))) {
            if (o.start() <= skipArticle(start, limit)) {
                return unitAtParentEnd(o, limit);
            }
            break;
        }
        Matcher words = NAME_WORD.matcher(text).region(start, limit);
        int end = start;
        int previous = start;
        while (words.find()) {
            if (!text.substring(previous, words.start()).isBlank()) {
                break; // punctuation ends the name
            }
            String w = words.group();
            if (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.charAt(0))) {
                end = words.end();
            } else if (!JOINERS.contains(w)) {
                break;
            }
            previous = words.end();
        }
        return end > start ? end : limit;
    }

    private static final Pattern AT_THE = Pattern.compile("\\s+at\\s+(?:the\\s+)?");
    private static final java.util.Set<String> PART_WORDS = java.util.Set.of("programme", "program", "project", "initiative",
            "unit", "department", "lab", "laboratory", "desk", "team", "chair", "clinic", "group", "observatory", "hub",
            "division", "section", "fellowship");
    private static final java.util.Set<String> BUILDING_WORDS = java.util.Set.of("hall", "room", "hotel", "suites", "suite",
            "palace", "palais", "palácio", "palacio", "auditorium", "headquarters", "building", "campus", "theatre", "theater");

    /**
     * Where the organisation {@code o} ends, or where the body it is part of ends: "the Humanitarian Security
     * Program at the Whitmore Centre for Strategic Dialogue" is one affiliation, a programme named with its
     * organisation; "at the Grand Hall" after it is a place, not a parent.
     */
    private int unitAtParentEnd(OrganizationMention o, int limit) {
        String name = text.substring(o.start(), o.end());
        boolean part = false;
        for (String w : name.split("\\s+")) {
            part |= Words.isCapitalised(w) && PART_WORDS.contains(w.toLowerCase(Locale.ROOT));
        }
        if (!part) {
            return o.end();
        }
        Matcher at = AT_THE.matcher(text).region(o.end(), limit);
        if (!at.lookingAt()) {
            return o.end();
        }
        for (OrganizationMention parent : document.within(OrganizationMention.LAYER, Span.of(at.end(), limit))) {
            if (parent.start() != at.end()) {
                break;
            }
            boolean body = false;
            for (String w : text.substring(parent.start(), parent.end()).split("\\s+")) {
                if (BUILDING_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                    return o.end();
                }
                body |= Words.isCapitalised(w) && Vocabulary.isOrganisationWord(w) || Words.isAcronym(w);
            }
            return body ? parent.end() : o.end();
        }
        return o.end();
    }

    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’.&/-]*");
    private static final java.util.Set<String> JOINERS = java.util.Set.of("of", "for", "the", "and", "on", "in", "de",
            "des", "du", "la", "le", "di", "del", "da", "von", "van", "der", "y", "et", "&", "at", "to");

    /** An organisation or acronym opening a role ("CNN Beirut correspondent", "WJC President"). */
    Span leadingOrganisation(int start, int end) {
        for (OrganizationMention o : document.within(OrganizationMention.LAYER, Span.of(start, end))) {
            if (o.start() == start && o.end() < end && !Places.isCountry(o.name())) {
                return Span.of(o.start(), o.end());
            }
            break;
        }
        return null;
    }

    /**
     * "TWA Programme Manager", "OSA Chair": a recognised organisation opening a role is the affiliation and the
     * rest the role; null when the role does not open so.
     */
    Split ledByOrganisation(int start, int end) {
        Span leading = leadingOrganisation(start, end);
        int afterArticle = skipArticle(start, end);
        if (leading == null && afterArticle > start && possessiveAt(afterArticle, end)) {
            leading = leadingOrganisation(afterArticle, end); // "the Fjord Foundation's director"
        }
        if (leading != null && isRecognised(leading)) {
            int after = leading.end();
            if (text.startsWith("'s", after) || text.startsWith("\u2019s", after)) {
                after += 2; // "MHLN's Legal Director"
            }
            Span rest = roleSpan(after, end);
            if (rest != null && containsRoleWord(text.substring(rest.start(), rest.end()))) {
                return new Split(rest, leading);
            }
        }
        return null;
    }

    /** An organisation mention starting at {@code from} is followed by "'s". */
    private boolean possessiveAt(int from, int end) {
        for (OrganizationMention o : document.within(OrganizationMention.LAYER, Span.of(from, end))) {
            return o.start() == from && (text.startsWith("'s", o.end()) || text.startsWith("\u2019s", o.end()));
        }
        return false;
    }

    /** An organisation the document names or defines, or a defined acronym of one: not just capital letters. */
    private boolean isRecognised(Span organisation) {
        for (OrganizationMention o : document.within(OrganizationMention.LAYER, organisation)) {
            if (o.start() != organisation.start()) {
                return false;
            }
            // an acronym nobody defined still leads a role ("RTV correspondent"), unless it is a title ("CEO")
            String name = text.substring(o.start(), o.end());
            return o.source() != OrganizationMention.Source.UNDEFINED_ACRONYM
                    || Words.isAcronym(name) && name.length() >= 2 && !Vocabulary.isRoleWord(name);
        }
        return false;
    }

    private boolean startsOrganisationMention(int tail, int end) {
        for (OrganizationMention o : document.within(OrganizationMention.LAYER, Span.of(tail, end))) {
            return o.start() == tail && o.source() != OrganizationMention.Source.UNDEFINED_ACRONYM;
        }
        return false;
    }

    /** Whether [tail, end) reads as an organisation: a recognised one, or capitalised words that are not a role or a country. */
    private boolean readsAsOrganisation(int tail, int end) {
        String s = text.substring(tail, end).strip();
        if (s.isEmpty() || !Words.isCapitalised(s) || Places.isCountry(s)) {
            return false;
        }
        if (startsOrganisationMention(tail, end)) {
            return true;
        }
        String first = s.split("[\\s,]+", 2)[0];
        return !Vocabulary.isRoleWord(first) && !first.equals("Large");
    }

    private boolean insideOrganisationName(int offset) {
        // mentions do not overlap: the last one starting before the offset is the only candidate
        int lo = 0;
        int hi = organisations.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (organisations.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && organisations.get(lo - 1).end() > offset;
    }

    private static boolean containsRoleWord(String s) {
        for (String w : s.split("[\\s,;]+")) {
            if (Vocabulary.isRoleWord(w)) {
                return true;
            }
        }
        return false;
    }

    private Span roleSpan(int start, int end) {
        int[] s = trim(start, end);
        Matcher article = LEADING_ARTICLE.matcher(text).region(s[0], s[1]);
        if (article.lookingAt()) {
            s[0] = article.end();
        }
        if (s[0] >= s[1]) {
            return null;
        }
        return Span.of(s[0], s[1]);
    }

    private int lastTopLevelComma(int start, int end) {
        int depth = 0;
        for (int k = end - 1; k >= start; k--) {
            char c = text.charAt(k);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                depth--;
            } else if (isPartSeparator(k) && depth == 0) {
                return k;
            }
        }
        return -1;
    }

    private int firstTopLevelComma(int start, int end) {
        int depth = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (isPartSeparator(k) && depth == 0) {
                return k;
            }
        }
        return end;
    }

    /** A comma, the bar of "Name | Title | Organisation" lines, or a dash with spaces around it ("Title - Organisation"). */
    private boolean isPartSeparator(int k) {
        char c = text.charAt(k);
        if (c == ',' || c == '|') {
            return true;
        }
        return (c == '-' || c == '\u2013' || c == '\u2014') && k > 0 && k + 1 < text.length()
                && Character.isWhitespace(text.charAt(k - 1)) && Character.isWhitespace(text.charAt(k + 1));
    }

    private int skipArticle(int from, int end) {
        return Scanning.skipArticle(text, from, end);
    }

    private int skipSpaces(int from, int end) {
        return Scanning.skipSpaces(text, from, end);
    }

    private int nthWordStart(int from, int end, int n) {
        int k = from;
        for (int word = 1; word < n && k < end; word++) {
            while (k < end && !Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            k = skipSpaces(k, end);
        }
        return k;
    }

    private int previousWordStart(int from, int limit) {
        int k = from - 1;
        while (k >= limit && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        while (k >= limit && !Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k + 1;
    }

    /** Trims spaces and punctuation that cannot end a role or a name from both ends of [start, end). */
    int[] trim(int start, int end) {
        int s = start;
        int e = end;
        while (s < e && (Character.isWhitespace(text.charAt(s)) || ",;:|-\u2013\u2014*_".indexOf(text.charAt(s)) >= 0)) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ",;:|-\u2013\u2014*_".indexOf(text.charAt(e - 1)) >= 0
                || text.charAt(e - 1) == '.' && (endsWordNotInitial(e - 1, s) || e - 2 > s && text.charAt(e - 2) == ')'))) {
            e--;
        }
        return new int[] {s, e};
    }

    /** A period at {@code dot} closes a word of two or more characters that is not an initialism ("Post." not "U.S."). */
    private boolean endsWordNotInitial(int dot, int start) {
        int k = dot;
        while (k > start && Character.isLetterOrDigit(text.charAt(k - 1))) {
            k--;
        }
        return dot - k >= 2 && (k == start || text.charAt(k - 1) != '.');
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
