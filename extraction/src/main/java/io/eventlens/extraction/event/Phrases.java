package io.eventlens.extraction.event;

import io.eventlens.extraction.document.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small operations on stretches of text: trimming, quotes, words, capitalisation. */
final class Phrases {

    // precompiled: String.replaceAll, split and matches compile their pattern on every call
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private Phrases() {
    }

    static boolean isOpeningQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u2018' || c == '\u00AB' || c == '\u201E' || c == '\'';
    }

    static boolean isClosingQuote(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == '\u201C' || c == '\'';
    }

    /** {@code span} without surrounding whitespace and the characters in {@code strip}. */
    static Span trim(String text, Span span, String strip) {
        int s = span.start();
        int e = span.end();
        while (s < e && (Character.isWhitespace(text.charAt(s)) || strip.indexOf(text.charAt(s)) >= 0)) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || strip.indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        return Span.of(s, e);
    }

    /** Whitespace and separators that never begin or end a value. */
    static final String EDGE_PUNCTUATION = ",;:|\u2013\u2014-\u2022·";

    static Span trimValue(String text, Span span) {
        return trim(text, span, EDGE_PUNCTUATION);
    }

    /** A title without the quotes around it and the punctuation a sentence left inside them. */
    static Span titleSpan(String text, Span span) {
        Span t = trim(text, span, "*_");
        // quotes around the whole title go; a quotation inside it keeps both its marks
        while (t.length() >= 2 && isOpeningQuote(text.charAt(t.start())) && isClosingQuote(text.charAt(t.end() - 1))) {
            t = trim(text, Span.of(t.start() + 1, t.end() - 1), "*_");
        }
        if (t.length() > 0 && isOpeningQuote(text.charAt(t.start())) && text.indexOf(closing(text.charAt(t.start())), t.start() + 1) < 0) {
            t = Span.of(t.start() + 1, t.end()); // an opening quote whose closing one the sentence took
        }
        int s = t.start();
        int e = t.end();
        while (e > s && ",;:.".indexOf(text.charAt(e - 1)) >= 0 && !endsWithAbbreviation(text, s, e)) {
            e--;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        // a closing quote left without its opening one inside the title goes
        if (e > s && isClosingQuote(text.charAt(e - 1)) && !hasOpening(text, s, e - 1)) {
            e--;
            while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ",;:.".indexOf(text.charAt(e - 1)) >= 0)) {
                e--;
            }
        }
        return Span.of(s, e);
    }

    private static char closing(char open) {
        return open == '\u201C' ? '\u201D' : open == '\u2018' ? '\u2019' : open == '\u00AB' ? '\u00BB' : open;
    }

    private static boolean hasOpening(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\u201C' || c == '\u00AB' || (c == '"' && (k == from || !Character.isLetterOrDigit(text.charAt(k - 1))))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAbbreviation(String text, int s, int e) {
        // "Washington, D.C." keeps its last period
        return e - s >= 3 && text.charAt(e - 1) == '.' && Character.isUpperCase(text.charAt(e - 2)) && text.charAt(e - 3) == '.';
    }

    /** Collapses whitespace runs (a title may have been spread over lines). */
    static String clean(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Words (letters, digits and inner joiners) of {@code text[span]}, as spans. */
    static List<Span> words(String text, Span span) {
        List<Span> out = new ArrayList<>();
        int i = span.start();
        while (i < span.end()) {
            while (i < span.end() && !isWordChar(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < span.end() && (isWordChar(text.charAt(i))
                    || (isJoiner(text.charAt(i)) && i + 1 < span.end() && isWordChar(text.charAt(i + 1)) && i > s))) {
                i++;
            }
            if (i > s) {
                out.add(Span.of(s, i));
            }
        }
        return out;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '\u2019' || c == '.' || c == '/' || c == '&' || c == '\u2011';
    }

    static boolean capitalised(String word) {
        return !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0))
                || elidedBeforeCapital(word));
    }

    /** "d’Ivoire", "l'Homme", "dell'Ambiente": an elided article or preposition before a capitalised word. */
    private static boolean elidedBeforeCapital(String word) {
        int apostrophe = Math.max(word.indexOf('\''), word.indexOf('\u2019'));
        return apostrophe > 0 && apostrophe <= 4 && apostrophe + 1 < word.length()
                && Character.isUpperCase(word.charAt(apostrophe + 1)) && Character.isLowerCase(word.charAt(0));
    }

    /** "RtoP", "ICRtoP", "CSIS", "APR2P", "U.S.": mostly capitals, short. */
    static boolean isAcronym(String word) {
        String w = word.replace(".", "");
        if (w.length() < 2 || w.length() > 10) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (!Character.isLowerCase(c) && !Character.isDigit(c) && c != '-' && c != '/' && c != '&') {
                return false;
            }
        }
        return Character.isUpperCase(w.charAt(0)) && upper >= 2 && upper * 2 >= w.length() - 1;
    }

    static boolean allCaps(String s) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper >= 4 && lower == 0;
    }

    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of(
            "a", "an", "the", "of", "to", "for", "and", "or", "in", "on", "at", "by", "with", "from", "as", "into",
            "vs", "via", "nor", "but", "per");

    /** "INFORMAL INTERACTIVE DIALOGUE ON THE RIGHT TO PEACE" to "Informal Interactive Dialogue on the Right to Peace". */
    static String titleCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean first = true;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!Character.isLetter(c)) {
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '\'' || s.charAt(j) == '\u2019')) {
                j++;
            }
            String word = s.substring(i, j);
            String lower = word.toLowerCase(Locale.ROOT);
            boolean hasDigit = word.chars().anyMatch(Character::isDigit);
            if (hasDigit) {
                out.append(word);
            } else if (!first && SMALL_WORDS.contains(lower)) {
                out.append(lower);
            } else {
                out.append(Character.toUpperCase(lower.charAt(0))).append(lower, 1, lower.length());
            }
            first = false;
            i = j;
        }
        return out.toString();
    }

    /** Dice overlap of lower-cased word multisets, 0..1: how alike two titles are. */
    static double similarity(String a, String b) {
        List<String> ta = tokens(a);
        return dice(tokenCounts(ta), ta.size(), tokens(b));
    }

    /** How often each token occurs: one side of {@link #dice}, kept when one name is compared with many. */
    static java.util.Map<String, Integer> tokenCounts(List<String> tokens) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (String t : tokens) {
            counts.merge(t, 1, Integer::sum);
        }
        return counts;
    }

    /** Dice coefficient of two token multisets, the first given by its counts and size. */
    static double dice(java.util.Map<String, Integer> counts, int size, List<String> tokens) {
        if (size == 0 || tokens.isEmpty()) {
            return 0;
        }
        java.util.Map<String, Integer> left = new java.util.HashMap<>(counts);
        int shared = 0;
        for (String t : tokens) {
            Integer c = left.get(t);
            if (c != null && c > 0) {
                shared++;
                left.put(t, c - 1);
            }
        }
        return 2.0 * shared / (size + tokens.size());
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String t : NOT_WORD.split(s.toLowerCase(Locale.ROOT))) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
