package io.eventlens.extraction.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import io.eventlens.extraction.ExtractionResult;
import io.eventlens.extraction.document.SourceFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
                if (i + 1 == args.length) {
                    err.println("eventlens extract: --dct needs a date (YYYY-MM-DD)");
                    return 2;
                }
                try {
                    dct = LocalDate.parse(args[++i]);
                } catch (DateTimeParseException e) {
                    err.println("eventlens extract: --dct '" + args[i] + "' is not a date of the form YYYY-MM-DD");
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
        int failures = 0;
        for (Path file : files) {
            String text;
            try {
                text = InputFiles.read(file);
            } catch (IOException e) {
                err.println("eventlens extract: cannot read " + file + ": " + e.getMessage());
                failures++;
                continue;
            }
            String name = file.getFileName().toString();
            ExtractionResult result = engine.extract(new DocumentInput(name, text, SourceFormat.guess(name, text), dct));
            out.println(toJson(result));
            out.flush();
        }
        return failures == 0 ? 0 : 1;
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
