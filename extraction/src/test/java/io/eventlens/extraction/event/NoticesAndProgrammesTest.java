package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.contract.EventRecord;
import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import io.eventlens.extraction.ExtractionResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hearing notices, meeting summaries and Markdown programmes, read whole by the engine. Each document here is
 * invented: the people, titles and organisations do not exist.
 */
class NoticesAndProgrammesTest {

    private static EventRecord only(String name, String text) {
        ExtractionResult result = ExtractionEngine.standard().extract(DocumentInput.of(name, text));
        assertThat(result.events()).hasSize(1);
        return result.events().get(0);
    }

    @Test
    void aVenueLineBetweenTheTitleAndTheDateIsThePlaceAndNotTheTitle() {
        String text = """
                INSTITUTE FOR DRYLAND GOVERNANCE

                EXPERT MEETING ON WELLS, CORRIDORS
                AND SHARED GRAZING

                Dune Court Hotel, Nouakchott
                4-5 March 2025

                SUMMARY

                1.1 The Institute for Dryland Governance (IDG) convened the meeting in Nouakchott.
                """;
        EventRecord e = only("summary.txt", text);
        assertThat(e.title()).isEqualTo("Expert Meeting on Wells, Corridors and Shared Grazing");
        assertThat(e.location()).isEqualTo("Dune Court Hotel, Nouakchott");
        assertThat(e.startDate()).isEqualTo("2025-03-04");
        // "1.1 " is the paragraph's number, not part of the convener's name
        assertThat(e.organizers()).contains("Institute for Dryland Governance").noneMatch(o -> o.startsWith("1.1"));
    }

    @Test
    void aTopHeadingOverItsSubtitleIsOneTitleAndPictographLinesStayApart() {
        String text = """
                # Salt and Stone
                ## Heritage Law for Coastal Towns after the Storms

                **Second workshop of the Adriatic Heritage Law Circle**

                📍 Sala Grande, Palazzo Verzi, Trieste
                📅 October 6-7, 2027

                The workshop is organised by the Adriatic Heritage Law Circle.

                ### Day 1 — Wednesday 6 October

                #### 10:00 · Panel — Rebuilding what the sea took
                Chair: Dr. Livia Marchetti-Osei (Trieste Centre for Maritime Heritage)
                - Dr. Tomislav Horvat-Lind (Split School of Architecture): *Stone by stone*
                - Ana Kovačić (Rijeka Heritage Clinic) — *Who owns a ruin?*
                """;
        EventRecord e = only("workshop.md", text);
        assertThat(e.title()).isEqualTo("Salt and Stone: Heritage Law for Coastal Towns after the Storms");
        assertThat(e.location()).isEqualTo("Sala Grande, Palazzo Verzi, Trieste");
        assertThat(e.startDate()).isEqualTo("2027-10-06");
        assertThat(e.endDate()).isEqualTo("2027-10-07");
        assertThat(e.participants()).extracting(p -> p.name() + " | " + p.organization()).containsExactly(
                "Livia Marchetti-Osei | Trieste Centre for Maritime Heritage",
                "Tomislav Horvat-Lind | Split School of Architecture",
                "Ana Kovačić | Rijeka Heritage Clinic");
    }

    @Test
    void aHearingNoticeHeldByASubcommitteeWithStackedWitnessesAndNoMailHeader() {
        String text = """
                CITY COUNCIL OF PORT ELSWICK
                Subcommittee on Harbour Safety

                You are invited to attend a public hearing of the Subcommittee on Harbour Safety, to be held in
                Council Chamber B, Civic Centre, Port Elswick.

                DATE:       Tuesday, June 9, 2026
                TIME:       9:30 a.m.
                SUBJECT:    Tugs, Pilots and the New Container Berth

                WITNESSES:

                   Mr. Hendrik Vos-Adeyemi
                   Head of Pilotage Services
                   Port Elswick Harbour Authority

                   Ms. Rhiannon Tremayne-Shah
                   Director, Office of Marine Safety
                   Coastal Shipping Federation
                   (appearing remotely)

                NOTES:
                - A letter from the Pilots' Guild, signed by Mr. Osric Pennington-
                  Moyo, will be entered in the record. Mr. Pennington-Moyo will not appear as a witness.
                """;
        EventRecord e = only("notice.txt", text);
        assertThat(e.title()).isEqualTo("Tugs, Pilots and the New Container Berth");
        assertThat(e.startTime()).isEqualTo("09:30");
        assertThat(e.organizers()).containsExactly("Subcommittee on Harbour Safety");
        // a DATE/TIME/SUBJECT block is the notice's own, not an e-mail's header: every witness is read
        List<String> people = e.participants().stream()
                .map(p -> p.name() + " | " + p.role() + " | " + p.organization()).toList();
        assertThat(people).containsExactly(
                "Hendrik Vos-Adeyemi | Head of Pilotage Services | Port Elswick Harbour Authority",
                "Rhiannon Tremayne-Shah | Director, Office of Marine Safety | Coastal Shipping Federation");
    }
}
