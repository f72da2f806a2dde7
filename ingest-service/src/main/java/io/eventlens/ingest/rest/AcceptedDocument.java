package io.eventlens.ingest.rest;

import java.time.Instant;

/**
 * The answer to an accepted document: its id (the same text always gets the same id), its content
 * hash, when it was accepted, and where its processing status can be read.
 */
public record AcceptedDocument(String documentId, String contentHash, String mediaType, Instant receivedAt,
        String status, String statusUrl) {
}
