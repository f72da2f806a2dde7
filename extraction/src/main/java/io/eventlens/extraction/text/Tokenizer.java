package io.eventlens.extraction.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A fast rule tokenizer close to the CoNLL/Penn conventions the name tagger was trained on:
 * words keep inner hyphens, slashes, ampersands, periods and apostrophes ("Ebert-Stiftung",
 * "DPKO/DFS", "U.S.", "d'Ivoire"), numbers keep inner separators ("13:40", "1,000", "2.5"), a
 * possessive 's is its own token, every other symbol is a token of its own.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /** Tokens of {@code text[from, to)}, as absolute offsets. */
    public static List<Token> tokenize(CharSequence text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            if (!isWordChar(c)) {
                int n = Character.charCount(Character.codePointAt(text, i));
                tokens.add(new Token(i, Math.min(to, i + n)));
                i += n;
                continue;
            }
            int start = i;
            i = scanWord(text, i, to);
            int end = i;
            // "IPI's" -> "IPI" + "'s"
            if (end - start > 2 && isApostrophe(text.charAt(end - 2)) && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
                tokens.add(new Token(start, end - 2));
                tokens.add(new Token(end - 2, end));
                continue;
            }
            // an abbreviation's final period stays with it ("U.S.", "Dr." handled by the sentence splitter)
            if (i < to && text.charAt(i) == '.' && isInitialism(text, start, end)) {
                end = ++i;
            }
            tokens.add(new Token(start, end));
        }
        return tokens;
    }

    private static int scanWord(CharSequence text, int i, int to) {
        while (i < to) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                i++;
            } else if (isJoiner(c) && i + 1 < to && isWordChar(text.charAt(i + 1)) && joins(text, c, i)) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean joins(CharSequence text, char joiner, int at) {
        char before = text.charAt(at - 1);
        char after = text.charAt(at + 1);
        return switch (joiner) {
            case ':', ',' -> Character.isDigit(before) && Character.isDigit(after);
            case '.' -> Character.isLetterOrDigit(after) && (Character.isDigit(before) == Character.isDigit(after));
            default -> true;
        };
    }

    /** "U.S", "U.N", "e.g": single letters separated by periods. */
    private static boolean isInitialism(CharSequence text, int start, int end) {
        if (end - start < 3) {
            return false;
        }
        for (int k = start; k < end; k++) {
            boolean letterSlot = (k - start) % 2 == 0;
            char c = text.charAt(k);
            if (letterSlot ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return true;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '\u2019' || c == '.' || c == '/' || c == '&' || c == ':' || c == ','
                || c == '\u2011';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
