package io.eventlens.extraction.ner;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.pipeline.Annotator;
import io.eventlens.extraction.text.Sentence;
import io.eventlens.extraction.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
        // token ranges [from, to) to tag: the sentences, long ones cut; the words themselves are
        // made twice rather than kept, so a huge document costs no more memory than its layers
        List<int[]> pieces = new ArrayList<>();
        for (Sentence sentence : document.get(Sentence.LAYER)) {
            for (int first = sentence.firstToken(); first < sentence.endToken(); first += MAX_TOKENS) {
                pieces.add(new int[] {first, Math.min(sentence.endToken(), first + MAX_TOKENS)});
            }
        }
        NameTagger.Context context = tagger.newContext();
        int count = 0;
        for (int[] piece : pieces) {
            if ((++count & 0xFF) == 0) {
                document.checkDeadline();
            }
            context.add(Words.of(text, tokens, piece[0], piece[1]).words);
        }
        List<EntityMention> mentions = new ArrayList<>();
        for (int[] piece : pieces) {
            if ((++count & 0x3F) == 0) {
                document.checkDeadline();
            }
            Words words = Words.of(text, tokens, piece[0], piece[1]);
            for (NameSpan name : tagger.tag(words.words, context, true)) {
                Token first = tokens.get(words.firstToken[name.first()]);
                Token last = tokens.get(words.lastToken[name.end() - 1]);
                mentions.add(new EntityMention(first.start(), last.end(), name.type(), name.confidence()));
            }
        }
        document.set(EntityMention.LAYER, mentions);
    }

    /**
     * The words the tagger reads for a run of tokens, written as in its training text: the
     * engine's tokenizer leaves the period after "Dr" or an initial "R" as a token of its own,
     * the news text the model learnt from has "Dr." and "R.".
     */
    private record Words(String[] words, int[] firstToken, int[] lastToken) {

        static Words of(String text, List<Token> tokens, int from, int to) {
            List<String> words = new ArrayList<>(to - from);
            int[] firstToken = new int[to - from];
            int[] lastToken = new int[to - from];
            for (int k = from; k < to; k++) {
                Token token = tokens.get(k);
                String word = text.substring(token.start(), token.end());
                firstToken[words.size()] = k;
                if (k + 1 < to && takesPeriod(word) && isAdjacentPeriod(text, token, tokens.get(k + 1))) {
                    word = word + ".";
                    k++;
                }
                lastToken[words.size()] = k;
                words.add(word);
            }
            return new Words(words.toArray(String[]::new), firstToken, lastToken);
        }

        private static boolean isAdjacentPeriod(String text, Token token, Token next) {
            return next.start() == token.end() && next.length() == 1 && text.charAt(next.start()) == '.';
        }

        /** An initial ("R") or a common abbreviation written with a period in news text. */
        private static boolean takesPeriod(String word) {
            if (word.length() == 1) {
                return Character.isUpperCase(word.charAt(0));
            }
            return word.length() <= 4 && ABBREVIATIONS.contains(word); // none is longer
        }
    }

    private static final Set<String> ABBREVIATIONS = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Gen", "Col", "Lt", "Sgt", "Capt", "Rev", "Hon",
            "Gov", "Sen", "Rep", "Amb", "Inc", "Ltd", "Co", "Corp", "Bros", "Mt", "Ft", "No", "Jan", "Feb", "Mar",
            "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");
}
