package io.eventlens.extraction.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.SourceFormat;
import io.eventlens.extraction.pipeline.Pipeline;
import io.eventlens.extraction.text.TokenSentenceAnnotator;
import io.eventlens.extraction.time.TemporalAnnotator;
import io.eventlens.extraction.time.Timex;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code timex [--dct YYYY-MM-DD] [--dct-table FILE] FILE...}: the TimeML temporal expressions of
 * each file, one JSON object per line, offsets as Java string indices into the file's text. Files
 * are read as plain text (no normalisation), so offsets are offsets into the file as decoded.
 * {@code --dct-table} gives each file its own creation date (lines "name TAB YYYY-MM-DD...", as
 * timeml_to_text.py writes them), so a whole corpus runs in one process.
 */
final class TimexCommand implements Main.Command {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String usage() {
        return "timex [--dct YYYY-MM-DD] [--dct-table TSV] FILE...   TimeML TIMEX3 expressions of each file, one JSON object per line";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        LocalDate dct = null;
        Map<String, LocalDate> dctTable = Map.of();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--dct")) {
                dct = InputFiles.parseDct("timex", i + 1 < args.length ? args[++i] : null, err);
                if (dct == null) {
                    return 2;
                }
            } else if (args[i].equals("--dct-table")) {
                if (i + 1 == args.length) {
                    err.println("eventlens timex: --dct-table needs a file of lines 'name<TAB>YYYY-MM-DD'");
                    return 2;
                }
                try {
                    dctTable = readDctTable(Path.of(args[++i]));
                } catch (IOException | RuntimeException e) {
                    err.println("eventlens timex: cannot read the dct table " + args[i] + ": " + e.getMessage());
                    return 2;
                }
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            err.println("usage: eventlens " + usage());
            return 2;
        }
        ExtractionEngine engine = new ExtractionEngine(
                new Pipeline(List.of(new TokenSentenceAnnotator(), new TemporalAnnotator())),
                ExtractionEngine.DEFAULT_BUDGET_MILLIS);
        LocalDate fallback = dct;
        Map<String, LocalDate> creationDates = dctTable;
        return InputFiles.forEach("timex", files, out, err, (file, text) -> {
            String name = file.getFileName().toString();
            LocalDate creation = creationDates.getOrDefault(name, fallback);
            Document document = engine.annotate(new DocumentInput(name, text, SourceFormat.PLAIN, creation));
            for (String note : document.notes()) {
                err.println("eventlens timex: " + name + ": " + note);
            }
            out.println(toJson(document));
        });
    }

    /** Lines "name TAB date": the date's first ten characters are YYYY-MM-DD; lines without one are skipped. */
    private static Map<String, LocalDate> readDctTable(Path path) throws IOException {
        Map<String, LocalDate> table = new HashMap<>();
        for (String line : Files.readAllLines(path)) {
            String[] cells = line.split("\t");
            if (cells.length >= 2 && cells[1].trim().length() >= 10) {
                try {
                    table.put(cells[0].trim(), LocalDate.parse(cells[1].trim().substring(0, 10)));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("'" + cells[1] + "' for " + cells[0] + " is not a date YYYY-MM-DD");
                }
            }
        }
        return table;
    }

    static String toJson(Document document) {
        List<Map<String, Object>> timexes = new ArrayList<>();
        for (Timex t : document.get(Timex.LAYER)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("start", t.start());
            item.put("end", t.end());
            item.put("text", document.text(t));
            item.put("type", t.type().name());
            item.put("value", t.value());
            if (t.mod() != null) {
                item.put("mod", t.mod());
            }
            timexes.add(item);
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("document", document.name());
        line.put("timexes", timexes);
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the timexes of " + document.name() + " as JSON", e);
        }
    }
}
