package io.eventlens.extraction.participant;

/** Small steps over the document text that the finder and the role splitter share. */
final class Scanning {

    private Scanning() {
    }

    /** The first offset in [from, end) that is not white space (or {@code end}). */
    static int skipSpaces(CharSequence text, int from, int end) {
        int k = from;
        while (k < end && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k;
    }

    /** Like {@link #skipSpaces}, then past a leading "the" when more follows. */
    static int skipArticle(CharSequence text, int from, int end) {
        int k = skipSpaces(text, from, end);
        if ((startsWord(text, k, end, "the") || startsWord(text, k, end, "The")) && k + 4 < end) {
            return skipSpaces(text, k + 3, end);
        }
        return k;
    }

    /** {@code word} is written at {@code at} and no letter follows it. */
    static boolean startsWord(CharSequence text, int at, int end, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (text.charAt(at + i) != word.charAt(i)) {
                return false;
            }
        }
        return at + word.length() >= end || !Character.isLetter(text.charAt(at + word.length()));
    }
}
