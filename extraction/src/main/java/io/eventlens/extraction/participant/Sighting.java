package io.eventlens.extraction.participant;

import io.eventlens.contract.ParticipantKind;
import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.entity.PersonMention;

/** What one mention of a person says: a role and affiliation, and whether and how they took part. */
final class Sighting {
    final PersonMention mention;
    /** Role and affiliation written after the name. */
    Span role;
    Span organization;
    /** The role in words when the text states it with a verb ("who chairs the board of X": "Chair of the board"). */
    String roleValue;
    /** Role and affiliation written before the name ("Human Rights Watch's UN Director, X"). */
    Span preRole;
    Span preOrganization;
    /** The description came from a sentence about the person ("X is Professor of Y at Z"), as in a speaker's biography. */
    boolean biography;
    boolean participant;
    /** Quoted, spoken for, or listed as staff: this mention is no participation (others of the person may be). */
    boolean notParticipating;
    /** The text says the person will not take part after all: no mention of them makes a participant. */
    boolean withdrawn;
    ParticipantKind kind;
    Span kindSpan;
    double confidence;

    Sighting(PersonMention mention) {
        this.mention = mention;
    }

    String name() {
        return mention.name();
    }
}
