package io.eventlens.extraction.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.text.TokenSentenceAnnotator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StatisticalNameAnnotatorTest {

    private static StatisticalNameAnnotator annotator;

    @BeforeAll
    static void load() {
        annotator = new StatisticalNameAnnotator();
    }

    private static Document annotate(String text) {
        Document document = Document.of("test.txt", text);
        new TokenSentenceAnnotator().annotate(document);
        annotator.annotate(document);
        return document;
    }

    @Test
    void addsNamesWithTheirOffsetsTypesAndConfidences() {
        String text = "The workshop was opened by Maria Kowalczyk of the Baltic Energy Institute in Gdansk.";
        Document document = annotate(text);

        List<EntityMention> mentions = document.get(EntityMention.LAYER);
        assertThat(mentions).extracting(document::text).contains("Maria Kowalczyk", "Gdansk");
        assertThat(mentions).filteredOn(m -> document.text(m).equals("Maria Kowalczyk"))
                .singleElement().satisfies(m -> {
                    assertThat(m.type()).isEqualTo(EntityMention.PERSON);
                    assertThat(m.confidence()).isGreaterThan(0.8).isLessThanOrEqualTo(1.0);
                });
        assertThat(mentions).filteredOn(m -> document.text(m).equals("Gdansk"))
                .singleElement().extracting(EntityMention::type).isEqualTo(EntityMention.LOCATION);
        assertThat(mentions).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(EntityMention.ORGANIZATION);
            assertThat(document.text(m)).endsWith("Energy Institute");
        });
        assertThat(mentions).allSatisfy(m -> assertThat(m.start()).isEqualTo(text.indexOf(document.text(m))));
    }

    @Test
    void initialsAndHonorificsKeepTheirPeriodAsInNewsText() {
        Document document = annotate("The keynote was given by Dr. Robert P. Lindqvist, who flew in from Oslo.");

        assertThat(document.get(EntityMention.LAYER)).filteredOn(m -> m.type().equals(EntityMention.PERSON))
                .extracting(document::text).containsExactly("Robert P. Lindqvist");
    }

    @Test
    void titleCaseHeadingsOfAnAgendaDoNotReadAsConfidentNames() {
        String agenda = """
                Opening Session and Welcome Remarks
                Networking Lunch
                Coffee Break
                Closing Remarks
                Registration and Coffee
                Expected Outcomes
                Practical Information
                Frequently Asked Questions
                """;
        Document document = annotate(agenda);

        assertThat(document.get(EntityMention.LAYER)).filteredOn(m -> m.confidence() >= 0.8).isEmpty();
    }

    @Test
    void theSameNamesAreFoundInAHeadingAfterTheTextUsesThemInRunningText() {
        Document document = annotate("""
                Lecture by Henrik Solvang
                Henrik Solvang, an economist, will speak about ports in the Baltic.
                """);

        assertThat(document.get(EntityMention.LAYER)).filteredOn(m -> m.type().equals(EntityMention.PERSON))
                .extracting(document::text).containsExactly("Henrik Solvang", "Henrik Solvang");
    }

    @Test
    void emptyTextAndAnEnormousLineAreHandled() {
        assertThat(annotate("").get(EntityMention.LAYER)).isEmpty();

        String line = "Talks with Maria Kowalczyk in Gdansk went on , ".repeat(3_000);
        Document document = annotate(line);
        assertThat(document.get(EntityMention.LAYER)).hasSizeGreaterThan(1_000)
                .allSatisfy(m -> assertThat(m.end()).isLessThanOrEqualTo(line.length()));
    }
}
