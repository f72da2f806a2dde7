package io.eventlens.extraction.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.document.Document;
import org.junit.jupiter.api.Test;

class LanguageAnnotatorTest {

    private static final LanguageAnnotator ANNOTATOR = new LanguageAnnotator();

    private static Document run(String text) {
        Document d = Document.of("t.txt", text);
        ANNOTATOR.annotate(d);
        return d;
    }

    @Test
    void englishIsRecognisedAndReadable() {
        Document d = run("The Lakeside Choir will hold its spring concert in the old town hall on Friday evening. "
                + "Tickets are free, but the organisers ask visitors to register in advance because seats are limited.");
        assertThat(d.language()).isEqualTo("en");
        assertThat(LanguageAnnotator.readable(d)).isTrue();
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void anotherLanguageIsNamedInTheNotesAndNotReadable() {
        Document d = run("Der Chor am See gibt sein Frühlingskonzert am Freitagabend im alten Rathaus. "
                + "Der Eintritt ist frei, aber die Veranstalter bitten die Besucher, sich vorher anzumelden, "
                + "weil die Zahl der Plätze begrenzt ist.");
        assertThat(d.language()).isEqualTo("de");
        assertThat(LanguageAnnotator.readable(d)).isFalse();
        assertThat(d.notes()).singleElement().asString().contains("German").contains("no events");
    }

    @Test
    void tooLittleTextStaysUndecided() {
        Document d = run("Dr. Ana Ruiz\n12 May");
        assertThat(d.language()).isEqualTo("und");
        assertThat(LanguageAnnotator.readable(d)).isTrue();
    }

    @Test
    void theSampleIsBoundedAndPrefersProse() {
        String heading = "Zed Quorum Hall\n";
        String prose = "This line has quite a few ordinary words in it for the detector.\n";
        String sample = ProseSample.of(heading + prose.repeat(1000), 300);
        assertThat(sample.length()).isLessThanOrEqualTo(300);
        assertThat(sample).startsWith("This line");
    }
}
