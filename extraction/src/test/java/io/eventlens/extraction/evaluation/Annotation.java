package io.eventlens.extraction.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.contract.EventRecord;
import io.eventlens.contract.Participant;
import io.eventlens.extraction.ExtractionResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One document's events in the event-record format, whether written by an annotator (gold, read
 * from JSON) or found by the engine; the scorer compares two of these.
 */
record Annotation(String document, List<Event> events) {

    private static final ObjectMapper JSON = new ObjectMapper();

    Annotation {
        events = List.copyOf(events);
    }

    record Event(String title, String startDate, String endDate, String startTime, String endTime, String location,
            List<String> organizers, List<Person> participants, boolean optional) {

        Event {
            organizers = List.copyOf(organizers);
            participants = List.copyOf(participants);
        }
    }

    record Person(String name, String role, String organization, String kind, boolean optional) {
    }

    /** Reads a gold file (or one line of the engine's JSON output). */
    static Annotation read(Path file) throws IOException {
        return fromJson(JSON.readTree(file.toFile()));
    }

    static Annotation fromJson(JsonNode root) {
        List<Event> events = new ArrayList<>();
        for (JsonNode e : root.path("events")) {
            List<String> organizers = new ArrayList<>();
            e.path("organizers").forEach(o -> organizers.add(o.asText()));
            List<Person> people = new ArrayList<>();
            for (JsonNode p : e.path("participants")) {
                people.add(new Person(text(p, "name"), text(p, "role"), text(p, "organization"), text(p, "kind"),
                        p.path("optional").asBoolean(false)));
            }
            events.add(new Event(text(e, "title"), text(e, "startDate"), text(e, "endDate"), text(e, "startTime"),
                    text(e, "endTime"), text(e, "location"), organizers, people, e.path("optional").asBoolean(false)));
        }
        return new Annotation(text(root, "document"), events);
    }

    /** The engine's result in the same shape. */
    static Annotation of(ExtractionResult result) {
        List<Event> events = new ArrayList<>();
        for (EventRecord r : result.events()) {
            List<Person> people = new ArrayList<>();
            for (Participant p : r.participants()) {
                people.add(new Person(p.name(), p.role(), p.organization(), p.kind() == null ? null : p.kind().wireName(), false));
            }
            events.add(new Event(r.title(), r.startDate(), r.endDate(), r.startTime(), r.endTime(), r.location(),
                    r.organizers(), people, false));
        }
        return new Annotation(result.document(), events);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
