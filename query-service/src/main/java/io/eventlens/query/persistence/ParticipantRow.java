package io.eventlens.query.persistence;

import io.eventlens.contract.Participant;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person with a role at an event (table {@code event_participants}). */
@Embeddable
public class ParticipantRow {

    public String name;
    public String role;
    public String organization;
    /** speaker, moderator, keynote, panelist, host or other. */
    public String kind;

    @Column(nullable = false)
    public double confidence;

    @JdbcTypeCode(SqlTypes.JSON)
    public Participant.ParticipantEvidence evidence;
}
