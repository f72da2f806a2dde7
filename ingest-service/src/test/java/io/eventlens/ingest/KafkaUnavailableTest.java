package io.eventlens.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.eventlens.testsupport.KafkaBroker;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With no broker behind kafka.bootstrap.servers, a document is never falsely accepted. */
@QuarkusTest
@TestProfile(KafkaUnavailableTest.NoBroker.class)
class KafkaUnavailableTest {

    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    // A port nothing listens on.
                    Map.entry("kafka.bootstrap.servers", "127.0.0.1:" + KafkaBroker.freePort()),
                    Map.entry("eventlens.topics.create", "false"),
                    Map.entry("eventlens.ingest.publish-timeout", "4s"),
                    Map.entry("mp.messaging.outgoing.raw-documents.max.block.ms", "1500"),
                    Map.entry("mp.messaging.outgoing.raw-documents.request.timeout.ms", "1500"),
                    Map.entry("mp.messaging.outgoing.raw-documents.delivery.timeout.ms", "2000"));
        }
    }

    @Test
    void aDocumentIsAnswered503WhenKafkaDoesNotAcknowledge() {
        given().contentType("text/plain").body("Night walk through the botanical garden, 3 June 2031")
                .when().post("/api/documents")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:eventlens:problem:pipeline-unavailable"))
                .body("status", equalTo(503))
                .body("detail", containsString("not accepted"));
    }

    @Test
    void readinessReportsKafkaDown() {
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
    }
}
