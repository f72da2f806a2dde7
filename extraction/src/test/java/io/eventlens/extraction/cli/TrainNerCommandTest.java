package io.eventlens.extraction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainNerCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void trainsAModelThatTheNerCommandCanUse() throws Exception {
        StringBuilder training = new StringBuilder();
        String[] people = {"Ada Quill", "Bram Moravec", "Cleo Tansley", "Dorin Okoro"};
        String[] places = {"Tarnow", "Velden", "Ossory", "Karsk"};
        for (int k = 0; k < 40; k++) {
            String[] person = people[k % people.length].split(" ");
            training.append("-DOCSTART- -X- O O\n\n")
                    .append(person[0]).append(" I-PER\n").append(person[1]).append(" I-PER\n")
                    .append("arrived O\nin O\n").append(places[(k / 4) % places.length]).append(" I-LOC\n. O\n\n");
        }
        Path train = dir.resolve("train.conll");
        Files.writeString(train, training);
        Path model = dir.resolve("models/tiny.model.gz");

        int trained = run("train-ner", "--train", train.toString(), "--out", model.toString(), "--epochs", "3");

        assertThat(trained).isZero();
        assertThat(model).isNotEmptyFile();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("wrote " + model);

        Path input = dir.resolve("input.conll");
        Files.writeString(input, "Cleo\nTansley\narrived\nin\nOssory\n.\n");
        out.reset();
        assertThat(run("ner", "--model", model.toString(), input.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .containsExactly("Cleo B-PER", "Tansley I-PER", "arrived O", "in O", "Ossory B-LOC", ". O");
    }

    @Test
    void aMissingTrainingFileIsAClearError() {
        int exit = run("train-ner", "--train", dir.resolve("none.conll").toString(), "--out",
                dir.resolve("m.gz").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read").contains("none.conll");
        assertThat(dir.resolve("m.gz")).doesNotExist();
    }

    @Test
    void optionsWithoutValuesOrUnknownOptionsAreRejected() {
        assertThat(run("train-ner", "--train")).isEqualTo(2);
        assertThat(run("train-ner", "--colour", "blue")).isEqualTo(2);
        assertThat(run("train-ner", "--epochs", "many", "--train", "a", "--out", "b")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("needs a value").contains("unknown option")
                .contains("not a number");
    }
}
