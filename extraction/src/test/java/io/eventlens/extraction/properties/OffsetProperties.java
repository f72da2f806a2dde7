package io.eventlens.extraction.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.EvidenceChecks;
import io.eventlens.extraction.ExtractionEngine;
import io.eventlens.extraction.ExtractionResult;
import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.Layer;
import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.document.SourceFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Offsets hold for any document: every span of every layer lies in the normalised text and maps
 * back to an ordered range of the source; every evidence of every extracted event quotes the
 * source exactly at its offsets. A failure prints the smallest document found that breaks it.
 */
class OffsetProperties {

    private static ExtractionEngine engine;

    @BeforeAll
    static void loadEngine() {
        engine = ExtractionEngine.standard();
    }

    private static void everySpanLiesInTheTextAndMapsToTheSource(Gen<GeneratedDocument> documents) {
        DocumentProperty.check(documents, generated -> {
            Document document = engine.annotate(generated.input());
            assertThat(document.notes()).as("annotators ran to the end").noneMatch(n -> n.contains(" failed on "));
            String text = document.text();
            String source = document.source();
            for (Layer<?> layer : document.layers()) {
                for (Span span : document.get(layer)) {
                    assertThat(span.start()).as("%s %s start", layer, span).isBetween(0, span.end());
                    assertThat(span.end()).as("%s %s end", layer, span).isLessThanOrEqualTo(text.length());
                    int from = document.sourceStart(span.start());
                    int to = document.sourceEnd(span.end());
                    assertThat(from).as("%s %s maps to source %d..%d", layer, span, from, to)
                            .isBetween(0, to);
                    assertThat(to).as("%s %s source end", layer, span).isLessThanOrEqualTo(source.length());
                }
            }
        });
    }

    private static void everyEvidenceQuotesTheSource(Gen<GeneratedDocument> documents) {
        DocumentProperty.check(documents, generated -> {
            ExtractionResult result = engine.extract(generated.input());
            assertThat(result.notes()).as("annotators ran to the end").noneMatch(n -> n.contains(" failed on "));
            EvidenceChecks.assertEvidenceQuotesSource(generated.text(), result);
        });
    }

    @Test
    void plainTextSpansLieInTheText() {
        everySpanLiesInTheTextAndMapsToTheSource(Documents.plain());
    }

    @Test
    void markdownSpansLieInTheText() {
        everySpanLiesInTheTextAndMapsToTheSource(Documents.markdown());
    }

    @Test
    void htmlSpansLieInTheText() {
        everySpanLiesInTheTextAndMapsToTheSource(Documents.html());
    }

    @Test
    void randomUnicodeSpansLieInTheText() {
        everySpanLiesInTheTextAndMapsToTheSource(Documents.unicode());
    }

    @Test
    void plainTextEvidenceQuotesTheSource() {
        everyEvidenceQuotesTheSource(Documents.plain());
    }

    @Test
    void markdownEvidenceQuotesTheSource() {
        everyEvidenceQuotesTheSource(Documents.markdown());
    }

    @Test
    void htmlEvidenceQuotesTheSource() {
        everyEvidenceQuotesTheSource(Documents.html());
    }

    @Test
    void randomUnicodeEvidenceQuotesTheSource() {
        everyEvidenceQuotesTheSource(Documents.unicode());
    }

    @Test
    void theNormalisedTextMapsMonotonicallyOntoTheSource() {
        DocumentProperty.check(Documents.anyDocument(), generated -> {
            Document document = engine.annotate(generated.input());
            int previousStart = 0;
            int previousEnd = 0;
            for (int t = 0; t <= document.text().length(); t++) {
                int start = document.sourceStart(t);
                int end = document.sourceEnd(t);
                assertThat(start).as("source start of text offset %d", t).isGreaterThanOrEqualTo(previousStart);
                assertThat(end).as("source end of text offset %d", t).isGreaterThanOrEqualTo(previousEnd);
                assertThat(end).as("source end of text offset %d", t).isLessThanOrEqualTo(document.source().length());
                previousStart = start;
                previousEnd = end;
            }
        });
    }

    @Test
    void strayTextInATableKeepsTheMapMonotone() {
        Document document = engine.annotate(new GeneratedDocument(SourceFormat.HTML, "<table><td>cd</td>ef</table>").input());
        for (int t = 1; t <= document.text().length(); t++) {
            assertThat(document.sourceStart(t)).as("source start of %d", t).isGreaterThanOrEqualTo(document.sourceStart(t - 1));
        }
        // the moved text is read where the source has it, and every word quotes the source
        assertThat(document.text()).isEqualTo("cd ef");
        assertThat(document.evidence(io.eventlens.extraction.document.Span.of(0, 2), 1.0).text()).isEqualTo("cd");
        assertThat(document.evidence(io.eventlens.extraction.document.Span.of(3, 5), 1.0).text()).isEqualTo("ef");
    }

    @Test
    void strayTextBetweenTableRowsIsReadBetweenThem() {
        String html = "<p>Before</p><table><tr><td>a1</td><td>a2</td></tr>stray words<tr><td>b1</td></tr></table><p>After</p>";
        Document document = engine.annotate(new GeneratedDocument(SourceFormat.HTML, html).input());
        for (int t = 1; t <= document.text().length(); t++) {
            assertThat(document.sourceStart(t)).as("source start of %d", t).isGreaterThanOrEqualTo(document.sourceStart(t - 1));
        }
        String text = document.text();
        assertThat(text).contains("a1 | a2", "stray words", "b1", "Before", "After");
        assertThat(text.indexOf("a2")).isLessThan(text.indexOf("stray words"));
        assertThat(text.indexOf("stray words")).isLessThan(text.indexOf("b1"));
        int at = text.indexOf("stray words");
        assertThat(document.evidence(io.eventlens.extraction.document.Span.of(at, at + 11), 1.0).text()).isEqualTo("stray words");
    }
}
