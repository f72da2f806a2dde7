package io.eventlens.extraction.text;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.pipeline.Annotator;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds the {@link Token} and {@link Sentence} layers. A run of text with no sentence end (a table
 * flattened into one line, a list without punctuation, garbage) is cut into sentences of at most
 * {@link #MAX_SENTENCE_TOKENS} tokens, so that work a later step does per sentence stays bounded.
 */
public final class TokenSentenceAnnotator implements Annotator {

    /**
     * The longest sentence kept whole. Real sentences are far shorter: the longest in the seminar,
     * seed and dev documents has under 400 tokens (a paragraph without a period), news sentences
     * rarely reach 100. A longer run is cut at its last comma, semicolon or colon within the final
     * fifth, else at the limit.
     */
    public static final int MAX_SENTENCE_TOKENS = 500;

    @Override
    public void annotate(Document document) {
        String text = document.text();
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());
        document.checkDeadline();
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (next == null || isSentenceEnd(text, tokens, i, next)) {
                sentences.add(new Sentence(tokens.get(first).start(), tokens.get(i).end(), first, i + 1));
                first = i + 1;
            } else if (i + 1 - first == MAX_SENTENCE_TOKENS) {
                int last = cutPoint(text, tokens, first, i);
                sentences.add(new Sentence(tokens.get(first).start(), tokens.get(last).end(), first, last + 1));
                first = last + 1;
            }
            if ((i & 0xFFF) == 0) {
                document.checkDeadline();
            }
        }
        document.set(Token.LAYER, tokens);
        document.set(Sentence.LAYER, sentences);
    }

    /** The last token of an overlong sentence {@code [first, last]}: a clause break near its end, else {@code last}. */
    private static int cutPoint(String text, List<Token> tokens, int first, int last) {
        int floor = last - MAX_SENTENCE_TOKENS / 5;
        for (int k = last; k > floor && k > first; k--) {
            Token t = tokens.get(k);
            char c = text.charAt(t.start());
            if (t.length() == 1 && (c == ',' || c == ';' || c == ':')) {
                return k;
            }
        }
        return last;
    }

    private static boolean isSentenceEnd(String text, List<Token> tokens, int i, Token next) {
        Token token = tokens.get(i);
        return SentenceSplitter.endsSentence(text, token, next);
    }
}
