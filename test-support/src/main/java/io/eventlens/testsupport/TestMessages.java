package io.eventlens.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.eventlens.contract.DocumentIds;
import io.eventlens.contract.RawDocumentEvent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Messages as the services write them (java.time as ISO strings), for tests that play a service's part. */
public final class TestMessages {

    public static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private TestMessages() {
    }

    /** A raw document as ingest-service would publish it for {@code text}, received now. */
    public static RawDocumentEvent rawDocument(String text) {
        String hash = DocumentIds.contentHash(text);
        return new RawDocumentEvent(RawDocumentEvent.SCHEMA_VERSION, DocumentIds.documentId(hash), hash, "text/plain",
                text, null, null, null, Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    public static byte[] bytes(Object message) {
        try {
            return JSON.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialize " + message, e);
        }
    }
}
