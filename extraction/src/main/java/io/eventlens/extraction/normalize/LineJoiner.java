package io.eventlens.extraction.normalize;

import io.eventlens.extraction.layout.LayoutAnnotator;
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
            "such", "this", "these", "those", "very", "not", "also", "both", "either", "neither", "via", "per",
            "entitled", "titled");

    /** "Date:", "Moderator:", "Speakers:": a short label before a colon. */
    private static final Pattern LABEL_START = Pattern.compile("^[\\p{Lu}][\\p{L}’' ./&-]{0,30}:(?:\\s|$)");
    /** "13:40", "9.30", "10:00 - 10:30": agenda lines. */
    private static final Pattern TIME_START = Pattern.compile("^\\d{1,2}[:.]\\d{2}\\b");
    /** Bullets and numbered items of plain text lists. */
    private static final Pattern BULLET_START = Pattern.compile("^(?:[•·▪◦‣∙*+\\-–—]|\\d{1,3}[.)]|"
            + LayoutAnnotator.EMOJI_BULLET + ")\\s");

    /** A column separator inside a line: a bar or a dash with spaces around it. */
    private static final Pattern COLUMN = Pattern.compile("\\s[|\u2013\u2014-]\\s");

    private LineJoiner() {
    }

    /** Lines starting with a weekday, a month or a digit: date lines of a header, not continuations. */
    private static final Pattern DATE_START = Pattern.compile(
            "^(?:\\d|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\b|(?:Jan(?:uary)?|Feb(?:ruary)?|"
                    + "Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|"
                    + "Dec(?:ember)?)\\b)");

    static boolean joins(LineNormalizer.Piece before, LineNormalizer.Piece after, int blankLines, boolean markdown,
            int wrapWidth, boolean beforeContinues) {
        if (before.heading > 0 || after.heading > 0 || after.listItem || before.code || after.code) {
            return false;
        }
        String a = before.trimmedText();
        String b = after.trimmedText();
        if (a.startsWith("|") || b.startsWith("|")) {
            return false; // the rows of a table ("| Mon 3/3 | Hearing | 14h00–15h30 |"), one per line
        }
        int afterA = LayoutAnnotator.afterPictograms(a, 0, a.length());
        int afterB = LayoutAnnotator.afterPictograms(b, 0, b.length());
        if (afterA > 0 && afterB > 0 && DATE_START.matcher(b.substring(afterB)).find()) {
            return false; // "📍 Venue, City" / "📅 9–10 October": the date's fact line, led by its pictograph
        }
        if (blankLines == 0 && !beforeContinues && leavesOpen(a) && !startsStructure(b)) {
            // (a line that continues another may close what that one opened: only a line of its own is read)
            return true; // "Dr A (Department of X," / "Institute of Y)": a break inside brackets or a quotation is a wrap
        }
        if (blankLines == 0 && wordCount(a) >= 6 && opensQuotation(a) && !BULLET_START.matcher(b).find()
                && !TIME_START.matcher(b).find()) {
            return true; // "... a side event titled \"Moving Before the" / "Water: Planned Relocation\"": a title broken in its quotes
        }
        if (blankLines == 0 && before.indentation() == after.indentation() && titleOverItsSecondPart(a, b)) {
            return true; // "Universal Jurisdiction Put to the Test:" / "Prosecuting Mass Atrocity Crimes in Europe"
        }
        if (blankLines == 0 && before.indentation() == after.indentation() && capitalsOverTitleCase(a, b)) {
            return true; // "AFTER THE FLOOD:" / "Rebuilding Homes, Records and Trust in River Towns"
        }
        if (blankLines == 0 && before.indentation() == after.indentation() && startsWithHonorific(a) && startsWithHonorific(b)
                && a.indexOf(',') > 0) {
            return false; // "Mr. A, Chief Executive, X" / "Ms. B, Director, Y": a list of witnesses or speakers, one a line
        }
        if (blankLines == 0 && capitalsGoOn(a, b, before.indentation(), after.indentation())) {
            return true; // "SHARED RIVERS, SHARED RISKS:" / "BASIN COOPERATION UNDER STRESS", "MISSION OF X" / "TO THE UN"
        }
        if (blankLines > 0 && (capitals(a) && wordCount(a) >= 2 || before.indentation() >= after.indentation() + 2)) {
            return false; // a title block set off (capitals, indented), then the letter goes on: "to be held on ..."
        }
        if (blankLines == 0 && before.indentation() == after.indentation() && before.indentation() >= 2
                && titleOverItsSecondPart(a, b, 2)) {
            return true; // an indented title block: "Cold Claims:" / "Law and Science in the Changing Arctic"
        }
        return joins(a, b, blankLines) || (blankLines == 0
                && (wrapped(a, b, markdown)
                    || (before.indentation() == after.indentation()
                        && filled(a, before.sourceLength(), b, wrapWidth, beforeContinues))));
    }

    /**
     * The line leaves a bracket or a quotation open: more "(" than ")", an odd number of straight double
     * quotes, an opening curly quote without its closing one, or a single quote opening the line that it
     * does not close.
     */
    /**
     * The line's last quotation mark opens a quotation: a "\u201C", or a straight one a word follows
     * (a closing one follows its word), whatever lines above it opened.
     */
    static boolean opensQuotation(String line) {
        for (int i = line.length() - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if (c == '\u201D') {
                return false;
            }
            if (c == '\u201C') {
                return true;
            }
            if (c == '"') {
                return i + 1 < line.length() && Character.isLetterOrDigit(line.charAt(i + 1))
                        && (i == 0 || !Character.isLetterOrDigit(line.charAt(i - 1)));
            }
        }
        return false;
    }

    static boolean leavesOpen(String line) {
        if (line.isEmpty()) {
            return false;
        }
        int depth = 0;
        int straight = 0;
        int curly = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == '"') {
                straight++;
            } else if (c == '\u201C') {
                curly++;
            } else if (c == '\u201D') {
                curly = Math.max(0, curly - 1);
            }
        }
        if (depth > 0 || (straight & 1) == 1 || curly > 0) {
            return true;
        }
        char first = line.charAt(0);
        char last = line.charAt(line.length() - 1);
        return (first == '\'' || first == '\u2018') && line.length() > 1 && Character.isLetter(line.charAt(1))
                && last != '\'' && last != '\u2019' && line.indexOf('\u2019') < 0 && line.indexOf("' ") < 0;
    }

    /** Function words that, in capitals at a line's start, continue the name or title of the line above ("TO THE UN"). */
    private static final Set<String> CONTINUING_WORDS = Set.of("TO", "OF", "FOR", "IN", "AT", "AND", "ON", "&");

    /**
     * Two lines in capitals that are one name or one title: a block indented as one (a letter's title set
     * off below "invite you to a panel on"), a title broken after its colon, or a line that starts with a
     * function word ("PERMANENT MISSION OF X" / "TO THE UNITED NATIONS"). Never a line with a number or a
     * date (a masthead's issue line), a label or an item.
     */
    static boolean capitalsGoOn(String before, String after, int beforeIndent, int afterIndent) {
        if (!capitals(before) || !capitals(after) || startsStructure(after) || hasDigit(before) || hasDigit(after)) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        if (last == '.' || last == '!' || last == '?' || last == ';') {
            return false;
        }
        int space = after.indexOf(' ');
        if (space > 0 && CONTINUING_WORDS.contains(after.substring(0, space))) {
            return true;
        }
        if (beforeIndent != afterIndent || wordCount(after) < 2) {
            return false;
        }
        return (beforeIndent >= 2 && wordCount(before) >= 2) || (last == ':' && wordCount(before) >= 3);
    }

    /** Words of labels written in capitals ("DATE AND TIME:", "SPEAKERS AND PANELLISTS:"), never a title's first part. */
    private static final Set<String> LABEL_WORDS = Set.of("DATE", "DATES", "TIME", "TIMES", "WHEN", "WHERE", "VENUE", "PLACE",
            "LOCATION", "SPEAKER", "SPEAKERS", "PANELLISTS", "PANELISTS", "MODERATOR", "CHAIR", "PROGRAMME", "PROGRAM",
            "AGENDA", "CONTACT", "REGISTRATION", "ORGANISERS", "ORGANIZERS", "ORGANISED", "ORGANIZED", "PARTNERS",
            "SUBJECT", "TOPIC", "ABSTRACT", "NOTE", "NOTES", "ADDRESS", "LANGUAGE", "LANGUAGES", "FORMAT", "COST", "FEE");

    /**
     * A title's first part in capitals over its second in title case: "AFTER THE FLOOD:" / "Rebuilding Homes
     * and Trust". The first has three words at least and none of a label's; the second is neither a label,
     * a date, an item nor a sentence.
     */
    static boolean capitalsOverTitleCase(String before, String after) {
        if (before.length() < 2 || before.charAt(before.length() - 1) != ':' || !capitals(before) || wordCount(before) < 3
                || after.isEmpty() || capitals(after) || startsStructure(after) || DATE_START.matcher(after).find()
                || !Character.isUpperCase(after.charAt(0)) || wordCount(after) < 3 || !titleCase(after)) {
            return false;
        }
        char last = after.charAt(after.length() - 1);
        if (last == ':' || last == '.' || last == ',' || last == ';') {
            return false;
        }
        for (String w : before.substring(0, before.length() - 1).split("[^\\p{L}]+")) {
            if (LABEL_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Letters only in capitals, at least four of them: "LESSONS FOR REGIONAL BODIES", not "Mr X" nor "UN". */
    private static boolean capitals(String line) {
        int upper = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 4;
    }

    private static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Words of a title's first line at least, so that a label ("Speakers:") never counts as one. */
    private static final int TITLE_FIRST_PART_WORDS = 5;
    private static final int TITLE_SECOND_PART_WORDS = 16;

    /**
     * A title set over two lines, broken after its colon: both lines in title case, the first long enough
     * not to be a label, the second neither a label, a date, an item nor a sentence.
     */
    static boolean titleOverItsSecondPart(String before, String after) {
        return titleOverItsSecondPart(before, after, TITLE_FIRST_PART_WORDS);
    }

    static boolean titleOverItsSecondPart(String before, String after, int firstPartWords) {
        if (before.isEmpty() || after.isEmpty() || before.charAt(before.length() - 1) != ':' || LABEL_START.matcher(before).find()
                || startsStructure(after) || DATE_START.matcher(after).find() || !Character.isUpperCase(after.charAt(0))) {
            return false;
        }
        char last = after.charAt(after.length() - 1);
        if (last == ':' || last == '.' || last == ',' || last == ';') {
            return false;
        }
        int first = wordCount(before);
        int second = wordCount(after);
        return first >= firstPartWords && second <= TITLE_SECOND_PART_WORDS && titleCase(before) && titleCase(after);
    }

    /** Every word but the short function words starts with a capital or a digit. */
    private static boolean titleCase(String line) {
        for (String w : line.split("\\s+")) {
            if (w.isEmpty() || DANGLING_WORDS.contains(w.toLowerCase(Locale.ROOT)) || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Longest line a fixed-width wrap is looked for in; longer lines are paragraphs left unwrapped. */
    private static final int MAX_WRAP_WIDTH = 140;
    private static final int MIN_WRAP_WIDTH = 40;
    /** How far short of the width a wrapped line may end (the next word did not fit). */
    private static final int WRAP_SLACK = 16;

    /**
     * The width the text was hard-wrapped at (an e-mail or a PDF copied as text breaks every line of a
     * paragraph at about the same column), or 0 when it was not: the longest line no longer than
     * {@value #MAX_WRAP_WIDTH} characters, when at least three lines and most of the long lines end
     * within {@value #WRAP_SLACK} characters of it.
     */
    static int wrapWidth(java.util.List<LineNormalizer.Piece> pieces) {
        int longest = 0;
        int longLines = 0;
        for (LineNormalizer.Piece p : pieces) {
            if (p.blank || p.code) {
                continue;
            }
            int n = p.sourceLength();
            if (n >= MIN_WRAP_WIDTH) {
                longLines++;
            }
            if (n <= MAX_WRAP_WIDTH) {
                longest = Math.max(longest, n);
            }
        }
        if (longest < MIN_WRAP_WIDTH) {
            return 0;
        }
        int full = 0;
        for (LineNormalizer.Piece p : pieces) {
            if (!p.blank && !p.code && p.sourceLength() <= longest && p.sourceLength() > longest - WRAP_SLACK) {
                full++;
            }
        }
        return full >= 3 && 2 * full >= longLines ? longest : 0;
    }

    /**
     * In hard-wrapped text, a line that the next line's first word would have pushed past the width was
     * broken by the wrap, not by its writer ("... at the Lowmere / Observatory. Prof. ..."), unless it
     * ends a sentence, or the next line starts a label, a time or an item, or it opens its paragraph
     * without a lower-case word of prose (a long title) and a date line follows (and the caller checks
     * that both lines start at the same column: a wrapped paragraph keeps its margin, and a line
     * indented under a "Place:" field is the field's second line).
     */
    static boolean filled(String before, int beforeLength, String after, int wrapWidth, boolean beforeContinues) {
        if (wrapWidth == 0 || before.isEmpty() || after.isEmpty() || beforeLength < wrapWidth - WRAP_SLACK
                || endsSentence(before) || startsStructure(after)) {
            return false;
        }
        if (wholeQuotation(before) || wholeQuotation(after)) {
            return false; // "    "Title of the Talk"" on a line of its own, as wide as the wrap: a title, not a wrapped line
        }
        if (!beforeContinues && proseWords(before) == 0 && DATE_START.matcher(after).find()) {
            return false; // a title as wide as the wrap over its date line; prose goes on ("on 1-3 / June 2029")
        }
        if (COLUMN.matcher(before).find() && COLUMN.matcher(after).find()) {
            return false; // rows with columns ("Name – Title – Organisation", "Name | Title | Organisation")
        }
        int firstWord = after.indexOf(' ');
        return beforeLength + 1 + (firstWord < 0 ? after.length() : firstWord) > wrapWidth;
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
        if (!markdown && DATE_START.matcher(before).find() && !Character.isLowerCase(after.charAt(0))) {
            return false; // "Tuesday, 25 February, 12:30, Room 5 (note the new room)" / "Dr. A B, ...": a date line, then the speaker
        }
        int words = wordCount(before);
        int prose = proseWords(before);
        // a long line with a comma in it is prose even with one content word in lower case ("The X Centre (XC), together with the")
        return markdown ? words >= 4 && prose >= 1
                : before.length() >= 50 && words >= 8 && (prose >= 2 || prose == 1 && before.length() >= 70 && before.contains(","));
    }

    /** Lower-case words of a line that are no function words: what prose has and titles lack. */
    private static int proseWords(String line) {
        int prose = 0;
        for (String w : line.split("\\s+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !DANGLING_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                prose++;
            }
        }
        return prose;
    }

    /** The line is one quotation: it opens with a quotation mark and closes with one ("“Title”", "\"Title\""). */
    private static boolean wholeQuotation(String line) {
        if (line.length() < 3 || !isQuoted(line)) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return last == '"' || last == '\u201D' || last == '\u00BB';
    }

    private static boolean isQuoted(String line) {
        char first = line.charAt(0);
        return first == '"' || first == '\u201C' || first == '\u00AB';
    }

    static boolean joins(String before, String after, int blankLines) {
        if (before.isEmpty() || after.isEmpty()) {
            return false;
        }
        if (blankLines == 0 && endsOnHonorific(before) && Character.isUpperCase(after.charAt(0)) && wordCount(before) >= 6) {
            return true; // "... GLIJR's President, Professor / Emmanuel Ntakiru...": a name broken after its honorific
        }
        if (blankLines == 0 && isDangling(before) && Character.isLowerCase(after.charAt(0)) && BY_START.matcher(after).find()
                && wordCount(before) >= 4) {
            return true; // "The Forum, which ... (KICC), is / convened by X and Y": prose, not an organiser line
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
        return LABEL_START.matcher(line).find() || TIME_START.matcher(line).find() || BULLET_START.matcher(line).find()
                || BY_START.matcher(line).find() || PUBLICATION_START.matcher(line).find();
    }

    /**
     * "Issued Saturday 8th March 2025", "*Published 3 May*": a masthead's publication line under the
     * publisher's name, never the end of that name's sentence.
     */
    private static final Pattern PUBLICATION_START = Pattern.compile(
            "^[*_]*(?:Issued|Published|Posted|Updated|Last updated|Released|Printed|Dated|Distributed)\\s+(?:on\\s+)?[\\p{Lu}\\d]");

    /** "Organised by the X", "Co-hosted by": a header's organiser line, written on a line of its own. */
    private static final Pattern BY_START = Pattern.compile(
            "^(?:Co-)?(?:[Oo]rgani[sz]ed|[Hh]osted|[Cc]onvened|[Pp]resented|[Ss]ponsored|[Cc]o-hosted|[Cc]o-organi[sz]ed)\\s+by\\b");

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
        String word = line.substring(start, k);
        if (!word.equals(word.toLowerCase(Locale.ROOT))) {
            return false; // the month ("..., 12 May", "11 MAY"), a heading's word, not a function word of prose
        }
        return DANGLING_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Honorifics and titles that stand right before a name. */
    private static final Set<String> HONORIFICS = Set.of("professor", "prof.", "dr.", "dr", "mr.", "mrs.", "ms.", "mr", "mrs",
            "ms", "ambassador", "hon.", "h.e.", "sir", "dame", "judge", "justice", "senator", "rev.", "reverend", "madam");

    /** The line opens with an honorific and a capitalised word: "Ms. Ana Ruiz, ...", "Dr. Li". */
    private static boolean startsWithHonorific(String line) {
        int space = line.indexOf(' ');
        return space > 0 && space + 1 < line.length() && HONORIFICS.contains(line.substring(0, space).toLowerCase(Locale.ROOT))
                && Character.isUpperCase(line.charAt(space + 1));
    }

    /** The line ends on an honorific: the name it stands before is on the next line. */
    private static boolean endsOnHonorific(String line) {
        int start = line.lastIndexOf(' ');
        String word = line.substring(start + 1).toLowerCase(Locale.ROOT);
        return start > 0 && HONORIFICS.contains(word);
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
