package io.eventlens.extraction.normalize;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.TextBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises line-oriented text: plain text (often copied from web pages) and Markdown.
 *
 * <p>Both: markdown links {@code [text](url)} become their text, bare {@code (#)} link targets
 * vanish, invisible characters go, trailing whitespace goes, runs of blank lines become one, and
 * lines that a copy broke in the middle of a sentence are joined again ({@link LineJoiner}).
 * Curly quotes and indentation stay as they are (agendas use indentation).
 *
 * <p>Markdown only: heading markers, list markers, block quotes, emphasis, inline code, escapes
 * and entities are removed, and what they said is kept as {@link Markup}.
 */
final class LineNormalizer {

    /** A closing delimiter or link part further away than this is not searched for (keeps lines linear). */
    private static final int MAX_INLINE_REACH = 600;

    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+|$)");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern RULE = Pattern.compile("^[ \\t]*(?:([-*_=~])[ \\t]*)(?:\\1[ \\t]*){2,}$");
    private static final Pattern MD_LIST_MARKER = Pattern.compile("^([ \\t]*)(?:[-*+]|\\d{1,3}[.)])[ \\t]+(?=\\S)");
    private static final Pattern QUOTE_MARKER = Pattern.compile("^[ \\t]{0,3}(?:>[ \\t]?)+");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    /** A short line framed by the same run of dashes, equals signs or stars on both sides. */
    private static final Pattern FRAMED_HEADING = Pattern.compile("([-=*~#]{2,8})[ \\t]+(\\S.{0,200}?\\S)[ \\t]+\\1[ \\t]*");
    private static final Pattern TABLE_RULE = Pattern.compile("^[ \\t]*\\|?[ \\t]*:?-{3,}:?[ \\t]*(?:\\|[ \\t]*:?-{3,}:?[ \\t]*)*\\|?[ \\t]*$");

    private final Document document;
    private final String src;
    private final boolean markdown;
    /** Lines join as Markdown paragraphs do; not for plain text that only carries Markdown's markers. */
    private final boolean markdownParagraphs;
    /** The src index of the ']' closing a link whose text began on an earlier line, or -1. */
    private int pendingLinkClose = -1;

    LineNormalizer(Document document, boolean markdown) {
        this(document, markdown, markdown);
    }

    LineNormalizer(Document document, boolean markdown, boolean markdownParagraphs) {
        this.document = document;
        this.src = document.source();
        this.markdown = markdown;
        this.markdownParagraphs = markdownParagraphs;
    }

    NormalizedText normalize() {
        List<Piece> pieces = readLines();
        int wrapWidth = LineJoiner.wrapWidth(pieces);
        TextBuilder out = new TextBuilder(src);
        List<Markup> markup = new ArrayList<>();
        Piece previous = null;
        boolean previousContinues = false; // the previous line was joined to the one before it
        int blankRun = 0;
        for (Piece piece : pieces) {
            if (piece.blank) {
                blankRun++;
                continue;
            }
            if (previous != null) {
                boolean joined = blankRun == 0 && piece.linkGoesOn
                        || LineJoiner.joins(previous, piece, blankRun, markdownParagraphs, wrapWidth, previousContinues);
                previousContinues = joined;
                if (joined && brokenAtHyphen(previous, piece)) {
                    // "Bishop Anselm Ngugi-" / "Harrington": a word broken at its own hyphen is one word again
                    out.replace("", previous.contentEnd, piece.contentStart);
                } else if (joined) {
                    out.replace(" ", previous.contentEnd, piece.contentStart);
                } else {
                    out.replace(blankRun > 0 ? "\n\n" : "\n", previous.contentEnd, piece.lineStart);
                    indentation(out, piece);
                }
            } else {
                indentation(out, piece);
            }
            int base = out.length();
            for (Op op : piece.ops) {
                if (op.replacement == null) {
                    out.copy(op.from, op.to);
                } else {
                    out.replace(op.replacement, op.from, op.to);
                }
            }
            for (int[] m : piece.markup) {
                markup.add(new Markup(base + m[0], base + m[1], Markup.Kind.values()[m[2]], m[3]));
            }
            if (piece.heading > 0) {
                markup.add(new Markup(base, out.length(), Markup.Kind.HEADING, piece.heading));
            }
            if (piece.listItem) {
                markup.add(Markup.of(base, out.length(), Markup.Kind.LIST_ITEM));
            }
            previous = piece;
            blankRun = 0;
        }
        return new NormalizedText(out.text(), out.offsetMap(), markup, List.of());
    }

    /** The line ends inside a hyphenated word ("Ngugi-", "mid-") and the next goes on with a letter. */
    private boolean brokenAtHyphen(Piece before, Piece after) {
        int end = before.contentEnd;
        return end >= 2 && src.charAt(end - 1) == '-' && Character.isLetter(src.charAt(end - 2))
                && after.contentStart < src.length() && Character.isLetter(src.charAt(after.contentStart));
    }

    /** Keeps a line's indentation (agendas align by it) as plain spaces and tabs. */
    private void indentation(TextBuilder out, Piece piece) {
        for (int k = piece.lineStart; k < piece.indentEnd; k++) {
            char c = src.charAt(k);
            if (c == ' ' || c == '\t') {
                out.copy(k, k + 1);
            } else if (Character.isSpaceChar(c)) {
                out.replace(" ", k, k + 1);
            }
        }
    }

    private List<Piece> readLines() {
        List<Piece> pieces = new ArrayList<>();
        int n = src.length();
        int lineStart = 0;
        boolean inFence = false;
        boolean skipNext = false;
        int pointer = 0; // 1 right under a pointer heading, 2 inside its list, 0 elsewhere
        int lineNo = 0;
        int frontMatterEnd = markdown ? frontMatterEnd() : 0;
        while (lineStart <= n) {
            int lineEnd = lineStart;
            while (lineEnd < n && src.charAt(lineEnd) != '\n' && src.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            int next = lineEnd;
            if (next < n && src.charAt(next) == '\r') {
                next++;
            }
            if (next < n && src.charAt(next) == '\n') {
                next++;
            }
            if ((++lineNo & 0xFF) == 0) {
                document.checkDeadline();
            }
            if (skipNext || lineStart < frontMatterEnd) {
                skipNext = false;
                pieces.add(Piece.blank()); // a setext underline, or the page's metadata (front matter) no reader reads
            } else {
                Piece piece = readLine(lineStart, lineEnd, inFence);
                if (!inFence && !piece.blank && isPointerHeading(piece)) {
                    pointer = 1; // "Related events", "See also": the lines under it point elsewhere, not to this page's events
                    piece = Piece.blank();
                } else if (pointer > 0 && (piece.blank || piece.heading > 0)) {
                    pointer = piece.blank && pointer == 1 ? 1 : 0; // the pointer list ends at a blank line or a heading
                } else if (pointer > 0) {
                    pointer = 2;
                    piece = Piece.blank();
                }
                if (markdown && piece.fenceToggle) {
                    inFence = !inFence;
                }
                if (markdown && !inFence && !piece.blank && piece.heading == 0 && !piece.listItem && !piece.code
                        && next < n && isSetextUnderline(next)) {
                    piece.heading = src.charAt(firstNonSpace(next)) == '=' ? 1 : 2;
                    skipNext = true;
                }
                pieces.add(piece);
            }
            if (next == lineStart || next >= n) {
                break;
            }
            lineStart = next;
        }
        return pieces;
    }

    /** Headings of a list that points elsewhere ("Related events", "See also"): the page's own events are not under it. */
    private static final Pattern POINTER_HEADING = Pattern.compile(
            "(?i)[#*_\\s]*(?:see also|related(?: [\\p{L}]+){0,2}|you (?:may|might) also (?:like|be interested in)|further reading|"
                    + "read also|also read|more (?:news|stories|articles|posts)|recent (?:posts|news|articles))[*_\\s]*[:.]?[*_\\s]*");

    private boolean isPointerHeading(Piece piece) {
        return piece.contentEnd - piece.contentStart <= 40
                && POINTER_HEADING.matcher(src.subSequence(piece.contentStart, piece.contentEnd)).matches();
    }

    private static final Pattern FRONT_MATTER_FENCE = Pattern.compile("(?m)^(?:---|\\.\\.\\.)[ \\t]*$");
    /** How far into a Markdown file its front matter may reach. */
    private static final int FRONT_MATTER_REACH = 8_000;

    /**
     * Where a Markdown file's front matter ends: the metadata block between a first line {@code ---} and
     * the next {@code ---} or {@code ...} line (Jekyll, Hugo), or 0 when the file has none.
     */
    private int frontMatterEnd() {
        if (!(src.startsWith("---\n") || src.startsWith("---\r"))) {
            return 0;
        }
        int opening = src.charAt(3) == '\r' && src.length() > 4 && src.charAt(4) == '\n' ? 5 : 4;
        Matcher closing = FRONT_MATTER_FENCE.matcher(src).region(opening, Math.min(src.length(), FRONT_MATTER_REACH));
        if (!closing.find()) {
            return 0;
        }
        int end = closing.end();
        while (end < src.length() && (src.charAt(end) == '\r' || src.charAt(end) == '\n') && end - closing.end() < 2) {
            end++;
        }
        return end;
    }

    private boolean isSetextUnderline(int lineStart) {
        int end = lineStart;
        while (end < src.length() && src.charAt(end) != '\n' && src.charAt(end) != '\r') {
            end++;
        }
        return end - lineStart <= 200 && SETEXT_UNDERLINE.matcher(src.subSequence(lineStart, end)).matches();
    }

    private int firstNonSpace(int from) {
        while (from < src.length() && (src.charAt(from) == ' ' || src.charAt(from) == '\t')) {
            from++;
        }
        return from;
    }

    private Piece readLine(int lineStart, int lineEnd, boolean inFence) {
        int contentEnd = lineEnd;
        while (contentEnd > lineStart && isBlankChar(src.charAt(contentEnd - 1))) {
            contentEnd--;
        }
        int contentStart = lineStart;
        while (contentStart < contentEnd && isBlankChar(src.charAt(contentStart))) {
            contentStart++;
        }
        if (contentStart < contentEnd && PageArtefacts.isFrameChar(src.charAt(contentStart))) {
            // "│ 2020 in numbers │": the text of a box without its frame; "└───┘" is no text at all
            contentStart = PageArtefacts.afterFrame(src, contentStart, contentEnd);
            contentEnd = PageArtefacts.beforeFrame(src, contentStart, contentEnd);
        }
        if (contentStart == contentEnd || PageArtefacts.isArtefactLine(src.subSequence(contentStart, contentEnd))) {
            return Piece.blank();
        }
        Piece piece = new Piece(src, lineStart, contentStart, contentEnd);
        CharSequence line = src.subSequence(lineStart, contentEnd);
        boolean shortLine = contentEnd - lineStart <= 400;
        if (markdown && shortLine && FENCE.matcher(line).find()) {
            piece.fenceToggle = true;
            piece.blank = true;
            return piece;
        }
        if (markdown && inFence) {
            piece.code = true;
            piece.ops.add(new Op(null, contentStart, contentEnd));
            return piece;
        }
        if (shortLine && (RULE.matcher(line).matches() || (markdown && TABLE_RULE.matcher(line).matches()))) {
            return Piece.blank();
        }
        int from = contentStart;
        if (markdown) {
            Matcher quote = QUOTE_MARKER.matcher(line);
            if (quote.find()) {
                from = firstNonSpace(lineStart + quote.end());
                if (from >= contentEnd) {
                    return Piece.blank();
                }
            }
            Matcher heading = ATX_HEADING.matcher(src.subSequence(from, contentEnd));
            if (heading.find()) {
                piece.heading = heading.group(1).length();
                from = firstNonSpace(from + heading.end());
                contentEnd = stripClosingHashes(from, contentEnd);
                if (from >= contentEnd) {
                    return Piece.blank();
                }
            } else {
                Matcher list = MD_LIST_MARKER.matcher(src.subSequence(from, contentEnd));
                if (list.find()) {
                    piece.listItem = true;
                    from = from + list.end();
                }
            }
            piece.contentStart = from;
            piece.contentEnd = contentEnd;
        }
        if (shortLine && !piece.code) {
            Matcher framed = FRAMED_HEADING.matcher(src.subSequence(from, contentEnd));
            if (framed.matches()) {
                // "--- Youth Voices on Climate ---", "=== Day Two ===", "*** Coming up ***": a heading in its frame
                piece.heading = Math.max(piece.heading, 3);
                contentEnd = from + framed.end(2);
                from = from + framed.start(2);
                piece.contentStart = from;
                piece.contentEnd = contentEnd;
            }
        }
        if (contentEnd - from > 2 && src.charAt(from) == '|' && src.charAt(contentEnd - 1) == '|') {
            return tableRow(piece, from, contentEnd);
        }
        inline(piece, from, contentEnd);
        if (piece.text.length() == 0) {
            return Piece.blank();
        }
        return piece;
    }

    /**
     * A table row "| Date | Thu 29 Feb 2024 |": a row of empty cells (a header without labels) is blank,
     * a two-cell row is a field and becomes "Date: Thu 29 Feb 2024" so that it reads like any other
     * labelled line; wider rows keep their cells.
     */
    private Piece tableRow(Piece piece, int from, int to) {
        List<Integer> pipes = new ArrayList<>();
        for (int k = from; k < to; k++) {
            if (src.charAt(k) == '|' && (k == from || src.charAt(k - 1) != '\\')) {
                pipes.add(k);
            }
        }
        boolean empty = true;
        for (int k = from; k < to && empty; k++) {
            empty = src.charAt(k) == '|' || src.charAt(k) == '-' || src.charAt(k) == ':' || isBlankChar(src.charAt(k));
        }
        if (empty) {
            return Piece.blank();
        }
        if (pipes.size() != 3) {
            // a programme's row: "| 9:00 | Opening | Welcome: A, Director<br>Remarks: B, Minister |" puts one
            // person on each line of its cell
            cellBreaks = true;
            try {
                inline(piece, from, to);
            } finally {
                cellBreaks = false;
            }
            return piece.text.length() == 0 ? Piece.blank() : piece;
        }
        int labelStart = skipBlank(pipes.get(0) + 1, pipes.get(1));
        int labelEnd = trimEnd(labelStart, pipes.get(1));
        int valueStart = skipBlank(pipes.get(1) + 1, pipes.get(2));
        int valueEnd = trimEnd(valueStart, pipes.get(2));
        if (labelStart == labelEnd || valueStart == valueEnd || labelEnd - labelStart > 60) {
            int cell = labelStart == labelEnd ? valueStart : labelStart;
            int cellEnd = labelStart == labelEnd ? valueEnd : (valueStart == valueEnd ? labelEnd : to);
            if (cell == cellEnd) {
                return Piece.blank();
            }
            piece.contentStart = cell;
            piece.contentEnd = cellEnd;
            inline(piece, cell, cellEnd);
            return piece.text.length() == 0 ? Piece.blank() : piece;
        }
        piece.contentStart = labelStart;
        piece.contentEnd = valueEnd;
        inline(piece, labelStart, labelEnd);
        int labelText = piece.text.length();
        if (labelText == 0) {
            return Piece.blank();
        }
        piece.mark(0, labelText, Markup.Kind.LABEL);
        piece.add(piece.text.charAt(labelText - 1) == ':' ? " " : ": ", labelEnd, valueStart);
        inline(piece, valueStart, valueEnd);
        return piece;
    }

    private int skipBlank(int from, int to) {
        while (from < to && isBlankChar(src.charAt(from))) {
            from++;
        }
        return from;
    }

    private int trimEnd(int from, int to) {
        while (to > from && isBlankChar(src.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    private int stripClosingHashes(int from, int end) {
        int e = end;
        while (e > from && src.charAt(e - 1) == '#') {
            e--;
        }
        if (e < end && (e == from || isBlankChar(src.charAt(e - 1)))) {
            while (e > from && isBlankChar(src.charAt(e - 1))) {
                e--;
            }
            return e;
        }
        return end;
    }

    /** Inline syntax of {@code src[from, to)}: links, and in Markdown emphasis, code, escapes, entities. */
    private void inline(Piece piece, int from, int to) {
        if (pendingLinkClose >= 0 && pendingLinkClose < from) {
            pendingLinkClose = -1;
        }
        int linkFrom = pendingLinkClose >= from ? piece.text.length() : -1; // a link an earlier line opened goes on
        if (linkFrom == 0) {
            piece.linkGoesOn = true;
        }
        int i = from;
        while (i < to) {
            char c = src.charAt(i);
            if (i == pendingLinkClose) {
                if (piece.text.length() > linkFrom) {
                    piece.mark(linkFrom, piece.text.length(), Markup.Kind.LINK);
                }
                pendingLinkClose = -1;
                linkFrom = -1;
                int end = closingParen(i + 1, to);
                i = end > 0 ? end : i + 1;
                continue;
            }
            if (c == '!' && markdown && i + 1 < to && src.charAt(i + 1) == '[') {
                int end = linkEnd(i + 1, to);
                if (end > 0) {
                    i = end; // an image: its alt text is not part of the prose
                    continue;
                }
            }
            if (c == '[') {
                int close = indexOf(']', i + 1, to);
                if (close > 0 && close + 1 < to && src.charAt(close + 1) == '(') {
                    int end = closingParen(close + 1, to);
                    if (end > 0) {
                        int start = piece.text.length();
                        inline(piece, i + 1, close);
                        if (piece.text.length() > start) {
                            piece.mark(start, piece.text.length(), Markup.Kind.LINK);
                        }
                        i = end;
                        continue;
                    }
                }
            }
            if (c == '[' && linkFrom < 0) {
                int close = linkCloseBelow(i + 1, to);
                if (close > 0) {
                    // "[Title of the event, broken\ninto two lines](#)": the link's text runs over the line break
                    pendingLinkClose = close;
                    linkFrom = piece.text.length();
                    i++;
                    continue;
                }
            }
            if (c == '(' && i + 2 < to && src.charAt(i + 1) == '#' && src.charAt(i + 2) == ')') {
                i += 3; // a link target whose text was lost in copying
                continue;
            }
            if (markdown) {
                int consumed = markdownInline(piece, i, to);
                if (consumed > i) {
                    i = consumed;
                    continue;
                }
            }
            i = character(piece, i);
        }
        if (linkFrom >= 0 && pendingLinkClose >= 0 && piece.text.length() > linkFrom) {
            piece.mark(linkFrom, piece.text.length(), Markup.Kind.LINK);
        }
    }

    /** Src index of the ']' of a link opened on this line and closed by "](target)" on a line below, or -1. */
    private int linkCloseBelow(int open, int lineEnd) {
        if (indexOf(']', open, lineEnd) >= 0) {
            return -1;
        }
        int limit = Math.min(src.length(), open + MAX_INLINE_REACH);
        boolean newline = false;
        for (int k = lineEnd; k < limit; k++) {
            char c = src.charAt(k);
            if (c == '[') {
                return -1;
            }
            if (c == '\n') {
                if (newline) {
                    return -1; // a blank line ends the paragraph, and any link in it
                }
                newline = true;
            } else if (c == ']') {
                return k + 1 < src.length() && src.charAt(k + 1) == '(' && closingParen(k + 1, src.length()) > 0 ? k : -1;
            } else if (!Character.isWhitespace(c)) {
                newline = false;
            }
        }
        return -1;
    }

    /** While a wide table row is read: its cells' "&lt;br&gt;" break the line. */
    private boolean cellBreaks;

    /** Where a "&lt;br&gt;", "&lt;br/&gt;" or "&lt;br /&gt;" tag at {@code i} ends, or -1. */
    private int breakTagEnd(int i, int to) {
        if (i + 3 >= to || src.charAt(i) != '<' || Character.toLowerCase(src.charAt(i + 1)) != 'b'
                || Character.toLowerCase(src.charAt(i + 2)) != 'r') {
            return -1;
        }
        int k = i + 3;
        while (k < to && src.charAt(k) == ' ') {
            k++;
        }
        if (k < to && src.charAt(k) == '/') {
            k++;
        }
        return k < to && src.charAt(k) == '>' ? k + 1 : -1;
    }

    /** Handles Markdown inline syntax at {@code i}; returns where it stopped, or {@code i} if nothing matched. */
    private int markdownInline(Piece piece, int i, int to) {
        char c = src.charAt(i);
        if (c == '<' && cellBreaks) {
            int end = breakTagEnd(i, to);
            if (end > 0) {
                // the spaces after the tag go with it: each part of the cell starts its own line
                int from = i;
                while (end < to && src.charAt(end) == ' ') {
                    end++;
                }
                piece.add("\n| ", from, end); // a line of the table still: never a title, never joined to prose
                return end;
            }
        }
        if (c == '\\' && i + 1 < to && isAsciiPunctuation(src.charAt(i + 1))) {
            piece.add(String.valueOf(src.charAt(i + 1)), i, i + 2);
            return i + 2;
        }
        if (c == '`') {
            int close = indexOf('`', i + 1, to);
            if (close > i + 1) {
                piece.copy(i + 1, close);
                return close + 1;
            }
            return i;
        }
        if (c == '&') {
            int semi = entityEnd(i, to);
            if (semi > 0) {
                String decoded = org.jsoup.parser.Parser.unescapeEntities(src.substring(i, semi + 1), false);
                if (!decoded.equals(src.substring(i, semi + 1))) {
                    piece.add(decoded, i, semi + 1);
                    return semi + 1;
                }
            }
            return i;
        }
        if (c == '<' && src.startsWith("http", i + 1)) {
            int close = indexOf('>', i + 1, to);
            if (close > 0) {
                piece.copy(i + 1, close);
                return close + 1;
            }
            return i;
        }
        if (c == '*' || c == '_') {
            int run = 1;
            while (i + run < to && src.charAt(i + run) == c && run < 3) {
                run++;
            }
            if (i + run >= to || Character.isWhitespace(src.charAt(i + run))) {
                return i;
            }
            if (c == '_' && i > 0 && Character.isLetterOrDigit(src.charAt(i - 1))) {
                return i; // snake_case, not emphasis
            }
            int close = closingDelimiter(c, run, i + run, to);
            if (close < 0) {
                return i;
            }
            int start = piece.text.length();
            inline(piece, i + run, close);
            if (piece.text.length() > start) {
                piece.mark(start, piece.text.length(), run >= 2 ? Markup.Kind.STRONG : Markup.Kind.EMPHASIS);
            }
            return close + run;
        }
        return i;
    }

    private int closingDelimiter(char c, int run, int from, int to) {
        int limit = Math.min(to, from + MAX_INLINE_REACH);
        for (int k = from + 1; k <= limit - run; k++) {
            if (src.charAt(k) != c || Character.isWhitespace(src.charAt(k - 1))) {
                continue;
            }
            int len = 1;
            while (k + len < to && src.charAt(k + len) == c) {
                len++;
            }
            if (len == run && (c != '_' || k + len >= to || !Character.isLetterOrDigit(src.charAt(k + len)))) {
                return k;
            }
            k += len - 1;
        }
        return -1;
    }

    /** Copies one character, dropping invisible ones and turning odd spaces and controls into a space. */
    private int character(Piece piece, int i) {
        char c = src.charAt(i);
        if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
            return i + 1;
        }
        if (c == '\t') {
            piece.copy(i, i + 1);
        } else if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || Character.isISOControl(c)) {
            piece.add(" ", i, i + 1);
        } else {
            piece.copy(i, i + 1);
        }
        return i + 1;
    }

    private int linkEnd(int open, int to) {
        int close = indexOf(']', open + 1, to);
        if (close > 0 && close + 1 < to && src.charAt(close + 1) == '(') {
            return closingParen(close + 1, to);
        }
        return -1;
    }

    /** Index just after the parenthesis closing the one at {@code open}, or -1. */
    private int closingParen(int open, int to) {
        int depth = 0;
        int limit = Math.min(to, open + MAX_INLINE_REACH);
        for (int k = open; k < limit; k++) {
            char c = src.charAt(k);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return k + 1;
            } else if (c == ' ' && depth == 1 && k + 1 < limit && src.charAt(k + 1) != '"') {
                return -1; // prose in parentheses, not a URL
            }
        }
        return -1;
    }

    private int indexOf(char c, int from, int to) {
        int limit = Math.min(to, from + MAX_INLINE_REACH);
        for (int k = from; k < limit; k++) {
            char d = src.charAt(k);
            if (d == c) {
                return k;
            }
            if (c == ']' && d == '[') {
                return -1;
            }
        }
        return -1;
    }

    private int entityEnd(int amp, int to) {
        int limit = Math.min(to, amp + 34);
        for (int k = amp + 1; k < limit; k++) {
            char c = src.charAt(k);
            if (c == ';') {
                return k > amp + 1 ? k : -1;
            }
            if (!Character.isLetterOrDigit(c) && c != '#') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }

    static boolean isBlankChar(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u200B' || c == '\uFEFF' || c == '\u3000'
                || (Character.isISOControl(c) && c != '\n' && c != '\r') || Character.isSpaceChar(c);
    }

    /** One line of the source after block syntax and inline syntax were applied. */
    static final class Piece {
        private final String src;
        final int lineStart;
        /** End of the line's indentation, which is kept; markers between it and {@link #contentStart} are dropped. */
        int indentEnd;
        int contentStart;
        int contentEnd;
        /** The line goes on with a link's text the line above opened: the two are one line broken in copying. */
        boolean linkGoesOn;
        final List<Op> ops = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        /** {start, end, kind ordinal, level} relative to {@link #text}. */
        final List<int[]> markup = new ArrayList<>();
        boolean blank;
        int heading;
        boolean listItem;
        boolean code;
        boolean fenceToggle;

        Piece(String src, int lineStart, int contentStart, int contentEnd) {
            this.src = src;
            this.lineStart = lineStart;
            this.indentEnd = contentStart;
            this.contentStart = contentStart;
            this.contentEnd = contentEnd;
        }

        static Piece blank() {
            Piece p = new Piece("", 0, 0, 0);
            p.blank = true;
            return p;
        }

        void copy(int from, int to) {
            if (to <= from) {
                return;
            }
            Op last = ops.isEmpty() ? null : ops.get(ops.size() - 1);
            if (last != null && last.replacement == null && last.to == from) {
                ops.set(ops.size() - 1, new Op(null, last.from, to));
            } else {
                ops.add(new Op(null, from, to));
            }
            text.append(src, from, to);
        }

        void add(String replacement, int from, int to) {
            ops.add(new Op(replacement, from, to));
            text.append(replacement);
        }

        void mark(int start, int end, Markup.Kind kind) {
            markup.add(new int[] {start, end, kind.ordinal(), 0});
        }

        String trimmedText() {
            return text.toString().strip();
        }

        /** How many characters of indentation the line has in the source. */
        int indentation() {
            return indentEnd - lineStart;
        }

        /** The line's length in the source, indentation included: what a fixed-width wrap bounds. */
        int sourceLength() {
            return contentEnd - lineStart;
        }
    }

    /** Copy a source slice ({@code replacement == null}) or put a replacement for it. */
    record Op(String replacement, int from, int to) {
    }
}
