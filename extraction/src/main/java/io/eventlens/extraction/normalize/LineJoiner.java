package io.eventlens.extraction.normalize;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a line break (possibly with blank lines) broke a sentence in two: text copied
 * from web pages often splits a paragraph after a link or mid-phrase, and hard-wrapped text breaks
 * every line. A break is joined when the line before it cannot end a sentence (no final
 * punctuation) and the line after it continues it (starts in lower case), or the line before it
 * ends on a word that cannot end a sentence ("of", "the", a comma). Headings, list items, labels
 * ("Date: ...") and agenda times are never joined to what precedes them. Blank lines demand a
 * longer, more prose-like line before them.
 */
final class LineJoiner {

    private static final Set<String> DANGLING_WORDS = Set.of(
            "a", "an", "the", "of", "to", "for", "and", "or", "but", "nor", "in", "on", "at", "by", "with", "from",
            "as", "into", "onto", "about", "between", "among", "including", "than", "that", "which", "who", "whom",
            "whose", "his", "her", "their", "its", "our", "my", "your", "is", "are", "was", "were", "be", "been",
            "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
            "such", "this", "these", "those", "very", "not", "also", "both", "either", "neither", "via", "per");

    /** "Date:", "Moderator:", "Speakers:": a short label before a colon. */
    private static final Pattern LABEL_START = Pattern.compile("^[\\p{Lu}][\\p{L}’' ./&-]{0,30}:(?:\\s|$)");
    /** "13:40", "9.30", "10:00 - 10:30": agenda lines. */
    private static final Pattern TIME_START = Pattern.compile("^\\d{1,2}[:.]\\d{2}\\b");
    /** Bullets and numbered items of plain text lists. */
    private static final Pattern BULLET_START = Pattern.compile("^(?:[•·▪◦‣∙*+\\-–—]|\\d{1,3}[.)])\\s");

    private LineJoiner() {
    }

    /** Lines starting with a weekday, a month or a digit: date lines of a header, not continuations. */
    private static final Pattern DATE_START = Pattern.compile(
            "^(?:\\d|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\b|(?:Jan(?:uary)?|Feb(?:ruary)?|"
                    + "Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|"
                    + "Dec(?:ember)?)\\b)");

    static boolean joins(LineNormalizer.Piece before, LineNormalizer.Piece after, int blankLines, boolean markdown) {
        if (before.heading > 0 || after.heading > 0 || after.listItem || before.code || after.code) {
            return false;
        }
        String a = before.trimmedText();
        String b = after.trimmedText();
        return joins(a, b, blankLines) || (blankLines == 0 && wrapped(a, b, markdown));
    }

    /**
     * A paragraph wrapped at a fixed width (e-mail, Markdown source) continues on the next line even
     * when that line starts with a capital ("... the Indian Ocean Fisheries / Forum (IOFF), ...").
     * The line before must read as prose (lower-case words that are no function words), not as a
     * title or a list of names, and the next line must not start a date line, a label or an item.
     */
    static boolean wrapped(String before, String after, boolean markdown) {
        if (before.isEmpty() || after.isEmpty() || endsSentence(before) || startsStructure(after)
                || DATE_START.matcher(after).find() || isQuoted(before)) {
            return false;
        }
        int words = wordCount(before);
        int prose = 0;
        for (String w : before.split("\\s+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !DANGLING_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                prose++;
            }
        }
        // a long line with a comma in it is prose even with one content word in lower case ("The X Centre (XC), together with the")
        return markdown ? words >= 4 && prose >= 1
                : before.length() >= 50 && words >= 8 && (prose >= 2 || prose == 1 && before.length() >= 70 && before.contains(","));
    }

    private static boolean isQuoted(String line) {
        char first = line.charAt(0);
        return first == '"' || first == '\u201C' || first == '\u00AB';
    }

    static boolean joins(String before, String after, int blankLines) {
        if (before.isEmpty() || after.isEmpty()) {
            return false;
        }
        if (endsSentence(before) || startsStructure(after)) {
            return false;
        }
        int words = wordCount(before);
        boolean continues = Character.isLowerCase(after.charAt(0));
        // after a blank line, a list item ending in ";" or "," ended the item, not half a sentence
        boolean dangling = isDangling(before) && !(blankLines > 0 && BULLET_START.matcher(before).find());
        int needed = blankLines == 0 ? 3 : 5;
        return (continues && words >= needed) || (dangling && words >= needed + 1);
    }

    private static boolean endsSentence(String line) {
        int k = line.length() - 1;
        while (k > 0 && isClosingQuoteOrBracket(line.charAt(k))) {
            k--;
        }
        char c = line.charAt(k);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '…';
    }

    private static boolean isClosingQuoteOrBracket(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '*' || c == '_';
    }

    private static boolean startsStructure(String line) {
        return LABEL_START.matcher(line).find() || TIME_START.matcher(line).find() || BULLET_START.matcher(line).find();
    }

    private static boolean isDangling(String line) {
        char last = line.charAt(line.length() - 1);
        if (last == ',' || last == ';' || last == '-' || last == '\u2013' || last == '\u2014' || last == '(' || last == '&') {
            return true;
        }
        int k = line.length();
        int start = k;
        while (start > 0 && Character.isLetter(line.charAt(start - 1))) {
            start--;
        }
        if (start == k || (start > 0 && !Character.isWhitespace(line.charAt(start - 1)))) {
            return false;
        }
        return DANGLING_WORDS.contains(line.substring(start, k).toLowerCase(Locale.ROOT));
    }

    private static int wordCount(String line) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean letter = !Character.isWhitespace(line.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
