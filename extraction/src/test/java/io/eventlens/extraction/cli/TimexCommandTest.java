package io.eventlens.extraction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimexCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsOneObjectPerFileWithUtf16OffsetsAndGoesOnAfterAMissingFile() throws Exception {
        // the emoji is two UTF-16 code units: offsets after it count both
        String text = "\ud83d\ude00 The board met on 8 September 2014 at 10:00 AM.";
        Path file = dir.resolve("a.txt");
        Files.writeString(file, text);
        Path other = dir.resolve("b.txt");
        Files.writeString(other, "Nothing here.");

        int code = run("timex", "--dct", "2014-09-10", file.toString(), dir.resolve("missing.txt").toString(), other.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read").contains("missing.txt");
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertThat(first.get("document").asText()).isEqualTo("a.txt");
        JsonNode timexes = first.get("timexes");
        assertThat(timexes).hasSize(2);
        for (JsonNode t : timexes) {
            assertThat(text.substring(t.get("start").asInt(), t.get("end").asInt())).isEqualTo(t.get("text").asText());
        }
        assertThat(timexes.get(0).get("text").asText()).isEqualTo("8 September 2014");
        assertThat(timexes.get(0).get("type").asText()).isEqualTo("DATE");
        assertThat(timexes.get(0).get("value").asText()).isEqualTo("2014-09-08");
        assertThat(timexes.get(1).get("type").asText()).isEqualTo("TIME");
        assertThat(timexes.get(1).get("value").asText()).isEqualTo("2014-09-08T10:00");
        JsonNode second = new ObjectMapper().readTree(lines[1]);
        assertThat(second.get("document").asText()).isEqualTo("b.txt");
        assertThat(second.get("timexes")).isEmpty();
    }

    @Test
    void eachFileTakesItsOwnDateFromADctTable() throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.writeString(a, "It rained on Friday.");
        Files.writeString(b, "It rained on Friday.");
        Path table = dir.resolve("dct.tsv");
        Files.writeString(table, "a.txt\t1998-02-06\nb.txt\t2001-09-12T10:00:00\n");

        assertThat(run("timex", "--dct-table", table.toString(), a.toString(), b.toString())).isZero();

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(lines[0]).get("timexes").get(0).get("value").asText()).isEqualTo("1998-02-06");
        assertThat(json.readTree(lines[1]).get("timexes").get(0).get("value").asText()).isEqualTo("2001-09-07");
    }

    @Test
    void aBadCreationDateIsAUsageError() {
        assertThat(run("timex", "--dct", "06/02/1998", "x.txt")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("YYYY-MM-DD");
    }
}
