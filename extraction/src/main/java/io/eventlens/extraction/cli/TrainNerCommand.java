package io.eventlens.extraction.cli;

import io.eventlens.extraction.ner.ConllDocument;
import io.eventlens.extraction.ner.NameTaggerModel;
import io.eventlens.extraction.ner.NameTaggerTrainer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code train-ner --train FILE [--dev FILE] --out FILE [--epochs N] [--seed N] ...}: trains the
 * statistical name tagger on a CoNLL-format file whose last column is the gold tag (IOB1/IOB2).
 * With {@code --dev}, reports progress on it and calibrates the confidences on it. The share
 * options set how many Title-Cased copies and heading-like fragments training adds.
 */
final class TrainNerCommand implements Main.Command {

    @Override
    public String usage() {
        return "train-ner --train FILE [--dev FILE] --out FILE [--epochs N] [--seed N] [--title-case-share X]"
                + " [--fragment-share X]   train the name tagger on CoNLL-format data";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        Path train = null;
        Path dev = null;
        Path output = null;
        NameTaggerTrainer.Options defaults = NameTaggerTrainer.Options.defaults();
        int epochs = defaults.epochs();
        long seed = defaults.seed();
        double titleCaseShare = defaults.titleCaseShare();
        double fragmentShare = defaults.fragmentShare();
        try {
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (i + 1 == args.length) {
                    err.println("eventlens train-ner: " + option + " needs a value");
                    return 2;
                }
                String value = args[++i];
                switch (option) {
                    case "--train" -> train = Path.of(value);
                    case "--dev" -> dev = Path.of(value);
                    case "--out" -> output = Path.of(value);
                    case "--epochs" -> epochs = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--title-case-share" -> titleCaseShare = Double.parseDouble(value);
                    case "--fragment-share" -> fragmentShare = Double.parseDouble(value);
                    default -> {
                        err.println("eventlens train-ner: unknown option " + option);
                        err.println("usage: eventlens " + usage());
                        return 2;
                    }
                }
            }
        } catch (NumberFormatException e) {
            err.println("eventlens train-ner: not a number: " + e.getMessage());
            return 2;
        }
        if (train == null || output == null) {
            err.println("usage: eventlens " + usage());
            return 2;
        }
        List<ConllDocument> training;
        List<ConllDocument> held;
        try {
            training = read(train);
            held = dev == null ? List.of() : read(dev);
        } catch (IOException e) {
            err.println("eventlens train-ner: " + e.getMessage());
            return 1;
        }
        NameTaggerModel model = new NameTaggerTrainer(
                new NameTaggerTrainer.Options(epochs, seed, titleCaseShare, fragmentShare), err).train(training, held);
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream stream = Files.newOutputStream(output)) {
                model.write(stream);
            }
            err.println("wrote " + output + " (" + Files.size(output) + " bytes, " + model.featureCount() + " features)");
            return 0;
        } catch (IOException e) {
            err.println("eventlens train-ner: cannot write the model to " + output + ": " + e);
            return 1;
        }
    }

    private static List<ConllDocument> read(Path file) throws IOException {
        try {
            return ConllDocument.read(new StringReader(InputFiles.read(file)));
        } catch (IOException e) {
            throw new IOException("cannot read " + file + ": " + e, e);
        }
    }
}
