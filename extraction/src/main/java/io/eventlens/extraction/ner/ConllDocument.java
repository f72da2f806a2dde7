package io.eventlens.extraction.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A document of a CoNLL-format file: the lines from one {@code -DOCSTART-} line to the next,
 * read as sentences (separated by blank lines) of token lines whose first column is the token
 * and, in annotated files, whose last column is the name tag (IOB1 or IOB2).
 *
 * @param header the {@code -DOCSTART-} line that opened the document, or null for text before the first
 */
public record ConllDocument(String header, List<Sentence> sentences) {

    public static final String DOCSTART = "-DOCSTART-";

    /** One sentence: its lines as read and their first columns. */
    public record Sentence(List<String> lines, String[] tokens) {

        /** The last column of each line (the gold tag of an annotated file). */
        public String[] lastColumn() {
            String[] tags = new String[lines.size()];
            for (int i = 0; i < tags.length; i++) {
                String[] fields = lines.get(i).trim().split("\\s+");
                tags[i] = fields[fields.length - 1];
            }
            return tags;
        }
    }

    public List<String[]> tokens() {
        List<String[]> tokens = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            tokens.add(sentence.tokens());
        }
        return tokens;
    }

    /** Reads every document of a CoNLL-format stream. Lines of one token line are never empty. */
    public static List<ConllDocument> read(Reader reader) throws IOException {
        List<ConllDocument> documents = new ArrayList<>();
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String header = null;
        List<Sentence> sentences = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        boolean any = false;
        String line;
        while ((line = in.readLine()) != null) {
            String trimmed = line.strip();
            if (trimmed.startsWith(DOCSTART)) {
                close(sentences, lines);
                if (any || !sentences.isEmpty()) {
                    documents.add(new ConllDocument(header, sentences));
                }
                header = line;
                any = true;
                sentences = new ArrayList<>();
            } else if (trimmed.isEmpty()) {
                close(sentences, lines);
            } else {
                lines.add(line);
            }
        }
        close(sentences, lines);
        if (any || !sentences.isEmpty()) {
            documents.add(new ConllDocument(header, sentences));
        }
        return documents;
    }

    private static void close(List<Sentence> sentences, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        String[] tokens = new String[lines.size()];
        for (int i = 0; i < tokens.length; i++) {
            String trimmed = lines.get(i).strip();
            int space = indexOfWhitespace(trimmed);
            tokens[i] = space < 0 ? trimmed : trimmed.substring(0, space);
        }
        sentences.add(new Sentence(List.copyOf(lines), tokens));
        lines.clear();
    }

    private static int indexOfWhitespace(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isWhitespace(s.charAt(k))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The names of a tag column in IOB1 or IOB2 (as conlleval reads them): a name starts at B-T,
     * or at I-T after a token that is not of type T.
     */
    public static List<NameSpan> names(String[] tags) {
        List<NameSpan> names = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.length; i++) {
            String tag = i < tags.length ? tags[i] : "O";
            int dash = tag.indexOf('-');
            String prefix = dash < 0 ? tag : tag.substring(0, dash);
            String tagType = dash < 0 ? null : tag.substring(dash + 1);
            boolean continues = type != null && prefix.equals("I") && type.equals(tagType);
            if (!continues && type != null) {
                names.add(new NameSpan(start, i, type, Double.NaN));
                type = null;
            }
            if (!continues && tagType != null && (prefix.equals("B") || prefix.equals("I"))) {
                start = i;
                type = tagType;
            }
        }
        return names;
    }
}
