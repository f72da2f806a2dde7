package io.eventlens.extraction.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One body per country from a coordinated plural: "the Permanent Missions of Namibia and Finland to
 * the United Nations" names the Permanent Mission of Namibia to the United Nations and the Permanent
 * Mission of Finland to the United Nations; "the Governments of Cabo Verde and Senegal", "the
 * Embassies of Norway and Ghana in Lisbon" likewise. The conjuncts are recognised as country names
 * (the JDK's), so "the Ministries of Health and Education" is left alone.
 */
final class CoordinatedBodies {

    /** Longest country name tried, in words ("Bosnia and Herzegovina" is three). */
    private static final int MAX_COUNTRY_WORDS = 4;

    private CoordinatedBodies() {
    }

    /** The single bodies {@code name} coordinates, or an empty list when it is not such a plural. */
    static List<String> expand(String name) {
        int of = countriesOf(name);
        if (of <= 0) {
            return List.of();
        }
        String head = name.substring(0, of).strip();
        if (head.regionMatches(true, 0, "the ", 0, 4)) {
            head = head.substring(4);
        }
        String singularHead = singularHead(head);
        if (singularHead == null) {
            return List.of();
        }
        String[] words = name.substring(of + 4).strip().split(" ");
        List<String> countries = new ArrayList<>();
        int i = 0;
        while (i < words.length) {
            int skip = words[i].equalsIgnoreCase("the") ? 1 : 0;
            int length = countryAt(words, i + skip);
            if (length == 0) {
                break;
            }
            String last = words[i + skip + length - 1];
            boolean comma = last.endsWith(",");
            countries.add(join(words, i, i + skip + length).replaceAll(",$", "")); // "the Netherlands" keeps its article
            i += skip + length;
            if (i < words.length && (words[i].equals("and") || words[i].equals("&"))) {
                i++;
            } else if (!comma) {
                break;
            }
        }
        if (countries.size() < 2) {
            return List.of();
        }
        String tail = join(words, i, words.length);
        if (!tail.isEmpty() && !Character.isLowerCase(tail.charAt(0))) {
            return List.of(); // "... of Namibia and Finland Road Safety Trust": the countries are no list of their own
        }
        List<String> out = new ArrayList<>();
        for (String country : countries) {
            out.add(singularHead + " of " + country + (tail.isEmpty() ? "" : " " + tail));
        }
        return out;
    }

    /**
     * "the Governments of Kenya" before ", Ghana and Peru" or before " and Peru": the text on the left
     * opens a coordinated plural that the text on the right continues with another country.
     */
    static boolean continues(String left, String right) {
        String l = left.strip();
        int of = countriesOf(l);
        if (of <= 0 || singularHead(withoutArticle(l.substring(0, of).strip())) == null) {
            return false;
        }
        String[] words = l.substring(of + 4).strip().replace(",", " ,").split(" ");
        int i = 0;
        while (i < words.length) {
            int skip = words[i].equalsIgnoreCase("the") ? 1 : 0;
            int length = countryAt(words, i + skip);
            if (length == 0) {
                return false;
            }
            i += skip + length;
            if (i < words.length && (words[i].equals(",") || words[i].equals("and"))) {
                i++;
            } else if (i < words.length) {
                return false;
            }
        }
        String[] next = right.strip().split(" ");
        int skip = next.length > 0 && next[0].equalsIgnoreCase("the") ? 1 : 0;
        return countryAt(next, skip) > 0;
    }

    private static String withoutArticle(String head) {
        return head.regionMatches(true, 0, "the ", 0, 4) ? head.substring(4) : head;
    }

    /**
     * Where the " of " before the countries is: "Ministries of Foreign Affairs of Norway and Kenya" has two, the
     * countries follow the last one that a country follows; -1 when none.
     */
    private static int countriesOf(String name) {
        int found = -1;
        for (int of = name.indexOf(" of "); of > 0; of = name.indexOf(" of ", of + 4)) {
            String[] next = name.substring(of + 4).strip().split(" ");
            int skip = next.length > 0 && next[0].equalsIgnoreCase("the") ? 1 : 0;
            if (countryAt(next, skip) > 0) {
                found = of;
            }
        }
        return found;
    }

    /**
     * "Permanent Missions" to "Permanent Mission", "Ministries of Foreign Affairs" to "Ministry of Foreign
     * Affairs": a capitalised head (function words between) whose first plural organisation word is made
     * singular; null when it has none.
     */
    private static String singularHead(String head) {
        String[] words = head.split(" ");
        int plural = -1;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean function = w.equals("of") || w.equals("for") || w.equals("and") || w.equals("on") || w.equals("the");
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !(function && i > 0)) {
                return null;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            String singular = Vocabulary.singular(lower);
            if (plural < 0 && !function && !singular.equals(lower) && Vocabulary.isOrganizationWord(singular)) {
                plural = i;
            }
        }
        if (plural < 0) {
            return null;
        }
        String singular = Vocabulary.singular(words[plural].toLowerCase(Locale.ROOT));
        words[plural] = Character.toUpperCase(singular.charAt(0)) + singular.substring(1);
        return String.join(" ", words);
    }

    /** How many words from {@code from} spell a country (longest first), 0 when none does. */
    private static int countryAt(String[] words, int from) {
        for (int n = Math.min(MAX_COUNTRY_WORDS, words.length - from); n >= 1; n--) {
            String phrase = join(words, from, from + n).replaceAll(",$", "");
            if (n > 1 && words[from + n - 2].endsWith(",")) {
                continue; // a comma inside would join two conjuncts
            }
            if (!phrase.isEmpty() && Character.isUpperCase(phrase.charAt(0)) && Vocabulary.isCountry(phrase)) {
                return n;
            }
        }
        return 0;
    }

    private static String join(String[] words, int from, int to) {
        return String.join(" ", java.util.Arrays.asList(words).subList(Math.max(0, from), Math.min(words.length, to)));
    }
}
