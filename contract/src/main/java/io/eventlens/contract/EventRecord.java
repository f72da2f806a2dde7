package io.eventlens.contract;

import java.util.List;

/**
 * One event a document describes, in the shape of the project's event-record format: dates as ISO
 * 8601 ({@code YYYY-MM-DD}, or {@code YYYY-MM} when only the month is known), times as 24-hour
 * {@code HH:MM}, organizers spelled at their fullest. Every value is backed by {@link Evidence}.
 */
public record EventRecord(
        String title,
        String startDate,
        String endDate,
        String startTime,
        String endTime,
        String location,
        List<String> organizers,
        List<Participant> participants,
        double confidence,
        EventEvidence evidence) {

    public EventRecord {
        organizers = organizers == null ? List.of() : List.copyOf(organizers);
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    /**
     * Source spans of the event's values. {@code organizers} is parallel to
     * {@link EventRecord#organizers()}; the date and time spans may cover a whole range expression.
     */
    public record EventEvidence(
            Evidence title,
            Evidence date,
            Evidence time,
            Evidence location,
            List<Evidence> organizers) {

        public EventEvidence {
            organizers = organizers == null ? List.of() : List.copyOf(organizers);
        }
    }
}
