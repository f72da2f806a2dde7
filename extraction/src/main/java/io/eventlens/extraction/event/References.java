package io.eventlens.extraction.event;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.entity.AcronymDefinition;
import io.eventlens.extraction.entity.OrganizationMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Short references to an organisation the document names in full elsewhere: a definite head word
 * ("the Institute", "the Faculty", "Dean of the Faculty") and a distinctive first word used as a
 * modifier ("Calloway President X" on the pages of the "Calloway Institute for Global Affairs",
 * "NBN member Y"). A reference resolves only when exactly one organisation of the document fits it:
 * two Institutes make "the Institute" ambiguous, and it is left as it is.
 *
 * <p>The full names are the document's organisation mentions of two words or more, the long forms
 * of its acronyms and the body it speaks for ({@link Publisher#speaker}).
 */
final class References {

    private static final java.util.regex.Pattern IN_PLACE = java.util.regex.Pattern.compile("\\s+in\\s+(?:the\\s+)?\\p{Lu}.*$");
    /** Mentions read: a page with more is a dump, whose references are not resolved more than this many. */
    private static final int MAX_MENTIONS = 3000;

    /** Full names by their lower-case spelling, first spelling kept. */
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, String> acronyms = new HashMap<>();
    /** Names resolved so far, at their fullest. */
    private final Map<String, String> fullest = new HashMap<>();
    private final String text;
    private java.util.Set<String> lowerCaseWords;
    /** The body the document speaks for, as a name of {@link #names}, or null. */
    private String speaker;

    private References(String text) {
        this.text = text;
    }

    static References of(Document document) {
        References r = new References(document.text());
        for (AcronymDefinition d : document.get(AcronymDefinition.LAYER)) {
            r.acronyms.putIfAbsent(d.acronym(), Phrases.clean(d.longForm()));
            r.add(d.longForm());
        }
        Publisher.Speaker speaker = Publisher.speaker(document);
        if (speaker != null) {
            r.add(speaker.name());
            r.speaker = r.names.get(Phrases.clean(speaker.name()).replaceFirst("^(?:the|The|THE)\\s+", "").toLowerCase(Locale.ROOT));
        }
        int read = 0;
        for (OrganizationMention m : document.get(OrganizationMention.LAYER)) {
            if (read++ > MAX_MENTIONS) {
                break;
            }
            if (m.source() == OrganizationMention.Source.NAMED || m.source() == OrganizationMention.Source.DEFINED) {
                r.add(m.name());
            }
        }
        return r;
    }

    private void add(String name) {
        // "Embassy of X in Buenos Aires", "the Faculty in Montevideo": the place is not part of the name
        String value = IN_PLACE.matcher(Phrases.clean(name)).replaceFirst("").replaceFirst("^(?:the|The|THE)\\s+", "");
        if (Phrases.allCaps(value) && value.contains(" ")) {
            value = Phrases.titleCase(value);
        }
        if (OrganizerNames.wordList(value).size() >= 2 && OrganizerNames.looksLikeOrganization(value)) {
            names.putIfAbsent(value.toLowerCase(Locale.ROOT), value);
        }
    }

    /**
     * The one organisation whose head word is {@code word} ("Faculty" for "Law Faculty of the
     * University of Valdoria"), or null when none or several are.
     */
    String head(String word) {
        if (!Vocabulary.isOrganizationWord(word)) {
            return null;
        }
        List<String> fits = new ArrayList<>();
        for (String name : names.values()) {
            String h = headWord(name);
            if (h != null && h.equalsIgnoreCase(word)) {
                fits.add(name);
            }
        }
        String only = unique(fits);
        if (only == null && speaker != null && fits.stream().anyMatch(n -> n.equalsIgnoreCase(speaker))) {
            only = speaker; // on its own pages "the Institute" is the publisher, whatever other Institutes it names
        }
        return atFullest(only);
    }

    /**
     * The one organisation whose name begins with {@code modifier} and goes on ("Brennick" for
     * "Brennick Institute for Global Affairs"), the long form of a defined acronym, or null.
     */
    String modifier(String modifier) {
        List<String> words = OrganizerNames.wordList(modifier);
        if (words.isEmpty() || words.size() > 3) {
            return null;
        }
        if (words.size() == 1 && Phrases.isAcronym(words.get(0))) {
            return acronyms.get(words.get(0));
        }
        for (String w : words) {
            if (!Phrases.capitalised(w) || Phrases.isAcronym(w) || Vocabulary.isOrganizationWord(w) || Vocabulary.isFunctionWord(w)
                    || io.eventlens.extraction.entity.Vocabulary.isRoleWord(w) || Vocabulary.isCountry(w)
                    || io.eventlens.extraction.entity.Places.isCountry(w)) {
                return null; // "Senior", "Executive", "Norwegian", "UN": no distinctive name
            }
        }
        for (String w : words) {
            if (lowerCaseWords().contains(w.toLowerCase(Locale.ROOT))) {
                return null; // "Data Protection Inspector": a word the text also writes in lower case is no one's name
            }
        }
        List<String> fits = new ArrayList<>();
        for (String name : names.values()) {
            List<String> nameWords = OrganizerNames.wordList(name);
            if (nameWords.size() > words.size() && nameWords.subList(0, words.size()).equals(words) && !name.contains(",")
                    && Phrases.capitalised(nameWords.get(words.size()))
                    && !io.eventlens.extraction.entity.Vocabulary.isRoleWord(nameWords.get(words.size()))) {
                fits.add(name);
            }
        }
        return atFullest(unique(fits));
    }

    /** The words the text writes in lower case, read once. */
    private java.util.Set<String> lowerCaseWords() {
        if (lowerCaseWords == null) {
            lowerCaseWords = new java.util.HashSet<>();
            int i = 0;
            while (i < text.length()) {
                while (i < text.length() && !Character.isLetter(text.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < text.length() && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                if (i > start && Character.isLowerCase(text.charAt(start))) {
                    lowerCaseWords.add(text.substring(start, i));
                }
            }
        }
        return lowerCaseWords;
    }

    /** "Law Faculty" as the text writes it in full: "Law Faculty of the University of Valdoria". */
    private String atFullest(String name) {
        if (name == null) {
            return null;
        }
        return fullest.computeIfAbsent(name, n -> {
            io.eventlens.extraction.document.Span span = OrganizerNames.fullest(text, n);
            return span != null && span.length() > n.length() && text.substring(span.start(), span.end()).startsWith(n)
                    ? Phrases.clean(text.substring(span.start(), span.end())) : n;
        });
    }

    /** The one name left when the names that begin another are dropped ("Law Faculty" in "Law Faculty of X"), or null. */
    private static String unique(List<String> fits) {
        String only = null;
        for (String name : fits) {
            boolean begins = false;
            for (String other : fits) {
                begins |= other.length() > name.length() && other.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT));
            }
            if (begins) {
                continue;
            }
            if (only != null) {
                return null;
            }
            only = name;
        }
        return only;
    }

    /** Offices that run a body's business: "the PFX Secretariat" acts for the PFX. */
    static final java.util.Set<String> ADMINISTRATIVE_UNITS = Vocabulary.words("secretariat", "bureau", "presidency", "team",
            "staff", "headquarters");

    /**
     * The acronym in "PFX Secretariat", "the PFX's Bureau", "Secretariat of the PFX": an office named
     * by the acronym of the body it works for; null for any other name.
     */
    static String acronymOfUnit(String value) {
        List<String> words = OrganizerNames.wordList(value.replaceFirst("^(?:the|The)\\s+", ""));
        String acronym = null;
        if (words.size() == 2 && ADMINISTRATIVE_UNITS.contains(words.get(1).toLowerCase(Locale.ROOT))) {
            acronym = words.get(0).replaceFirst("['\u2019]s$", "");
        } else if (words.size() == 3 || words.size() == 4) {
            boolean of = words.get(1).equals("of") && (words.size() == 3 || words.get(2).equalsIgnoreCase("the"));
            if (of && ADMINISTRATIVE_UNITS.contains(words.get(0).toLowerCase(Locale.ROOT))) {
                acronym = words.get(words.size() - 1);
            }
        }
        return acronym != null && Phrases.isAcronym(acronym) ? acronym : null;
    }

    /**
     * The organisation word heading a name: the last one before its complement ("Network" in
     * "Parliamentary Network of the X", "Faculty" in "Law Faculty of the University of Y").
     */
    static String headWord(String name) {
        int comma = name.indexOf(',');
        String head = null;
        for (String w : OrganizerNames.wordList(comma > 0 ? name.substring(0, comma) : name)) {
            if (!Phrases.capitalised(w)) {
                break; // "of", "for": the complement begins
            }
            if (!Phrases.isAcronym(w) && Vocabulary.isOrganizationWord(w)) {
                head = w;
            }
        }
        return head;
    }
}
