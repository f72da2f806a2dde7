package io.eventlens.extraction.time;

import java.util.Arrays;
import java.util.Locale;

/**
 * A stretch of text cut into the atoms the temporal grammar reads: runs of letters, runs of
 * digits, and single other characters. Finer than the token layer on purpose: "13:40-13:55",
 * "4pm", "18h30", "p.m." and "mid-1990s" are one token each but several atoms, so every date and
 * time notation is spelled out of the same few pieces. Whitespace is not an atom; each atom
 * records whether whitespace or a line break came before it.
 */
final class Atoms {

    static final byte WORD = 1;
    static final byte NUMBER = 2;
    static final byte SYMBOL = 3;

    /** Words longer than this are never temporal; they are not lower-cased. */
    private static final int LONGEST_WORD = 16;

    final String text;
    int size;
    int[] start = new int[64];
    int[] end = new int[64];
    byte[] kind = new byte[64];
    /** 0: the atom touches the one before; 1: whitespace before it; 2: a line break before it. */
    byte[] gap = new byte[64];
    /** Lower-cased word, or null for numbers, symbols and long words. */
    String[] lower = new String[64];
    /** Value of a number of at most nine digits, else -1. */
    int[] value = new int[64];

    private Atoms(String text) {
        this.text = text;
    }

    /** Atoms of {@code text[from, to)}. */
    static Atoms of(String text, int from, int to) {
        Atoms atoms = new Atoms(text);
        int i = from;
        byte pendingGap = 0;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingGap = (byte) Math.max(pendingGap, c == '\n' || c == '\r' ? 2 : 1);
                i++;
                continue;
            }
            int s = i;
            byte k;
            if (isDigit(c)) {
                while (i < to && isDigit(text.charAt(i))) {
                    i++;
                }
                k = NUMBER;
            } else if (Character.isLetter(c)) {
                while (i < to && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                k = WORD;
            } else {
                i += Character.isHighSurrogate(c) && i + 1 < to ? 2 : 1;
                k = SYMBOL;
            }
            atoms.add(s, i, k, pendingGap);
            pendingGap = 0;
        }
        return atoms;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void add(int s, int e, byte k, byte g) {
        if (size == start.length) {
            int n = size * 2;
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            kind = Arrays.copyOf(kind, n);
            gap = Arrays.copyOf(gap, n);
            lower = Arrays.copyOf(lower, n);
            value = Arrays.copyOf(value, n);
        }
        start[size] = s;
        end[size] = e;
        kind[size] = k;
        gap[size] = g;
        lower[size] = k == WORD && e - s <= LONGEST_WORD ? text.substring(s, e).toLowerCase(Locale.ROOT) : null;
        value[size] = k == NUMBER && e - s <= 9 ? Integer.parseInt(text, s, e, 10) : -1;
        size++;
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && kind[i] == WORD;
    }

    boolean isNumber(int i) {
        return i >= 0 && i < size && kind[i] == NUMBER;
    }

    /** The lower-cased word at {@code i}, or null when {@code i} is not a (short) word. */
    String word(int i) {
        return i >= 0 && i < size ? lower[i] : null;
    }

    boolean word(int i, String w) {
        return w.equals(word(i));
    }

    /** The value of the number at {@code i}, or -1. */
    int number(int i) {
        return i >= 0 && i < size ? value[i] : -1;
    }

    int digits(int i) {
        return end[i] - start[i];
    }

    boolean symbol(int i, char c) {
        return i >= 0 && i < size && kind[i] == SYMBOL && text.charAt(start[i]) == c;
    }

    /** A hyphen or dash of any kind. */
    boolean dash(int i) {
        if (i < 0 || i >= size || kind[i] != SYMBOL) {
            return false;
        }
        char c = text.charAt(start[i]);
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212';
    }

    /** True when atom {@code i} directly follows the atom before it, with no whitespace. */
    boolean tight(int i) {
        return i < size && gap[i] == 0;
    }

    /** True when a line break lies between atom {@code i - 1} and atom {@code i}. */
    boolean lineBreakBefore(int i) {
        return i < size && gap[i] == 2;
    }

    boolean capitalised(int i) {
        return i >= 0 && i < size && Character.isUpperCase(text.charAt(start[i]));
    }

    boolean allCaps(int i) {
        for (int k = start[i]; k < end[i]; k++) {
            if (!Character.isUpperCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
