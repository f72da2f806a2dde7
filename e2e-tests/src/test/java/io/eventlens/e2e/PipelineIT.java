package io.eventlens.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.contract.DocumentIds;
import io.eventlens.testsupport.Database;
import io.eventlens.testsupport.KafkaBroker;
import io.eventlens.testsupport.ServiceProcess;
import io.eventlens.testsupport.TestInfrastructure;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline for real: a Kafka broker and PostgreSQL (test-support, or the environment's),
 * the three packaged services as separate processes, a bulletin posted to ingest-service and its
 * records read back from query-service.
 *
 * <p>The engine's accuracy is tested elsewhere and improves over time, so this test asserts the
 * pipeline's guarantees (status, linkage, stable ids, no duplicates, values traceable to the text)
 * rather than a fixed list of events.
 */
class PipelineIT {

    private static final Duration READY = Duration.ofMinutes(3);
    private static final Duration PROCESSED_WITHIN = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The dates the bulletin mentions: any extracted date must be one of them. */
    private static final Set<String> BULLETIN_DATES = Set.of("2032-04", "2032-04-08", "2032-04-09", "2032-04-16",
            "2032-04-25");

    private static final List<ServiceProcess> services = new ArrayList<>();
    private static ServiceProcess ingest;
    private static ServiceProcess query;
    private static String bulletin;

    @BeforeAll
    static void startPipeline() throws IOException {
        try (InputStream in = PipelineIT.class.getResourceAsStream("/bulletin-e2e.txt")) {
            bulletin = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path root = Path.of(System.getProperty("eventlens.root", "..")).toAbsolutePath().normalize();
        Path logs = Path.of(System.getProperty("eventlens.e2e.logs", "target/e2e-logs"));
        String kafka = TestInfrastructure.kafkaBootstrapServers();
        Database db = TestInfrastructure.database();
        List<String> jvm = List.of("-Xmx384m", "-XX:+UseSerialGC");

        int queryPort = KafkaBroker.freePort();
        query = ServiceProcess.start("query-service", root.resolve("query-service"), queryPort, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka,
                "QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME", db.username(),
                "QUARKUS_DATASOURCE_PASSWORD", db.password()), jvm, logs.resolve("query-service.log"));
        services.add(query);
        services.add(ServiceProcess.start("enrich-service", root.resolve("enrich-service"), KafkaBroker.freePort(),
                Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka), jvm, logs.resolve("enrich-service.log")));
        ingest = ServiceProcess.start("ingest-service", root.resolve("ingest-service"), KafkaBroker.freePort(), Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka,
                "EVENTLENS_STATUS_BASE_URL", query.baseUrl()), jvm, logs.resolve("ingest-service.log"));
        services.add(ingest);
        for (ServiceProcess service : services) {
            service.awaitReady(READY);
        }
    }

    @AfterAll
    static void stopPipeline() {
        services.forEach(ServiceProcess::close);
    }

    /** The bulletin, made unique so a broker or database that outlives the test never already knows it. */
    private static String uniqueBulletin() {
        return bulletin + "\nNewsletter reference: " + UUID.randomUUID() + "\n";
    }

    @Test
    void aBulletinPostedToIngestBecomesQueryableEventRecords() throws Exception {
        String text = uniqueBulletin();
        HttpResponse<String> accepted = post("text/plain; charset=utf-8", text);
        assertThat(accepted.statusCode()).isEqualTo(202);
        String id = JSON.readTree(accepted.body()).get("documentId").asText();
        assertThat(id).isEqualTo(DocumentIds.documentId(DocumentIds.contentHash(text)));
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo(query.baseUrl() + "/api/documents/" + id);

        JsonNode status = awaitProcessed(location, 1);
        assertThat(status.get("contentHash").asText()).isEqualTo(DocumentIds.contentHash(text));
        assertThat(status.get("engineVersion").asText()).isNotBlank();
        assertThat(status.get("language").asText()).isNotBlank();

        JsonNode events = get(query.baseUrl() + "/api/documents/" + id + "/events");
        assertThat(events.size()).isEqualTo(status.get("eventCount").asInt());
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            assertThat(event.get("id").asText()).isEqualTo(DocumentIds.eventId(id, i + 1));
            assertThat(event.get("documentId").asText()).isEqualTo(id);
            if (!event.get("startDate").isNull()) {
                assertThat(BULLETIN_DATES).contains(event.get("startDate").asText());
            }
            event.get("organizers").forEach(organizer -> assertThat(text).contains(organizer.asText()));
            event.get("participants").forEach(p -> {
                if (!p.get("name").isNull()) {
                    assertThat(text).contains(p.get("name").asText());
                }
            });
            JsonNode single = get(query.baseUrl() + "/api/events/" + event.get("id").asText());
            assertThat(single.get("title")).isEqualTo(event.get("title"));
        }
    }

    @Test
    void theSameBulletinPostedTwiceIsRecognisedAndNotDuplicated() throws Exception {
        String text = uniqueBulletin();
        String body = JSON.writeValueAsString(Map.of("text", text, "title", "Brightwell Valley Newsletter"));
        HttpResponse<String> first = post("application/json", body);
        assertThat(first.statusCode()).isEqualTo(202);
        String id = JSON.readTree(first.body()).get("documentId").asText();
        String location = first.headers().firstValue("Location").orElseThrow();
        JsonNode firstStatus = awaitProcessed(location, 1);
        assertThat(firstStatus.get("title").asText()).isEqualTo("Brightwell Valley Newsletter");
        List<String> firstIds = ids(get(query.baseUrl() + "/api/documents/" + id + "/events"));

        HttpResponse<String> second = post("text/plain", text);
        assertThat(second.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(second.body()).get("documentId").asText()).isEqualTo(id);
        Instant secondReceived = Instant.parse(JSON.readTree(second.body()).get("receivedAt").asText());

        JsonNode secondStatus = await().atMost(PROCESSED_WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> get(location), s -> s != null && s.get("timesReceived").asInt() == 2
                        && "PROCESSED".equals(s.get("status").asText())
                        && !Instant.parse(s.get("lastReceivedAt").asText()).isBefore(secondReceived));
        assertThat(secondStatus.get("eventCount").asInt()).isEqualTo(firstIds.size());
        List<String> secondIds = ids(get(query.baseUrl() + "/api/documents/" + id + "/events"));
        assertThat(secondIds).doesNotHaveDuplicates().containsExactlyElementsOf(firstIds);
    }

    private static JsonNode awaitProcessed(String location, int timesReceived) {
        return await().atMost(PROCESSED_WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> get(location), s -> s != null && "PROCESSED".equals(s.get("status").asText())
                        && s.get("timesReceived").asInt() == timesReceived);
    }

    private static List<String> ids(JsonNode events) {
        List<String> ids = new ArrayList<>();
        events.forEach(e -> ids.add(e.get("id").asText()));
        return ids;
    }

    private static HttpResponse<String> post(String contentType, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ingest.baseUrl() + "/api/documents"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The JSON at {@code url}, or null while it answers 404 (not known yet). */
    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return null;
        }
        assertThat(response.statusCode()).as("GET %s: %s", url, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
