package io.eventlens.extraction.normalize;

import static io.eventlens.extraction.normalize.NormalizerTestSupport.assertOffsetsFaithful;
import static io.eventlens.extraction.normalize.NormalizerTestSupport.find;
import static io.eventlens.extraction.normalize.NormalizerTestSupport.normalize;
import static io.eventlens.extraction.normalize.NormalizerTestSupport.texts;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.SourceFormat;
import org.junit.jupiter.api.Test;

class MarkdownNormalizerTest {

    private static final String RELEASE = """
            # Harbour Museum Opens Its Doors to Night Visitors

            *For immediate release*

            **BRIGHTWATER, May 2, 2024 —** The Harbour Museum will host a \\*free\\* evening symposium.

            **Event:** Lights on the Water: A Night of Maritime History
            **Where:** Harbour Museum, Brightwater

            ## Programme

            - Opening by **Nell Ortiz** of the [Harbour Trust](https://example.org)
            - A talk by _Dr. Piet Lange_, curator
            1. Closing `remarks`

            Second heading
            --------------
            Snake_case_words stay &amp; entities decode.
            """;

    @Test
    void frontMatterIsNoTextAndNoHeading() {
        String page = """
                ---
                layout: talk
                tags: [rivers, maps]
                ---

                # Mapping the Old River Beds
                """;
        Document d = normalize(page, SourceFormat.MARKDOWN);
        assertThat(d.text()).doesNotContain("layout").doesNotContain("tags");
        assertThat(texts(d, Markup.Kind.HEADING)).containsExactly("Mapping the Old River Beds");
        assertOffsetsFaithful(d);
    }

    @Test
    void anOrganiserLineInAQuotedHeaderStaysALineOfItsOwn() {
        String page = """
                # Mapping the Old River Beds

                > **4 May 2026** · 10h00 to 16h00 · Mill House, Tarrow
                > Organised by the **Tarrow Mapping Circle** and the Lowmoor Library
                > but the walk itself is led by volunteers
                """;
        Document d = normalize(page, SourceFormat.MARKDOWN);
        assertThat(d.text()).contains("Mill House, Tarrow\nOrganised by the Tarrow Mapping Circle and the Lowmoor Library but the walk");
        assertOffsetsFaithful(d);
    }

    @Test
    void headingsListsAndEmphasisBecomeMarkup() {
        Document d = normalize(RELEASE, SourceFormat.MARKDOWN);
        assertThat(texts(d, Markup.Kind.HEADING)).containsExactly(
                "Harbour Museum Opens Its Doors to Night Visitors", "Programme", "Second heading");
        assertThat(texts(d, Markup.Kind.LIST_ITEM)).containsExactly(
                "Opening by Nell Ortiz of the Harbour Trust", "A talk by Dr. Piet Lange, curator", "Closing remarks");
        assertThat(texts(d, Markup.Kind.STRONG)).contains("BRIGHTWATER, May 2, 2024 —", "Event:", "Nell Ortiz");
        assertThat(texts(d, Markup.Kind.EMPHASIS)).contains("For immediate release", "Dr. Piet Lange");
        assertThat(texts(d, Markup.Kind.LINK)).containsExactly("Harbour Trust");
        assertThat(d.get(Markup.LAYER).stream().filter(m -> m.kind() == Markup.Kind.HEADING).map(Markup::level))
                .containsExactly(1, 2, 2);
    }

    @Test
    void markersVanishAndLabelLinesStaySeparate() {
        Document d = normalize(RELEASE, SourceFormat.MARKDOWN);
        assertThat(d.text()).contains("BRIGHTWATER, May 2, 2024 — The Harbour Museum will host a *free* evening symposium.")
                .contains("Event: Lights on the Water: A Night of Maritime History\nWhere: Harbour Museum, Brightwater")
                .contains("Snake_case_words stay & entities decode.")
                .doesNotContain("#").doesNotContain("**").doesNotContain("---");
        assertThat(d.evidence(find(d, "Nell Ortiz"), 1.0).text()).isEqualTo("Nell Ortiz");
        assertThat(d.evidence(find(d, "& entities"), 1.0).text()).isEqualTo("&amp; entities");
        assertOffsetsFaithful(d);
    }

    @Test
    void imagesAreDroppedAndUnclosedEmphasisIsLiteral() {
        Document d = normalize("A ![map](map.png) point * of interest and 2 * 3 = 6", SourceFormat.MARKDOWN);
        assertThat(d.text()).isEqualTo("A  point * of interest and 2 * 3 = 6");
    }

    @Test
    void aTwoColumnTableRowReadsAsALabelledLine() {
        String page = """
                # Tidal Energy Evening

                | | |
                |---|:---|
                | \uD83D\uDCC5 **Date** | Tue 4 June 2024 |
                | Venue: | Pier Hall, Brightwater |
                | Speaker | Topic | Room |
                """;
        Document d = normalize(page, SourceFormat.MARKDOWN);
        assertThat(d.text()).contains("\uD83D\uDCC5 Date: Tue 4 June 2024\nVenue: Pier Hall, Brightwater\n")
                .doesNotContain("| |");
        // wider rows keep their cells
        assertThat(d.text()).contains("| Speaker | Topic | Room |");
        assertThat(texts(d, Markup.Kind.LABEL)).contains("\uD83D\uDCC5 Date", "Venue:");
        assertOffsetsFaithful(d);
    }

    @Test
    void tableRowsAndAPublicationLineUnderTheMastheadStayLinesOfTheirOwn() {
        String page = """
                **Lakeshore Tenants Union (LTU)** · weekly notes on the City Housing Board
                *Issued Monday 2nd June 2025 · covering the week before*

                | Day | Meeting | Time |
                |---|---|---|
                | Tue 27/5 | Hearing on evictions | 10h00–11h00 |
                | Wed 28/5 | Budget committee | 14h00–15h30 |
                """;
        String text = normalize(page, SourceFormat.MARKDOWN).text();
        // the board's name ends its line: no "City Housing Board Issued" for the organiser readers
        assertThat(text).contains("City Housing Board\n");
        assertThat(text).contains("| Tue 27/5 | Hearing on evictions | 10h00–11h00 |\n| Wed 28/5 |");
    }
}
