package io.eventlens.extraction.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import io.eventlens.extraction.ExtractionResult;
import io.eventlens.extraction.document.SourceFormat;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code extract [--dct YYYY-MM-DD] FILE...}: one JSON object per file, one per line. */
final class ExtractCommand implements Main.Command {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String usage() {
        return "extract [--dct YYYY-MM-DD] FILE...   event records of each file, one JSON object per line";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        LocalDate dct = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--dct")) {
                dct = InputFiles.parseDct("extract", i + 1 < args.length ? args[++i] : null, err);
                if (dct == null) {
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
        ExtractionEngine engine = ExtractionEngine.standard();
        LocalDate creation = dct;
        return InputFiles.forEach("extract", files, out, err, (file, text) -> {
            String name = file.getFileName().toString();
            ExtractionResult result = engine.extract(new DocumentInput(name, text, SourceFormat.guess(name, text), creation));
            out.println(toJson(result));
        });
    }

    static String toJson(ExtractionResult result) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("document", result.document());
        line.put("language", result.language());
        line.put("notes", result.notes());
        line.put("events", result.events());
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the result of " + result.document() + " as JSON", e);
        }
    }
}
