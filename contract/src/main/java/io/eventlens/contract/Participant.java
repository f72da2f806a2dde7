package io.eventlens.contract;

/**
 * A person with an active role at an event. {@code name} carries no honorific; {@code role} is the
 * title or function as the document states it; {@code organization} the affiliation at its fullest.
 */
public record Participant(
        String name,
        String role,
        String organization,
        ParticipantKind kind,
        double confidence,
        ParticipantEvidence evidence) {

    /** Source spans of the participant's values; any of them may be null when the value is null. */
    public record ParticipantEvidence(Evidence name, Evidence role, Evidence organization, Evidence kind) {
    }
}
