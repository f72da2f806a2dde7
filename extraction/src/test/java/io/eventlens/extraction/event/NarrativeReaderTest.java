package io.eventlens.extraction.event;

import static io.eventlens.extraction.event.EventTestSupport.organizers;
import static io.eventlens.extraction.event.EventTestSupport.read;
import static io.eventlens.extraction.event.EventTestSupport.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.document.SourceFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeReaderTest {

    private static final NarrativeReader READER = new NarrativeReader();

    @Test
    void aDatedSentenceNamingAnEventByAQuotedTitleIsAnEvent() {
        String text = """
                Background

                The network was founded on 3 March 2018 at a public meeting at Tarrow College in Lowmoor, entitled
                “Rivers and Their Neighbours”. The Lowmoor Angling Club and the River Trust of Tarrow organized that
                first meeting together.
                """;
        List<EventCandidate> events = read(READER, text, SourceFormat.PLAIN);
        assertThat(events).singleElement().satisfies(c -> {
            assertThat(value(c.title)).isEqualTo("Rivers and Their Neighbours");
            assertThat(value(c.startDate)).isEqualTo("2018-03-03");
            assertThat(value(c.location)).isEqualTo("Tarrow College in Lowmoor");
            assertThat(organizers(c)).containsExactly("Lowmoor Angling Club", "River Trust of Tarrow");
        });
    }

    @Test
    void quotationsNamingAReportOrAFilmAreNoEvents() {
        String text = """
                On 9 June 2019 the council hosted the launch of the valley's report entitled “Clean Rivers by 2030”.
                On 10 June 2019 the evening included a screening of “The Last Ferry,” a documentary about the valley.
                """;
        assertThat(read(READER, text, SourceFormat.PLAIN)).isEmpty();
    }

    @Test
    void anEventNameWithoutQuotesNeedsAWrittenDateAndItsOwnYear() {
        String text = """
                The Lowmoor Water Summit took place on 12 May 2022 in the town hall.
                The group was founded yesterday, years after the 2005 Valley Summit.
                """;
        List<EventCandidate> events = read(READER, text, SourceFormat.PLAIN);
        assertThat(events).extracting(c -> value(c.title)).containsExactly("Lowmoor Water Summit");
    }

    @Test
    void anEventPlannedForAMonthIsAnEventWithItsPlaceButAMonthInPassingIsNot() {
        String text = """
                Next steps

                A West African Seed Savers' Forum, hosted by the institute and the Farmers' Seed Alliance, is scheduled for Tamale in March 2025 and will bring seed groups from four countries together.

                The Annual Seed Fair drew large crowds in March 2024.
                """;
        List<EventCandidate> events = read(READER, text, SourceFormat.PLAIN);
        assertThat(events).singleElement().satisfies(c -> {
            assertThat(value(c.title)).isEqualTo("West African Seed Savers' Forum");
            assertThat(value(c.startDate)).isEqualTo("2025-03");
            assertThat(value(c.location)).isEqualTo("Tamale");
        });
    }

    @Test
    void aTalkAnnouncedByWhatTheSpeakerWillSpeakOnIsAnEvent() {
        String text = """
                Next week: on Tuesday 11 November 2025, Dr. Lina Haddad (Riverside University) will speak on \u201CWells and Walls: Water in Informal Settlements\u201D.

                On 18 November 2025 the department will discuss the \u201CAnnual Report of the Faculty\u201D.
                """;
        List<EventCandidate> events = read(READER, text, SourceFormat.PLAIN);
        assertThat(events).singleElement().satisfies(c -> {
            assertThat(value(c.title)).isEqualTo("Wells and Walls: Water in Informal Settlements");
            assertThat(value(c.startDate)).isEqualTo("2025-11-11");
        });
    }
}
