package io.eventlens.query.rest;

import io.eventlens.contract.DocumentIds;
import io.eventlens.query.persistence.EventEntity;
import io.eventlens.query.service.EventQueries;
import io.eventlens.service.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The event records of all documents. */
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    static final int MAX_PAGE_SIZE = 100;

    @Inject
    EventQueries queries;

    @GET
    @Transactional
    @Operation(summary = "Events, newest first (latest start date first, undated last), paged and filtered")
    public Views.PageView<Views.EventView> events(
            @Parameter(description = "events that end on or after this day (YYYY-MM-DD)") @QueryParam("from") String from,
            @Parameter(description = "events that start on or before this day (YYYY-MM-DD)") @QueryParam("to") String to,
            @Parameter(description = "organizer name contains this text (case-insensitive)") @QueryParam("organizer") String organizer,
            @Parameter(description = "page number, from 0") @QueryParam("page") @DefaultValue("0") String page,
            @Parameter(description = "page size, 1 to 100") @QueryParam("size") @DefaultValue("20") String size) {
        LocalDate fromDay = date("from", from);
        LocalDate toDay = date("to", to);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            throw invalid("from (" + from + ") is after to (" + to + ")");
        }
        int pageNumber = integer("page", page, 0, 1_000_000);
        int pageSize = integer("size", size, 1, MAX_PAGE_SIZE);
        String organizerText = organizer == null || organizer.isBlank() ? null : organizer.strip();
        if (organizerText != null && organizerText.length() > 200) {
            throw invalid("organizer must be at most 200 characters");
        }
        EventQueries.Page<EventEntity> result = queries.events(fromDay, toDay, organizerText, pageNumber, pageSize);
        long totalPages = (result.totalItems() + pageSize - 1) / pageSize;
        return new Views.PageView<>(result.items().stream().map(Views.EventView::of).toList(), pageNumber, pageSize,
                result.totalItems(), totalPages);
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "One event record")
    public Views.EventView event(@PathParam("id") String id) {
        if (!DocumentIds.EVENT_ID.matcher(id).matches()) {
            throw ProblemException.badRequest("invalid-event-id", "Invalid event id",
                    "\"" + id + "\" is not an event id (<document id>-<ordinal>, e.g. ...-001).");
        }
        return queries.event(id).map(Views.EventView::of).orElseThrow(() -> ProblemException.notFound(
                "event-not-found", "Event not found", "No event " + id + " is stored."));
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(name + " must be a date as YYYY-MM-DD, got \"" + value + "\"");
        }
    }

    private static int integer(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw invalid(name + " must be between " + min + " and " + max + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw invalid(name + " must be a whole number, got \"" + value + "\"");
        }
    }

    private static ProblemException invalid(String detail) {
        return ProblemException.badRequest("invalid-parameter", "Invalid parameter", detail + ".");
    }
}
