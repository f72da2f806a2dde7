package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.contract.EventRecord;
import io.eventlens.contract.Participant;
import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A seminar mail that announces this week's talk and lists the next ones: one event per talk. */
class SeriesMailTest {

    private static final ExtractionEngine ENGINE = ExtractionEngine.standard();

    private static final String MAIL = """
            Sent: Tuesday, 7 October 2025 16:48
            From: Seminar Convenor
            To: Garden History Seminar list
            Subject: Tomorrow: Dr Ivo Marchbank, 'Hedges' (and the rest of the term)

            Dear all,

            The Garden History Seminar, run jointly by the Institute of Landscape Studies and the Friends of the
            Old Orchard, meets tomorrow. Our speaker is Dr Ivo Marchbank (Hallow College), on:

                'Hedges and Their Keepers: Enclosure, Labour and the Shape of
                Fields, 1700-1820'

            Wednesday, 17:15-18:45
            Seminar Room C, Orchard House, 4 Mill Lane

            Respondent: Dr Lena Oyelaran-Hughes (Institute of Landscape Studies)

            Also in the series this term (same time and place):

            22 October - Dr Mira Castellane (Université de Basse-Loire),
            'Kitchen gardens and the widow's portion'

            * Wednesday 5 November - Prof. Otto Lindqvist-Amadi (Kestrel
              University): "Seed catalogues as evidence"
            """;

    private static List<EventRecord> events() {
        return ENGINE.extract(DocumentInput.of("garden-seminar.txt", MAIL)).events();
    }

    private static List<String> names(EventRecord e) {
        return e.participants().stream().map(Participant::name).toList();
    }

    @Test
    void theAnnouncedTalkIsTitledByTheBodyNotBySubjectLine() {
        EventRecord first = events().get(0);
        assertThat(first.title()).isEqualTo("Hedges and Their Keepers: Enclosure, Labour and the Shape of Fields, 1700-1820");
        assertThat(first.startDate()).isEqualTo("2025-10-08"); // "Wednesday" after a Tuesday mail, whatever the tense
        assertThat(first.organizers()).contains("Institute of Landscape Studies", "Friends of the Old Orchard");
        assertThat(names(first)).contains("Ivo Marchbank", "Lena Oyelaran-Hughes");
    }

    @Test
    void eachListedTalkIsAnEventWithItsQuotedTitleAndSpeaker() {
        List<EventRecord> events = events();
        assertThat(events).extracting(EventRecord::title).contains(
                "Kitchen gardens and the widow's portion", "Seed catalogues as evidence");
        EventRecord seeds = events.stream().filter(e -> e.title().startsWith("Seed")).findFirst().orElseThrow();
        assertThat(seeds.startDate()).isEqualTo("2025-11-05");
        assertThat(names(seeds)).containsExactly("Otto Lindqvist-Amadi");
        assertThat(seeds.participants().get(0).organization()).isEqualTo("Kestrel University");
    }

    @Test
    void listedTalksShareTheSeriesOrganisersAndWhenSaidSoItsTimeAndPlace() {
        EventRecord kitchen = events().stream().filter(e -> e.title().startsWith("Kitchen")).findFirst().orElseThrow();
        assertThat(kitchen.startDate()).isEqualTo("2025-10-22");
        assertThat(kitchen.startTime()).isEqualTo("17:15");
        assertThat(kitchen.location()).contains("Orchard House");
        assertThat(kitchen.organizers()).contains("Institute of Landscape Studies");
    }
}
