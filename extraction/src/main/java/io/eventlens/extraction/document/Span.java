package io.eventlens.extraction.document;

/**
 * A stretch of a document's normalised {@link Document#text() text}: {@code start} inclusive,
 * {@code end} exclusive, both Java string indices. Every annotation is a span.
 */
public interface Span {

    int start();

    int end();

    default int length() {
        return end() - start();
    }

    default boolean contains(Span other) {
        return start() <= other.start() && other.end() <= end();
    }

    default boolean overlaps(Span other) {
        return start() < other.end() && other.start() < end();
    }

    /** A bare span with no other content, handy for evidence and for slicing. */
    static Span of(int start, int end) {
        return new Region(start, end);
    }

    record Region(int start, int end) implements Span {
        public Region {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }
    }
}
