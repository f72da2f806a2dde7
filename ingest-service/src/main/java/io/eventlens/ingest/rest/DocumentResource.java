package io.eventlens.ingest.rest;

import io.eventlens.contract.RawDocumentEvent;
import io.eventlens.contract.Topics;
import io.eventlens.ingest.messaging.RawDocumentPublisher;
import io.eventlens.ingest.service.DocumentIntake;
import io.eventlens.ingest.service.IngestSettings;
import io.eventlens.service.problem.Problem;
import io.eventlens.service.problem.ProblemException;
import io.eventlens.service.problem.ProblemMappers;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.logging.Logger;

/** {@code POST /api/documents}: accept a document and hand it to the pipeline. */
@Path("/api/documents")
public class DocumentResource {

    private static final Logger LOG = Logger.getLogger(DocumentResource.class);

    @Inject
    DocumentIntake intake;

    @Inject
    RawDocumentPublisher publisher;

    @Inject
    IngestSettings settings;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a document",
            description = "Body: the text as text/plain, text/markdown or text/html, or application/json "
                    + "{\"text\", \"title\"?, \"sourceUrl\"?, \"publishedDate\"?, \"mediaType\"?}. At most 1 MiB of text.")
    @APIResponse(responseCode = "202", description = "Published to the pipeline; Location names the status resource")
    @APIResponse(responseCode = "400", description = "Empty body, malformed JSON, JSON without text, invalid field")
    @APIResponse(responseCode = "413", description = "Text over the limit")
    @APIResponse(responseCode = "415", description = "Unsupported media type")
    @APIResponse(responseCode = "503", description = "Kafka did not acknowledge in time; retrying is safe")
    public Uni<Response> submit(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        RawDocumentEvent event = intake.accept(contentType, body, Instant.now());
        return publisher.publish(event)
                .ifNoItem().after(settings.publishTimeout()).fail()
                .map(ignored -> accepted(event))
                .onFailure(failure -> !(failure instanceof ProblemException))
                .recoverWithItem(failure -> unavailable(event, failure));
    }

    private Response accepted(RawDocumentEvent event) {
        URI status = URI.create(settings.statusBaseUrl().replaceAll("/+$", "") + "/api/documents/" + event.documentId());
        LOG.infof("document %s accepted (%s, %d characters) and published to %s", event.documentId(),
                event.mediaType(), event.text().length(), Topics.RAW_DOCUMENTS);
        return Response.accepted(new AcceptedDocument(event.documentId(), event.contentHash(), event.mediaType(),
                event.receivedAt(), "ACCEPTED", status.toString())).location(status).build();
    }

    private Response unavailable(RawDocumentEvent event, Throwable failure) {
        String reason = failure instanceof TimeoutException
                ? "Kafka did not acknowledge within " + settings.publishTimeout().toSeconds() + " s"
                : "Kafka refused the record: " + failure.getMessage();
        LOG.warnf("document %s NOT accepted: %s. Answered 503; check the broker (kafka.bootstrap.servers) and "
                + "the topic %s. The client may retry: the same text keeps its id.", event.documentId(), reason,
                Topics.RAW_DOCUMENTS);
        return ProblemMappers.respond(new Problem(Problem.type("pipeline-unavailable"), "Pipeline unavailable", 503,
                reason + "; the document was not accepted. Retry later: the same text keeps the same id, so a "
                        + "retry never duplicates it.", "/api/documents"));
    }
}
