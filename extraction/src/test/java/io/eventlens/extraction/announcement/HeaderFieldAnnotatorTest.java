package io.eventlens.extraction.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.document.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderFieldAnnotatorTest {

    private static final String MEMO = """
            Type:     dept.lectures.physics
            Who:      Dr. Ottilie Vance-Marrow
                      Visiting Fellow, Institute of Glass Studies
            Topic:    "Slow Cracks in Fast Glass:
                      A Tale of Two Fractures"
            Dates:    14-Mar-24
            Time:     3:30 - 5:00 PM
            Place:    Larkspur Hall 210
            PostedBy: Nell Ashgrove on 7-Mar-24 at 10:02 from mail.example.edu
            Abstract:\s

               This talk, see http://example.org/x, will cover two kinds of fracture.
             Speaker: Ottilie Vance-Marrow
             Affiliation: Department of Materials
             Harwick Research Laboratories
             Host: Piet Oduya
            """;

    private static List<HeaderField> fields(String text) {
        Document document = Document.of("memo.txt", text);
        new HeaderFieldAnnotator().annotate(document);
        return document.get(HeaderField.LAYER);
    }

    private static String value(String text, HeaderField f) {
        return text.substring(f.valueStart(), f.valueEnd());
    }

    @Test
    void readsKeysValuesAndIndentedContinuationLines() {
        List<HeaderField> fields = fields(MEMO);
        assertThat(fields).extracting(HeaderField::key).containsExactly(
                "type", "who", "topic", "dates", "time", "place", "postedby", "abstract",
                "speaker", "affiliation", "host");
        HeaderField who = fields.get(1);
        assertThat(MEMO.substring(who.keyStart(), who.keyEnd())).isEqualTo("Who");
        assertThat(value(MEMO, who)).isEqualTo("Dr. Ottilie Vance-Marrow\n          Visiting Fellow, Institute of Glass Studies");
        Document document = Document.of("memo.txt", MEMO);
        new HeaderFieldAnnotator().annotate(document);
        HeaderField topic = document.get(HeaderField.LAYER).get(2);
        assertThat(topic.value(document)).isEqualTo("\"Slow Cracks in Fast Glass: A Tale of Two Fractures\"");
        assertThat(document.text(topic.firstValueLine(document))).isEqualTo("\"Slow Cracks in Fast Glass:");
        assertThat(value(MEMO, fields.get(5))).isEqualTo("Larkspur Hall 210");
    }

    @Test
    void anEmptyValueStaysEmptyAndABlankLineEndsTheField() {
        List<HeaderField> fields = fields(MEMO);
        HeaderField abstractField = fields.get(7);
        assertThat(abstractField.hasValue()).isFalse();
        assertThat(MEMO.substring(abstractField.start(), abstractField.end())).isEqualTo("Abstract:");
    }

    @Test
    void aLineAtTheKeysIndentationContinuesOnlyBetweenFieldsOfTheSameBlock() {
        List<HeaderField> fields = fields(MEMO);
        assertThat(value(MEMO, fields.get(9))).isEqualTo("Department of Materials\n Harwick Research Laboratories");
        assertThat(value(MEMO, fields.get(10))).isEqualTo("Piet Oduya");
        assertThat(fields.get(0).block()).isEqualTo(fields.get(7).block());
        assertThat(fields.get(8).block()).isEqualTo(fields.get(10).block()).isGreaterThan(fields.get(7).block());
        assertThat(fields.get(8).indent()).isEqualTo(1);
    }

    @Test
    void aKeyWithNothingAfterItTakesTheIndentedLinesBelow() {
        String text = "Speaker:\n    Rafe Quintal\n    Northfield College\nTime: noon\n";
        List<HeaderField> fields = fields(text);
        assertThat(fields).hasSize(2);
        assertThat(value(text, fields.get(0))).isEqualTo("Rafe Quintal\n    Northfield College");
    }

    @Test
    void proseUrlsTimesAndLongLeadInsAreNotKeys() {
        String text = """
                See http://example.org/a for details.
                at 10:30 in the hall
                The speakers for the whole of this term are: many
                Note:the missing space
                12: a numbered line
                """;
        assertThat(fields(text)).isEmpty();
    }

    @Test
    void foldsKeysForLookup() {
        assertThat(HeaderFieldAnnotator.fold("Host/e-mail ", 0, 11)).isEqualTo("host e mail");
        assertThat(HeaderFieldAnnotator.fold("PostedBy", 0, 8)).isEqualTo("postedby");
    }

    @Test
    void windowsLineBreaksEmptyTextAndGarbageAreFine() {
        String text = "Who: Ada Penhallow\r\n     of Lindqvist College\r\nPlace: Room 12\r\n";
        List<HeaderField> fields = fields(text);
        assertThat(fields).extracting(f -> value(text, f)).containsExactly("Ada Penhallow\r\n     of Lindqvist College", "Room 12");
        assertThat(fields("")).isEmpty();
        assertThat(fields(":::\n:\n\u0000\uFFFD: x\n" + "a".repeat(100_000) + ": b")).isEmpty();
    }
}
