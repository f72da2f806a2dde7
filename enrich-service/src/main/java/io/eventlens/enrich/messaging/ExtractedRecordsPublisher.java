package io.eventlens.enrich.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.contract.ExtractedRecordsEvent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Publishes one document's records to the extracted-records topic and waits for Kafka's acknowledgement. */
@ApplicationScoped
public class ExtractedRecordsPublisher {

    @Inject
    @Channel("extracted-records")
    MutinyEmitter<byte[]> emitter;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "eventlens.enrich.publish-timeout")
    Duration timeout;

    /** Blocks until acknowledged; throws when Kafka refuses or does not answer in time. */
    public void publish(ExtractedRecordsEvent event) {
        byte[] value;
        try {
            value = json.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the records of document " + event.documentId() + " could not be serialized", e);
        }
        Message<byte[]> message = Message.of(value)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.documentId()).build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(UUID.randomUUID().toString())
                        .withSubject(event.documentId())
                        .withTimestamp(event.extractedAt().atZone(ZoneOffset.UTC))
                        .build());
        emitter.sendMessage(message).await().atMost(timeout);
    }
}
