package io.eventlens.extraction.announcement;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.pipeline.Annotator;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds the {@link HeaderField} layer: every line that starts (after some indentation) with a short
 * key and a colon, as in e-mail and memo headers ("Topic:", "Who:", "Dates:", " Speaker:"), with
 * the lines that continue its value. A line continues a value when it is indented deeper than the
 * key, or when it sits at the key's indentation between two fields of the same block ("Affiliation:
 * Department of X" / "Y Laboratories" / "Title: ..."). A blank line ends a field.
 */
public final class HeaderFieldAnnotator implements Annotator {

    /** Keys longer than this are prose ("The speakers for this term are:"), not header keys. */
    static final int MAX_KEY_CHARS = 30;
    static final int MAX_KEY_WORDS = 4;
    /** Centred memo headers are indented far; beyond this a "key" is inside running text. */
    static final int MAX_INDENT = 40;
    /** A value longer than this many lines is a paragraph; the field keeps its first lines. */
    static final int MAX_CONTINUATION_LINES = 12;

    @Override
    public void annotate(Document document) {
        String text = document.text();
        Lines lines = Lines.of(text);
        List<HeaderField> fields = new ArrayList<>();
        int block = -1;
        int lastFieldLine = -2;
        int n = lines.count();
        int i = 0;
        while (i < n) {
            if ((i & 0xFFF) == 0) {
                document.checkDeadline();
            }
            Key key = key(text, lines.start(i), lines.end(i));
            if (key == null) {
                i++;
                continue;
            }
            int last = i;
            int continued = 0;
            while (last + 1 < n && continued < MAX_CONTINUATION_LINES && continues(text, lines, last + 1, key.indent)) {
                last++;
                continued++;
            }
            if (i != lastFieldLine + 1) {
                block++;
            }
            int valueStart = key.valueStart;
            int valueEnd = trimEnd(text, valueStart, lines.end(last));
            if (valueEnd <= valueStart) {
                valueStart = valueEnd = key.colon + 1;
            } else if (valueStart == trimEnd(text, valueStart, lines.end(i)) && last > i) {
                valueStart = firstNonBlank(text, lines.start(i + 1), lines.end(last)); // "Who:" then the name below
            }
            int end = Math.max(key.colon + 1, valueEnd);
            fields.add(new HeaderField(key.start, end, key.start, key.end, valueStart, valueEnd,
                    fold(text, key.start, key.end), block, key.indent));
            lastFieldLine = last;
            i = last + 1;
        }
        document.set(HeaderField.LAYER, fields);
    }

    /** Whether line {@code j} continues the value of a field whose key is indented by {@code keyIndent}. */
    private static boolean continues(String text, Lines lines, int j, int keyIndent) {
        int start = lines.start(j);
        int end = lines.end(j);
        int indent = indent(text, start, end);
        if (start + indent >= end || key(text, start, end) != null) {
            return false; // blank, or a field of its own
        }
        if (indent > keyIndent) {
            return true;
        }
        if (indent < keyIndent) {
            return false;
        }
        // same indentation: a continuation only when the block goes on right after it
        for (int k = j + 1; k <= j + 2 && k < lines.count(); k++) {
            int s = lines.start(k);
            int e = lines.end(k);
            if (s + indent(text, s, e) >= e) {
                return false;
            }
            Key next = key(text, s, e);
            if (next != null) {
                return next.indent == keyIndent;
            }
        }
        return false;
    }

    private record Key(int start, int end, int colon, int valueStart, int indent) {
    }

    /** The key of a line {@code [from, to)}, or null when the line is not a "Key: value" line. */
    static Key key(String text, int from, int to) {
        int indent = indent(text, from, to);
        if (indent > MAX_INDENT) {
            return null;
        }
        int start = from + indent;
        if (start >= to || !Character.isLetterOrDigit(text.charAt(start))) {
            return null;
        }
        boolean letter = false;
        int words = 1;
        int i = start;
        int limit = Math.min(to, start + MAX_KEY_CHARS + 1);
        while (i < limit) {
            char c = text.charAt(i);
            if (c == ':') {
                break;
            }
            if (c == ' ' || c == '\t') {
                if (i + 1 < to && text.charAt(i + 1) != ' ' && text.charAt(i + 1) != '\t' && text.charAt(i + 1) != ':') {
                    words++;
                }
            } else if (Character.isLetter(c)) {
                letter = true;
            } else if (!(Character.isDigit(c) || c == '/' || c == '-' || c == '&' || c == '.' || c == '\'')) {
                return null;
            }
            i++;
        }
        if (i >= limit || text.charAt(i) != ':' || words > MAX_KEY_WORDS || !letter) {
            return null;
        }
        int colon = i;
        if (colon + 1 < to && !Character.isWhitespace(text.charAt(colon + 1))) {
            return null; // "http://", "Re:x"
        }
        int end = trimEnd(text, start, colon);
        int valueStart = colon + 1;
        while (valueStart < to && Character.isWhitespace(text.charAt(valueStart))) {
            valueStart++;
        }
        return new Key(start, end, colon, valueStart, indent);
    }

    static int indent(String text, int from, int to) {
        int i = from;
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        return i - from;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    private static int firstNonBlank(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    /** "PostedBy" -> "postedby", "Host/e-mail" -> "host e mail", "Date and time " -> "date and time". */
    static String fold(String text, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        boolean gap = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && b.length() > 0) {
                    b.append(' ');
                }
                b.append(Character.toLowerCase(c));
                gap = false;
            } else {
                gap = true;
            }
        }
        return b.toString();
    }
}
