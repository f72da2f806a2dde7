package io.eventlens.extraction.event;

import io.eventlens.contract.ParticipantKind;

/** A person with an active role, as a reader found them; the assembler turns it into a record. */
public final class ParticipantCandidate {

    public Slot<String> name;
    public Slot<String> role;
    public Slot<String> organization;
    public Slot<ParticipantKind> kind;

    public ParticipantCandidate(Slot<String> name) {
        this.name = name;
    }
}
