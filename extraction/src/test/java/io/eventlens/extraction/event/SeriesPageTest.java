package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.contract.EventRecord;
import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A term's seminar series on one page: sessions headed "day — title", the series' usual hours and room
 * stated once above them, the year only in the term's name (documents written for the tests).
 */
class SeriesPageTest {

    private static final ExtractionEngine ENGINE = ExtractionEngine.standard();

    private static List<EventRecord> events(String name, String text) {
        return ENGINE.extract(DocumentInput.of(name, text)).events();
    }

    private static EventRecord titled(List<EventRecord> events, String title) {
        return events.stream().filter(e -> title.equals(e.title())).findFirst().orElseThrow(
                () -> new AssertionError("no event titled " + title + " in " + events.stream().map(EventRecord::title).toList()));
    }

    @Test
    void aHeadingThatOpensWithItsDayNamesTheSessionAfterTheDash() {
        String text = """
                # Maritime Law Reading Group

                Hilary Term 2026 · Wednesdays, 12.30 – 2 p.m. (unless stated otherwise) · Committee Room 4, Old Customs Building

                The Institute for Ports and Shipping Law (IPSL) in the Faculty of Law runs a fortnightly seminar for staff and research students.

                ## Wed 21/1 — Salvage Awards After the Wreck Removal Convention

                Dr Orla Fennimore, Associate Professor, Lowmoor University

                Chair: Prof. Sanjay Routledge

                ## Wed 4/2 — No meeting (reading week)

                ## Wed 18/2 — Seafarers Abandoned: Who Pays the Wages?

                Change of room: Seminar Room 1, Harbour Wing

                Kwame Ashby-Nunes, barrister, Slipway Chambers

                Chair: Dr Mirela Vasquez-Holm
                """;
        List<EventRecord> events = events("reading-group.md", text);
        assertThat(events).extracting(EventRecord::title).containsExactly(
                "Salvage Awards After the Wreck Removal Convention", "Seafarers Abandoned: Who Pays the Wages?");
        EventRecord first = titled(events, "Salvage Awards After the Wreck Removal Convention");
        assertThat(first.startDate()).isEqualTo("2026-01-21");
        assertThat(first.startTime()).isEqualTo("12:30");
        assertThat(first.endTime()).isEqualTo("14:00");
        assertThat(first.location()).isEqualTo("Committee Room 4, Old Customs Building");
        assertThat(first.organizers()).containsExactly("Institute for Ports and Shipping Law");
        EventRecord moved = titled(events, "Seafarers Abandoned: Who Pays the Wages?");
        assertThat(moved.startDate()).isEqualTo("2026-02-18");
        assertThat(moved.location()).isEqualTo("Seminar Room 1, Harbour Wing");
    }

    @Test
    void aPlaceAfterTheDashIsThePlaceNotATitle() {
        String text = """
                # Evening Walks

                Autumn 2025 walks, all free.

                ## Sat 11/10 — Town Hall Square

                A walk along the old walls with the Heritage Trust.
                """;
        for (EventRecord e : events("walks.md", text)) {
            assertThat(e.title()).isNotEqualTo("Town Hall Square");
        }
    }
}
