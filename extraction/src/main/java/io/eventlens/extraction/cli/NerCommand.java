package io.eventlens.extraction.cli;

import io.eventlens.extraction.ner.ConllDocument;
import io.eventlens.extraction.ner.NameSpan;
import io.eventlens.extraction.ner.NameTagger;
import io.eventlens.extraction.ner.NameTaggerModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ner [--model FILE] FILE...}: reads CoNLL-format tokens (first column the token, blank
 * lines between sentences, -DOCSTART- lines between documents) and prints every line with one
 * more column, the predicted name tag in IOB2 (B-PER, I-PER, ... or O).
 */
final class NerCommand implements Main.Command {

    @Override
    public String usage() {
        return "ner [--model FILE] FILE...   CoNLL tokens with one more column: the predicted name tag (IOB2)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        Path modelFile = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--model")) {
                if (i + 1 == args.length) {
                    err.println("eventlens ner: --model needs a model file");
                    return 2;
                }
                modelFile = Path.of(args[++i]);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            err.println("usage: eventlens " + usage());
            return 2;
        }
        NameTagger tagger;
        try {
            tagger = load(modelFile);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            err.println("eventlens ner: cannot load the name tagger model: " + e.getMessage());
            return 2;
        }
        return InputFiles.forEach("ner", files, out, err, (file, text) -> tagFile(tagger, text, out));
    }

    private static NameTagger load(Path modelFile) throws IOException {
        if (modelFile == null) {
            return NameTagger.bundled();
        }
        try (InputStream in = Files.newInputStream(modelFile)) {
            return new NameTagger(NameTaggerModel.read(in));
        }
    }

    /** Prints the file's lines in order, each token line with its tag appended. */
    static void tagFile(NameTagger tagger, String text, PrintStream out) {
        List<String> tags = new ArrayList<>();
        try {
            for (ConllDocument document : ConllDocument.read(new StringReader(text))) {
                List<List<NameSpan>> names = tagger.tag(document.tokens(), false);
                for (int s = 0; s < names.size(); s++) {
                    tags.addAll(List.of(iob2(document.sentences().get(s).tokens().length, names.get(s))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        int next = 0;
        String[] lines = text.split("\\R", -1);
        // a final line break ends the last line rather than opening an empty one
        int count = lines.length > 0 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        for (int k = 0; k < count; k++) {
            String line = lines[k];
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith(ConllDocument.DOCSTART)) {
                out.println(line);
            } else {
                out.println(line + (line.indexOf('\t') >= 0 ? "\t" : " ") + tags.get(next++));
            }
        }
    }

    private static String[] iob2(int length, List<NameSpan> names) {
        String[] tags = new String[length];
        java.util.Arrays.fill(tags, "O");
        for (NameSpan name : names) {
            tags[name.first()] = "B-" + name.type();
            for (int k = name.first() + 1; k < name.end(); k++) {
                tags[k] = "I-" + name.type();
            }
        }
        return tags;
    }
}
