package io.eventlens.extraction.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.document.Deadline;
import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.SourceFormat;
import io.eventlens.extraction.normalize.Normalizer;
import io.eventlens.extraction.text.TokenSentenceAnnotator;
import io.eventlens.extraction.time.TemporalAnnotator;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutAnnotatorTest {

    private static Document layout(String source, SourceFormat format) {
        Document d = new Document("t", source, format, null, Deadline.NONE);
        new Normalizer().annotate(d);
        new LayoutAnnotator().annotate(d);
        return d;
    }

    private static List<String> headings(Document d) {
        return d.get(Heading.LAYER).stream().map(d::text).toList();
    }

    private static final String BULLETIN = """
            Spring Notes from the Valley Network

            This issue covers two gatherings held in the valley this spring.

            Soil and Seed: Keeping Heirloom Varieties Alive

            Valley Growers Network, Orchard Society of the Vale
            14 March 2021

            The two groups met in the barn to swap seed. Dr. Ana Ruiz spoke first.

            LATE FROST WORKSHOP
            Date: 2 April 2021
            Where: Greystone Farm, Lower Vale
            Speakers:
            - Mira Holt, grower
            • Piet Lange (Orchard Society)
            """;

    @Test
    void linesKnowTheirIndentationBlankNeighboursAndListMarkers() {
        Document d = layout(BULLETIN, SourceFormat.PLAIN);
        List<Line> lines = d.get(Line.LAYER);
        assertThat(lines).hasSize(12);
        Line org = lines.get(3);
        assertThat(d.text(org)).isEqualTo("Valley Growers Network, Orchard Society of the Vale");
        assertThat(org.blankBefore()).isTrue();
        assertThat(org.blankAfter()).isFalse();
        Line bullet = lines.get(11);
        assertThat(bullet.listItem()).isTrue();
        assertThat(d.text(bullet.body())).isEqualTo("Piet Lange (Orchard Society)");
        assertThat(d.get(Block.LAYER)).hasSize(6);
    }

    @Test
    void headingsAreStandaloneTitleShapedLines() {
        Document d = layout(BULLETIN, SourceFormat.PLAIN);
        assertThat(headings(d)).containsExactly("Spring Notes from the Valley Network",
                "Soil and Seed: Keeping Heirloom Varieties Alive", "Valley Growers Network, Orchard Society of the Vale",
                "LATE FROST WORKSHOP");
        assertThat(d.get(Heading.LAYER).get(3).allCaps()).isTrue();
    }

    @Test
    void labelsArePairedWithTheirValues() {
        Document d = layout(BULLETIN, SourceFormat.PLAIN);
        List<LabeledLine> all = d.get(LabeledLine.LAYER);
        assertThat(all).extracting(LabeledLine::key).containsExactly("soil and seed", "date", "where", "speakers");
        assertThat(all.get(0).known()).isFalse();
        List<LabeledLine> labels = all.subList(1, 4);
        assertThat(labels).allMatch(LabeledLine::known);
        assertThat(d.text(labels.get(1).value())).isEqualTo("Greystone Farm, Lower Vale");
        assertThat(labels.get(2).hasValue()).isFalse();
    }

    @Test
    void agendaSlotsTakeTheirTimesAndIndentedContinuations() {
        String programme = """
                PROGRAMME

                09:00 - 09:45   Welcome
                                Dr. Ilse Varga, Rector
                                Tomas Brand, Mayor
                9.45–10.30 Keynote: "Rivers as Neighbours"
                2:15 pm to 3 pm Tea on the lawn
                2021-2026 review of the charter
                """;
        Document d = layout(programme, SourceFormat.PLAIN);
        List<AgendaItem> items = d.get(AgendaItem.LAYER);
        assertThat(items).extracting(AgendaItem::from).containsExactly("09:00", "09:45", "14:15");
        assertThat(items).extracting(AgendaItem::to).containsExactly("09:45", "10:30", "15:00");
        assertThat(d.text(items.get(0))).endsWith("Tomas Brand, Mayor");
        assertThat(d.text(items.get(1).body())).isEqualTo("Keynote: \"Rivers as Neighbours\"");
        assertThat(headings(d)).containsExactly("PROGRAMME");
    }

    @Test
    void htmlHeadingsComeFromMarkupAndPictogramsAreLabels() {
        String page = "<main><h1>Night Market Talks</h1><p>\uD83D\uDCCD Old Pier Hall, Brightwater</p>"
                + "<p>A short paragraph that is not a heading</p><h2>Speakers</h2></main>";
        Document d = layout(page, SourceFormat.HTML);
        assertThat(d.get(Heading.LAYER)).extracting(Heading::level).containsExactly(1, 2);
        assertThat(headings(d)).containsExactly("Night Market Talks", "Speakers");
        LabeledLine pin = d.get(LabeledLine.LAYER).get(0);
        assertThat(pin.key()).isEqualTo("location");
        assertThat(d.text(pin.value())).isEqualTo("Old Pier Hall, Brightwater");
    }

    @Test
    void aFieldHeadingOrABareLabelLabelsTheNextLine() {
        String page = "# Orchard Day\n\n## Where\nGreystone Farm, Lower Vale\n\n## Speakers\n- Mira Holt\n\nVenue:\nOld Barn\n";
        Document d = layout(page, SourceFormat.MARKDOWN);
        List<LabeledLine> labels = d.get(LabeledLine.LAYER);
        assertThat(labels).extracting(LabeledLine::key).containsExactly("where", "venue", "venue");
        assertThat(d.text(labels.get(0).value())).isEqualTo("Greystone Farm, Lower Vale");
        assertThat(labels.get(1).hasValue()).isFalse();
        assertThat(d.text(labels.get(2).value())).isEqualTo("Old Barn");
    }

    @Test
    void numberedSectionHeadingsInSentenceCaseOverWrappedParagraphsHeadTheirSections() {
        String report = """
                2. OUR YEAR IN MEETINGS

                2.1 Starting at home: the coastal towns forum

                In April the Trust brought forty harbour councillors to Saltmere for a
                forum on flood insurance, chaired by our director.

                2.2 Lisbon: tides and tenure

                On 12 June the Trust held a side event titled \"Who Owns the
                Shore? Tenure After the Tide\" at the Maritime Hall, with three panellists.

                2.3 Improve the water supply
                2.4 Train the wardens
                """;
        Document d = layout(report, SourceFormat.PLAIN);
        assertThat(headings(d)).contains("Starting at home: the coastal towns forum", "Lisbon: tides and tenure")
                .noneMatch(h -> h.contains("water supply") || h.contains("wardens"));
    }

    @Test
    void clockTimesNeedMinutesOrMeridiem() {
        assertThat(LayoutAnnotator.clock("9", null, null)).isNull();
        assertThat(LayoutAnnotator.clock("12", "30", "p.m.")).isEqualTo("12:30");
        assertThat(LayoutAnnotator.clock("12", null, "am")).isEqualTo("00:00");
        assertThat(LayoutAnnotator.clock("25", "00", null)).isNull();
    }

    @Test
    void aNumberedLineOverADateLineHeadsASectionAndANumberedListDoesNot() {
        String bulletin = """
                Harbour Circle Newsletter

                1. Mending Nets: A Morning with the Net Makers
                Saturday 5 April 2025, 09:00-12:00, Quay Hall

                The net makers showed their craft to forty visitors.

                2. Tides and Timetables
                Wednesday, 16.04.2025 | 18:00 | Online

                Our reading list:

                1. The Shore Almanac
                2. Knots for Beginners
                """;
        Document d = new Document("t", bulletin, SourceFormat.PLAIN, null, Deadline.NONE);
        new Normalizer().annotate(d);
        new TokenSentenceAnnotator().annotate(d);
        new TemporalAnnotator().annotate(d);
        new LayoutAnnotator().annotate(d);
        assertThat(headings(d)).contains("Mending Nets: A Morning with the Net Makers", "Tides and Timetables")
                .doesNotContain("The Shore Almanac", "1. The Shore Almanac");
    }

    @Test
    void aSignatureAfterAClosingFormulaHeadsNothing() {
        String letter = """
                Dear colleagues,

                We are delighted to invite you to an evening of choral music on 6 June 2025 at the Embassy.

                Warm regards,

                Mart Kivistik
                Cultural Counsellor

                Programme Notes
                """;
        Document d = layout(letter, SourceFormat.PLAIN);
        assertThat(headings(d)).containsExactly("Programme Notes");
    }

    @Test
    void aTableRowCopiedAsTextIsAFieldOnlyWithAKnownLabel() {
        Document d = layout("Film Night\n\nDate | 6 March 2026\nVenue | Lantern Cinema, Quay Street\n"
                + "Tickets | Box office\nRiver | Wide and slow\n", SourceFormat.PLAIN);
        List<LabeledLine> all = d.get(LabeledLine.LAYER);
        assertThat(all).extracting(LabeledLine::key).containsExactly("date", "venue", "tickets");
        assertThat(d.text(all.get(1).value())).isEqualTo("Lantern Cinema, Quay Street");
    }

    @Test
    void aNumberedLineOverAParagraphHeadsASectionAndSubSectionsAreNumberedToo() {
        String report = """
                4. OUTREACH

                4.1 Open Day at the Seed Bank (June, Oslo)

                The Seed Bank opened its doors to four hundred visitors, who toured the vaults with the curators.

                1. Seed saving is easy.
                2. Seed saving is fun.

                10.30 Coffee and biscuits
                """;
        Document d = new Document("t", report, SourceFormat.PLAIN, null, Deadline.NONE);
        new Normalizer().annotate(d);
        new TokenSentenceAnnotator().annotate(d);
        new TemporalAnnotator().annotate(d);
        new LayoutAnnotator().annotate(d);
        assertThat(headings(d)).contains("OUTREACH", "Open Day at the Seed Bank (June, Oslo)")
                .doesNotContain("Seed saving is easy.", "Coffee and biscuits");
        Line sub = d.get(Line.LAYER).get(1);
        assertThat(LayoutAnnotator.sectionNumber(d.text(), sub)).isEqualTo("4.1");
        // "10.30" is a clock time, not a section number
        assertThat(LayoutAnnotator.sectionNumber(d.text(), d.get(Line.LAYER).get(5))).isNull();
    }

    @Test
    void aShortLineInSentenceCaseOverAParagraphHeadsIt() {
        Document d = layout("""
                Dear members,

                Thank you all for coming to the meeting last week, it was a great pleasure to see so many of you.

                Tree planting on the common
                Volunteers planted sixty young oaks on the common on Saturday, helped by the rangers of the park.
                """, SourceFormat.PLAIN);
        assertThat(headings(d)).containsExactly("Tree planting on the common");
    }

    void aPictogramBeforeAWordLabelLeavesTheWordLabelInCharge() {
        String page = "Harbour Lights Talk\n\n\uD83D\uDCC5 Date: Thu 6 June 2024\n\uD83D\uDD51 Time: 18:00\n"
                + "\uD83D\uDCCD Where | Pier Hall\n\uD83C\uDFA4 Speakers: Ana Ruiz\n\uD83D\uDCCD Old Pier Hall, Brightwater\n";
        Document d = layout(page, SourceFormat.PLAIN);
        List<LabeledLine> labels = d.get(LabeledLine.LAYER);
        assertThat(labels).extracting(LabeledLine::key).containsExactly("date", "time", "where", "speakers", "location");
        assertThat(labels).extracting(l -> d.text(l.value()))
                .containsExactly("Thu 6 June 2024", "18:00", "Pier Hall", "Ana Ruiz", "Old Pier Hall, Brightwater");
    }

    @Test
    void theApparatusOfAPressReleaseIsNoHeading() {
        String release = "River Towns Meet\n\nThe mayors met on Friday in the town hall.\n\n-ENDS-\n\n###\n\n"
                + "Notes to editors\n\nMedia contact: Lea Brandt, Press Officer, +49 30 1234 567\n\nAbout the Network\n";
        Document d = layout(release, SourceFormat.PLAIN);
        assertThat(headings(d)).contains("River Towns Meet", "About the Network")
                .doesNotContain("-ENDS-", "###", "Notes to editors", "Media contact: Lea Brandt, Press Officer, +49 30 1234 567");
        assertThat(LayoutAnnotator.isEditorialLine("Press enquiries: press@example.org")).isTrue();
        assertThat(LayoutAnnotator.isEditorialLine("Ends of the Earth: Polar Stories")).isFalse();
        // a page's sharing bar, its format line and a by-line name no event either
        assertThat(LayoutAnnotator.isEditorialLine("Share: Facebook | X | LinkedIn | Email")).isTrue();
        assertThat(LayoutAnnotator.isEditorialLine("In person & online")).isTrue();
        assertThat(LayoutAnnotator.isEditorialLine("Zoom: https://tarrow.example/j/123 (passcode: weir)")).isTrue();
        assertThat(LayoutAnnotator.isEditorialLine("Jointly organised by the Tarrow Institute, hosted by the Guild")).isTrue();
        assertThat(LayoutAnnotator.isEditorialLine("Sharing Rivers: Online and In Person")).isFalse();
    }
}
