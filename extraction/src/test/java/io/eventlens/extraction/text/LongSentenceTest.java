package io.eventlens.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.document.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class LongSentenceTest {

    private static List<Sentence> sentences(String text) {
        Document document = Document.of("t.txt", text);
        new TokenSentenceAnnotator().annotate(document);
        return document.get(Sentence.LAYER);
    }

    @Test
    void aRunWithoutSentenceEndsIsCutIntoBoundedSentencesThatCoverEveryToken() {
        String text = "word ".repeat(1234).strip();
        List<Sentence> sentences = sentences(text);
        assertThat(sentences).extracting(Sentence::tokenCount).containsExactly(500, 500, 234);
        for (int k = 1; k < sentences.size(); k++) {
            assertThat(sentences.get(k).firstToken()).isEqualTo(sentences.get(k - 1).endToken());
        }
    }

    @Test
    void theCutFallsAfterACommaNearTheLimit() {
        String text = "word ".repeat(450) + ", " + "word ".repeat(100);
        List<Sentence> sentences = sentences(text.strip());
        assertThat(sentences.get(0).tokenCount()).isEqualTo(451);
        assertThat(text.substring(sentences.get(0).end() - 1, sentences.get(0).end())).isEqualTo(",");
    }

    @Test
    void sentencesUnderTheLimitAreUntouched() {
        String sentence = "The forum met in Lisbon on 3 May " + "and talked ".repeat(150) + "at length. ";
        List<Sentence> sentences = sentences((sentence + sentence).strip());
        assertThat(sentences).hasSize(2);
    }
}
