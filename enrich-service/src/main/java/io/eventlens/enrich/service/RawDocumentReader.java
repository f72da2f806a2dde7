package io.eventlens.enrich.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.contract.DocumentIds;
import io.eventlens.contract.RawDocumentEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;

/**
 * Reads a raw-documents record value into a {@link RawDocumentEvent} and checks what the rest of
 * the pipeline relies on; anything else is an {@link InvalidDocumentException} naming the defect.
 */
@ApplicationScoped
public class RawDocumentReader {

    @Inject
    ObjectMapper json;

    public RawDocumentEvent read(String key, byte[] value) {
        if (value == null || value.length == 0) {
            throw new InvalidDocumentException("the record has no value");
        }
        JsonNode node;
        try {
            node = json.readTree(value);
        } catch (IOException e) {
            throw new InvalidDocumentException("the value is not JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (node == null || !node.isObject()) {
            throw new InvalidDocumentException("the value is not a JSON object");
        }
        int version = node.path("schemaVersion").asInt(-1);
        if (version != RawDocumentEvent.SCHEMA_VERSION) {
            throw new InvalidDocumentException("schemaVersion " + node.path("schemaVersion")
                    + " is not supported (this service reads version " + RawDocumentEvent.SCHEMA_VERSION + ")");
        }
        RawDocumentEvent event;
        try {
            event = json.treeToValue(node, RawDocumentEvent.class);
        } catch (IOException e) {
            throw new InvalidDocumentException("the value is not a RawDocumentEvent: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (event.text() == null || event.text().isBlank()) {
            throw new InvalidDocumentException("the document has no text");
        }
        if (event.receivedAt() == null) {
            throw new InvalidDocumentException("the document has no receivedAt");
        }
        String hash = DocumentIds.contentHash(event.text());
        if (!hash.equals(event.contentHash()) || !DocumentIds.documentId(hash).equals(event.documentId())) {
            throw new InvalidDocumentException("documentId " + event.documentId() + " / contentHash " + event.contentHash()
                    + " do not match the text (expected " + DocumentIds.documentId(hash) + ")");
        }
        if (key != null && !key.equals(event.documentId())) {
            throw new InvalidDocumentException("the record key " + key + " is not the documentId " + event.documentId());
        }
        return event;
    }
}
