package io.eventlens.query.service;

import java.time.Instant;

/** What query-service keeps of a raw document: everything but its text. */
public record ReceivedDocument(String documentId, String contentHash, String mediaType, String title, String sourceUrl,
        Instant receivedAt) {
}
