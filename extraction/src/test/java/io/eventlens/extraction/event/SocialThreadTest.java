package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.contract.EventRecord;
import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import io.eventlens.extraction.document.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A social-media thread: each post opens with its account and the day it went out, and carries its
 * counters; the event is the one the first post announces ("🎙️ PANEL | Title", its day, time and place).
 */
class SocialThreadTest {

    private static final ExtractionEngine ENGINE = ExtractionEngine.standard();

    private static final String THREAD = """
            Saltmarsh Commons
            @saltmarsh_ngo
            🎙️ PANEL | Tides of Change: Community Science on the Wadden Coast

            📅 Wednesday 8 October
            ⏰ 17:30–19:00
            📍 Harbour Library, Kade 12, Harlingen

            Speakers below 👇
            9:15 AM · Sep 22, 2025 · 3,108 Views
              12 Reposts   2 Quotes   58 Likes

            Saltmarsh Commons @saltmarsh_ngo · Sep 22
            With us on stage:
            🔹 Dr Femke Hoekstra, marine ecologist at the Frisian Coastal Institute
            🔹 Joris Tamminga, chair of the Harlingen Fishers' Cooperative
              4 Reposts   19 Likes

            Femke Hoekstra @femke_h · Sep 30
            Looking forward to this one!
              1 Repost   6 Likes

            Saltmarsh Commons @saltmarsh_ngo · Oct 9
            Thanks to everyone who came last night. Recording soon.
              3 Reposts   22 Likes

            Terms of Service · Privacy Policy · © 2025
            """;

    private static List<EventRecord> events() {
        return ENGINE.extract(DocumentInput.of("saltmarsh-thread.txt", THREAD)).events();
    }

    @Test
    void theThreadAnnouncesOneEventNotOnePerPost() {
        assertThat(events()).hasSize(1);
        EventRecord e = events().get(0);
        assertThat(e.title()).isEqualTo("Tides of Change: Community Science on the Wadden Coast");
        assertThat(e.startDate()).isEqualTo("2025-10-08");
        assertThat(e.startTime()).isEqualTo("17:30");
        assertThat(e.location()).startsWith("Harbour Library");
    }

    @Test
    void emojiBulletsListTheSpeakersOneALine() {
        assertThat(events().get(0).participants()).extracting(p -> p.name())
                .contains("Femke Hoekstra", "Joris Tamminga");
    }

    @Test
    void aKickerBeforeABarIsTheEventsKindNotItsName() {
        String line = "📢 WEBINAR | Tides of Change";
        assertThat(EventFields.afterKicker(line, Span.of(0, line.length()))).isEqualTo(Span.of(line.indexOf("Tides"), line.length()));
        String eyebrow = "Book Launch · Harwick Maritime Museum";
        assertThat(EventFields.afterKicker(eyebrow, Span.of(0, eyebrow.length()))).isNull();
        String facts = "Panel | Online | 4 May";
        assertThat(EventFields.afterKicker(facts, Span.of(0, facts.length()))).isNull();
        String title = "Rivers | Cities | People: A Symposium";
        assertThat(EventFields.afterKicker(title, Span.of(0, title.length()))).isNull();
    }
}
