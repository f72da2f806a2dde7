package io.eventlens.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.ExtractionTimeout;
import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.pipeline.Annotator;
import io.eventlens.extraction.pipeline.Pipeline;
import io.eventlens.extraction.text.Token;
import io.eventlens.extraction.text.TokenSentenceAnnotator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionEngineTest {

    @Test
    void aTextWithinTheLimitIsReadWhole() {
        assertThat(ExtractionEngine.readableLength("", 10)).isZero();
        assertThat(ExtractionEngine.readableLength("0123456789", 10)).isEqualTo(10);
    }

    @Test
    void aLongerTextIsCutAfterALineBreakOrASpaceNearTheLimit() {
        String lines = "x".repeat(95) + "\n" + "y".repeat(50);
        assertThat(ExtractionEngine.readableLength(lines, 100)).isEqualTo(96);
        String words = "x".repeat(93) + " yyyyyyyyyy";
        assertThat(ExtractionEngine.readableLength(words, 100)).isEqualTo(94);
        // a break far before the limit would lose too much: the cut falls at the limit
        String early = "x\n" + "y".repeat(200);
        assertThat(ExtractionEngine.readableLength(early, 100)).isEqualTo(100);
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String emoji = "\ud83d\ude00".repeat(50);
        for (int limit = 1; limit < 20; limit++) {
            int cut = ExtractionEngine.readableLength(emoji, limit);
            assertThat(cut).isEven().isLessThanOrEqualTo(limit);
        }
    }

    @Test
    void aCutDocumentSaysSoAndItsOffsetsStillPointIntoTheInput() {
        Pipeline tokens = new Pipeline(List.of(new TokenSentenceAnnotator()));
        ExtractionEngine engine = new ExtractionEngine(tokens, 10_000, 100);
        String text = "alpha beta gamma delta epsilon zeta ".repeat(3); // 108 characters, a space at 94
        Document document = engine.annotate(DocumentInput.of("greek.txt", text));
        assertThat(document.source()).isEqualTo(text.substring(0, 95));
        assertThat(document.notes()).singleElement().asString()
                .contains("greek.txt has 108 characters; only the first 95 were read");
        for (Token token : document.get(Token.LAYER)) {
            assertThat(text.substring(document.sourceStart(token.start()), document.sourceEnd(token.end())))
                    .isEqualTo(document.text(token));
        }
    }

    @Test
    void anAnnotatorThatOverrunsWithoutCheckingStopsTheRestWithANote() {
        List<String> ran = new ArrayList<>();
        Annotator overrunning = document -> {
            ran.add("overrunning");
            // works on past the budget and swallows the timeout, as an annotator that never checks would
            while (true) {
                try {
                    document.checkDeadline();
                    sleep(5);
                } catch (ExtractionTimeout e) {
                    return;
                }
            }
        };
        Annotator next = document -> ran.add("next");
        ExtractionEngine engine = new ExtractionEngine(new Pipeline(List.of(overrunning, next)), 200);
        ExtractionResult result = engine.extract(DocumentInput.of("slow.txt", "text"));
        assertThat(ran).containsExactly("overrunning");
        assertThat(result.notes()).singleElement().asString().contains("exceeded its budget of 200 ms")
                .contains("stopped after").contains("no events");
    }

    @Test
    void anAnnotatorThatRunsOutOfHeapStopsTheRunWithANote() {
        Annotator greedy = document -> {
            throw new OutOfMemoryError("Java heap space");
        };
        ExtractionResult result = new ExtractionEngine(new Pipeline(List.of(greedy)), 10_000)
                .extract(DocumentInput.of("big.txt", "text"));
        assertThat(result.events()).isEmpty();
        assertThat(result.notes()).singleElement().asString().contains("ran out of heap on big.txt");
    }

    @Test
    void aSpanOfTheCutTextMapsBackUnchanged() {
        Document document = new ExtractionEngine(new Pipeline(List.of()), 1000, 5).annotate(DocumentInput.of("a.txt", "ab cd ef"));
        assertThat(document.evidence(Span.of(0, 2), 1.0).text()).isEqualTo("ab");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
