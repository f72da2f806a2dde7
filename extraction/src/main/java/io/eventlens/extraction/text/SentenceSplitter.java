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
        if (last != '.' && insideEmbeddedQuotation(text, token.end() - 1)) {
            return false; // the lecture "Never Again, Again? Prevention in an Age of Impunity", was given by ...
        }
        return startsSentence(text.charAt(next.start()));
    }

    /** How far a quotation's marks are looked for around a question or exclamation mark inside it. */
    private static final int QUOTE_REACH = 150;

    /**
     * The mark at {@code at} lies inside a quotation opened earlier on its line and closed later on it,
     * after which the sentence goes on (a comma, a colon, a closing bracket or a lower-case word): a
     * quoted title with a question in it, not the end of the sentence.
     */
    private static boolean insideEmbeddedQuotation(CharSequence text, int at) {
        int open = -1;
        for (int k = at - 1; k >= Math.max(0, at - QUOTE_REACH); k--) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\u201D') {
                return false;
            }
            if (c == '\u201C' || c == '"') {
                open = k;
                break;
            }
        }
        if (open < 0 || open + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(open + 1))) {
            return false; // no quotation opened before it on its line (a straight one opens before a word)
        }
        char closing = text.charAt(open) == '"' ? '"' : '\u201D';
        int limit = Math.min(text.length(), at + QUOTE_REACH);
        for (int k = at + 1; k < limit; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\u201C') {
                return false;
            }
            if (c == closing) {
                if (k + 1 >= text.length()) {
                    return false;
                }
                char after = text.charAt(k + 1);
                return after == ',' || after == ';' || after == ':' || after == ')'
                        || after == ' ' && k + 2 < text.length() && Character.isLowerCase(text.charAt(k + 2));
            }
        }
        return false;
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
