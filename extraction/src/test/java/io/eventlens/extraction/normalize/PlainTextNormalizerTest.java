package io.eventlens.extraction.normalize;

import static io.eventlens.extraction.normalize.NormalizerTestSupport.assertOffsetsFaithful;
import static io.eventlens.extraction.normalize.NormalizerTestSupport.find;
import static io.eventlens.extraction.normalize.NormalizerTestSupport.normalize;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.SourceFormat;
import org.junit.jupiter.api.Test;

class PlainTextNormalizerTest {

    private static final String BULLETIN = """
            Annual Gathering of Lake Wardens

            Northmere Water Council, Tarrow Anglers’ Guild
            12 March 2019

            The [Northmere Water Council](https://example.org/nwc) [convened](#)

            the wardens of five lakes in Tarrow to discuss the
            future of the shoreline. Ms. Ada Quill, Chair of the
            Council, opened the meeting (#).
            """;

    @Test
    void linksBecomeTheirTextAndTargetsVanish() {
        Document d = normalize(BULLETIN, SourceFormat.PLAIN);
        assertThat(d.text()).contains("The Northmere Water Council convened the wardens")
                .doesNotContain("](").doesNotContain("(#)").doesNotContain("https://");
        assertThat(d.evidence(find(d, "Northmere Water Council convened"), 0.9).text())
                .isEqualTo("Northmere Water Council](https://example.org/nwc) [convened");
        assertThat(NormalizerTestSupport.texts(d, Markup.Kind.LINK)).containsExactly("Northmere Water Council", "convened");
    }

    @Test
    void sentencesBrokenAcrossLinesAreJoinedButHeaderLinesStayApart() {
        Document d = normalize(BULLETIN, SourceFormat.PLAIN);
        assertThat(d.text()).startsWith("Annual Gathering of Lake Wardens\n\nNorthmere Water Council, Tarrow Anglers’ Guild\n12 March 2019\n\n");
        assertThat(d.text()).contains("to discuss the future of the shoreline. Ms. Ada Quill, Chair of the Council, opened the meeting .");
        assertOffsetsFaithful(d);
    }

    @Test
    void curlyQuotesStayAndInvisibleCharactersGo() {
        Document d = normalize("\uFEFFThe \u201CBlue\u00A0Shore\u201D talk\u200B   \r\nNext line\t \n", SourceFormat.PLAIN);
        assertThat(d.text()).isEqualTo("The \u201CBlue Shore\u201D talk\nNext line");
        assertOffsetsFaithful(d);
    }

    @Test
    void agendaIndentationAndLabelsAreKept() {
        String agenda = "PROGRAMME\n\n09:00 - 09:30   Welcome\n                Remarks by:\n                - Dr. Ilse Varga, Rector of the\n                Danube Polytechnic\n09:30 - 10:00   Coffee\n";
        Document d = normalize(agenda, SourceFormat.PLAIN);
        assertThat(d.text()).contains("09:00 - 09:30   Welcome\n                Remarks by:\n                - Dr. Ilse Varga, Rector of the Danube Polytechnic\n09:30 - 10:00   Coffee");
    }

    @Test
    void runsOfBlankLinesBecomeOneAndRulesVanish() {
        Document d = normalize("First block.\n\n\n\n-----------\n\nSecond block.", SourceFormat.PLAIN);
        assertThat(d.text()).isEqualTo("First block.\n\nSecond block.");
    }

    @Test
    void emptyAndBlankInputGiveEmptyText() {
        assertThat(normalize("", SourceFormat.PLAIN).text()).isEmpty();
        assertThat(normalize(" \n\t\n ", SourceFormat.PLAIN).text()).isEmpty();
    }

    @Test
    void aLongWrappedLineWithACommaContinuesOnACapitalisedLine() {
        assertThat(LineJoiner.wrapped("The Marram Soil Policy Centre (MSPC), together with the Western Upland Water Utilities",
                "Forum (WUWUF), has the pleasure of inviting you to a meeting", false)).isTrue();
        assertThat(LineJoiner.wrapped("Workshop on the Future of Water Governance in the Western Upland Region",
                "Kessel Institute for Water Studies", false)).isFalse();
    }

    @Test
    void joinRulesNeedAProseLineBeforeTheBreak() {
        assertThat(LineJoiner.joins("Upcoming talks", "in the spring", 1)).isFalse();
        assertThat(LineJoiner.joins("The panel was moderated by the head of", "Research at the Institute", 1)).isTrue();
        assertThat(LineJoiner.joins("She ended her remarks.", "then left", 0)).isFalse();
        assertThat(LineJoiner.joins("Speakers will be announced by the", "Date: 4 May", 0)).isFalse();
        assertThat(LineJoiner.joins("Welcome remarks by the chair of the", "10:30 Coffee", 0)).isFalse();
    }
}
