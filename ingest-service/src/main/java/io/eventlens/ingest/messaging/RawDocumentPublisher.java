package io.eventlens.ingest.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.contract.RawDocumentEvent;
import io.eventlens.contract.Topics;
import io.eventlens.service.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes accepted documents to {@link Topics#RAW_DOCUMENTS}, keyed by document id, as
 * CloudEvents (binary mode: ce_* headers, the JSON message as the value). The returned Uni
 * completes only when Kafka acknowledged the record (acks=all).
 */
@ApplicationScoped
public class RawDocumentPublisher {

    /** Room for the record's key, headers and batch framing under the producer's limit. */
    static final int RECORD_OVERHEAD_BYTES = 64 * 1024;

    @Inject
    @Channel("raw-documents")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 256)
    MutinyEmitter<byte[]> emitter;

    @Inject
    ObjectMapper json;

    public Uni<Void> publish(RawDocumentEvent event) {
        byte[] value;
        try {
            value = json.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("document " + event.documentId() + " could not be serialized", e);
        }
        if (value.length > Topics.MAX_RECORD_BYTES - RECORD_OVERHEAD_BYTES) {
            throw new ProblemException(413, "document-too-large", "Document too large",
                    "Encoded as a message the document takes " + value.length + " bytes (its text escapes badly, e.g. "
                            + "many control characters); at most " + (Topics.MAX_RECORD_BYTES - RECORD_OVERHEAD_BYTES)
                            + " fit a record. Send plain text.");
        }
        Message<byte[]> message = Message.of(value)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.documentId()).build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(UUID.randomUUID().toString())
                        .withSubject(event.documentId())
                        .withTimestamp(event.receivedAt().atZone(ZoneOffset.UTC))
                        .build());
        return emitter.sendMessage(message);
    }
}
