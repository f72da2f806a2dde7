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
 * <p>The pipeline's guarantees (status, linkage, stable ids, no duplicates, values traceable to the
 * text) are asserted on every record, and the bulletin's three events (our own text, hard-wrapped
 * like a newsletter pasted from an e-mail) by what it states: their titles, dates, an organiser each,
 * and a participant with role and kind.
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

        // the bulletin describes three events under three headings, each read on its own
        assertThat(events.size()).isEqualTo(3);
        assertThat(List.of(events.get(0).get("title").asText(), events.get(1).get("title").asText(),
                events.get(2).get("title").asText())).containsExactly("Water Stewardship Conference",
                        "Workshop on Community Orchards", "Evening Lecture: Stars over the Valley");
        assertThat(List.of(events.get(0).get("startDate").asText(), events.get(1).get("startDate").asText(),
                events.get(2).get("startDate").asText())).containsExactly("2032-04-08", "2032-04-16", "2032-04-25");
        assertThat(events.get(0).get("endDate").asText()).isEqualTo("2032-04-09");
        assertThat(texts(events.get(0).get("organizers"))).contains("Brightwell Valley Water Authority",
                "Institute of Upland Hydrology");
        assertThat(texts(events.get(1).get("organizers"))).containsExactly("Centre for Rural Heritage");
        assertThat(texts(events.get(2).get("organizers"))).containsExactly("Eastmere University");
        JsonNode keynote = participant(events.get(0), "Imogen Tarrow");
        assertThat(keynote.get("role").asText()).isEqualTo("Director General");
        assertThat(keynote.get("organization").asText()).isEqualTo("Brightwell Valley Water Authority");
        assertThat(keynote.get("kind").asText()).isEqualTo("keynote");
        assertThat(participant(events.get(0), "Declan Harrowgate").get("kind").asText()).isEqualTo("moderator");
        JsonNode speaker = participant(events.get(1), "Maren Oakhurst");
        assertThat(speaker.get("role").asText()).isEqualTo("Senior Fellow");
        assertThat(speaker.get("kind").asText()).isEqualTo("speaker");
        // one person at two events: at each with the role the text gives there
        assertThat(participant(events.get(2), "Yusuf Almeric").get("role").asText()).isEqualTo("Chair of Astrophysics");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    /** The participant of {@code event} named {@code name}; fails when there is none. */
    private static JsonNode participant(JsonNode event, String name) {
        for (JsonNode p : event.get("participants")) {
            if (name.equals(p.get("name").asText())) {
                return p;
            }
        }
        throw new AssertionError("no participant " + name + " in " + event.get("title") + ": " + event.get("participants"));
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
