package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.contract.EventRecord;
import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Journals of meetings: one block per meeting under the day heading, the body above it as organiser. */
class MeetingListReaderTest {

    private static final ExtractionEngine ENGINE = ExtractionEngine.standard();

    private static List<EventRecord> extract(String name, String text) {
        return ENGINE.extract(DocumentInput.of(name, text)).events();
    }

    private static EventRecord titled(List<EventRecord> events, String title) {
        return events.stream().filter(e -> e.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no event titled " + title + " in " + events.stream().map(EventRecord::title).toList()));
    }

    private static final String JOURNAL = """
            WESTERN OCEAN FISHERIES CONVENTION

            MEETING OF THE PARTIES
            Twelfth session
            Apia, 6-10 October 2025

            DAILY JOURNAL No. 4

            Thursday, 9 October 2025

            OFFICIAL MEETINGS

            Fisheries Commission

            9.30 a.m. to 12.30 p.m.   Seventh plenary meeting              Hall A

                Presiding: Ms. Lena Falaniko-Reyes, Chair of the Meeting

            Scientific Committee (SC)

            2 p.m. to 4 p.m.          Third meeting (closed)               Room 4

            OTHER ACTIVITIES

            1 p.m. to 1.50 p.m.       Room 2

                Tuna tagging data: what a decade of records shows

                Organized by the Pacific Tagging Research Centre.

                Speakers: Dr. Ioane Petelo-Marsh, Chief Scientist, Pacific Tagging Research Centre
            """;

    @Test
    void eachBlockOfTheJournalIsAMeetingOfTheDayAboveIt() {
        List<EventRecord> events = extract("journal.txt", JOURNAL);

        assertThat(events).extracting(EventRecord::title).containsExactlyInAnyOrder(
                "Seventh plenary meeting", "Third meeting of the Scientific Committee",
                "Tuna tagging data: what a decade of records shows");
        assertThat(events).extracting(EventRecord::startDate).containsOnly("2025-10-09");
        EventRecord plenary = titled(events, "Seventh plenary meeting");
        assertThat(plenary.startTime()).isEqualTo("09:30");
        assertThat(plenary.endTime()).isEqualTo("12:30");
        assertThat(plenary.location()).isEqualTo("Hall A");
        assertThat(plenary.organizers()).containsExactly("Fisheries Commission");
        EventRecord side = titled(events, "Tuna tagging data: what a decade of records shows");
        assertThat(side.location()).isEqualTo("Room 2");
        assertThat(side.organizers()).containsExactly("Pacific Tagging Research Centre");
        assertThat(side.participants()).extracting(p -> p.name()).contains("Ioane Petelo-Marsh");
    }

    @Test
    void aProgrammeWithBreaksIsNoJournal() {
        String programme = """
                Workshop on Coastal Erosion Models
                Tuesday, 14 October 2025

                09:00-10:30   Session 1: Sediment transport        Room 2
                10:30-11:00   Coffee break                         Foyer
                11:00-12:30   Session 2: Field measurements        Room 2
                12:30-13:30   Lunch                                Foyer
                """;
        List<EventRecord> events = extract("programme.txt", programme);

        assertThat(events).extracting(EventRecord::title).doesNotContain("Session 1: Sediment transport", "Coffee break");
    }

    @Test
    void aTableRowGivesTitleAndRoomAndTheBodyInTheTitleOrganisesIt() {
        String html = """
                <html><body><h1>Journal of the Council</h1>
                <h2>Monday, 2 March 2026</h2>
                <table>
                <tr><td>10.00-13.00</td><td>Standing Council, 402nd plenary meeting</td><td>Marble Hall</td></tr>
                <tr><td>15.00-16.00</td><td>Audit Committee (closed)</td><td>Room 7</td></tr>
                <tr><td>16.30-17.30</td><td>Working Group on Statutes: informal consultations</td><td>Room 7</td></tr>
                </table></body></html>
                """;
        List<EventRecord> events = extract("journal.html", html);

        EventRecord audit = titled(events, "Audit Committee");
        assertThat(audit.location()).isEqualTo("Room 7");
        assertThat(audit.organizers()).containsExactly("Audit Committee");
        EventRecord plenary = titled(events, "Standing Council, 402nd plenary meeting");
        assertThat(plenary.location()).isEqualTo("Marble Hall");
        assertThat(plenary.organizers()).containsExactly("Standing Council");
        assertThat(plenary.participants()).isEmpty();
        assertThat(titled(events, "Working Group on Statutes: informal consultations").startDate()).isEqualTo("2026-03-02");
    }
    private static final String COLUMN_JOURNAL = """
            NORTHERN RIVERS AUTHORITY
            Fourth session
            Tromsø, 2-6 March 2026

                        JOURNAL No. 3

                        Wednesday, 4 March 2026

            FORMAL MEETINGS

            Fifth plenary meeting        10 a.m. - 1 p.m.        Hall Ishavet
            [public]

            Presiding: Ms. Sigrun Aalto-Berge, President of the session

            Interactive dialogue with the Panel of Experts on Ice Roads

            INFORMAL CONSULTATIONS

            Informal consultations on the draft decision on winter navigation
            (convened by the delegations of Finland and Norway)

                  3 - 5 p.m.                              Room 12
                  Facilitator: Mr. Henrik Vaara (Finland)

            SIDE EVENTS

            1.15 - 2.15 p.m.      Room 9      [Closed]
            Launch: Atlas of Frozen Waterways
            Organisers: Arctic Hydrology Lab
            Speakers: Dr. Noor Saarinen-Holm, Director, Arctic Hydrology Lab
            """;

    @Test
    void aTimeInALaterColumnANameAboveTheSlotAndFieldsRightUnderTheNameAreRead() {
        List<EventRecord> events = extract("column-journal.txt", COLUMN_JOURNAL);

        assertThat(events).extracting(EventRecord::title).contains(
                "Interactive dialogue with the Panel of Experts on Ice Roads",
                "Informal consultations on the draft decision on winter navigation",
                "Launch: Atlas of Frozen Waterways");
        EventRecord dialogue = titled(events, "Interactive dialogue with the Panel of Experts on Ice Roads");
        assertThat(dialogue.startTime()).isEqualTo("10:00");
        assertThat(dialogue.endTime()).isEqualTo("13:00");
        assertThat(dialogue.location()).isEqualTo("Hall Ishavet");
        EventRecord consultations = titled(events, "Informal consultations on the draft decision on winter navigation");
        assertThat(consultations.startTime()).isEqualTo("15:00");
        assertThat(consultations.location()).isEqualTo("Room 12");
        assertThat(consultations.organizers()).containsExactlyInAnyOrder("Delegation of Finland", "Delegation of Norway");
        EventRecord launch = titled(events, "Launch: Atlas of Frozen Waterways");
        assertThat(launch.location()).isEqualTo("Room 9");
        assertThat(launch.organizers()).containsExactly("Arctic Hydrology Lab");
        assertThat(events).extracting(EventRecord::title).doesNotContain("[Closed]", "Fifth plenary meeting");
    }
}
