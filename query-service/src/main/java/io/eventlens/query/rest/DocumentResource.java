package io.eventlens.query.rest;

import io.eventlens.contract.DocumentIds;
import io.eventlens.query.persistence.DocumentEntity;
import io.eventlens.query.service.EventQueries;
import io.eventlens.service.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A document's processing status and its events. */
@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    @Inject
    EventQueries queries;

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "A document's status: PENDING, PROCESSED or FAILED, with times, counts and notes")
    public Views.DocumentView document(@PathParam("id") String id) {
        DocumentEntity document = find(id);
        return Views.DocumentView.of(document, queries.timesReceived(id));
    }

    @GET
    @Path("/{id}/events")
    @Transactional
    @Operation(summary = "The events extracted from a document, in document order")
    public List<Views.EventView> events(@PathParam("id") String id) {
        find(id);
        return queries.eventsOfDocument(id).stream().map(Views.EventView::of).toList();
    }

    private DocumentEntity find(String id) {
        if (!DocumentIds.DOCUMENT_ID.matcher(id).matches()) {
            throw ProblemException.badRequest("invalid-document-id", "Invalid document id",
                    "\"" + id + "\" is not a document id (32 lower-case hex digits, as returned by ingest-service).");
        }
        return queries.document(id).orElseThrow(() -> ProblemException.notFound("document-not-found",
                "Document not found", "No document " + id + " has been received. If it was just posted, it "
                        + "appears within moments; otherwise post it to ingest-service."));
    }
}
