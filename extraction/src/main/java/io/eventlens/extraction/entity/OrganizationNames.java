package io.eventlens.extraction.entity;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.Span;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves an organisation as written to its fullest spelling in the same document:
 * <ul>
 * <li>a defined acronym to its long form ("ICRtoP" and "ICRtoP's" to "International Coalition for
 * the Responsibility to Protect");</li>
 * <li>a short name ending in an organisation word to the one longer name that begins with it
 * ("the Geneva Centre" to "Geneva Centre for Human Rights Advancement and Global Dialogue");</li>
 * <li>anything else to itself, without a leading "the" and a trailing possessive.</li>
 * </ul>
 * Built from {@link AcronymDefinition#LAYER} and {@link OrganizationMention#LAYER}; cheap to create,
 * so callers make one per document when they need it: {@code OrganizationNames.of(document).fullest(span)}.
 */
public final class OrganizationNames {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s,;:\"\u201c\u201d*_]+|[\\s,;:\"\u201c\u201d*_]+$");

    private final Map<String, String> expansions = new HashMap<>();
    /** Full names by their first word, lower-case, for completing short names. */
    private final Map<String, Set<String>> longNamesByFirstWord = new HashMap<>();
    private final Document document;

    private OrganizationNames(Document document) {
        this.document = document;
        Map<String, String> spelledInLowerCase = new HashMap<>();
        for (OrganizationMention m : document.get(OrganizationMention.LAYER)) {
            if (m.source() == OrganizationMention.Source.NAMED || m.source() == OrganizationMention.Source.DEFINED) {
                String name = clean(m.name());
                longNamesByFirstWord.computeIfAbsent(firstWord(name), k -> new LinkedHashSet<>()).add(name);
                if (!name.equals(name.toUpperCase(Locale.ROOT))) {
                    spelledInLowerCase.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
                }
            }
        }
        for (AcronymDefinition d : document.get(AcronymDefinition.LAYER)) {
            String longForm = clean(d.longForm());
            // a letterhead defines "NORDIC RIVER NETWORK (NRN)"; the text writes "Nordic River Network"
            expansions.putIfAbsent(d.acronym(), spelledInLowerCase.getOrDefault(longForm.toLowerCase(Locale.ROOT), longForm));
        }
    }

    public static OrganizationNames of(Document document) {
        return new OrganizationNames(document);
    }

    /** The fullest spelling of the organisation written at {@code span}. */
    public String fullest(Span span) {
        return fullest(document.text(span));
    }

    /** The fullest spelling of an organisation name as written in this document. */
    public String fullest(String written) {
        String name = clean(written);
        if (name.isEmpty()) {
            return name;
        }
        String expanded = expansions.get(name);
        if (expanded != null) {
            return expanded;
        }
        String[] words = name.split(" ");
        if (words.length == 2 && Vocabulary.isOrganisationWord(words[1]) && Words.isAcronym(words[0])) {
            // "PCMA Board", "KID Programme": a body or programme of the organisation, named by it; spelled out
            // with the organisation's full name so that both the body and its organisation can be read from it
            String owner = expansion(words[0]);
            if (owner != null) {
                return owner + " " + words[1];
            }
        }
        if (words.length == 1 && Words.isAcronym(name)) {
            String byInitials = byInitials(name);
            if (byInitials != null) {
                return byInitials;
            }
        }
        if (words.length == 1 && Words.isCapitalised(name) && !Words.isAcronym(name) && Vocabulary.isOrganisationWord(name)) {
            String only = onlyNamedWithHead(name); // "Programme Officer at the Trust": the one Trust the document names
            if (only != null) {
                return only;
            }
        }
        if (Vocabulary.isOrganisationWord(words[words.length - 1]) && words.length >= 2) {
            String longer = null;
            String prefix = name.toLowerCase(Locale.ROOT) + " ";
            for (String candidate : longNamesByFirstWord.getOrDefault(firstWord(name), Set.of())) {
                // "the Merlin Centre" is the "Merlin Centre for Civilian Protection", not the masthead's "MERLIN CENTRE NEWS"
                if (candidate.toLowerCase(Locale.ROOT).startsWith(prefix) && continuesWithConnector(candidate, prefix.length())) {
                    if (longer != null && !longer.equals(candidate)) {
                        return name; // two different organisations begin this way: keep what was written
                    }
                    longer = candidate;
                }
            }
            if (longer != null) {
                return longer;
            }
        }
        return name;
    }

    /**
     * An acronym the document never defines but whose letters are the initials of exactly one organisation
     * named in it ("CMLR" under the heading "Centre for Migration and Language Research"), or null.
     */
    private String byInitials(String acronym) {
        if (byInitials == null) {
            byInitials = new HashMap<>();
            Set<String> ambiguous = new java.util.HashSet<>();
            for (Set<String> names : longNamesByFirstWord.values()) {
                for (String n : names) {
                    String key = initialsOf(n);
                    if (key.length() >= 2 && byInitials.putIfAbsent(key, n) != null && !byInitials.get(key).equals(n)) {
                        ambiguous.add(key);
                    }
                }
            }
            byInitials.keySet().removeAll(ambiguous);
        }
        return byInitials.get(acronym.toUpperCase(Locale.ROOT));
    }

    /** The longer name goes on after the short one with a lower-case connector: "... Centre for ...", "... University of ...". */
    private static boolean continuesWithConnector(String longer, int at) {
        int space = longer.indexOf(' ', at);
        String next = longer.substring(at, space < 0 ? longer.length() : space);
        return !next.isEmpty() && Character.isLowerCase(next.charAt(0));
    }

    /** The one organisation named in the document whose name ends with the word {@code head}, or null (none or several). */
    private String onlyNamedWithHead(String head) {
        String found = null;
        for (Set<String> names : longNamesByFirstWord.values()) {
            for (String n : names) {
                int space = n.lastIndexOf(' ');
                if (space > 0 && n.substring(space + 1).equalsIgnoreCase(head)) {
                    if (found != null && !found.equalsIgnoreCase(n)) {
                        return null;
                    }
                    found = n;
                }
            }
        }
        return found;
    }

    /** Organisations named in the document by the initials of their capitalised words, built when first asked. */
    private Map<String, String> byInitials;

    /** "Centre for Migration and Language Research" gives "CMLR": first letters of the capitalised words. */
    static String initialsOf(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return b.toString();
    }

    /** The long form of a defined acronym, or null. */
    public String expansion(String acronym) {
        return expansions.get(clean(acronym));
    }

    /** Drops a leading "the", a trailing possessive, surrounding punctuation and extra spaces. */
    static String clean(String written) {
        String s = SPACES.matcher(written.strip()).replaceAll(" ");
        s = EDGE_PUNCTUATION.matcher(s).replaceAll("");
        if (s.endsWith("'s") || s.endsWith("\u2019s")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("'") || s.endsWith("\u2019")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.regionMatches(true, 0, "the ", 0, 4)) {
            s = s.substring(4);
        }
        return s.strip();
    }

    private static String firstWord(String name) {
        int space = name.indexOf(' ');
        return (space < 0 ? name : name.substring(0, space)).toLowerCase(Locale.ROOT);
    }
}
