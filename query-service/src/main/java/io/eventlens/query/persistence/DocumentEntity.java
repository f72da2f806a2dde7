package io.eventlens.query.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A document and its processing status (table {@code documents}). */
@Entity
@Table(name = "documents")
public class DocumentEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    public String title;

    @Column(name = "source_url")
    public String sourceUrl;

    @Column(name = "media_type")
    public String mediaType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DocumentStatus status;

    @Column(name = "first_received_at", nullable = false)
    public Instant firstReceivedAt;

    @Column(name = "last_received_at", nullable = false)
    public Instant lastReceivedAt;

    @Column(name = "extraction_received_at")
    public Instant extractionReceivedAt;

    @Column(name = "extracted_at")
    public Instant extractedAt;

    @Column(name = "engine_version")
    public String engineVersion;

    public String language;

    @Column(name = "event_count", nullable = false)
    public int eventCount;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> notes = new ArrayList<>();

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "failed_at")
    public Instant failedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
