package io.eventlens.extraction.document;

import java.util.Arrays;

/**
 * Builds a normalised text together with its {@link OffsetMap} back to the source. Normalisers
 * append either verbatim slices of the source or replacement text standing for a source range,
 * moving forward through the source. A replacement anchored before what was already written (a
 * line break for an element whose start tag came earlier, as when an HTML parser moves text out
 * of a table) is anchored where the text has got to instead, so the map stays monotone and a span
 * never maps to a source range that ends before it starts.
 */
public final class TextBuilder {

    private final String source;
    private final StringBuilder text = new StringBuilder();
    private int[] textStarts = new int[16];
    private int[] sourceStarts = new int[16];
    private int[] sourceEnds = new int[16];
    private boolean[] copied = new boolean[16];
    private int segments;
    /** The furthest source offset any segment maps to so far. */
    private int sourceReached;

    public TextBuilder(String source) {
        this.source = source;
    }

    public int length() {
        return text.length();
    }

    /** The last character appended so far, or 0 when nothing was appended. */
    public char lastChar() {
        return text.length() == 0 ? 0 : text.charAt(text.length() - 1);
    }

    /** The furthest source offset the text written so far maps to. */
    public int sourceReached() {
        return sourceReached;
    }

    /** Copies {@code source[from, to)} into the text unchanged. */
    public TextBuilder copy(int from, int to) {
        if (to <= from) {
            return this;
        }
        int last = segments - 1;
        if (last >= 0 && copied[last] && sourceEnds[last] == from) {
            sourceEnds[last] = to; // extend the previous copied segment
        } else {
            addSegment(text.length(), from, to, true);
        }
        text.append(source, from, to);
        sourceReached = Math.max(sourceReached, to);
        return this;
    }

    /** Appends {@code replacement}, which stands for {@code source[from, to)} as a whole. */
    public TextBuilder replace(String replacement, int from, int to) {
        if (replacement.isEmpty()) {
            return this;
        }
        int start = Math.max(from, sourceReached);
        int end = Math.max(start, to);
        addSegment(text.length(), start, end, false);
        text.append(replacement);
        sourceReached = Math.max(sourceReached, end);
        return this;
    }

    private void addSegment(int textStart, int sourceStart, int sourceEnd, boolean isCopy) {
        if (segments == textStarts.length) {
            int n = segments * 2;
            textStarts = Arrays.copyOf(textStarts, n);
            sourceStarts = Arrays.copyOf(sourceStarts, n);
            sourceEnds = Arrays.copyOf(sourceEnds, n);
            copied = Arrays.copyOf(copied, n);
        }
        textStarts[segments] = textStart;
        sourceStarts[segments] = sourceStart;
        sourceEnds[segments] = sourceEnd;
        copied[segments] = isCopy;
        segments++;
    }

    public String text() {
        return text.toString();
    }

    public OffsetMap offsetMap() {
        if (segments == 0) {
            return OffsetMap.identity(0);
        }
        return new OffsetMap(Arrays.copyOf(textStarts, segments), Arrays.copyOf(sourceStarts, segments),
                Arrays.copyOf(sourceEnds, segments), Arrays.copyOf(copied, segments), text.length());
    }
}
