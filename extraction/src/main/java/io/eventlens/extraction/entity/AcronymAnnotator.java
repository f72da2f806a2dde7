package io.eventlens.extraction.entity;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.pipeline.Annotator;
import io.eventlens.extraction.text.Sentence;
import io.eventlens.extraction.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds acronym definitions "Long Form (ACR)": an acronym alone in parentheses right after the
 * words it abbreviates. The long form is found by matching the acronym's characters backwards
 * through the preceding words, its first character at the start of a word (the Schwartz-Hearst
 * method); "2" and "4" may stand for "to" and "for" ("APR2P"). Adds {@link AcronymDefinition#LAYER}.
 */
public final class AcronymAnnotator implements Annotator {

    @Override
    public void annotate(Document document) {
        String text = document.text();
        List<Token> tokens = document.get(Token.LAYER);
        String[] words = Words.of(text, tokens);
        List<AcronymDefinition> found = new ArrayList<>();
        for (Sentence sentence : document.get(Sentence.LAYER)) {
            for (int i = sentence.firstToken() + 1; i + 2 < sentence.endToken(); i++) {
                if (!words[i].equals("(") || !words[i + 2].equals(")") || !Words.isAcronym(words[i + 1])) {
                    continue;
                }
                AcronymDefinition definition = define(text, tokens, words, sentence.firstToken(), i, i + 1);
                if (definition != null) {
                    found.add(definition);
                }
            }
            document.checkDeadline();
        }
        document.set(AcronymDefinition.LAYER, found);
    }

    /** The definition whose acronym is token {@code acr}, the long form ending before token {@code paren}. */
    private static AcronymDefinition define(String text, List<Token> tokens, String[] words, int sentenceStart,
            int paren, int acr) {
        String acronym = words[acr];
        String letters = letters(acronym);
        if (letters.length() < 2) {
            return null;
        }
        // the long form may not cross punctuation that ends a phrase
        int maxWords = Math.min(letters.length() + 5, letters.length() * 2 + 1);
        int first = paren;
        int count = 0;
        while (first > sentenceStart && count < maxWords) {
            String w = words[first - 1];
            if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("(") || w.equals(")") || isQuote(w)) {
                break;
            }
            first--;
            count++;
        }
        if (first == paren) {
            return null;
        }
        int windowStart = tokens.get(first).start();
        int windowEnd = tokens.get(paren - 1).end();
        String window = text.substring(windowStart, windowEnd);
        int start = matchInitials(letters, window);
        if (start < 0) {
            start = matchBackwards(letters, window);
        }
        if (start < 0) {
            return null;
        }
        String longForm = window.substring(start).replaceAll("\\s+", " ");
        if (longForm.indexOf(' ') < 0 || longForm.equalsIgnoreCase(acronym)) {
            return null;
        }
        Token a = tokens.get(acr);
        return new AcronymDefinition(a.start(), a.end(), acronym, windowStart + start, windowEnd, longForm);
    }

    /** The acronym's letters and digits, lower-case, digits spelled out, a plural "s" dropped ("PKOs"). */
    static String letters(String acronym) {
        String a = acronym;
        if (a.length() > 2 && a.endsWith("s") && Character.isUpperCase(a.charAt(a.length() - 2))) {
            a = a.substring(0, a.length() - 1);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (c == '2' && i > 0) {
                b.append("to");
            } else if (c == '4' && i > 0) {
                b.append("for");
            } else if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    private static final java.util.Set<String> SKIPPED_WORDS = java.util.Set.of("of", "for", "and", "the", "on", "in", "to",
            "at", "de", "des", "du", "la", "le", "el", "del", "y", "et", "für", "der", "&");

    /**
     * Matches {@code letters} to the first letters of the window's last words, small words ("of",
     * "for", "the") skipped when they do not match: "Centre for Care Economy Research" for CCER,
     * where a match inside words would stop at "Care". Returns the offset of the first word, or -1.
     */
    static int matchInitials(String letters, String window) {
        java.util.List<int[]> words = new java.util.ArrayList<>();
        java.util.regex.Matcher m = WORD.matcher(window);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        int s = letters.length() - 1;
        for (int w = words.size() - 1; w >= 0 && s >= 0; w--) {
            String word = window.substring(words.get(w)[0], words.get(w)[1]);
            char initial = Character.toLowerCase(word.charAt(0));
            if (SKIPPED_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                continue; // "Office of the ...": the small words spell no letter here
            }
            if (initial != letters.charAt(s)) {
                return -1;
            }
            s--;
            if (s < 0) {
                return words.get(w)[0];
            }
        }
        return -1;
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}&][\\p{L}\\p{N}'\u2019-]*");

    /**
     * Matches {@code letters} backwards through {@code window}; returns the offset of the word where
     * the long form starts, or -1. The first letter must begin a word; the others may fall inside words.
     */
    static int matchBackwards(String letters, String window) {
        String lower = window.toLowerCase(Locale.ROOT);
        int l = lower.length() - 1;
        for (int s = letters.length() - 1; s > 0; s--) {
            char c = letters.charAt(s);
            while (l >= 0 && lower.charAt(l) != c) {
                l--;
            }
            if (l < 0) {
                return -1;
            }
            l--;
        }
        // the first letter begins a word; a capitalised word ("Office") beats a small one ("of the")
        char first = letters.charAt(0);
        int small = -1;
        for (int k = l; k >= 0; k--) {
            if (lower.charAt(k) == first && (k == 0 || !Character.isLetterOrDigit(lower.charAt(k - 1)))) {
                if (Character.isUpperCase(window.charAt(k)) || Character.isDigit(window.charAt(k))) {
                    return k;
                }
                if (small < 0) {
                    small = k;
                }
            }
        }
        return small;
    }

    private static boolean isQuote(String w) {
        return w.equals("\"") || w.equals("\u201c") || w.equals("\u201d");
    }
}
