package io.eventlens.extraction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> outputLines() throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(new ObjectMapper().readTree(line));
            }
        }
        return lines;
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aMissingFileAndADirectoryGoToStderrWhileTheOtherFilesAreStillExtracted() throws Exception {
        Path first = write("first.txt", "Workshop on soil health\n12 March 2024, Lisbon\n");
        Path last = write("last.txt", "");

        int code = run("extract", first.toString(), dir.resolve("missing.txt").toString(), dir.toString(), last.toString());

        assertThat(code).isNotZero();
        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(errors).contains("cannot read").contains("missing.txt").contains(dir.toString());
        assertThat(errors.lines()).hasSize(2);
        assertThat(outputLines()).extracting(o -> o.get("document").asText()).containsExactly("first.txt", "last.txt");
    }

    @Test
    void aFileWithoutReadPermissionIsReportedAndSkipped() throws Exception {
        Path secret = write("secret.txt", "Seminar on 3 May 2024");
        Path open = write("open.txt", "Seminar on 4 May 2024");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(secret), "the user running the tests reads any file (root)");

        int code = run("extract", secret.toString(), open.toString());

        assertThat(code).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read").contains("secret.txt");
        assertThat(outputLines()).extracting(o -> o.get("document").asText()).containsExactly("open.txt");
    }

    @Test
    void bytesThatAreNotUtf8AreReplacedNotFatal() throws Exception {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, "Caf\u00e9 forum, 3 May 2024\n".getBytes(StandardCharsets.ISO_8859_1));

        int code = run("extract", file.toString());

        assertThat(code).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(outputLines()).singleElement().satisfies(o -> assertThat(o.get("document").asText()).isEqualTo("latin1.txt"));
    }

    @Test
    void noFilesIsAUsageError() {
        assertThat(run("extract")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
