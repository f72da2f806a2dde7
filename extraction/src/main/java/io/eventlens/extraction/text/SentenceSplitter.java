package io.eventlens.extraction.text;

import java.util.Set;

/**
 * Decides where sentences end: at every line break (a line of a bulletin is a unit of its own
 * unless the normaliser joined it with the next), and after . ! ? when the next token starts a
 * sentence and the period does not close an abbreviation, an honorific or an initial.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "col", "capt", "lt", "sgt", "rev", "hon",
            "amb", "sen", "rep", "gov", "pres", "no", "nos", "vol", "vs", "etc", "inc", "ltd", "co", "corp",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "approx", "dept", "univ",
            "fig", "p", "pp", "ed", "eds", "al", "cf", "ca", "mt", "ft", "ave", "blvd", "rd",
            // honorifics of other traditions ("Eng. Rana Haddad", "Prof. dr. ir. X") and two-letter initials ("Ts. Enkhbold")
            "eng", "ing", "ir", "drs", "dott", "mme", "mlle", "messrs", "adm", "maj", "ts", "kh", "zh", "sh");

    private SentenceSplitter() {
    }

    /** True when a sentence ends after {@code token} given the token that follows (or null). */
    static boolean endsSentence(CharSequence text, Token token, Token next) {
        if (next != null && hasLineBreak(text, token.end(), next.start())) {
            return true;
        }
        char last = text.charAt(token.end() - 1);
        if (last != '.' && last != '!' && last != '?') {
            return false;
        }
        if (next == null) {
            return true;
        }
        if (last == '.' && token.length() == 1 && closesAbbreviation(text, token.start())) {
            return false; // "Mr." "Dr." "Robert P. Burke"
        }
        if (last == '.' && token.length() > 1) {
            return false; // "U.S." style initialism inside a sentence
        }
        return startsSentence(text.charAt(next.start()));
    }

    static boolean hasLineBreak(CharSequence text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static boolean closesAbbreviation(CharSequence text, int periodAt) {
        int end = periodAt;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start == end || start > 0 && Character.isDigit(text.charAt(start - 1))) {
            return false; // "R2P." ends a word, not an abbreviation
        }
        if (end - start == 1 && Character.isUpperCase(text.charAt(start))) {
            return true; // an initial: "Robert P. Burke"
        }
        String word = text.subSequence(start, end).toString().toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word);
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c' || c == '(' || c == '\'';
    }
}
