package io.eventlens.extraction.normalize;

import static io.eventlens.extraction.normalize.NormalizerTestSupport.assertOffsetsFaithful;
import static io.eventlens.extraction.normalize.NormalizerTestSupport.find;
import static io.eventlens.extraction.normalize.NormalizerTestSupport.normalize;
import static io.eventlens.extraction.normalize.NormalizerTestSupport.texts;
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
    void plainTextCopiedWithMarkdownMarkersLosesThemButKeepsItsLines() {
        String copied = """
                # Talk: Mills of the Aske

                **Thursday 4 June, 6.30pm**
                Tarrow Library, Room 2
                Free entry

                Ada Brennock will be in conversation with **Tom Hale**, keeper of the mill, and **Dr Lena Voss**.
                """;
        Document d = normalize(copied, SourceFormat.PLAIN);
        assertThat(d.text()).contains("Talk: Mills of the Aske\n").contains("Thursday 4 June, 6.30pm\nTarrow Library, Room 2\nFree entry")
                .contains("with Tom Hale, keeper").doesNotContain("**").doesNotContain("# ");
        assertOffsetsFaithful(d);
        // one heading and no bold pairs: plain text stays plain
        assertThat(normalize("# 1\nA *b* c", SourceFormat.PLAIN).text()).contains("# 1");
    }

    @Test
    void aLineFramedByDashesIsAHeadingWithoutItsFrame() {
        Document d = normalize("Weekly notes\n\n--- Weirs and the Law ---\n\nTuesday 2 June, 18.00\n\n----------\n", SourceFormat.PLAIN);
        assertThat(d.text()).contains("\nWeirs and the Law\n").doesNotContain("---");
        assertThat(texts(d, Markup.Kind.HEADING)).containsExactly("Weirs and the Law");
        assertOffsetsFaithful(d);
    }

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
    void rowsWithColumnsAreNotWrappedText() {
        assertThat(LineJoiner.filled("Mette Lunde \u2013 Chief Engineer \u2013 Danish Grid Institute", 51,
                "Karl Wegner, Senior Analyst | Energy Watch Europe", 51, false)).isFalse();
        assertThat(LineJoiner.filled("The panel discussed storage prices across the region and", 56,
                "Nordic grid rules for batteries", 56, true)).isTrue();
    }

    @Test
    void aLongWrappedLineWithACommaContinuesOnACapitalisedLine() {
        assertThat(LineJoiner.wrapped("The Marram Soil Policy Centre (MSPC), together with the Western Upland Water Utilities",
                "Forum (WUWUF), has the pleasure of inviting you to a meeting", false)).isTrue();
        assertThat(LineJoiner.wrapped("Workshop on the Future of Water Governance in the Western Upland Region",
                "Kessel Institute for Water Studies", false)).isFalse();
    }

    @Test
    void linesInCapitalsGoOnWhenTheyAreOneTitleOrOneName() {
        assertThat(LineJoiner.capitalsGoOn("SMALL STATES, BIG WATERS:", "FISHERIES ENFORCEMENT ACROSS BORDERS", 8, 8)).isTrue();
        assertThat(LineJoiner.capitalsGoOn("COASTAL CITIES IN A WARMING WORLD", "LESSONS FROM THE NORTH SEA", 4, 4)).isTrue();
        assertThat(LineJoiner.capitalsGoOn("PERMANENT MISSION OF MALTA", "TO THE UNITED NATIONS IN GENEVA", 0, 0)).isTrue();
        assertThat(LineJoiner.capitalsGoOn("NORDIC FISHERS' NEWSLETTER", "ISSUE 12 MAY 2024", 4, 4)).isFalse(); // a masthead's issue line
        assertThat(LineJoiner.capitalsGoOn("EMBASSY OF MALTA", "VIENNA", 0, 0)).isFalse();
        assertThat(LineJoiner.capitalsGoOn("ANNEX", "DRAFT PROGRAMME", 0, 0)).isFalse();
        assertThat(LineJoiner.capitalsGoOn("Small States, Big Waters:", "FISHERIES ENFORCEMENT", 8, 8)).isFalse();
    }

    @Test
    void aTitleInCapitalsBeforeItsColonGoesOnInTitleCase() {
        assertThat(LineJoiner.capitalsOverTitleCase("AFTER THE FLOOD:", "Rebuilding Homes, Records and Trust in River Towns")).isTrue();
        assertThat(LineJoiner.capitalsOverTitleCase("DATE AND TIME:", "Tuesday 4 May, 10:00")).isFalse();
        assertThat(LineJoiner.capitalsOverTitleCase("SPEAKERS AND PANELLISTS:", "Dr Ana Ruiz, Lund University")).isFalse();
        assertThat(LineJoiner.capitalsOverTitleCase("AFTER THE FLOOD:", "the towns rebuilt their archives.")).isFalse();
    }

    @Test
    void joinRulesNeedAProseLineBeforeTheBreak() {
        assertThat(LineJoiner.joins("Upcoming talks", "in the spring", 1)).isFalse();
        assertThat(LineJoiner.joins("The panel was moderated by the head of", "Research at the Institute", 1)).isTrue();
        assertThat(LineJoiner.joins("She ended her remarks.", "then left", 0)).isFalse();
        assertThat(LineJoiner.joins("Speakers will be announced by the", "Date: 4 May", 0)).isFalse();
        assertThat(LineJoiner.joins("Welcome remarks by the chair of the", "10:30 Coffee", 0)).isFalse();
        assertThat(LineJoiner.joins("Subject: Invitation to the Forum on Lichens, 12 May", "Dear colleagues,", 1)).isFalse();
        assertThat(LineJoiner.joins("Registration is free, but places may", "run out quickly", 0)).isTrue();
    }

    /** A bulletin pasted from an e-mail: every paragraph broken at 72 columns, wherever a word did not fit. */
    private static final String HARD_WRAPPED = """
            Open Day at the Brackwater Seed Bank

            The Institute for Dryland Crops organised an Open Day on Sunday, 17 June
            2029, at the Brackwater Seed Bank. Dr. Ilario Venn, Curator of the Seed
            Bank, guided the visitors through the vaults and answered their
            questions.

            Lecture on Tidal Clocks

            On 21 June 2029, the Coastal History Society hosted an evening lecture
            at the Kelder Gallery in Selmar. Prof. Marit Oyelaran of the University
            of Selmar spoke about tide tables, which the harbour has kept since 1820.
            Place:  Kelder Gallery, Old Customs House
            """;

    @Test
    void hardWrappedParagraphsAreJoinedWhereTheNextWordDidNotFit() {
        Document d = normalize(HARD_WRAPPED, SourceFormat.PLAIN);
        assertThat(d.text()).contains("on Sunday, 17 June 2029, at the Brackwater Seed Bank. Dr. Ilario Venn, Curator of the "
                + "Seed Bank, guided the visitors through the vaults and answered their questions.");
        assertThat(d.text()).contains("at the Kelder Gallery in Selmar. Prof. Marit Oyelaran of the University of Selmar spoke");
        // headings keep their lines; a sentence's end and a label start new ones
        assertThat(d.text()).startsWith("Open Day at the Brackwater Seed Bank\n\nThe Institute");
        assertThat(d.text()).contains("questions.\n\nLecture on Tidal Clocks\n\nOn 21 June");
        assertThat(d.text()).contains("since 1820.\nPlace:");
        assertOffsetsFaithful(d);
    }

    @Test
    void aTitleAsWideAsTheWrapKeepsItsDateLine() {
        String text = HARD_WRAPPED + "\nWorkshop on Harbour Walls, Sea Gates and the Old Tide Mills of Selmar Bay\n"
                + "14 July 2029, Kelder Gallery\n";
        Document d = normalize(text, SourceFormat.PLAIN);
        assertThat(d.text()).contains("Mills of Selmar Bay\n14 July 2029, Kelder Gallery");
        assertThat(d.text()).contains("on Sunday, 17 June 2029, at the Brackwater");
    }

    @Test
    void aListOfWitnessesOneALineKeepsItsLinesEvenWhenAsWideAsTheText() {
        String schedule = """
                Tuesday, 24 November 2026

                10:00 - 12:00   Public hearing: Grid resilience after the 2026 winter storms     Room S-214

                    Panel 1
                      Mr. Tomasz Wielgosz-Hart, Chief Executive Officer, National Grid Operator of Valdoria
                      Ms. Aurelie Nkemelu-Braun, Director of Infrastructure Policy, Ministry of Energy

                Hearings are broadcast live on the Senate television channel. Contact: Clerk of the Committee.
                """;
        Document d = normalize(schedule, SourceFormat.PLAIN);
        assertThat(d.text()).doesNotContain("Valdoria Ms.").contains("Ministry of Energy\n");
        assertOffsetsFaithful(d);
    }

    @Test
    void aLinkWhoseTextACopyBrokeOverTwoLinesIsOneLineOfLinkText() {
        String listing = """
                SEMINAR | 3.2.2025 | Leeds

                [Tenancy Law after the Reform: What Changed
                for Renters?](#)

                A seminar on the first year of the new rules.
                """;
        Document d = normalize(listing, SourceFormat.PLAIN);
        assertThat(d.text()).contains("\nTenancy Law after the Reform: What Changed for Renters?\n");
        assertThat(d.text()).doesNotContain("[").doesNotContain("]");
        assertThat(texts(d, Markup.Kind.LINK)).containsExactly("Tenancy Law after the Reform: What Changed", "for Renters?");
        assertOffsetsFaithful(d);
    }

    @Test
    void aBracketWithoutALinkTargetBelowStaysText() {
        Document d = normalize("Notes [see the annex\nfor details] and more.\n", SourceFormat.PLAIN);
        assertThat(d.text()).contains("[see the annex");
    }

    @Test
    void aListUnderARelatedPostsHeadingIsLeftOutUpToTheNextBlankLine() {
        Document d = normalize("""
                The seminar drew sixty people.

                Related events
                  12 Nov 2024 - Webinar: Tides and rents
                  18 Sep 2024 - Roundtable on harbour dues

                Tarrow Harbour Trust | 4 Quay Street
                """, SourceFormat.PLAIN);
        assertThat(d.text()).contains("The seminar drew sixty people.").contains("Tarrow Harbour Trust")
                .doesNotContain("Related events").doesNotContain("Webinar").doesNotContain("Roundtable");
    }
}
