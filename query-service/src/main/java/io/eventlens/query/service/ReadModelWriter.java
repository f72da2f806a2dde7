package io.eventlens.query.service;

import io.eventlens.contract.DocumentIds;
import io.eventlens.contract.EventRecord;
import io.eventlens.contract.ExtractedRecordsEvent;
import io.eventlens.contract.Participant;
import io.eventlens.query.persistence.DocumentEntity;
import io.eventlens.query.persistence.DocumentStatus;
import io.eventlens.query.persistence.EventEntity;
import io.eventlens.query.persistence.OrganizerRow;
import io.eventlens.query.persistence.ParticipantRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the read model. Every change to a document happens in one transaction holding the
 * document's row lock, so the three consumers (received, extracted, failed) never interleave on one
 * document. Redelivered messages change nothing; an older extraction never replaces a newer one.
 */
@ApplicationScoped
public class ReadModelWriter {

    /** What a message did to the read model. */
    public enum Outcome { APPLIED, ALREADY_KNOWN, OUTDATED }

    private static final Comparator<Instant[]> VERSION_ORDER =
            Comparator.<Instant[], Instant>comparing(v -> v[0]).thenComparing(v -> v[1]);

    @Inject
    EntityManager em;

    /** A post of the document was seen on the raw-documents topic. */
    @Transactional
    public Outcome received(ReceivedDocument received) {
        DocumentEntity document = lockOrCreate(received.documentId(), received.contentHash(), received.receivedAt());
        boolean newPost = recordReceipt(received.documentId(), received.receivedAt());
        fillMetadata(document, received.title(), received.sourceUrl(), received.mediaType());
        if (received.receivedAt().isAfter(document.lastReceivedAt)) {
            document.lastReceivedAt = received.receivedAt();
            document.status = DocumentStatus.PENDING;
        }
        document.updatedAt = Instant.now();
        return newPost ? Outcome.APPLIED : Outcome.ALREADY_KNOWN;
    }

    /** The extraction of a post: replaces the document's events unless a newer extraction is stored. */
    @Transactional
    public Outcome extracted(ExtractedRecordsEvent result) {
        DocumentEntity document = lockOrCreate(result.documentId(), result.contentHash(), result.receivedAt());
        recordReceipt(result.documentId(), result.receivedAt());
        if (document.extractionReceivedAt != null) {
            int order = VERSION_ORDER.compare(new Instant[] {result.receivedAt(), result.extractedAt()},
                    new Instant[] {document.extractionReceivedAt, document.extractedAt});
            if (order == 0) {
                return Outcome.ALREADY_KNOWN;
            }
            if (order < 0) {
                return Outcome.OUTDATED;
            }
        }
        replaceEvents(result.documentId(), result.events());
        fillMetadata(document, result.title(), result.sourceUrl(), null);
        document.extractionReceivedAt = result.receivedAt();
        document.extractedAt = result.extractedAt();
        document.engineVersion = result.engineVersion();
        document.language = result.language();
        document.notes = new ArrayList<>(result.notes());
        document.eventCount = result.events().size();
        if (result.receivedAt().isAfter(document.lastReceivedAt)) {
            document.lastReceivedAt = result.receivedAt();
        }
        if (!result.receivedAt().isBefore(document.lastReceivedAt)) {
            document.status = DocumentStatus.PROCESSED;
            document.failureReason = null;
            document.failedAt = null;
        }
        document.updatedAt = Instant.now();
        return Outcome.APPLIED;
    }

    /** A post of the document could not be processed (it reached a dead-letter topic). */
    @Transactional
    public Outcome failed(String documentId, String contentHash, Instant receivedAt, String reason) {
        DocumentEntity document = lockOrCreate(documentId, contentHash, receivedAt);
        if (document.extractionReceivedAt != null && !document.extractionReceivedAt.isBefore(receivedAt)) {
            return Outcome.OUTDATED;
        }
        if (receivedAt.isBefore(document.lastReceivedAt)) {
            return Outcome.OUTDATED;
        }
        if (document.status == DocumentStatus.FAILED && reason.equals(document.failureReason)) {
            return Outcome.ALREADY_KNOWN;
        }
        document.status = DocumentStatus.FAILED;
        document.failureReason = reason;
        document.failedAt = Instant.now();
        document.updatedAt = document.failedAt;
        return Outcome.APPLIED;
    }

    private DocumentEntity lockOrCreate(String documentId, String contentHash, Instant receivedAt) {
        em.createNativeQuery("""
                insert into documents (id, content_hash, status, first_received_at, last_received_at, event_count, notes, updated_at)
                values (?1, ?2, 'PENDING', ?3, ?3, 0, '[]'::jsonb, now())
                on conflict (id) do nothing""")
                .setParameter(1, documentId)
                .setParameter(2, contentHash == null ? "unknown" : contentHash)
                .setParameter(3, receivedAt)
                .executeUpdate();
        DocumentEntity document = em.find(DocumentEntity.class, documentId, LockModeType.PESSIMISTIC_WRITE);
        if (receivedAt.isBefore(document.firstReceivedAt)) {
            document.firstReceivedAt = receivedAt;
        }
        return document;
    }

    /** Returns true when this post was not recorded before. */
    private boolean recordReceipt(String documentId, Instant receivedAt) {
        return em.createNativeQuery("""
                insert into document_receipts (document_id, received_at) values (?1, ?2)
                on conflict do nothing""")
                .setParameter(1, documentId)
                .setParameter(2, receivedAt)
                .executeUpdate() == 1;
    }

    private static void fillMetadata(DocumentEntity document, String title, String sourceUrl, String mediaType) {
        if (title != null) {
            document.title = title;
        }
        if (sourceUrl != null) {
            document.sourceUrl = sourceUrl;
        }
        if (mediaType != null) {
            document.mediaType = mediaType;
        }
    }

    private void replaceEvents(String documentId, List<EventRecord> records) {
        // Organizers and participants go with their events (on delete cascade).
        em.createNativeQuery("delete from events where document_id = ?1").setParameter(1, documentId).executeUpdate();
        int ordinal = 0;
        for (EventRecord record : records) {
            ordinal++;
            EventEntity event = new EventEntity();
            event.id = DocumentIds.eventId(documentId, ordinal);
            event.documentId = documentId;
            event.ordinal = ordinal;
            event.title = record.title();
            event.startDate = record.startDate();
            event.endDate = record.endDate();
            event.startTime = record.startTime();
            event.endTime = record.endTime();
            event.startsOn = EventDates.firstDay(record.startDate());
            event.endsOn = EventDates.endsOn(record.startDate(), record.endDate());
            event.location = record.location();
            event.confidence = record.confidence();
            event.evidence = record.evidence();
            for (String organizer : record.organizers()) {
                if (organizer != null && !organizer.isBlank()) {
                    event.organizers.add(new OrganizerRow(organizer));
                }
            }
            for (Participant participant : record.participants()) {
                ParticipantRow row = new ParticipantRow();
                row.name = participant.name();
                row.role = participant.role();
                row.organization = participant.organization();
                row.kind = participant.kind() == null ? null : participant.kind().wireName();
                row.confidence = participant.confidence();
                row.evidence = participant.evidence();
                event.participants.add(row);
            }
            em.persist(event);
        }
    }
}
