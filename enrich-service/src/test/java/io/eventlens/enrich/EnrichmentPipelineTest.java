package io.eventlens.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventlens.contract.RawDocumentEvent;
import io.eventlens.contract.Topics;
import io.eventlens.testsupport.ContractSchemas;
import io.eventlens.testsupport.KafkaTestClient;
import io.eventlens.testsupport.KafkaTestResource;
import io.eventlens.testsupport.TestInfrastructure;
import io.eventlens.testsupport.TestMessages;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** enrich-service on a real broker: documents in, records out; bad messages to the dead-letter topic. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class EnrichmentPipelineTest {

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

    private static RawDocumentEvent bulletin() {
        return TestMessages.rawDocument("Coastal Ecology Workshop " + UUID.randomUUID()
                + "\n\nOn 14 April 2031 the Marram Dunes Trust held a workshop on shoreline plants.\n"
                + "Dr. Petra Quillon, Senior Botanist, Marram Dunes Trust, opened the session.\n");
    }

    @Test
    void aRawDocumentBecomesAnExtractedRecordsMessageKeyedByItsId() throws Exception {
        RawDocumentEvent document = bulletin();
        kafka.send(Topics.RAW_DOCUMENTS, document.documentId(), TestMessages.bytes(document), Map.of());

        ConsumerRecord<String, byte[]> out = kafka.awaitRecord(Topics.EXTRACTED_RECORDS,
                r -> document.documentId().equals(r.key()), WAIT);
        assertThat(ContractSchemas.violations(ContractSchemas.EXTRACTED_RECORDS_EVENT, out.value())).isEmpty();
        JsonNode message = TestMessages.JSON.readTree(out.value());
        assertThat(message.get("documentId").asText()).isEqualTo(document.documentId());
        assertThat(message.get("contentHash").asText()).isEqualTo(document.contentHash());
        assertThat(Instant(message.get("receivedAt").asText())).isEqualTo(document.receivedAt());
        assertThat(message.get("engineVersion").asText()).isNotBlank();
        assertThat(message.get("events").isArray()).isTrue();
        assertThat(KafkaTestClient.header(out, "ce_type")).contains(Topics.EXTRACTED_RECORDS_EVENT_TYPE);
        assertThat(KafkaTestClient.header(out, "ce_subject")).contains(document.documentId());
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicWithItsReasonAndTheNextMessageOnThePartitionIsProcessed() {
        String poisonKey = "poison-" + UUID.randomUUID();
        RawDocumentEvent good = bulletin();
        // Same partition, poison first: the partition must not stop at it.
        kafka.send(Topics.RAW_DOCUMENTS, 0, poisonKey, "this is not a document".getBytes(StandardCharsets.UTF_8), Map.of());
        kafka.send(Topics.RAW_DOCUMENTS, 0, good.documentId(), TestMessages.bytes(good), Map.of());

        ConsumerRecord<String, byte[]> dead = kafka.awaitRecord(Topics.RAW_DOCUMENTS_DEAD_LETTERS,
                r -> poisonKey.equals(r.key()), WAIT);
        assertThat(KafkaTestClient.header(dead, "dead-letter-reason")).hasValueSatisfying(
                reason -> assertThat(reason).contains("not a valid RawDocumentEvent").contains("not JSON"));
        assertThat(KafkaTestClient.header(dead, "dead-letter-topic")).contains(Topics.RAW_DOCUMENTS);
        assertThat(KafkaTestClient.header(dead, "dead-letter-partition")).contains("0");
        assertThat(KafkaTestClient.text(dead)).isEqualTo("this is not a document");

        kafka.awaitRecord(Topics.EXTRACTED_RECORDS, r -> good.documentId().equals(r.key()), WAIT);
    }

    @Test
    void aDocumentOfAnUnknownSchemaVersionOrWhoseIdDoesNotMatchItsTextIsDeadLettered() {
        RawDocumentEvent document = bulletin();
        ObjectNode future = TestMessages.JSON.valueToTree(document);
        future.put("schemaVersion", 2);
        kafka.send(Topics.RAW_DOCUMENTS, document.documentId(), TestMessages.bytes(future), Map.of());

        RawDocumentEvent other = bulletin();
        ObjectNode forged = TestMessages.JSON.valueToTree(other);
        forged.put("text", other.text() + " altered");
        kafka.send(Topics.RAW_DOCUMENTS, other.documentId(), TestMessages.bytes(forged), Map.of());

        ConsumerRecord<String, byte[]> versionDead = kafka.awaitRecord(Topics.RAW_DOCUMENTS_DEAD_LETTERS,
                r -> document.documentId().equals(r.key()), WAIT);
        assertThat(KafkaTestClient.header(versionDead, "dead-letter-reason")).hasValueSatisfying(
                reason -> assertThat(reason).contains("schemaVersion 2"));
        ConsumerRecord<String, byte[]> forgedDead = kafka.awaitRecord(Topics.RAW_DOCUMENTS_DEAD_LETTERS,
                r -> other.documentId().equals(r.key()), WAIT);
        assertThat(KafkaTestClient.header(forgedDead, "dead-letter-reason")).hasValueSatisfying(
                reason -> assertThat(reason).contains("do not match the text"));
    }

    private static java.time.Instant Instant(String iso) {
        return java.time.Instant.parse(iso);
    }
}
