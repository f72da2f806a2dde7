package io.eventlens.extraction.language;

/**
 * A bounded sample of a text's prose for language detection: lines of several words first (names,
 * headings and dates say little about the language), then whatever else there is.
 */
final class ProseSample {

    private static final int MIN_WORDS = 6;

    private ProseSample() {
    }

    static String of(String text, int maxChars) {
        StringBuilder prose = new StringBuilder();
        StringBuilder rest = new StringBuilder();
        int lineStart = 0;
        int n = text.length();
        // scan no further than needed: a 5 MB text is sampled from its beginning
        int scanLimit = Math.min(n, maxChars * 20);
        while (lineStart < scanLimit && prose.length() < maxChars) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > scanLimit) {
                lineEnd = scanLimit;
            }
            String line = text.substring(lineStart, Math.min(lineEnd, lineStart + maxChars)).strip();
            if (!line.isEmpty()) {
                StringBuilder target = words(line) >= MIN_WORDS ? prose : rest;
                if (target.length() < maxChars) {
                    target.append(line).append(' ');
                }
            }
            lineStart = lineEnd + 1;
        }
        if (prose.length() < maxChars / 2) {
            prose.append(rest, 0, Math.min(rest.length(), maxChars - prose.length()));
        }
        return prose.length() > maxChars ? prose.substring(0, maxChars) : prose.toString();
    }

    private static int words(String line) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean letter = Character.isLetter(line.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
