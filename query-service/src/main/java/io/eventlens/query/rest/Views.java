package io.eventlens.query.rest;

import io.eventlens.contract.EventRecord;
import io.eventlens.contract.Participant;
import io.eventlens.query.persistence.DocumentEntity;
import io.eventlens.query.persistence.EventEntity;
import io.eventlens.query.persistence.OrganizerRow;
import io.eventlens.query.persistence.ParticipantRow;
import java.time.Instant;
import java.util.List;

/** What the REST API answers, separate from the tables so either can change. */
public final class Views {

    private Views() {
    }

    public record DocumentView(String id, String contentHash, String status, String title, String sourceUrl,
            String mediaType, Instant firstReceivedAt, Instant lastReceivedAt, long timesReceived, Instant extractedAt,
            String engineVersion, String language, int eventCount, List<String> notes, String failureReason,
            Instant failedAt, String eventsUrl) {

        static DocumentView of(DocumentEntity d, long timesReceived) {
            return new DocumentView(d.id, d.contentHash, d.status.name(), d.title, d.sourceUrl, d.mediaType,
                    d.firstReceivedAt, d.lastReceivedAt, timesReceived, d.extractedAt, d.engineVersion, d.language,
                    d.eventCount, d.notes, d.failureReason, d.failedAt, "/api/documents/" + d.id + "/events");
        }
    }

    public record ParticipantView(String name, String role, String organization, String kind, double confidence,
            Participant.ParticipantEvidence evidence) {

        static ParticipantView of(ParticipantRow p) {
            return new ParticipantView(p.name, p.role, p.organization, p.kind, p.confidence, p.evidence);
        }
    }

    public record EventView(String id, String documentId, int ordinal, String title, String startDate, String endDate,
            String startTime, String endTime, String location, List<String> organizers,
            List<ParticipantView> participants, double confidence, EventRecord.EventEvidence evidence,
            String documentUrl) {

        static EventView of(EventEntity e) {
            return new EventView(e.id, e.documentId, e.ordinal, e.title, e.startDate, e.endDate, e.startTime,
                    e.endTime, e.location, e.organizers.stream().map((OrganizerRow o) -> o.name).toList(),
                    e.participants.stream().map(ParticipantView::of).toList(), e.confidence, e.evidence,
                    "/api/documents/" + e.documentId);
        }
    }

    public record PageView<T>(List<T> items, int page, int size, long totalItems, long totalPages) {
    }
}
