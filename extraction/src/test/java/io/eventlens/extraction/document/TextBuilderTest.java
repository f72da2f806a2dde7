package io.eventlens.extraction.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.contract.Evidence;
import org.junit.jupiter.api.Test;

class TextBuilderTest {

    @Test
    void copiedTextMapsCharacterForCharacter() {
        String source = "Hello [world](#) again";
        TextBuilder builder = new TextBuilder(source)
                .copy(0, 6)        // "Hello "
                .copy(7, 12)       // "world"
                .copy(16, 22);     // " again"
        assertThat(builder.text()).isEqualTo("Hello world again");

        Document document = Document.of("t.txt", source);
        document.replaceText(builder.text(), builder.offsetMap());
        Evidence world = document.evidence(Span.of(6, 11), 1.0);
        assertThat(world.text()).isEqualTo("world");
        assertThat(world.start()).isEqualTo(7);
        Evidence again = document.evidence(Span.of(12, 17), 1.0);
        assertThat(again.text()).isEqualTo("again");
    }

    @Test
    void replacementMapsToTheWholeSourceRangeItStandsFor() {
        String source = "June 23&ndash;24";
        TextBuilder builder = new TextBuilder(source).copy(0, 7).replace("\u2013", 7, 14).copy(14, 16);
        Document document = Document.of("t.html", source);
        document.replaceText(builder.text(), builder.offsetMap());
        assertThat(document.text()).isEqualTo("June 23\u201324");
        assertThat(document.evidence(Span.of(0, 10), 1.0).text()).isEqualTo(source);
        assertThat(document.evidence(Span.of(7, 8), 1.0).text()).isEqualTo("&ndash;");
    }

    @Test
    void layersAreKeptInTextOrderAndMustLieInsideTheText() {
        Document document = Document.of("t.txt", "abc def");
        Layer<Span.Region> words = Layer.named("words");
        document.set(words, java.util.List.of(new Span.Region(4, 7), new Span.Region(0, 3)));
        assertThat(document.get(words)).extracting(Span::start).containsExactly(0, 4);
        assertThat(document.within(words, Span.of(3, 7))).hasSize(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> document.set(words, java.util.List.of(new Span.Region(5, 9))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReplacementAnchoredBeforeWhatWasWrittenMapsToWhereTheTextHasGot() {
        // a line break for an element whose start tag lies before text already copied
        String source = "<table>ab</table>";
        TextBuilder builder = new TextBuilder(source).copy(7, 9).replace("\n", 0, 0).copy(9, 10);
        OffsetMap map = builder.offsetMap();
        assertThat(map.sourceStart(2)).isEqualTo(9);
        assertThat(map.sourceEnd(3)).isEqualTo(9);
        assertThat(map.sourceStart(3)).isEqualTo(9);
    }

    @Test
    void evidenceOfASpanOverReorderedTextCoversTheSourceItsCharactersCameFrom() {
        // "<table><td>cd</td>ef</table>" read as "ef cd": the parser moved "ef" before the table
        String source = "<table><td>cd</td>ef</table>";
        TextBuilder builder = new TextBuilder(source).copy(18, 20).replace(" ", 20, 20).copy(11, 13);
        Document document = Document.of("t.html", source);
        document.replaceText(builder.text(), builder.offsetMap());
        assertThat(document.text()).isEqualTo("ef cd");
        Evidence both = document.evidence(Span.of(0, 5), 1.0);
        assertThat(both.start()).isEqualTo(11);
        assertThat(both.end()).isEqualTo(20);
        assertThat(both.text()).isEqualTo(source.substring(11, 20));
        assertThat(document.evidence(Span.of(3, 5), 1.0).text()).isEqualTo("cd");
    }
}
