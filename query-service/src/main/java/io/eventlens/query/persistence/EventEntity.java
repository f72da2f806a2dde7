package io.eventlens.query.persistence;

import io.eventlens.contract.EventRecord;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One event record of a document (table {@code events}), with its organizers and participants as rows. */
@Entity
@Table(name = "events")
public class EventEntity extends PanacheEntityBase {

    /** {@code <documentId>-<ordinal>}: stable when the document is processed again. */
    @Id
    public String id;

    @Column(name = "document_id", nullable = false)
    public String documentId;

    @Column(nullable = false)
    public int ordinal;

    public String title;

    @Column(name = "start_date")
    public String startDate;

    @Column(name = "end_date")
    public String endDate;

    @Column(name = "start_time")
    public String startTime;

    @Column(name = "end_time")
    public String endTime;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public String location;

    @Column(nullable = false)
    public double confidence;

    @JdbcTypeCode(SqlTypes.JSON)
    public EventRecord.EventEvidence evidence;

    @ElementCollection
    @CollectionTable(name = "event_organizers", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "ordinal")
    public List<OrganizerRow> organizers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_participants", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "ordinal")
    public List<ParticipantRow> participants = new ArrayList<>();
}
