package io.eventlens.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.document.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenSentenceAnnotatorTest {

    private static List<String> tokens(String text) {
        return Tokenizer.tokenize(text, 0, text.length()).stream().map(t -> text.substring(t.start(), t.end())).toList();
    }

    @Test
    void keepsInnerJoinersAndSplitsPossessives() {
        assertThat(tokens("The Ebert-Stiftung's U.S. office (DPKO/DFS) met at 13:40-13:55, in Côte d’Ivoire."))
                .containsExactly("The", "Ebert-Stiftung", "'s", "U.S.", "office", "(", "DPKO/DFS", ")", "met", "at",
                        "13:40-13:55", ",", "in", "Côte", "d’Ivoire", ".");
    }

    @Test
    void splitsSentencesAtLineBreaksAndFinalPunctuationButNotAfterHonorificsOrInitials() {
        String text = "Annual Forum on Rivers\n12 May 2022\nMs. Ada Quill spoke first. Robert P. Burke closed it.";
        Document document = Document.of("t.txt", text);
        new TokenSentenceAnnotator().annotate(document);
        assertThat(document.get(Sentence.LAYER)).extracting(document::text).containsExactly(
                "Annual Forum on Rivers", "12 May 2022", "Ms. Ada Quill spoke first.", "Robert P. Burke closed it.");
    }

    @Test
    void aPeriodAfterAWordWithDigitsEndsTheSentence() {
        Document document = Document.of("t.txt", "She leads the Centre for R2P. Next came Dr. Ray P. Lund.");
        new TokenSentenceAnnotator().annotate(document);
        assertThat(document.get(Sentence.LAYER)).extracting(document::text)
                .containsExactly("She leads the Centre for R2P.", "Next came Dr. Ray P. Lund.");
    }

    @Test
    void honorificsOfOtherTraditionsAndTwoLetterInitialsDoNotEndASentence() {
        Document document = Document.of("t.txt", "Eng. Rana Odeh and Ts. Batbold spoke. Then came lunch.");
        new TokenSentenceAnnotator().annotate(document);
        assertThat(document.get(Sentence.LAYER)).extracting(document::text)
                .containsExactly("Eng. Rana Odeh and Ts. Batbold spoke.", "Then came lunch.");
    }

    @Test
    void emptyTextHasNoTokensAndNoSentences() {
        Document document = Document.of("empty.txt", "");
        new TokenSentenceAnnotator().annotate(document);
        assertThat(document.get(Token.LAYER)).isEmpty();
        assertThat(document.get(Sentence.LAYER)).isEmpty();
    }

    @Test
    void aQuestionInsideAQuotedTitleTheSentenceGoesOnAfterDoesNotEndIt() {
        String text = "The lecture, \u201CNever Again? Prevention Today\u201D, was given on 4 May. Who came? Many did.";
        Document document = Document.of("t.txt", text);
        new TokenSentenceAnnotator().annotate(document);
        assertThat(document.get(Sentence.LAYER)).extracting(document::text).containsExactly(
                "The lecture, \u201CNever Again? Prevention Today\u201D, was given on 4 May.", "Who came?", "Many did.");
    }
}
