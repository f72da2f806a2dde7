package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.contract.EventRecord;
import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the engine cuts a document into its events: which lines are events, which are apparatus. */
class SegmentationTest {

    private static List<EventRecord> events(String name, String text) {
        return ExtractionEngine.standard().extract(DocumentInput.of(name, text)).events();
    }

    private static List<String> titles(List<EventRecord> events) {
        return events.stream().map(EventRecord::title).toList();
    }

    @Test
    void reportSectionsWithThePlaceBeforeTheDateInTheirBracketAreEvents() {
        String report = """
                ANNUAL REPORT 2023 of the Fjordland Water Institute

                4. MEETINGS

                4.1 Overview

                The Institute convened two meetings this year, both with partners from the region.

                  ┌──────────────────────────────────────┐
                  │ 2023 IN NUMBERS                      │
                  │ 2 meetings · 180 participants        │
                  │ 1 toolkit published on river margins │
                  └──────────────────────────────────────┘

                4.2 Dialogue on Shared Rivers (online, 14–15 March)

                Our first meeting of the year was organised with the Baltic River Forum. Dr. Ilse Varga, Senior Fellow at the Institute, chaired both sessions.

                4.3 River Margins Workshop 2023 (Tromsø and online, 2–4 October)

                The workshop was held at the Polar Hall in Tromsø. Prof. Aron Lind of Arctic Coast University gave the keynote.
                """;
        List<EventRecord> events = events("report.txt", report);
        assertThat(titles(events)).containsExactly("Dialogue on Shared Rivers", "River Margins Workshop 2023");
        assertThat(events.get(0).startDate()).isEqualTo("2023-03-14");
        assertThat(events.get(0).endDate()).isEqualTo("2023-03-15");
        assertThat(events.get(0).location()).isNull();
        assertThat(events.get(1).startDate()).isEqualTo("2023-10-02");
        assertThat(events.get(1).endDate()).isEqualTo("2023-10-04");
        assertThat(events.get(1).location()).contains("Tromsø").doesNotContain("online");
    }

    @Test
    void aNewsLeadNamesItsEventAndArtefactLinesNameNone() {
        String news = """
                World › Europe

                Harbour towns agree to share storm data

                By Ines Varga
                Rijeka | Thursday 8 June 2023, 07.30 CET | Updated 10.05 CET

                [Photo: Harbour masters on the quay at Rijeka. Credit: Luka Horvat]

                Harbour masters from eleven ports agreed on a common storm warning at a meeting in Rijeka that closed on Wednesday.

                The two-day Adriatic Harbours Forum on Storm Warnings, held at the Rijeka Maritime Hall, was convened by the Adriatic Ports Network.

                Advertisement

                Captain Marko Babić, who chaired the forum, said the ports had waited too long.

                Share  |  Comment (2)  |  Print
                """;
        List<EventRecord> events = events("news.txt", news);
        assertThat(titles(events)).containsExactly("Adriatic Harbours Forum on Storm Warnings");
        assertThat(events.get(0).startDate()).isEqualTo("2023-06-06");
        assertThat(events.get(0).endDate()).isEqualTo("2023-06-07");
        assertThat(events.get(0).startTime()).isNull();
    }

    @Test
    void aReleaseKeepsItsLeadEventApartFromTheSideEventOfALaterSection() {
        String release = """
                NEWS RELEASE

                Embargoed until 00:01 CET, 2 May 2024

                Lisbon to host ocean finance meeting

                LISBON, May 2, 2024 – Bankers and ministers from twenty countries will gather in Lisbon on May 20-21 for the Third Atlantic Forum on Ocean Finance, the Tagus Ocean Institute announced today.

                The Forum, which will take place at the Belém Congress Hall, is
                convened by the Institute. Dr. Rita Pais, Director of the Institute, will open the Forum.

                Youth session

                On the eve of the Forum, on Sunday, May 19, from 3 to 6 p.m., the Young Oceans Network will host a Youth Dialogue on Blue Jobs at the Lisbon Youth Hub. The session will be led by Tomás Faria.
                """;
        List<EventRecord> events = events("release.txt", release);
        assertThat(titles(events)).contains("Third Atlantic Forum on Ocean Finance").doesNotContain("Embargoed until 00:01 CET");
        EventRecord forum = events.stream().filter(e -> e.title().startsWith("Third")).findFirst().orElseThrow();
        assertThat(forum.startDate()).isEqualTo("2024-05-20");
        assertThat(forum.endDate()).isEqualTo("2024-05-21");
        assertThat(forum.participants()).extracting(p -> p.name()).contains("Rita Pais").doesNotContain("Tomás Faria");
    }

    @Test
    void sectionsOfAMembersEmailFramedByRulesAreEvents() {
        String bulletin = """
                GREEN LAW CIRCLE -- MEMBERS' NEWSLETTER
                Monday 6 November 2023

                Dear members,

                Two dates for your diaries this month.

                ============================================================
                1. TALLINN EVENING -- THIS THURSDAY
                ============================================================

                "Peatland Restoration and Property Rights"
                Thursday, 6pm for 6.30pm
                Salt Hall, Vana Street 4, Tallinn

                Hosted by the Tallinn Section. Chaired by convenor Mart Ilves.

                ============================================================
                2. WEBINAR -- TUESDAY 21 NOVEMBER
                ============================================================

                Carbon Credits in Forest Law
                12.00 - 13.00 CET, online

                Dr. Liis Saar of Tartu Law School will speak.
                """;
        List<EventRecord> events = events("bulletin.txt", bulletin);
        assertThat(titles(events)).containsExactly("Peatland Restoration and Property Rights", "Carbon Credits in Forest Law");
        assertThat(events.get(0).startDate()).isEqualTo("2023-11-09");
        assertThat(events.get(0).startTime()).isEqualTo("18:00");
        assertThat(events.get(1).startDate()).isEqualTo("2023-11-21");
        assertThat(events.get(1).startTime()).isEqualTo("12:00");
        assertThat(events.get(1).endTime()).isEqualTo("13:00");
    }

    @Test
    void aBilingualProgrammeIsOneEventWithATitleOverTwoLinesAndDayHeadingsInsideIt() {
        String programme = """
                INSTITUT LORRAIN DES DROITS DE L'ENFANT (ILDE)

                                 INTERNATIONAL SEMINAR

                    Child Witnesses Before Criminal Courts:
                    Hearing Children Without Harming Them

                Friday 7 June 2024, 09h00 – 12h30
                Palais des congrès Prouvé, Salle Jean, Nancy

                =====================================================================
                VENDREDI 7 JUIN / FRIDAY 7 JUNE
                =====================================================================

                09h00   OPENING
                        Me Claire Dufresne-Ndiaye, President, ILDE

                10h30   PANEL – Interviews on video
                        Chair: Prof. Anne Masson (University of Lorraine)

                        – Me Bruno Lefort, lawyer, Metz Bar
                        – Dr Sofia Lindqvist, child psychologist, Uppsala

                12h30   End of the seminar
                """;
        List<EventRecord> events = events("programme.txt", programme);
        assertThat(titles(events)).containsExactly("Child Witnesses Before Criminal Courts: Hearing Children Without Harming Them");
        assertThat(events.get(0).startDate()).isEqualTo("2024-06-07");
        assertThat(events.get(0).location()).doesNotContain("JUIN").doesNotContain("FRIDAY");
        assertThat(events.get(0).participants()).extracting(p -> p.name())
                .contains("Claire Dufresne-Ndiaye", "Bruno Lefort").noneMatch(n -> n.startsWith("Me "));
    }
}
