package io.eventlens.query.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.contract.DocumentIds;
import io.eventlens.contract.ExtractedRecordsEvent;
import io.eventlens.contract.RawDocumentEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads the messages query-service consumes, refusing those that break the contract. */
@ApplicationScoped
public class MessageReader {

    @Inject
    ObjectMapper json;

    public ExtractedRecordsEvent extracted(byte[] value) {
        JsonNode node = tree(value);
        int version = node.path("schemaVersion").asInt(-1);
        if (version != ExtractedRecordsEvent.SCHEMA_VERSION) {
            throw new InvalidMessageException("schemaVersion " + node.path("schemaVersion")
                    + " is not supported (this service reads version " + ExtractedRecordsEvent.SCHEMA_VERSION + ")");
        }
        ExtractedRecordsEvent event;
        try {
            event = json.treeToValue(node, ExtractedRecordsEvent.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidMessageException("not an ExtractedRecordsEvent: " + firstLine(e), e);
        }
        if (event.documentId() == null || !DocumentIds.DOCUMENT_ID.matcher(event.documentId()).matches()) {
            throw new InvalidMessageException("documentId " + event.documentId() + " is not a document id");
        }
        if (event.receivedAt() == null || event.extractedAt() == null || event.contentHash() == null) {
            throw new InvalidMessageException("receivedAt, extractedAt and contentHash are required");
        }
        return event;
    }

    /** The metadata of a raw document (its text is not kept here). */
    public ReceivedDocument received(byte[] value) {
        JsonNode node = tree(value);
        if (node.path("schemaVersion").asInt(-1) != RawDocumentEvent.SCHEMA_VERSION) {
            throw new InvalidMessageException("schemaVersion " + node.path("schemaVersion") + " is not supported");
        }
        String id = node.path("documentId").asText(null);
        if (id == null || !DocumentIds.DOCUMENT_ID.matcher(id).matches()) {
            throw new InvalidMessageException("documentId " + id + " is not a document id");
        }
        return new ReceivedDocument(id, node.path("contentHash").asText(null), node.path("mediaType").asText(null),
                node.path("title").asText(null), node.path("sourceUrl").asText(null), instant(node, "receivedAt"));
    }

    private static Instant instant(JsonNode node, String field) {
        try {
            return Instant.parse(node.path(field).asText(""));
        } catch (DateTimeParseException e) {
            throw new InvalidMessageException(field + " is not an ISO 8601 instant: " + node.path(field));
        }
    }

    private JsonNode tree(byte[] value) {
        if (value == null || value.length == 0) {
            throw new InvalidMessageException("the record has no value");
        }
        try {
            JsonNode node = json.readTree(value);
            if (node == null || !node.isObject()) {
                throw new InvalidMessageException("the value is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new InvalidMessageException("the value is not JSON: " + firstLine(e), e);
        }
    }

    private static String firstLine(Exception e) {
        return e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
    }
}
