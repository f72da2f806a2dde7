package io.eventlens.extraction.document;

/** A point in time after which work on a document stops with {@link ExtractionTimeout}. */
public final class Deadline {

    public static final Deadline NONE = new Deadline(Long.MAX_VALUE, 0);

    private final long expiresAtNanos;
    private final long budgetMillis;

    private Deadline(long expiresAtNanos, long budgetMillis) {
        this.expiresAtNanos = expiresAtNanos;
        this.budgetMillis = budgetMillis;
    }

    public static Deadline inMillis(long millis) {
        return new Deadline(System.nanoTime() + millis * 1_000_000L, millis);
    }

    void check(String documentName) {
        if (this != NONE && System.nanoTime() - expiresAtNanos > 0) {
            throw new ExtractionTimeout("extraction of " + documentName + " exceeded its budget of " + budgetMillis + " ms");
        }
    }
}
