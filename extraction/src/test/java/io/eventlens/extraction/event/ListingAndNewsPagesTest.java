package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eventlens.contract.EventRecord;
import io.eventlens.contract.ParticipantKind;
import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Calendar pages of event cards and news pages that tell of their events in prose. Every organisation,
 * person and title here is invented.
 */
class ListingAndNewsPagesTest {

    private static final ExtractionEngine ENGINE = ExtractionEngine.standard();

    private static List<EventRecord> extract(String name, String source) {
        return ENGINE.extract(DocumentInput.of(name, source)).events();
    }

    private static final String CALENDAR = """
            <html><body><main>
            <h1>Events</h1>
            <p>All events of the network's member groups. Last changed <time datetime="2023-01-09">9 January 2023</time>.</p>
            <h2>January 2023</h2>
            <div class="item">
              <div class="date"><time datetime="2023-01-17">Tue 17</time></div>
              <h3>Reading group: Commons and Enclosure</h3>
              <p class="info">17:30 – 19:00 | Seminar Room B, Quayside Library, Harwick | Convened by the Harwick Commons Collective</p>
              <p>We read two chapters on the enclosure of fisheries. Tea provided.</p>
            </div>
            <div class="item">
              <div class="date"><time datetime="2023-01-25">Wed 25</time></div>
              <h3>Webinar: Mapping Community Land</h3>
              <p class="info">12:00 – 13:00 | Online (Zoom) | Land Records Institute</p>
              <p>A short introduction to open mapping tools for village land committees.</p>
            </div>
            <h2>February 2023</h2>
            <div class="item">
              <div class="date"><time datetime="2023-02-02">Thu 2</time></div>
              <h3>Film evening: Salt and Water</h3>
              <p class="info">19:00 | Kino Astra, Harwick | Hosted by the Quayside Film Society</p>
              <p>A documentary about the last salt works of the coast.</p>
            </div>
            </main></body></html>
            """;

    @Test
    void aCalendarCardIsAnEventAndItsLineOfFactsGivesTimePlaceAndHosts() {
        List<EventRecord> events = extract("calendar.html", CALENDAR);
        // the month headings over the cards name no event
        assertThat(events).extracting(EventRecord::title, EventRecord::startDate, EventRecord::startTime, EventRecord::endTime)
                .containsExactly(
                        tuple("Reading group: Commons and Enclosure", "2023-01-17", "17:30", "19:00"),
                        tuple("Webinar: Mapping Community Land", "2023-01-25", "12:00", "13:00"),
                        tuple("Film evening: Salt and Water", "2023-02-02", "19:00", null));
        assertThat(events).extracting(EventRecord::location).containsExactly(
                "Seminar Room B, Quayside Library, Harwick", null, "Kino Astra, Harwick");
        assertThat(events).extracting(EventRecord::organizers).containsExactly(
                List.of("Harwick Commons Collective"), List.of("Land Records Institute"), List.of("Quayside Film Society"));
    }

    private static final String FIELD_CARDS = """
            # Upcoming

            Date: Mon 6 March 2023

            ### Lecture: Rivers as Persons

            16:00 · Main Hall, Old Mint Building · Hosted by the Faculty of Environmental Law

            Date: Tue 14 March 2023

            ### Workshop: Drafting Water Charters

            10:00 – 12:30 · Online

            Speaker: Dr. Nadia Okonkwo-Reyes

            Date: Thu 23 March 2023

            ### Panel: Glaciers in Court

            18:00 – 19:30 · Room 12, Old Mint Building · Organised by the Alpine Law Clinic
            """;

    @Test
    void repeatedDateFieldsMakeAListingNotOneAnnouncement() {
        List<EventRecord> events = extract("upcoming.md", FIELD_CARDS);
        assertThat(events).extracting(EventRecord::title).containsExactly(
                "Lecture: Rivers as Persons", "Workshop: Drafting Water Charters", "Panel: Glaciers in Court");
        assertThat(events).extracting(EventRecord::startTime).containsExactly("16:00", "10:00", "18:00");
        // no card passes its organiser on to the next one
        assertThat(events.get(1).organizers()).doesNotContain("Alpine Law Clinic", "Faculty of Environmental Law");
        assertThat(events.get(2).organizers()).containsExactly("Alpine Law Clinic");
        // the speaker under a card's facts is that card's, not the next card's (whose date comes after it)
        assertThat(events.get(1).participants()).extracting(p -> p.name()).containsExactly("Nadia Okonkwo-Reyes");
        assertThat(events.get(2).participants()).isEmpty();
    }

    private static final String NEWS = """
            <html><body><article>
            <p class="kicker">Press release · <time datetime="2022-11-10">10 November 2022</time></p>
            <h1>Island states want loss and damage on every agenda</h1>
            <p><strong>SUVA, 10 November 2022</strong> – Ministers and community leaders from nine island states yesterday
            adopted a joint statement on climate displacement at the close of the Pacific Roundtable on Climate Mobility.</p>
            <p>The roundtable, held on Wednesday 9 November at the Lagoon Conference Centre in Suva, was convened by the
            Oceania Mobility Network (OMN) and the Island Futures Institute.</p>
            <p>OMN Chair Dr. Losana Veikune opened the roundtable at 9 a.m. and welcomed the delegations.</p>
            <h2>Tide Keeper Award presented</h2>
            <p>Later that evening, at 7.30 p.m., the Network held the ceremony for the 2022 Tide Keeper Award in the foyer
            of the Lagoon Conference Centre. The award was presented by OMN Chair Losana Veikune to Tevita Fonua, a
            schoolteacher who has recorded the shoreline of his village since 1998.</p>
            </article></body></html>
            """;

    @Test
    void aNewsPageTellsItsEventsInProseAndTheHeadlineIsNoEvent() {
        List<EventRecord> events = extract("release.html", NEWS);
        assertThat(events).extracting(EventRecord::title, EventRecord::startDate).containsExactly(
                tuple("Pacific Roundtable on Climate Mobility", "2022-11-09"),
                // dated by a time of day only: the day of the roundtable, not the day of the release
                tuple("2022 Tide Keeper Award", "2022-11-09"));
        EventRecord ceremony = events.get(1);
        assertThat(ceremony.startTime()).isEqualTo("19:30");
        assertThat(ceremony.location()).contains("Lagoon Conference Centre");
        // who presents the award is a person with a post, not an organiser; the organiser is the body of the post
        assertThat(ceremony.organizers()).containsExactly("Oceania Mobility Network");
        assertThat(ceremony.participants()).extracting(p -> p.name(), p -> p.kind()).contains(
                tuple("Losana Veikune", ParticipantKind.HOST), tuple("Tevita Fonua", ParticipantKind.OTHER));
    }
}
