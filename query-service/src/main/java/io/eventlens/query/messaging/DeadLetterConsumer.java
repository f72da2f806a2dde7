package io.eventlens.query.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.contract.DocumentIds;
import io.eventlens.query.service.ReadModelWriter;
import io.eventlens.query.service.TransientFailures;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads both dead-letter topics and marks the document FAILED with the reason, so its status
 * resource tells the client what happened instead of staying PENDING forever.
 */
@ApplicationScoped
public class DeadLetterConsumer {

    private static final Logger LOG = Logger.getLogger(DeadLetterConsumer.class);

    @Inject
    ReadModelWriter writer;

    @Inject
    ObjectMapper json;

    @Incoming("dead-letters")
    @Blocking
    public void onDeadLetter(ConsumerRecord<String, byte[]> record) {
        String key = record.key();
        String reason = header(record, "dead-letter-reason");
        String message = (reason == null ? "unknown reason" : reason) + " (dead letter " + record.topic() + "/"
                + record.partition() + "@" + record.offset() + ")";
        if (key == null || !DocumentIds.DOCUMENT_ID.matcher(key).matches()) {
            LOG.warnf("dead letter %s/%d@%d has no document id as key (%s); nothing to mark: %s", record.topic(),
                    record.partition(), record.offset(), key, message);
            return;
        }
        String contentHash = null;
        Instant receivedAt = Instant.ofEpochMilli(record.timestamp());
        try {
            JsonNode node = json.readTree(record.value());
            if (node != null && node.hasNonNull("receivedAt")) {
                receivedAt = Instant.parse(node.get("receivedAt").asText());
                contentHash = node.path("contentHash").asText(null);
            }
        } catch (Exception unreadable) {
            // A poison message: the record's own timestamp stands for when it was sent.
        }
        Instant at = receivedAt;
        String hash = contentHash;
        ReadModelWriter.Outcome outcome = TransientFailures.retry("marking document " + key + " as failed",
                () -> writer.failed(key, hash, at, message));
        LOG.infof("document %s marked FAILED (%s): %s", key, outcome, message);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
