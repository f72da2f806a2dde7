package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.contract.EventRecord;
import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A running label over each block ("SESSION II (Meeting 12)") gives way to the quoted name below it. */
class LabelTitlesTest {

    private static final ExtractionEngine ENGINE = ExtractionEngine.standard();

    private static final String SCHEDULE = """
            JOINT COMMITTEE ON COASTAL PLANNING
            Schedule of public sessions

            SESSION II (Meeting 12)
            'Harbour Silt and the Cost of Dredging'

            Tuesday 8 April 2025, 10:00 - 12:00
            Council Room 3, Harbour House, 4 Quay Street, Portlaw

            Chair: Councillor Moira Tennant-Obuya
            Witnesses:
            - Dr. Yusuf Carrow-Lind, Port Engineer, Portlaw Harbour Board
            - Agnes Villeneuve-Shaw, Director, Estuary Trust

            SESSION III (Meeting 13)
            "Flood Walls or Wetlands? Choosing Defences"

            Thursday 10 April 2025, 14:00 - 16:00
            Council Room 3, Harbour House, 4 Quay Street, Portlaw

            Chair: Councillor Moira Tennant-Obuya
            Witnesses:
            - Prof. Hamid Oyelaran-Best, Professor of Coastal Engineering, University of Portlaw
            """;

    @Test
    void theQuotedLineUnderALabelIsTheTitle() {
        List<EventRecord> events = ENGINE.extract(DocumentInput.of("sessions.txt", SCHEDULE)).events();
        assertThat(events).extracting(EventRecord::title)
                .contains("Harbour Silt and the Cost of Dredging", "Flood Walls or Wetlands? Choosing Defences")
                .noneMatch(t -> t.startsWith("SESSION"));
    }

    @Test
    void aLabelWithoutAQuotedLineBelowKeepsItsTitle() {
        String plain = SCHEDULE.replace("'Harbour Silt and the Cost of Dredging'", "Harbour silt and the cost of dredging.")
                .replace("\"Flood Walls or Wetlands? Choosing Defences\"", "Flood walls or wetlands, and choosing defences.");
        List<EventRecord> events = ENGINE.extract(DocumentInput.of("sessions.txt", plain)).events();
        assertThat(events).extracting(EventRecord::title)
                .doesNotContain("Harbour Silt and the Cost of Dredging", "Flood Walls or Wetlands? Choosing Defences");
    }
}
