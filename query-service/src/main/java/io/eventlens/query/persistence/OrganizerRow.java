package io.eventlens.query.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An organizer of an event, as the document names it (table {@code event_organizers}). */
@Embeddable
public class OrganizerRow {

    @Column(nullable = false)
    public String name;

    public OrganizerRow() {
    }

    public OrganizerRow(String name) {
        this.name = name;
    }
}
