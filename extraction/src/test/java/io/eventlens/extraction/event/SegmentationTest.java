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
}
