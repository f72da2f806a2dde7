package io.eventlens.extraction.text;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.pipeline.Annotator;
import java.util.ArrayList;
import java.util.List;

/** Adds the {@link Token} and {@link Sentence} layers. */
public final class TokenSentenceAnnotator implements Annotator {

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
            }
            if ((i & 0xFFF) == 0) {
                document.checkDeadline();
            }
        }
        document.set(Token.LAYER, tokens);
        document.set(Sentence.LAYER, sentences);
    }

    private static boolean isSentenceEnd(String text, List<Token> tokens, int i, Token next) {
        Token token = tokens.get(i);
        return SentenceSplitter.endsSentence(text, token, next);
    }
}
