package io.eventlens.query.persistence;

/** Where a document is in the pipeline, as query-service knows it. */
public enum DocumentStatus {
    /** Received (seen on the raw-documents topic); its newest post's records are not stored yet. */
    PENDING,
    /** The records of its newest post are stored and queryable. */
    PROCESSED,
    /** Its newest post could not be processed; {@code failureReason} says why. */
    FAILED
}
