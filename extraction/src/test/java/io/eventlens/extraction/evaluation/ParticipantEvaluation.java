package io.eventlens.extraction.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.SourceFormat;
import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.event.ParticipantCandidate;
import io.eventlens.extraction.participant.ParticipantFinder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Development check of the participant finder against annotated documents (not part of the
 * product; the annotated documents live outside the repository). For every gold event it runs
 * the finder over the stretch of text from the event's title to the next event's title, and
 * writes predictions that copy the gold event fields, so that only the participant slots of
 * {@code score_events.py} say anything. It also writes a whole-document view: every participant
 * found anywhere against every gold participant of the document.
 *
 * <p>Run through {@code evaluation/participants.sh}.
 */
public final class ParticipantEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ParticipantEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: ParticipantEvaluation DOCS_DIR GOLD_DIR OUT_DIR");
            System.exit(2);
        }
        Path docs = Path.of(args[0]);
        Path gold = Path.of(args[1]);
        Path out = Path.of(args[2]);
        Files.createDirectories(out.resolve("document-gold"));
        ExtractionEngine engine = ExtractionEngine.standard();
        ParticipantFinder finder = new ParticipantFinder();
        try (PrintWriter regions = new PrintWriter(Files.newBufferedWriter(out.resolve("regions.jsonl")));
                PrintWriter whole = new PrintWriter(Files.newBufferedWriter(out.resolve("documents.jsonl")));
                Stream<Path> golds = Files.list(gold)) {
            for (Path g : golds.sorted().toList()) {
                JsonNode goldDoc = JSON.readTree(g.toFile());
                String name = goldDoc.get("document").asText();
                Path file = docs.resolve(name);
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Document document = engine.annotate(new DocumentInput(name, source, SourceFormat.guess(name, source), null));
                regions.println(JSON.writeValueAsString(regionPredictions(document, goldDoc, finder)));
                whole.println(JSON.writeValueAsString(documentPrediction(document, finder, name)));
                Files.writeString(out.resolve("document-gold").resolve(g.getFileName()),
                        JSON.writeValueAsString(documentGold(goldDoc)));
            }
        }
    }

    private static ObjectNode regionPredictions(Document document, JsonNode goldDoc, ParticipantFinder finder) {
        String text = document.text();
        List<int[]> starts = new ArrayList<>();
        JsonNode events = goldDoc.get("events");
        for (int i = 0; i < events.size(); i++) {
            int at = lastIndexOf(text, events.get(i).get("title").asText());
            starts.add(new int[] {at, i});
        }
        ObjectNode line = JSON.createObjectNode();
        line.put("document", goldDoc.get("document").asText());
        ArrayNode out = line.putArray("events");
        List<int[]> found = starts.stream().filter(s -> s[0] >= 0).sorted((a, b) -> a[0] - b[0]).toList();
        for (int i = 0; i < events.size(); i++) {
            JsonNode ev = events.get(i);
            int start = 0;
            int end = text.length();
            for (int k = 0; k < found.size(); k++) {
                if (found.get(k)[1] == i) {
                    start = found.size() == 1 ? 0 : found.get(k)[0];
                    end = k + 1 < found.size() ? found.get(k + 1)[0] : text.length();
                }
            }
            ObjectNode e = out.addObject();
            for (String field : new String[] {"title", "startDate", "endDate", "startTime", "endTime", "location"}) {
                e.set(field, ev.get(field));
            }
            e.set("organizers", ev.get("organizers"));
            e.put("region", start + ".." + end);
            e.set("participants", participants(finder.find(document, Span.of(start, end))));
        }
        return line;
    }

    private static ObjectNode documentPrediction(Document document, ParticipantFinder finder, String name) {
        ObjectNode line = JSON.createObjectNode();
        line.put("document", name);
        ObjectNode e = line.putArray("events").addObject();
        e.put("title", "all participants");
        e.set("participants", participants(finder.find(document, Span.of(0, document.text().length()))));
        return line;
    }

    /** Every gold participant of the document, once (by name), in one pseudo-event. */
    private static ObjectNode documentGold(JsonNode goldDoc) {
        Map<String, JsonNode> people = new LinkedHashMap<>();
        for (JsonNode ev : goldDoc.get("events")) {
            for (JsonNode p : ev.get("participants")) {
                String key = p.get("name").asText().toLowerCase(Locale.ROOT);
                if (!people.containsKey(key) || people.get(key).path("optional").asBoolean(false)) {
                    people.put(key, p);
                }
            }
        }
        ObjectNode doc = JSON.createObjectNode();
        doc.put("document", goldDoc.get("document").asText());
        ObjectNode e = doc.putArray("events").addObject();
        e.put("title", "all participants");
        ArrayNode ps = e.putArray("participants");
        people.values().forEach(ps::add);
        return doc;
    }

    private static ArrayNode participants(List<ParticipantCandidate> found) {
        ArrayNode ps = JSON.createArrayNode();
        for (ParticipantCandidate c : found) {
            ObjectNode p = ps.addObject();
            p.put("name", c.name.value());
            p.put("role", c.role == null ? null : c.role.value());
            p.put("organization", c.organization == null ? null : c.organization.value());
            p.put("kind", c.kind == null ? null : c.kind.value().wireName());
        }
        return ps;
    }

    private static int lastIndexOf(String text, String title) {
        String t = fold(text);
        String needle = fold(title);
        return t.lastIndexOf(needle);
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"')
                .replace('\u201d', '"').replace('\u2013', '-');
    }
}
