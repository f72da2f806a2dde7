package io.eventlens.extraction.ner;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.pipeline.Annotator;
import io.eventlens.extraction.text.Sentence;
import io.eventlens.extraction.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds the {@link EntityMention} layer: names of people, organisations, locations and other
 * names found by the statistical {@link NameTagger} in each sentence of the token and sentence
 * layers, each with the tagger's probability. A backstop for names no pattern catches: trained
 * on news, it is surest on running text; headings in Title Case are read as such (a feature of
 * the model) but still deserve a higher threshold.
 */
public final class StatisticalNameAnnotator implements Annotator {

    /** Longer sentences (a document of one enormous line) are tagged in pieces of this many tokens. */
    static final int MAX_TOKENS = 250;

    private final NameTagger tagger;

    public StatisticalNameAnnotator() {
        this(NameTagger.bundled());
    }

    public StatisticalNameAnnotator(NameTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public void annotate(Document document) {
        String text = document.text();
        List<Token> tokens = document.get(Token.LAYER);
        List<int[]> pieces = pieces(document.get(Sentence.LAYER));
        NameTagger.Context context = tagger.newContext();
        for (int[] piece : pieces) {
            context.add(words(text, tokens, piece));
        }
        List<EntityMention> mentions = new ArrayList<>();
        int count = 0;
        for (int[] piece : pieces) {
            if ((++count & 0x3F) == 0) {
                document.checkDeadline();
            }
            for (NameSpan name : tagger.tag(words(text, tokens, piece), context, true)) {
                Token first = tokens.get(piece[0] + name.first());
                Token last = tokens.get(piece[0] + name.end() - 1);
                mentions.add(new EntityMention(first.start(), last.end(), name.type(), name.confidence()));
            }
        }
        document.set(EntityMention.LAYER, mentions);
    }

    /** Token ranges [first, end) of the sentences, long sentences cut into pieces. */
    private static List<int[]> pieces(List<Sentence> sentences) {
        List<int[]> pieces = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            for (int first = sentence.firstToken(); first < sentence.endToken(); first += MAX_TOKENS) {
                pieces.add(new int[] {first, Math.min(sentence.endToken(), first + MAX_TOKENS)});
            }
        }
        return pieces;
    }

    private static String[] words(String text, List<Token> tokens, int[] piece) {
        String[] words = new String[piece[1] - piece[0]];
        for (int k = 0; k < words.length; k++) {
            Token token = tokens.get(piece[0] + k);
            words[k] = text.substring(token.start(), token.end());
        }
        return words;
    }
}
