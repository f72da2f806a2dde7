package io.eventlens.query.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One post of a document's text (table {@code document_receipts}); written with plain SQL upserts. */
@Entity
@Table(name = "document_receipts")
@IdClass(DocumentReceipt.Key.class)
public class DocumentReceipt {

    @Id
    @Column(name = "document_id")
    public String documentId;

    @Id
    @Column(name = "received_at")
    public Instant receivedAt;

    public record Key(String documentId, Instant receivedAt) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
