package io.eventlens.extraction.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads input files for the commands: UTF-8, undecodable bytes replaced rather than fatal. */
final class InputFiles {

    private InputFiles() {
    }

    static String read(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /** What a command does with one file's text. */
    interface FileAction {
        void accept(Path file, String text);
    }

    /**
     * Runs {@code action} on each file in order; a file that cannot be read is reported on
     * {@code err} and the others still run. Returns the exit code: 0, or 1 when a file failed.
     */
    static int forEach(String command, List<Path> files, PrintStream out, PrintStream err, FileAction action) {
        int failures = 0;
        for (Path file : files) {
            String text;
            try {
                text = read(file);
            } catch (IOException e) {
                err.println("eventlens " + command + ": cannot read " + file + ": " + e.getMessage());
                failures++;
                continue;
            }
            action.accept(file, text);
            out.flush();
        }
        return failures == 0 ? 0 : 1;
    }

    /** The value of {@code --dct}, or null after telling {@code err} what is wrong with it. */
    static LocalDate parseDct(String command, String value, PrintStream err) {
        if (value == null) {
            err.println("eventlens " + command + ": --dct needs a date (YYYY-MM-DD)");
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            err.println("eventlens " + command + ": --dct '" + value + "' is not a date of the form YYYY-MM-DD");
            return null;
        }
    }
}
