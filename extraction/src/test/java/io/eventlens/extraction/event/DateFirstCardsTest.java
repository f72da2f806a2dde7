package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eventlens.contract.EventRecord;
import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Listings whose cards open with their date (a date badge, a "TYPE | date | city" kicker) and name
 * the event under it, and the listings of "title, then date" cards they must not be confused with.
 * Every organisation, person and title here is invented.
 */
class DateFirstCardsTest {

    private static final ExtractionEngine ENGINE = ExtractionEngine.standard();

    private static List<EventRecord> extract(String name, String source) {
        return ENGINE.extract(DocumentInput.of(name, source)).events();
    }

    private static final String BADGE_CARDS = """
            <html><body><main>
            <h1>What's on</h1>
            <p>Spring term. Page updated <time datetime="2025-01-20">January 20, 2025</time>.</p>
            <div class="filters"><a href="#">All</a> | <a href="#">Talks</a> | <a href="#">Film</a></div>
            <article class="card">
              <div class="card-date"><span class="dow">Wed</span> <span class="md">2/5</span></div>
              <p class="card-type">Talk</p>
              <h2><a href="/e/1">Mapping the Old Harbour</a></h2>
              <p class="when-where">5 – 6:30 p.m. &middot; Lecture Room 3, Quayside Building</p>
              <p>Historian Nell Fairbairn shows maps of the harbour before the railway.</p>
            </article>
            <article class="card">
              <div class="card-date"><span class="dow">Thu</span> <span class="md">2/13</span></div>
              <p class="card-type">Film</p>
              <h2><a href="/e/2">Screening: Tide Tables</a></h2>
              <p class="when-where">7 p.m. &middot; Regal Cinema, 40 Mill St.</p>
              <p>A short documentary, followed by questions.</p>
            </article>
            </main></body></html>
            """;

    @Test
    void everyCardUnderItsDateBadgeIsAnEventNamedByTheHeadingUnderTheBadge() {
        List<EventRecord> events = extract("whats-on.html", BADGE_CARDS);
        assertThat(events).extracting(EventRecord::title, EventRecord::startDate, EventRecord::startTime, EventRecord::endTime)
                .containsExactly(
                        tuple("Mapping the Old Harbour", "2025-02-05", "17:00", "18:30"),
                        tuple("Screening: Tide Tables", "2025-02-13", "19:00", null));
        assertThat(events).extracting(EventRecord::location)
                .containsExactly("Lecture Room 3, Quayside Building", "Regal Cinema, 40 Mill St.");
    }

    private static final String KICKER_LISTING = """
            Past events

            Showing 1–3 of 12 results

            WORKSHOP | 04.03.2025 | Leeds

            Tenant Organising in Practice

            Organisers from four cities shared what worked. Speakers included
            Dara Quinlan, Coordinator of the Northern Renters Union.

            ▶ Watch the recording (44 min)

            WEBINAR | 18.02.2025 | Online

            Rent Controls: The Evidence So Far

            A presentation of new research, followed by questions.

            ROUNDTABLE | 29.01.2025 | Manchester

            Housing Courts and Access to Justice

            A closed discussion with practitioners.
            """;

    @Test
    void aKickerWithTypeDateAndCityOpensItsEntryAndTheLineUnderItNamesTheEvent() {
        List<EventRecord> events = extract("past.txt", KICKER_LISTING);
        // each entry's title is the line under its kicker, not the last line of the entry above
        assertThat(events).extracting(EventRecord::title, EventRecord::startDate).containsExactly(
                tuple("Tenant Organising in Practice", "2025-03-04"),
                tuple("Rent Controls: The Evidence So Far", "2025-02-18"),
                tuple("Housing Courts and Access to Justice", "2025-01-29"));
    }

    private static final String TITLE_FIRST = """
            <html><body><main>
            <h1>Events</h1>
            <h3><a href="/a">Orchard Pruning Day</a></h3>
            <p>Saturday 8 March 2025</p>
            <h3><a href="/b">Seed Swap and Potluck</a></h3>
            <p>Sunday 16 March 2025</p>
            <h3><a href="/c">Beekeeping for Beginners</a></h3>
            <p>Saturday 22 March 2025</p>
            <p class="note">All events are free; no booking needed.</p>
            </main></body></html>
            """;

    @Test
    void cardsOfTitleThenDateKeepTheirTitlesAboveTheirDates() {
        // the heading under each date is the next card's title, not this date's
        assertThat(extract("events.html", TITLE_FIRST)).extracting(EventRecord::title, EventRecord::startDate).containsExactly(
                tuple("Orchard Pruning Day", "2025-03-08"),
                tuple("Seed Swap and Potluck", "2025-03-16"),
                tuple("Beekeeping for Beginners", "2025-03-22"));
    }

    @Test
    void aPageTimeInUtcGivesWayToTheLocalTimeThePageShows() {
        String page = """
                <html><body><main><h1>Brown-bag seminar: Sampling Hard-to-Reach Groups</h1>
                <p class="event-date"><time datetime="2025-06-19T08:30:00Z">Thursday 19 June 2025, 09:30</time>–<time datetime="2025-06-19T10:00:00Z">11:00</time></p>
                <p>Room 4, Lister Building. Presented by Dr Ola Brenn.</p>
                </main></body></html>
                """;
        EventRecord e = extract("seminar.html", page).get(0);
        assertThat(e.startDate()).isEqualTo("2025-06-19");
        assertThat(e.startTime()).isEqualTo("09:30");
        assertThat(e.endTime()).isEqualTo("11:00");
    }
    private static final String TYPE_OVER_DATE_CARDS = """
            Past events

            SEMINAR
            14 May 2025 | 12:30 – 13:30 | Room 12, Fenwick Building
            Counting Floods: Insurance Data and Public Risk

            Presented by Dr Marta Lindholm-Osei, Fenwick Risk Centre.

            WEBINAR
            2 April 2025 | 10:00 – 11:00 | Online
            Early Warnings That Reach the Last Mile
            """;

    @Test
    void aTypeLineOverTheDateLineMakesTheLineUnderTheDateTheCardsTitle() {
        assertThat(extract("past.txt", TYPE_OVER_DATE_CARDS)).extracting(EventRecord::title, EventRecord::startDate).containsExactly(
                tuple("Counting Floods: Insurance Data and Public Risk", "2025-05-14"),
                tuple("Early Warnings That Reach the Last Mile", "2025-04-02"));
    }

    private static final String KICKER_OVER_TITLE_CARDS = """
            Harbourside University
            Centre for Maritime Heritage

            Event archive

            BOOK TALK
            The Salt State: Customs Houses and Empire
            Wed 9 Apr 2025 · 17:00 – 18:00
            Reading Room, Quay Library

            PUBLIC LECTURE
            Lost Cargoes: What the Seabed Remembers
            Thu 20 Feb 2025 · 18:00
            Lecture Theatre 1

            Our talks are free and open to all.
            © Harbourside University 2025
            """;

    @Test
    void aKickerInCapitalsOverTheTitleIsNeitherTheTitleNorAnOrganiserLine() {
        List<EventRecord> events = extract("archive.txt", KICKER_OVER_TITLE_CARDS);
        assertThat(events).extracting(EventRecord::title, EventRecord::startDate).containsExactly(
                tuple("The Salt State: Customs Houses and Empire", "2025-04-09"),
                tuple("Lost Cargoes: What the Seabed Remembers", "2025-02-20"));
        // the university holds the copyright; the centre on the banner line under it publishes its own events
        assertThat(events.get(0).organizers()).containsExactly("Centre for Maritime Heritage");
    }
}
