package io.eventlens.enrich.messaging;

import io.eventlens.contract.ExtractedRecordsEvent;
import io.eventlens.contract.RawDocumentEvent;
import io.eventlens.contract.Topics;
import io.eventlens.enrich.service.Enrichment;
import io.eventlens.enrich.service.InvalidDocumentException;
import io.eventlens.enrich.service.RawDocumentReader;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * One raw document in, its extracted records out. Any exception here nacks the record, which the
 * channel's dead-letter strategy sends to {@link Topics#RAW_DOCUMENTS_DEAD_LETTERS} with the
 * exception's message as the reason; the partition then goes on.
 */
@ApplicationScoped
public class RawDocumentConsumer {

    private static final Logger LOG = Logger.getLogger(RawDocumentConsumer.class);

    @Inject
    RawDocumentReader reader;

    @Inject
    Enrichment enrichment;

    @Inject
    ExtractedRecordsPublisher publisher;

    @Incoming("raw-documents")
    @Blocking
    public void onRawDocument(ConsumerRecord<String, byte[]> record) {
        String where = record.topic() + "/" + record.partition() + "@" + record.offset();
        RawDocumentEvent document;
        try {
            document = reader.read(record.key(), record.value());
        } catch (InvalidDocumentException e) {
            LOG.warnf("record %s (key %s) is not a valid raw document: %s. It goes to %s; fix its producer and "
                    + "post the document again.", where, record.key(), e.getMessage(), Topics.RAW_DOCUMENTS_DEAD_LETTERS);
            throw new InvalidDocumentException("not a valid RawDocumentEvent: " + e.getMessage(), e);
        }
        long start = System.nanoTime();
        ExtractedRecordsEvent result;
        try {
            result = enrichment.extract(document);
        } catch (RuntimeException e) {
            LOG.errorf(e, "document %s (%s): extraction failed. It goes to %s; after fixing the engine, post the "
                    + "document again or replay the dead letter.", document.documentId(), where,
                    Topics.RAW_DOCUMENTS_DEAD_LETTERS);
            throw e;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        publisher.publish(result);
        LOG.infof("document %s: %d event(s) extracted in %d ms (language %s%s), published to %s",
                document.documentId(), result.events().size(), millis, result.language(),
                result.notes().isEmpty() ? "" : "; notes: " + String.join(" | ", result.notes()),
                Topics.EXTRACTED_RECORDS);
    }
}
