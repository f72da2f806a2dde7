package io.eventlens.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema files document the messages; these tests serialize real messages the way the
 * services do (Jackson with java.time as ISO strings) and validate them, so schema and records
 * cannot drift apart unnoticed.
 */
class MessageSchemasTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private static Schema schema(String name) throws Exception {
        try (InputStream in = MessageSchemasTest.class.getResourceAsStream("/schemas/" + name)) {
            assertThat(in).as("schema resource %s", name).isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    private static RawDocumentEvent rawDocument() {
        String text = "Spring lecture series\nDate: 4 May 2031\n";
        String hash = DocumentIds.contentHash(text);
        return new RawDocumentEvent(RawDocumentEvent.SCHEMA_VERSION, DocumentIds.documentId(hash), hash,
                "text/plain", text, "Spring lectures", "https://example.org/spring", LocalDate.of(2031, 4, 20),
                Instant.parse("2031-04-21T09:30:00.123Z"));
    }

    private static ExtractedRecordsEvent extractedRecords() {
        RawDocumentEvent raw = rawDocument();
        Evidence title = new Evidence(0, 21, "Spring lecture series", 0.9);
        Evidence date = new Evidence(28, 38, "4 May 2031", 0.95);
        Participant speaker = new Participant("Ilona Varga", "Professor of Hydrology", "Northbank Institute",
                ParticipantKind.SPEAKER, 0.8,
                new Participant.ParticipantEvidence(new Evidence(40, 51, "Ilona Varga", 0.8), null, null, null));
        Participant unknownKind = new Participant("Tomas Rell", null, null, null, 0.4, null);
        EventRecord full = new EventRecord("Spring lecture series", "2031-05-04", "2031-05-05", "09:30", "17:00",
                "Harbour Hall", List.of("Northbank Institute"), List.of(speaker, unknownKind), 0.85,
                new EventRecord.EventEvidence(title, date, null, null, List.of(new Evidence(60, 79, "Northbank Institute", 0.7))));
        EventRecord sparse = new EventRecord(null, "2031-06", null, null, null, null, null, null, 0.3, null);
        return new ExtractedRecordsEvent(ExtractedRecordsEvent.SCHEMA_VERSION, raw.documentId(), raw.contentHash(),
                raw.title(), raw.sourceUrl(), raw.receivedAt(), Instant.parse("2031-04-21T09:30:01Z"), "0.1.0",
                "en", List.of("one note"), List.of(full, sparse));
    }

    @Test
    void aSerializedRawDocumentEventMatchesItsSchema() throws Exception {
        JsonNode json = JSON.valueToTree(rawDocument());
        assertThat(schema("raw-document-event.v1.schema.json").validate(json)).isEmpty();
    }

    @Test
    void aRawDocumentEventWithOnlyRequiredValuesMatchesItsSchema() throws Exception {
        RawDocumentEvent r = rawDocument();
        RawDocumentEvent minimal = new RawDocumentEvent(r.schemaVersion(), r.documentId(), r.contentHash(), r.mediaType(),
                r.text(), null, null, null, r.receivedAt());
        assertThat(schema("raw-document-event.v1.schema.json").validate(JSON.valueToTree(minimal))).isEmpty();
    }

    @Test
    void aSerializedExtractedRecordsEventMatchesItsSchema() throws Exception {
        JsonNode json = JSON.valueToTree(extractedRecords());
        assertThat(schema("extracted-records-event.v1.schema.json").validate(json)).isEmpty();
    }

    @Test
    void theSchemaRejectsARawDocumentWithoutTextOrWithAnUndocumentedField() throws Exception {
        Schema schema = schema("raw-document-event.v1.schema.json");
        ObjectNode withoutText = JSON.valueToTree(rawDocument());
        withoutText.remove("text");
        assertThat(schema.validate(withoutText)).extracting(Error::getMessage).anyMatch(m -> m.contains("text"));

        ObjectNode undocumented = JSON.valueToTree(rawDocument());
        undocumented.put("priority", 3);
        assertThat(schema.validate(undocumented)).extracting(Error::getMessage).anyMatch(m -> m.contains("priority"));
    }

    @Test
    void theSchemaRejectsAnEventWithAMalformedDateOrAnUnknownParticipantKind() throws Exception {
        Schema schema = schema("extracted-records-event.v1.schema.json");
        ObjectNode message = JSON.valueToTree(extractedRecords());
        ((ObjectNode) message.get("events").get(0)).put("startDate", "May 4th");
        ((ObjectNode) message.get("events").get(0).get("participants").get(0)).put("kind", "audience");
        List<Error> errors = schema.validate(message);
        assertThat(errors).extracting(Error::getInstanceLocation).map(Object::toString)
                .anyMatch(location -> location.contains("startDate"))
                .anyMatch(location -> location.contains("kind"));
    }
}
