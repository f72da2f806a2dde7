package io.eventlens.contract;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document accepted by ingest-service, as published on the raw-documents topic (key: documentId).
 *
 * @param schemaVersion  version of this message's shape; consumers reject versions they do not know
 * @param documentId     stable id derived from the content hash: the same text always gets the same id
 * @param contentHash    {@code sha256:<hex>} of the UTF-8 text
 * @param mediaType      what the text is: {@code text/plain}, {@code text/markdown} or {@code text/html}
 * @param text           the document's text as received (the engine's offsets refer to it)
 * @param title          optional title supplied by the sender
 * @param sourceUrl      optional address the document was taken from
 * @param publishedDate  optional publication date, the anchor for dates written without a year
 * @param receivedAt     when ingest-service accepted it
 */
public record RawDocumentEvent(
        int schemaVersion,
        String documentId,
        String contentHash,
        String mediaType,
        String text,
        String title,
        String sourceUrl,
        LocalDate publishedDate,
        Instant receivedAt) {

    public static final int SCHEMA_VERSION = 1;
}
