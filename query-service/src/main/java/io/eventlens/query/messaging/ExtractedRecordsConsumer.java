package io.eventlens.query.messaging;

import io.eventlens.contract.ExtractedRecordsEvent;
import io.eventlens.contract.Topics;
import io.eventlens.query.service.InvalidMessageException;
import io.eventlens.query.service.MessageReader;
import io.eventlens.query.service.ReadModelWriter;
import io.eventlens.query.service.TransientFailures;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Materializes extracted records. An invalid message, or one the database refuses for good, goes
 * to {@link Topics#EXTRACTED_RECORDS_DEAD_LETTERS} with its reason; a database that is briefly
 * away is waited for.
 */
@ApplicationScoped
public class ExtractedRecordsConsumer {

    private static final Logger LOG = Logger.getLogger(ExtractedRecordsConsumer.class);

    @Inject
    MessageReader reader;

    @Inject
    ReadModelWriter writer;

    @Incoming("extracted-records")
    @Blocking
    public void onExtractedRecords(ConsumerRecord<String, byte[]> record) {
        String where = record.topic() + "/" + record.partition() + "@" + record.offset();
        ExtractedRecordsEvent result;
        try {
            result = reader.extracted(record.value());
        } catch (InvalidMessageException e) {
            LOG.warnf("record %s (key %s) is not valid extracted records: %s. It goes to %s; fix its producer.",
                    where, record.key(), e.getMessage(), Topics.EXTRACTED_RECORDS_DEAD_LETTERS);
            throw e;
        }
        ReadModelWriter.Outcome outcome = TransientFailures.retry("storing the records of document " + result.documentId(),
                () -> writer.extracted(result));
        switch (outcome) {
            case APPLIED -> LOG.infof("document %s: %d event(s) stored (extraction of the post received %s)",
                    result.documentId(), result.events().size(), result.receivedAt());
            case ALREADY_KNOWN -> LOG.debugf("document %s: extraction %s redelivered, nothing changed",
                    result.documentId(), result.extractedAt());
            case OUTDATED -> LOG.infof("document %s: extraction of the post received %s is older than the stored "
                    + "one and was ignored", result.documentId(), result.receivedAt());
        }
    }
}
