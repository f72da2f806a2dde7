package io.eventlens.extraction.event;

import static io.eventlens.extraction.event.EventTestSupport.organizers;
import static io.eventlens.extraction.event.EventTestSupport.read;
import static io.eventlens.extraction.event.EventTestSupport.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.document.SourceFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A daily bulletin of a treaty meeting: the meeting in its lead, side events as facts lines and event lines. */
class BulletinSideEventsTest {

    private static final HeaderReader READER = new HeaderReader();

    private static final String DAILY = """
            Forest Talks Daily
            Issue 4 | Friday, 12 September 2025

            COP-7 HIGHLIGHTS: THURSDAY

            The Seventh Conference of the Parties to the Andes Forest Accord (COP-7) resumed on Thursday at the Sierra Convention Hall, Cusco, Peru. The conference, hosted by the Government of Peru, opened on Monday, 8 September, and will close on Saturday.

            PLENARY

            Delegates adopted the report of the credentials committee.

            SIDE EVENTS

            "Mapping Cloud Forests from Space"
            Orbital Ecology Lab and the Andean Mountain Fund (AMF) | 13:00–14:30 | Room Vilcanota

            Rosa Huamán, Director of the Orbital Ecology Lab, presented new canopy maps.

            Seeds for the Highlands
            18:00-19:30 | Patio Room, Sierra Convention Hall | Organised by the Highland Seed Network

            Marco Quispe, Agronomist at the Highland Seed Network, spoke about seed banks.

            IN THE LOBBY

            Thursday's budget debate was shorter than Wednesday's.

            LOOKING AHEAD TO FRIDAY

            Side event: “Rangers and Rights”, organized by the Rangers Federation and the Embassy of Chile, 13:15–14:45, Room Apurimac. Speakers: Ana Ruiz, Chief Ranger, Rangers Federation.
            """;

    @Test
    void sideEventsTakeTheDayOfTheirSectionHeadingAndTheFactsOfTheirLine() {
        List<EventCandidate> events = read(READER, DAILY, SourceFormat.PLAIN);
        assertThat(events).extracting(c -> value(c.title)).containsExactly(
                "Seventh Conference of the Parties to the Andes Forest Accord", "Mapping Cloud Forests from Space",
                "Seeds for the Highlands", "Rangers and Rights");
        EventCandidate mapping = events.get(1);
        assertThat(value(mapping.startDate)).isEqualTo("2025-09-11");
        assertThat(value(mapping.startTime)).isEqualTo("13:00");
        assertThat(value(mapping.endTime)).isEqualTo("14:30");
        assertThat(value(mapping.location)).isEqualTo("Room Vilcanota");
        // "A and the B (AMF)": the acronym the second name defines makes it a body of its own
        assertThat(organizers(mapping)).containsExactly("Orbital Ecology Lab", "Andean Mountain Fund");
        // the time first, the organisers last and introduced by "Organised by"
        EventCandidate seeds = events.get(2);
        assertThat(value(seeds.startDate)).isEqualTo("2025-09-11");
        assertThat(value(seeds.startTime)).isEqualTo("18:00");
        assertThat(value(seeds.location)).isEqualTo("Patio Room, Sierra Convention Hall");
        assertThat(organizers(seeds)).containsExactly("Highland Seed Network");
        // an event line under the next day's heading
        EventCandidate rangers = events.get(3);
        assertThat(value(rangers.startDate)).isEqualTo("2025-09-12");
        assertThat(value(rangers.startTime)).isEqualTo("13:15");
        assertThat(value(rangers.endTime)).isEqualTo("14:45");
        assertThat(value(rangers.location)).isEqualTo("Room Apurimac");
        assertThat(organizers(rangers)).containsExactly("Rangers Federation", "Embassy of Chile");
    }

    @Test
    void theMeetingReportedOnRunsOverTheDaysItsLeadGives() {
        EventCandidate meeting = read(READER, DAILY, SourceFormat.PLAIN).get(0);
        assertThat(value(meeting.startDate)).isEqualTo("2025-09-08");
        assertThat(value(meeting.endDate)).isEqualTo("2025-09-13");
        assertThat(value(meeting.location)).isEqualTo("Sierra Convention Hall, Cusco, Peru");
        // its text runs through the day's plenary, up to the first side event
        assertThat(meeting.end()).isGreaterThan(DAILY.indexOf("credentials committee"));
        assertThat(meeting.end()).isLessThanOrEqualTo(DAILY.indexOf("\"Mapping Cloud"));
    }

    @Test
    void aTimedLineWithoutATitleAboveOrASectionDayIsNoSideEvent() {
        String noDay = """
                Members' Notes

                "Mapping Cloud Forests from Space"
                Orbital Ecology Lab | 13:00–14:30 | Room Vilcanota
                """;
        assertThat(read(READER, noDay, SourceFormat.PLAIN)).isEmpty();
        String quotedSpeech = """
                NEWS: MONDAY 3 MARCH 2025

                She said: “We will meet again”, after the vote at 17:00, Room 4.
                """;
        assertThat(read(READER, quotedSpeech, SourceFormat.PLAIN)).extracting(c -> value(c.title)).doesNotContain("We will meet again");
    }

    @Test
    void aSectionHeadedByASectionWordIsTheEventItsOpeningSentenceQuotes() {
        String post = """
                Field Notes from the Delta Caucus
                Posted 2 May 2025

                What comes next

                Our findings will be discussed at the roundtable “Salt in the Fields: Farming a Sinking Delta” on Thursday 15 May 2025, 10:00–11:30, at the Riverside Hall, Khulna.
                """;
        List<EventCandidate> events = read(READER, post, SourceFormat.PLAIN);
        assertThat(events).extracting(c -> value(c.title)).containsExactly("Salt in the Fields: Farming a Sinking Delta");
        assertThat(value(events.get(0).startDate)).isEqualTo("2025-05-15");
    }

    @Test
    void aStartAndAnEndWrittenAsTwoTimesMakeTheEventsHours() {
        String post = """
                Notes from the river basin talks

                On Wednesday 5 March 2025 the Delta Caucus hosted “Salt in the Fields” in Room 3 of the Water House, from 1:15 to 2:45 pm.
                """;
        List<EventCandidate> events = read(new NarrativeReader(), post, SourceFormat.PLAIN);
        assertThat(events).hasSize(1);
        assertThat(value(events.get(0).startTime)).isEqualTo("13:15");
        assertThat(value(events.get(0).endTime)).isEqualTo("14:45");
    }
}
