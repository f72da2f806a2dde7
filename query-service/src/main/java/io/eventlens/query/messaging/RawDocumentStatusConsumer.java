package io.eventlens.query.messaging;

import io.eventlens.query.service.InvalidMessageException;
import io.eventlens.query.service.MessageReader;
import io.eventlens.query.service.ReadModelWriter;
import io.eventlens.query.service.ReceivedDocument;
import io.eventlens.query.service.TransientFailures;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads the raw-documents topic in its own consumer group only to know that a document was
 * received (status PENDING), so the Location ingest-service answers with exists right away.
 * Invalid raw messages are enrich-service's to dead-letter; here they are skipped.
 */
@ApplicationScoped
public class RawDocumentStatusConsumer {

    private static final Logger LOG = Logger.getLogger(RawDocumentStatusConsumer.class);

    @Inject
    MessageReader reader;

    @Inject
    ReadModelWriter writer;

    @Incoming("raw-documents")
    @Blocking
    public void onRawDocument(ConsumerRecord<String, byte[]> record) {
        ReceivedDocument received;
        try {
            received = reader.received(record.value());
        } catch (InvalidMessageException e) {
            LOG.debugf("raw record %s/%d@%d skipped for status: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return;
        }
        ReadModelWriter.Outcome outcome = TransientFailures.retry("recording document " + received.documentId()
                + " as received", () -> writer.received(received));
        LOG.debugf("document %s received at %s: %s", received.documentId(), received.receivedAt(), outcome);
    }
}
