package io.eventlens.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.contract.DocumentIds;
import io.eventlens.contract.Topics;
import io.eventlens.testsupport.ContractSchemas;
import io.eventlens.testsupport.KafkaTestClient;
import io.eventlens.testsupport.KafkaTestResource;
import io.eventlens.testsupport.TestInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ingest-service against a real Kafka broker: what is accepted is on the topic, what is refused is not. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class DocumentSubmissionTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static KafkaTestClient kafka;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient(TestInfrastructure.kafkaBootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    private static String uniqueBulletin() {
        return "Harbour science evening " + UUID.randomUUID() + "\nDate: 12 March 2031\nOrganised by the Tidewater Institute\n";
    }

    @Test
    void plainTextIsPublishedKeyedByItsContentIdAsACloudEventAfterKafkaAcknowledged() throws Exception {
        String text = uniqueBulletin();
        String expectedId = DocumentIds.documentId(DocumentIds.contentHash(text));

        Response response = given().contentType("text/plain; charset=utf-8").body(text)
                .when().post("/api/documents")
                .then().statusCode(202)
                .header("Location", "http://localhost:8083/api/documents/" + expectedId)
                .body("documentId", equalTo(expectedId))
                .body("contentHash", equalTo(DocumentIds.contentHash(text)))
                .body("status", equalTo("ACCEPTED"))
                .extract().response();
        assertThat(response.jsonPath().getString("receivedAt")).isNotBlank();

        ConsumerRecord<String, byte[]> record = kafka.awaitRecord(Topics.RAW_DOCUMENTS, r -> expectedId.equals(r.key()), WAIT);
        assertThat(ContractSchemas.violations(ContractSchemas.RAW_DOCUMENT_EVENT, record.value())).isEmpty();
        JsonNode message = JSON.readTree(record.value());
        assertThat(message.get("text").asText()).isEqualTo(text);
        assertThat(message.get("mediaType").asText()).isEqualTo("text/plain");
        assertThat(KafkaTestClient.header(record, "ce_specversion")).contains("1.0");
        assertThat(KafkaTestClient.header(record, "ce_type")).contains(Topics.RAW_DOCUMENT_EVENT_TYPE);
        assertThat(KafkaTestClient.header(record, "ce_source")).contains("urn:eventlens:ingest-service");
        assertThat(KafkaTestClient.header(record, "ce_subject")).contains(expectedId);
        assertThat(KafkaTestClient.header(record, "ce_id")).isPresent();
    }

    @Test
    void jsonCarriesTitleSourceAndPublicationDateAndTheSameTextKeepsItsId() throws Exception {
        String text = uniqueBulletin();
        String plainId = given().contentType("text/plain").body(text).post("/api/documents")
                .then().statusCode(202).extract().path("documentId");

        Map<String, Object> body = Map.of("text", text, "title", "Harbour evening", "sourceUrl",
                "https://example.org/harbour", "publishedDate", "2031-02-27", "mediaType", "text/markdown");
        String jsonId = given().contentType("application/json").body(JSON.writeValueAsString(body))
                .post("/api/documents").then().statusCode(202).extract().path("documentId");
        assertThat(jsonId).isEqualTo(plainId);

        ConsumerRecord<String, byte[]> record = kafka.awaitRecord(Topics.RAW_DOCUMENTS,
                r -> jsonId.equals(r.key()) && KafkaTestClient.text(r).contains("Harbour evening"), WAIT);
        assertThat(ContractSchemas.violations(ContractSchemas.RAW_DOCUMENT_EVENT, record.value())).isEmpty();
        JsonNode message = JSON.readTree(record.value());
        assertThat(message.get("title").asText()).isEqualTo("Harbour evening");
        assertThat(message.get("sourceUrl").asText()).isEqualTo("https://example.org/harbour");
        assertThat(message.get("publishedDate").asText()).isEqualTo("2031-02-27");
        assertThat(message.get("mediaType").asText()).isEqualTo("text/markdown");
    }

    @Test
    void anEmptyBodyIsRefused() {
        assertRefusedAndNotPublished(() -> given().contentType("text/plain").body(new byte[0]).post("/api/documents"),
                400, "empty-document", "empty");
    }

    @Test
    void aBodyOverTheLimitIsRefused() {
        byte[] tooLarge = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(tooLarge, (byte) 'a');
        assertRefusedAndNotPublished(() -> given().contentType("text/plain").body(tooLarge).post("/api/documents"),
                413, "document-too-large", "1048577 bytes");
    }

    @Test
    void jsonWhoseTextIsOverTheLimitIsRefused() throws Exception {
        String body = JSON.writeValueAsString(Map.of("text", "b".repeat(1024 * 1024 + 10)));
        assertRefusedAndNotPublished(() -> given().contentType("application/json").body(body).post("/api/documents"),
                413, "document-too-large", "at most 1048576");
    }

    @Test
    void anUnsupportedMediaTypeIsRefused() {
        assertRefusedAndNotPublished(() -> given().contentType("application/pdf").body(new byte[] {37, 80, 68, 70})
                .post("/api/documents"), 415, "unsupported-media-type", "application/pdf");
    }

    @Test
    void malformedJsonIsRefused() {
        assertRefusedAndNotPublished(() -> given().contentType("application/json").body("{\"text\": \"unterminated")
                .post("/api/documents"), 400, "malformed-json", "not valid JSON");
    }

    @Test
    void jsonWithoutTextIsRefused() {
        assertRefusedAndNotPublished(() -> given().contentType("application/json").body("{\"title\": \"No body\"}")
                .post("/api/documents"), 400, "missing-text", "\"text\"");
    }

    @Test
    void anInvalidPublicationDateIsRefused() {
        assertRefusedAndNotPublished(() -> given().contentType("application/json")
                .body("{\"text\": \"Poetry night\", \"publishedDate\": \"31/12/2030\"}")
                .post("/api/documents"), 400, "invalid-field", "publishedDate");
    }

    @Test
    void readinessReportsKafkaUp() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200);
    }

    /**
     * The refused request gets a problem+json naming the problem, and nothing reaches the topic:
     * after it, a good document is posted, and it must be the first record behind the refused one.
     */
    private static void assertRefusedAndNotPublished(java.util.function.Supplier<Response> request, int status,
            String problemSlug, String detailMentions) {
        Map<TopicPartition, Long> before = kafka.endOffsets(Topics.RAW_DOCUMENTS);

        request.get().then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:eventlens:problem:" + problemSlug))
                .body("title", matchesPattern(".+"))
                .body("status", equalTo(status))
                .body("detail", org.hamcrest.Matchers.containsString(detailMentions))
                .body("instance", equalTo("/api/documents"));

        String sentinel = given().contentType("text/plain").body(uniqueBulletin()).post("/api/documents")
                .then().statusCode(202).extract().path("documentId");
        List<ConsumerRecord<String, byte[]>> published = kafka.recordsUntil(Topics.RAW_DOCUMENTS, before,
                r -> sentinel.equals(r.key()), WAIT);
        assertThat(published).extracting(ConsumerRecord::key).containsOnly(sentinel);
    }
}
