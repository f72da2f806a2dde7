package io.eventlens.contract;

import java.time.Instant;
import java.util.List;

/**
 * The extraction result of one document, as published on the extracted-records topic
 * (key: documentId). It carries every event of the document, so a consumer can replace the
 * document's earlier records with these in one step.
 *
 * @param schemaVersion  version of this message's shape
 * @param documentId     the id of the raw document
 * @param contentHash    the raw document's content hash
 * @param receivedAt     when ingest-service accepted the raw document (orders reprocessing)
 * @param extractedAt    when the engine finished
 * @param engineVersion  version of the extraction engine that produced the records
 * @param language       ISO 639 code of the language the engine recognised, or {@code und}
 * @param notes          why the engine found nothing, or what it had to skip (for operators and users)
 * @param events         the event records, possibly empty
 */
public record ExtractedRecordsEvent(
        int schemaVersion,
        String documentId,
        String contentHash,
        String title,
        String sourceUrl,
        Instant receivedAt,
        Instant extractedAt,
        String engineVersion,
        String language,
        List<String> notes,
        List<EventRecord> events) {

    public static final int SCHEMA_VERSION = 1;

    public ExtractedRecordsEvent {
        notes = notes == null ? List.of() : List.copyOf(notes);
        events = events == null ? List.of() : List.copyOf(events);
    }
}
