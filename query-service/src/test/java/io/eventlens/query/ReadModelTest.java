package io.eventlens.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.eventlens.contract.DocumentIds;
import io.eventlens.contract.EventRecord;
import io.eventlens.contract.Evidence;
import io.eventlens.contract.ExtractedRecordsEvent;
import io.eventlens.contract.Participant;
import io.eventlens.contract.ParticipantKind;
import io.eventlens.contract.RawDocumentEvent;
import io.eventlens.contract.Topics;
import io.eventlens.testsupport.KafkaTestClient;
import io.eventlens.testsupport.KafkaTestResource;
import io.eventlens.testsupport.PostgresTestResource;
import io.eventlens.testsupport.TestInfrastructure;
import io.eventlens.testsupport.TestMessages;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * query-service on a real broker and a real PostgreSQL: this test plays ingest and enrich (it
 * publishes their messages) and reads the result back over HTTP.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ReadModelTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static KafkaTestClient kafka;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient(TestInfrastructure.kafkaBootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    // --- messages as the other services write them -------------------------------------------

    private static RawDocumentEvent document() {
        return TestMessages.rawDocument("Garden lecture series " + UUID.randomUUID());
    }

    private static EventRecord event(String title, String startDate, String organizer, String speaker) {
        Participant participant = new Participant(speaker, "Curator", "Fernhill Herbarium", ParticipantKind.SPEAKER, 0.8,
                new Participant.ParticipantEvidence(new Evidence(10, 10 + speaker.length(), speaker, 0.8), null, null, null));
        return new EventRecord(title, startDate, null, "18:30", "20:00", "Glasshouse Hall", List.of(organizer),
                List.of(participant), 0.7, new EventRecord.EventEvidence(new Evidence(0, title.length(), title, 0.9),
                        null, null, null, List.of()));
    }

    private static ExtractedRecordsEvent extraction(RawDocumentEvent document, Instant receivedAt, Instant extractedAt,
            List<EventRecord> events) {
        return new ExtractedRecordsEvent(ExtractedRecordsEvent.SCHEMA_VERSION, document.documentId(),
                document.contentHash(), "Garden lectures", null, receivedAt, extractedAt, "test", "en",
                List.of(), events);
    }

    private static void publish(ExtractedRecordsEvent extraction) {
        // One partition for every test message, so "processed after X" can be awaited.
        kafka.send(Topics.EXTRACTED_RECORDS, 0, extraction.documentId(), TestMessages.bytes(extraction), Map.of());
    }

    /** Publishes an unrelated document's records behind everything sent so far and waits for it. */
    private static void awaitEverythingSentSoFar() {
        RawDocumentEvent marker = document();
        publish(extraction(marker, marker.receivedAt(), marker.receivedAt(), List.of()));
        awaitStatus(marker.documentId(), "PROCESSED");
    }

    private static JsonPath awaitStatus(String documentId, String status) {
        return await().atMost(WAIT).until(() -> {
            var response = given().get("/api/documents/" + documentId);
            return response.statusCode() == 200 ? response.jsonPath() : null;
        }, json -> json != null && status.equals(json.getString("status")));
    }

    // --- materialization ---------------------------------------------------------------------

    @Test
    void extractedRecordsBecomeEventsWithStableIdsOrganizersAndParticipants() {
        RawDocumentEvent document = document();
        Instant at = document.receivedAt();
        publish(extraction(document, at, at.plusSeconds(1), List.of(
                event("Seed saving workshop", "2031-04-12", "Fernhill Herbarium", "Oona Haverley"),
                event("Mosses of the north wall", "2031-04-19", "Fernhill Herbarium", "Bram Tellegen"))));

        JsonPath status = awaitStatus(document.documentId(), "PROCESSED");
        assertThat(status.getInt("eventCount")).isEqualTo(2);
        assertThat(status.getString("contentHash")).isEqualTo(document.contentHash());
        assertThat(status.getString("engineVersion")).isEqualTo("test");

        JsonPath events = given().get("/api/documents/" + document.documentId() + "/events")
                .then().statusCode(200).extract().jsonPath();
        assertThat(events.getList("id")).containsExactly(DocumentIds.eventId(document.documentId(), 1),
                DocumentIds.eventId(document.documentId(), 2));
        assertThat(events.getList("title")).containsExactly("Seed saving workshop", "Mosses of the north wall");
        assertThat(events.getList("organizers[0]")).containsExactly("Fernhill Herbarium");
        assertThat(events.getString("participants[0][0].name")).isEqualTo("Oona Haverley");
        assertThat(events.getString("participants[0][0].kind")).isEqualTo("speaker");
        assertThat(events.getString("participants[0][0].organization")).isEqualTo("Fernhill Herbarium");
        assertThat(events.getInt("participants[0][0].evidence.name.start")).isEqualTo(10);

        given().get("/api/events/" + DocumentIds.eventId(document.documentId(), 2)).then().statusCode(200)
                .body("title", equalTo("Mosses of the north wall"))
                .body("startDate", equalTo("2031-04-19"))
                .body("startTime", equalTo("18:30"))
                .body("documentId", equalTo(document.documentId()));
    }

    @Test
    void aNewerExtractionReplacesTheEventsAndAnOlderOrRedeliveredOneChangesNothing() {
        RawDocumentEvent document = document();
        Instant first = document.receivedAt();
        Instant second = first.plusSeconds(60);
        ExtractedRecordsEvent older = extraction(document, first, first.plusSeconds(1), List.of(
                event("Old title A", "2031-05-01", "Fernhill Herbarium", "Oona Haverley"),
                event("Old title B", "2031-05-02", "Fernhill Herbarium", "Bram Tellegen")));
        ExtractedRecordsEvent newer = extraction(document, second, second.plusSeconds(1), List.of(
                event("New title", "2031-05-01", "Fernhill Herbarium", "Oona Haverley")));

        publish(older);
        awaitStatus(document.documentId(), "PROCESSED");
        publish(newer);
        publish(newer);  // redelivery
        publish(older);  // a late, older extraction
        awaitEverythingSentSoFar();

        JsonPath status = given().get("/api/documents/" + document.documentId()).then().statusCode(200).extract().jsonPath();
        assertThat(status.getString("status")).isEqualTo("PROCESSED");
        assertThat(status.getInt("eventCount")).isEqualTo(1);
        JsonPath events = given().get("/api/documents/" + document.documentId() + "/events").then().extract().jsonPath();
        assertThat(events.getList("title")).containsExactly("New title");
        assertThat(events.getList("id")).containsExactly(DocumentIds.eventId(document.documentId(), 1));
        assertThat(events.getList("participants[0].name")).containsExactly("Oona Haverley");
    }

    // --- document status ---------------------------------------------------------------------

    @Test
    void aReceivedDocumentIsPendingCountsItsPostsAndBecomesProcessed() {
        RawDocumentEvent document = document();
        kafka.send(Topics.RAW_DOCUMENTS, document.documentId(), TestMessages.bytes(document), Map.of());
        JsonPath pending = awaitStatus(document.documentId(), "PENDING");
        assertThat(pending.getLong("timesReceived")).isEqualTo(1);
        assertThat(pending.getString("firstReceivedAt")).isNotNull();

        Instant again = document.receivedAt().plusSeconds(5);
        RawDocumentEvent repost = new RawDocumentEvent(document.schemaVersion(), document.documentId(),
                document.contentHash(), document.mediaType(), document.text(), null, null, null, again);
        kafka.send(Topics.RAW_DOCUMENTS, document.documentId(), TestMessages.bytes(repost), Map.of());
        await().atMost(WAIT).until(() -> given().get("/api/documents/" + document.documentId()).jsonPath()
                .getLong("timesReceived") == 2);

        publish(extraction(document, document.receivedAt(), again, List.of()));
        awaitEverythingSentSoFar();
        // The first post's extraction is stored, but a newer post is still on its way.
        assertThat(given().get("/api/documents/" + document.documentId()).jsonPath().getString("status"))
                .isEqualTo("PENDING");
        publish(extraction(document, again, again.plusSeconds(1), List.of()));
        awaitStatus(document.documentId(), "PROCESSED");
    }

    @Test
    void aDeadLetteredDocumentIsFailedWithTheReason() {
        RawDocumentEvent document = document();
        kafka.send(Topics.RAW_DOCUMENTS_DEAD_LETTERS, document.documentId(), TestMessages.bytes(document),
                Map.of("dead-letter-reason", "the extraction engine failed: simulated"));
        JsonPath failed = awaitStatus(document.documentId(), "FAILED");
        assertThat(failed.getString("failureReason")).contains("the extraction engine failed: simulated");
    }

    @Test
    void anInvalidExtractedRecordsMessageIsDeadLetteredAndTheNextOneStored() {
        String key = DocumentIds.documentId(DocumentIds.contentHash(UUID.randomUUID().toString()));
        kafka.send(Topics.EXTRACTED_RECORDS, 0, key, "{\"schemaVersion\": 1, \"documentId\": 42}".getBytes(), Map.of());
        awaitEverythingSentSoFar();
        ConsumerRecord<String, byte[]> dead = kafka.awaitRecord(Topics.EXTRACTED_RECORDS_DEAD_LETTERS,
                r -> key.equals(r.key()), WAIT);
        assertThat(KafkaTestClient.header(dead, "dead-letter-reason")).hasValueSatisfying(
                reason -> assertThat(reason).contains("documentId"));
        awaitStatus(key, "FAILED");
    }

    // --- listing and filters -----------------------------------------------------------------

    @Test
    void eventsAreListedNewestFirstFilteredByDateRangeAndOrganizerAndPaged() {
        String society = "Lanternfield Society " + UUID.randomUUID();
        RawDocumentEvent document = document();
        publish(extraction(document, document.receivedAt(), document.receivedAt(), List.of(
                event("March talk", "2031-03-10", society, "Ada Pemberly"),
                event("Summer fair", "2031-07-01", society, "Ada Pemberly"),
                event("May festival", "2031-05", society, "Ada Pemberly"),
                event("Undated meeting", null, society, "Ada Pemberly"),
                event("Another club", "2031-05-20", "Unrelated Club " + UUID.randomUUID(), "Ada Pemberly"))));
        awaitStatus(document.documentId(), "PROCESSED");

        String organizer = society.substring("Lanternfield ".length()).toUpperCase();
        given().queryParam("organizer", organizer).get("/api/events").then().statusCode(200)
                .body("totalItems", equalTo(4))
                .body("items.title", equalTo(List.of("Summer fair", "May festival", "March talk", "Undated meeting")));

        given().queryParam("organizer", organizer).queryParam("from", "2031-04-01").queryParam("to", "2031-06-30")
                .get("/api/events").then().statusCode(200)
                .body("items.title", equalTo(List.of("May festival")));

        given().queryParam("organizer", organizer).queryParam("from", "2031-05-31")
                .get("/api/events").then().statusCode(200)
                .body("items.title", equalTo(List.of("Summer fair", "May festival")));

        given().queryParam("organizer", organizer).queryParam("size", 2).queryParam("page", 1)
                .get("/api/events").then().statusCode(200)
                .body("items.title", equalTo(List.of("March talk", "Undated meeting")))
                .body("page", equalTo(1)).body("size", equalTo(2)).body("totalPages", equalTo(2));

        given().queryParam("organizer", "100%_" + UUID.randomUUID()).get("/api/events").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void badParametersAndUnknownIdsAreProblems() {
        assertProblem("/api/events?size=0", 400, "invalid-parameter", "size");
        assertProblem("/api/events?size=101", 400, "invalid-parameter", "size");
        assertProblem("/api/events?page=-1", 400, "invalid-parameter", "page");
        assertProblem("/api/events?page=two", 400, "invalid-parameter", "page");
        assertProblem("/api/events?from=12/03/2031", 400, "invalid-parameter", "from");
        assertProblem("/api/events?from=2031-05-01&to=2031-04-01", 400, "invalid-parameter", "after");
        assertProblem("/api/events/not-an-id", 400, "invalid-event-id", "not-an-id");
        String unknown = DocumentIds.documentId(DocumentIds.contentHash(UUID.randomUUID().toString()));
        assertProblem("/api/events/" + unknown + "-001", 404, "event-not-found", unknown);
        assertProblem("/api/documents/" + unknown, 404, "document-not-found", unknown);
        assertProblem("/api/documents/" + unknown + "/events", 404, "document-not-found", unknown);
        assertProblem("/api/documents/NOT-AN-ID", 400, "invalid-document-id", "NOT-AN-ID");
    }

    @Test
    void readinessReportsKafkaAndTheDatabaseUp() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    private static void assertProblem(String path, int status, String slug, String detailMentions) {
        given().get(path).then().statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:eventlens:problem:" + slug))
                .body("status", equalTo(status))
                .body("title", org.hamcrest.Matchers.notNullValue())
                .body("detail", containsString(detailMentions))
                .body("instance", equalTo(path.replaceAll("\\?.*", "")));
    }

    @SuppressWarnings("unused")
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
