package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.contract.EventRecord;
import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A journal whose table puts the room before the meeting ("time | room | business | convened by") and
 * whose side events carry a short quoted name and an "Organized by:" line naming a mission.
 */
class JournalTableRowsTest {

    private static final ExtractionEngine ENGINE = ExtractionEngine.standard();

    private static final String JOURNAL = """
            <html><body>
            <p>Inter-Parliamentary Forum on Rivers</p>
            <h1>Programme of the day</h1>
            <h2>Wednesday, 9 July 2025</h2>
            <h3>1. Meetings</h3>
            <table>
            <tr><th>Time</th><th>Room</th><th>Business</th><th>Convened by</th></tr>
            <tr><td>09:00 – 10:30</td><td>Room 12</td><td>Informal consultations on the draft text on sediment</td><td>Bureau</td></tr>
            <tr><td>11:00 – 13:00</td><td>Room 14</td><td>Drafting group on the river basin declaration</td><td>Rapporteurs</td></tr>
            </table>
            <h3>2. Side events</h3>
            <h4>13:15 – 14:45 · Room 9</h4>
            <p>"Dams and Deltas: Who Decides?"</p>
            <p>Organized by: Permanent Mission of Lorvania; River Voices Network</p>
            <h4>18:00 – 19:00 · Room 9</h4>
            <p>"Fish Ladders That Work"</p>
            <p>Organized by: Upstream Research Centre</p>
            </body></html>
            """;

    private static EventRecord titled(List<EventRecord> events, String title) {
        return events.stream().filter(e -> title.equals(e.title())).findFirst()
                .orElseThrow(() -> new AssertionError("no event titled " + title + " in " + events.stream().map(EventRecord::title).toList()));
    }

    @Test
    void rowsWithTheRoomFirstAndQuotedSideEventsAreMeetingsOfTheDay() {
        List<EventRecord> events = ENGINE.extract(DocumentInput.of("journal.html", JOURNAL)).events();
        EventRecord row = titled(events, "Informal consultations on the draft text on sediment");
        assertThat(row.location()).isEqualTo("Room 12");
        assertThat(row.startTime()).isEqualTo("09:00");
        EventRecord side = titled(events, "Dams and Deltas: Who Decides?");
        assertThat(side.startDate()).isEqualTo("2025-07-09");
        assertThat(side.location()).isEqualTo("Room 9");
        assertThat(side.organizers()).contains("Permanent Mission of Lorvania");
        assertThat(titled(events, "Fish Ladders That Work").startTime()).isEqualTo("18:00");
    }
}
