package io.eventlens.extraction.entity;

import io.eventlens.extraction.text.Token;
import java.util.List;

/** Token-shape tests shared by the recognisers. */
public final class Words {

    private Words() {
    }

    /** The token texts of a document, computed once per annotator run. */
    public static String[] of(String text, List<Token> tokens) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            Token t = tokens.get(i);
            words[i] = text.substring(t.start(), t.end());
        }
        return words;
    }

    /** First character an upper-case letter: "Institute", "UN", "Ki-moon", "Côte". */
    public static boolean isCapitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    /** Upper-case first letter and at least one lower-case letter: "Dieng", "McCall", "RtoP". */
    public static boolean isMixedCase(String w) {
        if (!isCapitalised(w)) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Two or more letters, all upper-case (digits, hyphens and slashes allowed): "UN", "DPKO/DFS", "R2P". */
    public static boolean isAllCaps(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (!Character.isDigit(c) && c != '-' && c != '/' && c != '&' && c != '.') {
                return false;
            }
        }
        return letters >= 2;
    }

    /**
     * An acronym: mostly capitals, at least two of them, no lower-case first letter
     * ("IPI", "ICRtoP", "APR2P", "DPKO/DFS", "PKOs").
     */
    public static boolean isAcronym(String w) {
        if (w.length() < 2 || w.length() > 12 || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            } else if (!Character.isDigit(c) && c != '-' && c != '/' && c != '&') {
                return false;
            }
        }
        return upper >= 2 && upper >= lower;
    }

    /** A single capital letter ("P" of "Robert P. Burke") or a dotted initialism ("J.R."). */
    public static boolean isInitialLetter(String w) {
        return w.length() == 1 && Character.isUpperCase(w.charAt(0));
    }

    public static boolean isDottedInitials(String w) {
        if (w.length() < 3 || !w.endsWith(".")) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (i % 2 == 0 ? !Character.isUpperCase(c) : c != '.') {
                return false;
            }
        }
        return true;
    }

    public static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("\u2019s") || w.equals("'S") || w.equals("'") || w.equals("\u2019");
    }

    public static boolean isDash(String w) {
        return w.equals("-") || w.equals("\u2013") || w.equals("\u2014") || w.equals("\u2012") || w.equals("|");
    }

    public static boolean isBullet(String w) {
        return w.equals("\u2022") || w.equals("\u00b7") || w.equals("*") || w.equals("\u25aa") || w.equals("\u25e6")
                || w.equals("-") || w.equals("\u2013") || w.equals("\u2014") || w.equals(">") || w.equals("\u2023");
    }
}
