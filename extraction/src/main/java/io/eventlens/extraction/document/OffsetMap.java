package io.eventlens.extraction.document;

import java.util.Arrays;

/**
 * Maps offsets in a document's normalised text back to offsets in the source the engine received.
 * The text is a sequence of segments: a copied segment maps character for character; a replaced
 * segment (an HTML entity, a dropped markdown link target, a joined line break) maps as a whole to
 * the source range it stands for. Built by {@link TextBuilder}.
 */
public final class OffsetMap {

    private final int[] textStarts;
    private final int[] sourceStarts;
    private final int[] sourceEnds;
    private final boolean[] copied;
    private final int textLength;

    OffsetMap(int[] textStarts, int[] sourceStarts, int[] sourceEnds, boolean[] copied, int textLength) {
        this.textStarts = textStarts;
        this.sourceStarts = sourceStarts;
        this.sourceEnds = sourceEnds;
        this.copied = copied;
        this.textLength = textLength;
    }

    /** The identity map for a text that is its own source. */
    public static OffsetMap identity(int length) {
        return new OffsetMap(new int[] {0}, new int[] {0}, new int[] {length}, new boolean[] {true}, length);
    }

    /** Source offset where the text character at {@code textOffset} begins. */
    public int sourceStart(int textOffset) {
        if (textOffset >= textLength) {
            return textLength == 0 ? 0 : sourceEnd(textLength);
        }
        int k = segmentOf(textOffset);
        return copied[k] ? sourceStarts[k] + (textOffset - textStarts[k]) : sourceStarts[k];
    }

    /** Source offset (exclusive) where a text span ending at {@code textEnd} (exclusive) ends. */
    public int sourceEnd(int textEnd) {
        if (textEnd <= 0) {
            return 0;
        }
        int k = segmentOf(textEnd - 1);
        return copied[k] ? sourceStarts[k] + (textEnd - textStarts[k]) : sourceEnds[k];
    }

    private int segmentOf(int textOffset) {
        int k = Arrays.binarySearch(textStarts, textOffset);
        return k >= 0 ? k : -k - 2;
    }
}
