package io.eventlens.extraction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void appendsAnIob2TagToEveryTokenLineAndPassesOtherLinesThrough() throws Exception {
        Path file = dir.resolve("small.conll");
        Files.writeString(file, """
                -DOCSTART- -X- O O

                Maria NNP I-PER
                Kowalczyk NNP I-PER
                visited VBD O
                Warsaw NNP I-LOC
                . . O

                She PRP O
                left VBD O
                . . O
                """);

        int exit = run("ner", file.toString());

        assertThat(exit).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).containsExactly(
                "-DOCSTART- -X- O O",
                "",
                "Maria NNP I-PER B-PER",
                "Kowalczyk NNP I-PER I-PER",
                "visited VBD O O",
                "Warsaw NNP I-LOC B-LOC",
                ". . O O",
                "",
                "She PRP O O",
                "left VBD O O",
                ". . O O");
    }

    @Test
    void aMissingFileIsReportedAndDoesNotStopTheOthers() throws Exception {
        Path good = dir.resolve("good.conll");
        Files.writeString(good, "Lisbon\n");
        Path missing = dir.resolve("missing.conll");

        int exit = run("ner", missing.toString(), good.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read").contains("missing.conll");
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).hasSize(1)
                .allSatisfy(line -> assertThat(line).startsWith("Lisbon "));
    }

    @Test
    void aModelFileThatCannotBeReadIsAClearError() throws Exception {
        Path notAModel = dir.resolve("model.gz");
        Files.writeString(notAModel, "hello");
        Path file = dir.resolve("a.conll");
        Files.writeString(file, "Lisbon\n");

        int exit = run("ner", "--model", notAModel.toString(), file.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot load the name tagger model");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void withoutFilesItPrintsUsage() {
        assertThat(run("ner")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: eventlens ner");
    }
}
