package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.contract.EventRecord;
import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A seminar series' term card: a paragraph of usual day, time and room, then one block per week,
 * its date line at the margin and the session's quoted title, speaker and chair indented under it.
 */
class TermCardTest {

    private static final ExtractionEngine ENGINE = ExtractionEngine.standard();

    private static final String CARD = """
            CENTRE FOR URBAN ECOLOGY
            Seminar programme, Spring 2026

            Seminars run on Wednesdays, 12:30 - 13:30, in the Glasshouse Room.

            Organisers: Dr Lea Fontaine and Dr Amit Rao

            Wk 1 : Wed 14/1
              "Rooftop Meadows and Urban Pollinators"
              Dr Sanna Virtanen (Helsinki Institute of Urban Nature)
              Chair: Dr Amit Rao

            Wk 2 : Wed 21/1
              "Street Trees under Heat Stress"
              Prof. Carlos Mendes, Lisbon Green Lab
              Chair: Dr Lea Fontaine

            Wk 3 : CHANGE OF ROOM
              Wed 28/1, 12:30 - 13:30, Lecture Room 4
              "Ponds in the City: Amphibians at the Edge"
              Dr Katrin Vogel (Rhine Wetlands Trust)
            """;

    @Test
    void eachWeeksBlockIsItsSessionTitledByItsQuotedLineNotByTheLinesAbove() {
        List<EventRecord> events = ENGINE.extract(DocumentInput.of("urban-ecology-card.txt", CARD)).events();
        assertThat(events).extracting(EventRecord::title).containsExactly("Rooftop Meadows and Urban Pollinators",
                "Street Trees under Heat Stress", "Ponds in the City: Amphibians at the Edge");
        assertThat(events).extracting(EventRecord::startDate).containsExactly("2026-01-14", "2026-01-21", "2026-01-28");
    }
}
