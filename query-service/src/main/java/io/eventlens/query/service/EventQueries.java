package io.eventlens.query.service;

import io.eventlens.query.persistence.DocumentEntity;
import io.eventlens.query.persistence.EventEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the read model for the REST API. */
@ApplicationScoped
public class EventQueries {

    /** One page of results and how many there are in all. */
    public record Page<T>(List<T> items, int page, int size, long totalItems) {
    }

    @Inject
    EntityManager em;

    public Optional<DocumentEntity> document(String id) {
        return Optional.ofNullable(em.find(DocumentEntity.class, id));
    }

    /** How many times the document's text was posted (distinct receipts). */
    public long timesReceived(String documentId) {
        return em.createQuery("select count(r) from DocumentReceipt r where r.documentId = :id", Long.class)
                .setParameter("id", documentId).getSingleResult();
    }

    public List<EventEntity> eventsOfDocument(String documentId) {
        return em.createQuery("from EventEntity e where e.documentId = :id order by e.ordinal", EventEntity.class)
                .setParameter("id", documentId).getResultList();
    }

    public Optional<EventEntity> event(String id) {
        return Optional.ofNullable(em.find(EventEntity.class, id));
    }

    /**
     * Events newest first (latest start date first, undated last), optionally only those that
     * overlap [from, to] and those with an organizer whose name contains {@code organizer}
     * (case-insensitive).
     */
    public Page<EventEntity> events(LocalDate from, LocalDate to, String organizer, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (from != null) {
            where.append(" and coalesce(e.endsOn, e.startsOn) >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and e.startsOn <= :to");
            params.put("to", to);
        }
        if (organizer != null) {
            where.append(" and exists (select 1 from e.organizers o where lower(o.name) like :organizer escape '\\')");
            params.put("organizer", "%" + escapeLike(organizer.toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        TypedQuery<Long> count = em.createQuery("select count(e) from EventEntity e" + where, Long.class);
        TypedQuery<EventEntity> list = em.createQuery("from EventEntity e" + where
                + " order by e.startsOn desc nulls last, e.documentId, e.ordinal", EventEntity.class);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            list.setParameter(name, value);
        });
        List<EventEntity> items = list.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(items, page, size, count.getSingleResult());
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
