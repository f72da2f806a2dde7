package io.eventlens.extraction.event;

import static io.eventlens.extraction.event.EventTestSupport.organizers;
import static io.eventlens.extraction.event.EventTestSupport.read;
import static io.eventlens.extraction.event.EventTestSupport.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import io.eventlens.extraction.ExtractionResult;
import io.eventlens.extraction.document.SourceFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderReaderTest {

    private static final HeaderReader READER = new HeaderReader();

    private static final String BULLETIN = """
            Spring Round-up from the Valley Network

            Three gatherings took place in the valley this spring. Read about them below.

            1. [Soil and Seed: Keeping Heirloom Varieties Alive](#);
            2. [Orchards After the Frost](#)

            Soil and Seed: Keeping Heirloom Varieties Alive

            VGN, Tarrow Seed Library, Orchard Society of the Vale
            14 March 2021

            On 14 March 2021 the Valley Growers Network (VGN) held a seed swap and panel in the old barn. Dr. Ana
            Ruiz spoke first.

            Orchards After the Frost

            Fruit Research Centre at Lower Vale College
            2 April 2021

            The Fruit Research Centre convened growers to compare damage after the late frost.
            """;

    @Test
    void eachSectionOfABulletinIsAnEventWithItsOwnOrganisers() {
        List<EventCandidate> events = read(READER, BULLETIN, SourceFormat.PLAIN);
        assertThat(events).extracting(c -> value(c.title)).containsExactly(
                "Soil and Seed: Keeping Heirloom Varieties Alive", "Orchards After the Frost");
        assertThat(events).extracting(c -> value(c.startDate)).containsExactly("2021-03-14", "2021-04-02");
        // the acronym of the organiser line is spelled out as the text defines it
        assertThat(organizers(events.get(0))).containsExactly("Valley Growers Network", "Tarrow Seed Library",
                "Orchard Society of the Vale");
        // "X at Y": the organiser is X
        assertThat(organizers(events.get(1))).containsExactly("Fruit Research Centre");
        assertThat(events).allMatch(c -> c.confidence >= 0.8);
    }

    private static final String EVENT_PAGE = """
            <html><body><header><a class="logo" href="/">Lowmoor Rope Museum</a></header>
            <main><article>
            <p class="kicker">Talk &middot; Hybrid</p>
            <h1>Knots at Sea: Rigging Records in the Age of Steam</h1>
            <p><span class="label">Date</span> <time datetime="2023-05-04T18:30+01:00">Thu 04.05.2023</time></p>
            <p><span class="label">Time</span> 18:30&ndash;20:00 BST</p>
            <p><span class="label">Venue</span> Lowmoor Rope Museum, Loft Gallery, Quay Street 4, Lowmoor &mdash; and livestream</p>
            <p>The Lowmoor Rope Museum and the Guild of Sail and Rigging Historians (GSRH) invite sailors, curators and
            the curious to discuss what old rigging books tell us.</p>
            </article></main></body></html>
            """;

    @Test
    void anEventPageTitledByItsMainHeadingWithStyledLabelsForItsFacts() {
        List<EventCandidate> events = read(READER, EVENT_PAGE, SourceFormat.HTML);
        assertThat(events).hasSize(1);
        EventCandidate page = events.get(0);
        // the kicker above the heading is the kind of event, the heading its title
        assertThat(value(page.title)).isEqualTo("Knots at Sea: Rigging Records in the Age of Steam");
        assertThat(value(page.startDate)).isEqualTo("2023-05-04");
        // the time element gives the start, the "Time" field completes it with the end
        assertThat(value(page.startTime)).isEqualTo("18:30");
        assertThat(value(page.endTime)).isEqualTo("20:00");
        assertThat(value(page.location)).isEqualTo("Lowmoor Rope Museum, Loft Gallery, Quay Street 4, Lowmoor");
        // the hosts invite people "to discuss"; the acronym keeps "Sail and Rigging" inside one name
        assertThat(organizers(page)).containsExactly("Lowmoor Rope Museum", "Guild of Sail and Rigging Historians");
    }

    @Test
    void aCallIssuedByOrganisationsNamesThemAndItsListOfKeyDatesNamesNoTitles() {
        String call = """
                CALL FOR APPLICATIONS

                Third Summer School on River Restoration

                June 3–6, 2026 · Mill House Field Station, Lowmoor

                Issued 2 February 2026 by the Lowmoor Rivers Trust (LRT) and the Tarrow Angling Society

                Key dates
                • Application deadline: March 1, 2026
                • Orientation call: May 20, 2026
                • Summer school: June 3–6, 2026
                """;
        List<EventCandidate> events = read(READER, call, SourceFormat.PLAIN);
        assertThat(events).extracting(c -> value(c.title)).contains("Third Summer School on River Restoration")
                .noneMatch(t -> t.startsWith("June") || t.startsWith("May"));
        EventCandidate school = events.stream().filter(c -> value(c.title).startsWith("Third")).findFirst().orElseThrow();
        assertThat(value(school.startDate)).isEqualTo("2026-06-03");
        assertThat(organizers(school)).containsExactly("Lowmoor Rivers Trust", "Tarrow Angling Society");
    }

    @Test
    void aCoHostedByBlockUnderTheFactsNamesTheOrganisersOverAHeadlineOrganisation() {
        String flyer = """
                Annual Session of the Lowland River Commission (LRC)
                SIDE EVENT

                NETS, WEIRS AND WILD FISH: SHARING A RIVER

                Tuesday, 9 June 2026
                1:15 – 2:30 p.m.
                Room 4, Commission House, Tarrow
                Entry with a session badge only.

                Co-hosted by
                the Permanent Mission of Lowmoor to the Commission,
                the Guild of Net Makers (GNM), and
                the Tarrow Institute for Freshwater Studies
                """;
        List<EventCandidate> events = read(READER, flyer, SourceFormat.PLAIN);
        assertThat(events).singleElement().satisfies(c -> {
            assertThat(value(c.title)).isEqualToIgnoringCase("Nets, Weirs and Wild Fish: Sharing a River");
            assertThat(organizers(c)).containsExactly("Permanent Mission of Lowmoor to the Commission", "Guild of Net Makers",
                    "Tarrow Institute for Freshwater Studies");
            // the time alone under the date is the event's; the place follows it
            assertThat(value(c.startTime)).isEqualTo("13:15");
            assertThat(value(c.location)).isEqualTo("Room 4, Commission House, Tarrow");
        });
    }

    @Test
    void anAllCapitalTitleWithASubtitleIsTheTitleOverItsGenreLine() {
        String programme = """
                KEEPING THE RIVER: WEIRS, NETS AND THE LAW
                Regional Symposium

                Tuesday, 9 June 2026 | 9:00 – 17:30
                Mill House, Tarrow

                Organised by the Guild of Net Makers and the Tarrow School of Law
                """;
        List<EventCandidate> events = read(READER, programme, SourceFormat.PLAIN);
        assertThat(events).singleElement().satisfies(c -> {
            assertThat(value(c.title)).isEqualToIgnoringCase("Keeping the River: Weirs, Nets and the Law");
            assertThat(organizers(c)).containsExactly("Guild of Net Makers", "Tarrow School of Law");
        });
    }

    @Test
    void numberedSectionsOverTheirOwnDateLinesAreEventsInsideALongerMeeting() {
        String report = """
                River Commission Monitor
                Report | Published 10 January 2026

                Side meetings at the Ninth River Commission: what we saw

                The Ninth River Commission met in Tarrow from 1 to 6 December. We attended two side meetings.

                1. Counting the Eels

                Tuesday 2 December, 1:15–2:45 pm | Mill House, Room 3
                Co-hosted by the Guild of Net Makers and the Tarrow Institute for Freshwater Studies

                The session compared counts from four weirs.

                2. Weirs and the Law

                Thursday 4 December, 6.00–7.30 pm | Old Customs House, Tarrow
                Organised by the Lowmoor Rivers Trust

                The evening panel asked who owns a weir.
                """;
        List<EventCandidate> events = read(READER, report, SourceFormat.PLAIN);
        assertThat(events).extracting(c -> value(c.title)).contains("Counting the Eels", "Weirs and the Law");
        EventCandidate law = events.stream().filter(c -> "Weirs and the Law".equals(value(c.title))).findFirst().orElseThrow();
        assertThat(value(law.startDate)).isEqualTo("2025-12-04");
        assertThat(value(law.startTime)).isEqualTo("18:00");
        assertThat(organizers(law)).containsExactly("Lowmoor Rivers Trust");
    }

    @Test
    void sectionsOwnTheTextUpToTheNextHeader() {
        List<EventCandidate> events = read(READER, BULLETIN, SourceFormat.PLAIN);
        assertThat(events.get(0).end()).isLessThanOrEqualTo(events.get(1).start());
        assertThat(events.get(0).start()).isGreaterThan(BULLETIN.indexOf("2. ["));
    }

    private static final String PROGRAMME = """
            COASTAL ECOLOGY SYMPOSIUM 2024
            "Shores in Motion"
            3-4 October 2024 | Harbour Congress Hall, Brightwater
            Organised by the Shoreline Research Society (SRS) and Brightwater Marine Institute

            FINAL PROGRAMME (version of 20 September 2024)

            PRE-SYMPOSIUM WORKSHOP (limited places)
            Wednesday 2 October 2024, 14:00-17:00, Room Dune
            "Mapping Dunes with Drones"
            Facilitator: Dr. Pia Lund (Brightwater Marine Institute)

            DAY 1 - Thursday 3 October

            09:00-09:30  Welcome
                         Prof. Karl Weber, President, SRS

            DAY 2 - Friday 4 October

            09:00-10:00  Keynote: "Sand budgets"
                         Dr. Mina Sato, Coastal Survey Office
            """;

    @Test
    void aProgrammeHasItsMainEventAndASideEventAnnouncedInside() {
        List<EventCandidate> events = read(READER, PROGRAMME, SourceFormat.PLAIN);
        assertThat(events).extracting(c -> value(c.title)).containsExactly("Coastal Ecology Symposium 2024",
                "Mapping Dunes with Drones");
        EventCandidate symposium = events.get(0);
        assertThat(value(symposium.startDate)).isEqualTo("2024-10-03");
        assertThat(value(symposium.endDate)).isEqualTo("2024-10-04");
        assertThat(value(symposium.location)).isEqualTo("Harbour Congress Hall, Brightwater");
        assertThat(organizers(symposium)).containsExactly("Shoreline Research Society", "Brightwater Marine Institute");
        EventCandidate workshop = events.get(1);
        assertThat(value(workshop.startDate)).isEqualTo("2024-10-02");
        assertThat(value(workshop.startTime)).isEqualTo("14:00");
        assertThat(value(workshop.endTime)).isEqualTo("17:00");
        assertThat(value(workshop.location)).isEqualTo("Room Dune");
    }

    @Test
    void theDaysOfAProgrammeGoBackToTheEventWhoseDatesCoverThem() {
        List<EventCandidate> events = read(READER, PROGRAMME, SourceFormat.PLAIN);
        EventCandidate symposium = events.get(0);
        EventCandidate workshop = events.get(1);
        assertThat(symposium.textRegions()).hasSize(2);
        assertThat(symposium.textRegions().get(1).start()).isEqualTo(PROGRAMME.indexOf("DAY 1"));
        assertThat(workshop.end()).isLessThan(PROGRAMME.indexOf("DAY 1"));
    }

    private static final String PAGE = """
            <html><body><header><nav><a href="/">Home</a></nav></header>
            <main>
              <h1>Night Sky Walk for Families</h1>
              <p>Bring warm clothes and a torch.</p>
              <table>
                <tr><th>Date</th><td><time datetime="2023-01-21">Saturday 21 January 2023</time></td></tr>
                <tr><th>Time</th><td>19:00 &ndash; 21:00</td></tr>
                <tr><th>Location</th><td>Hilltop Observatory, Grange Road<br>Upper Tarrow</td></tr>
                <tr><th>Organiser</th><td>Astronomy Club of Tarrow, Tarrow Parks Department</td></tr>
              </table>
              <p>The walk is led by volunteers of the club.</p>
            </main></body></html>
            """;

    @Test
    void anEventPageTakesItsTitleFromTheHeadingAndItsFieldsFromTheFacts() {
        List<EventCandidate> events = read(READER, PAGE, SourceFormat.HTML);
        assertThat(events).singleElement().satisfies(c -> {
            assertThat(value(c.title)).isEqualTo("Night Sky Walk for Families");
            assertThat(value(c.startDate)).isEqualTo("2023-01-21");
            assertThat(value(c.startTime)).isEqualTo("19:00");
            assertThat(value(c.endTime)).isEqualTo("21:00");
            assertThat(value(c.location)).isEqualTo("Hilltop Observatory, Grange Road");
            // a single "Organiser" field is one organisation, commas and all
            assertThat(organizers(c)).containsExactly("Astronomy Club of Tarrow, Tarrow Parks Department");
        });
    }

    @Test
    void aDatedHeaderOverTextThatSpeaksOfNoGatheringIsWeak() {
        String report = """
                Report on River Water Quality
                12 May 2020

                The report finds that nitrate levels fell in four of six rivers. Samples were taken monthly.
                """;
        List<EventCandidate> events = read(READER, report, SourceFormat.PLAIN);
        assertThat(events).allMatch(c -> c.confidence < EventRecordAssembler.MIN_CONFIDENCE);
    }

    @Test
    void anAboutSectionClosingAReleaseIsNoEvent() {
        String release = """
                FOR IMMEDIATE RELEASE

                Families honour river pilots at Hartwell launch of harbour history

                HARTWELL, 9 October 2023 \u2014 Pilots, historians and families met in Hartwell on Saturday for the \
                launch of "Tides We Kept", a book by the Hartwell Quay Trust (HQT).

                Opening the launch, Ms. Orla Brennock, Director of HQT, thanked the pilots' families.

                About HQT

                The Hartwell Quay Trust (HQT) has cared for the old quay since 1998.
                """;
        ExtractionResult result = ExtractionEngine.standard().extract(DocumentInput.of("release.txt", release));
        assertThat(result.events()).extracting(e -> e.title()).noneMatch(t -> t.startsWith("About"));
    }

    @Test
    void aTitleOverItsKickerAndASeriesLabelOverItsTitle() {
        String text = """
                TARROW WATER FORUM 2025
                Rivers we share

                12-13 June 2025
                Old Mill Hall, Tarrow

                LECTURE SERIES
                Salt in the Estuary
                Thursday 3 July 2025, 6pm, Room 4, Mill Building. Dr Ana Ruiz talks about estuaries.
                """;
        List<EventCandidate> events = read(READER, text, SourceFormat.PLAIN);
        assertThat(events).extracting(c -> value(c.title)).containsExactly("Tarrow Water Forum 2025", "Salt in the Estuary");
        assertThat(value(events.get(0).location)).isEqualTo("Old Mill Hall, Tarrow");
        assertThat(value(events.get(1).location)).isEqualTo("Room 4, Mill Building");
        assertThat(value(events.get(1).startTime)).isEqualTo("18:00");
    }

    @Test
    void listingLinesCarryTheirTitleAndPlace() {
        String text = """
                Members' calendar

                1) 07.03.2019 | 18:00-20:30 | Poetry Slam Tarrow | Old Mill Hall, Tarrow
                   Organised by the Tarrow Writers Circle.
                2) 14.03.2019 | 10:00-16:00 | Workshop: Writing Short Stories [M] | Library Annex, Lowmoor
                """;
        List<EventCandidate> events = read(READER, text, SourceFormat.PLAIN);
        assertThat(events).extracting(c -> value(c.title)).containsExactly("Poetry Slam Tarrow", "Workshop: Writing Short Stories");
        assertThat(events).extracting(c -> value(c.location)).containsExactly("Old Mill Hall, Tarrow", "Library Annex, Lowmoor");
        assertThat(organizers(events.get(0))).contains("Tarrow Writers Circle");
    }

    @Test
    void aHeadingOverAParagraphThatDatesItsEvent() {
        String text = """
                VALLEY HERITAGE SOCIETY
                Spring letter

                Our members met twice this spring.

                Dry Stone Walling Day

                On April 12-13, 2024, the Society convened twenty volunteers in Lowmoor for a two-day walling workshop.
                """;
        List<EventCandidate> events = read(READER, text, SourceFormat.PLAIN);
        assertThat(events).singleElement().satisfies(c -> {
            assertThat(value(c.title)).isEqualTo("Dry Stone Walling Day");
            assertThat(value(c.startDate)).isEqualTo("2024-04-12");
            assertThat(value(c.endDate)).isEqualTo("2024-04-13");
            assertThat(value(c.location)).isEqualTo("Lowmoor");
        });
    }

    @Test
    void aBulletinsOwnEventsAreItsPublishers() {
        String text = """
                Lowmoor Heritage Society
                Autumn newsletter

                We have two evenings planned this autumn.

                Stones of the Valley
                Friday 3 October 2025, 7pm
                Old Chapel, Lowmoor

                Maps Old and New
                Friday 7 November 2025, 7pm
                Old Chapel, Lowmoor
                """;
        List<EventCandidate> events = read(READER, text, SourceFormat.PLAIN);
        assertThat(events).hasSize(2).allSatisfy(c -> assertThat(organizers(c)).containsExactly("Lowmoor Heritage Society"));
    }

    @Test
    void anEventOrganisedWithAPartnerIsThePublishersAndThePartnersAndTheLineStaysWithIt() {
        String text = """
                Lowmoor Heritage Society
                Autumn newsletter

                We have two evenings planned this autumn.

                TALK
                Stones of the Valley
                Friday 3 October 2025, 7pm, Old Chapel, Lowmoor. A geologist reads the valley's walls.
                Organised with the Lowmoor Walkers Club.

                LECTURE
                Maps Old and New
                Friday 7 November 2025, 7pm, Old Chapel, Lowmoor. A cartographer shows the parish maps.
                """;
        List<EventCandidate> events = read(READER, text, SourceFormat.PLAIN);
        assertThat(events).hasSize(2);
        assertThat(organizers(events.get(0))).containsExactly("Lowmoor Heritage Society", "Lowmoor Walkers Club");
        assertThat(organizers(events.get(1))).containsExactly("Lowmoor Heritage Society");
    }

    @Test
    void anEyebrowLabelAndABreadcrumbAreNoTitle() {
        String text = """
                Home › Events › Talk

                # Talk: Salt Roads of the North

                *Talk · Lowmoor Heritage Society*

                Friday 3 October 2025, 19:00–20:30
                Old Chapel, Lowmoor
                """;
        List<EventCandidate> events = read(READER, text, SourceFormat.MARKDOWN);
        assertThat(events).singleElement().satisfies(c -> assertThat(value(c.title)).isEqualTo("Talk: Salt Roads of the North"));
        assertThat(HeaderReader.isEyebrow("Panel Discussion · Programme on Ocean Justice")).isTrue();
        assertThat(HeaderReader.isEyebrow("Home › Events › Book launch")).isTrue();
        assertThat(HeaderReader.isEyebrow("Salt, Silver and Tin")).isFalse();
    }

    @Test
    void aSentenceStatingTheOrganisersOfASectionsEventsGivesThemTheirOrganisers() {
        String text = """
                HARRIER CENTRE NEWS

                BRIEFINGS

                The Harrier Centre co-organised with the Permanent Mission of Chile two briefings for Council experts.

                Protecting Health Workers
                4 November 2025, Conference Room 6, New York

                Early Warning Before Atrocities
                18 November 2025, Conference Room 6, New York

                WORKSHOPS

                The Harrier Centre and the Tarrow Law School ran two workshops for law students.

                Drafting Protection Clauses
                2 December 2025, Tarrow Law School, Accra
                """;
        List<EventCandidate> events = read(READER, text, SourceFormat.PLAIN);
        assertThat(events).hasSize(3);
        assertThat(organizers(events.get(0))).containsExactly("Harrier Centre", "Permanent Mission of Chile");
        assertThat(organizers(events.get(1))).containsExactly("Harrier Centre", "Permanent Mission of Chile");
        assertThat(organizers(events.get(2))).containsExactly("Harrier Centre", "Tarrow Law School");
    }

    @Test
    void publicationLinesAndDaysAloneMakeNoEvent() {
        String text = """
                Weekly Digest
                Posted Monday, 3 May 2021

                DAY 1 - Tuesday 4 May

                09:00-10:00  Registration
                """;
        assertThat(read(READER, text, SourceFormat.PLAIN)).isEmpty();
    }

    /** A bulletin pasted from an e-mail, wrapped at 72 columns; headings shaped like names, a news headline. */
    private static final String WRAPPED_BULLETIN = """
            Selmar Coast Notes - June 2029

            Harbour Lights Festival Returns to Selmar

            Selmar, 4 June 2029 \u2014 The Selmar Port Authority and the Guild of Lamp
            Makers opened the fifth Harbour Lights Festival on the East Quay on 1-3
            June 2029. Ms. Oona Prideaux, Harbour Master, lit the first lantern.

            Open Day at the Brackwater Seed Bank

            The Institute for Dryland Crops organised an Open Day on Sunday, 17 June
            2029, at the Brackwater Seed Bank. Dr. Ilario Venn, Curator of the Seed
            Bank, guided the visitors through the vaults and answered their
            questions.

            Lecture on Tidal Clocks

            On 21 June 2029, the Coastal History Society hosted an evening lecture
            at the Kelder Gallery in Selmar. Prof. Marit Oyelaran of the University
            of Selmar spoke about tide tables.
            """;

    @Test
    void aHardWrappedBulletinHasAnEventUnderEachHeading() {
        List<EventCandidate> events = read(READER, WRAPPED_BULLETIN, SourceFormat.PLAIN);
        // the headline names the festival, then says what it did; a heading shaped like a name is the
        // event's when the paragraph under it speaks of the event by that name
        assertThat(events).extracting(c -> value(c.title)).containsExactly(
                "Harbour Lights Festival", "Open Day at the Brackwater Seed Bank", "Lecture on Tidal Clocks");
        assertThat(events).extracting(c -> value(c.startDate)).containsExactly("2029-06-01", "2029-06-17", "2029-06-21");
        assertThat(value(events.get(0).endDate)).isEqualTo("2029-06-03");
        assertThat(organizers(events.get(1))).containsExactly("Institute for Dryland Crops");
        assertThat(organizers(events.get(2))).containsExactly("Coastal History Society");
        assertThat(value(events.get(2).location)).isEqualTo("Kelder Gallery in Selmar");
    }

    @Test
    void aPressReleaseHeaderIsNoEventAndItsHeadlineGivesWayToTheEventItNames() {
        String release = """
                Ministry of Coastal Affairs and Inland Fisheries
                Press Release No. 45/2025
                Port Elsby, 3 March 2025

                Minister Opens Regional Dialogue on Small-Scale Fisheries

                On 3 March 2025, the Minister opened the Regional Dialogue on Small-Scale Fisheries at the Harbour
                Hall. The dialogue, organised with the Northern Seas Fisheries Council, runs for two days.
                """;
        List<EventCandidate> events = read(READER, release, SourceFormat.PLAIN);
        assertThat(events).extracting(c -> value(c.title)).containsExactly("Regional Dialogue on Small-Scale Fisheries");
        String call = """
                Call for Participation

                The Fourth Nordic\u2013Baltic Conference on Coastal Erosion will take place on 9-10 September 2025 in
                Klaip\u0117da, Lithuania.
                """;
        assertThat(read(READER, call, SourceFormat.PLAIN)).extracting(c -> value(c.title))
                .containsExactly("Fourth Nordic\u2013Baltic Conference on Coastal Erosion");
    }

    @Test
    void theMinistryOfAReleaseIsTheMinistryItsMastheadNames() {
        String release = """
                Ministry of Coastal Affairs

                Regional Dialogue on Fisheries

                The dialogue, organised by the Ministry and the Northern Seas Council, took place on 3 May 2025 in
                Port Elsby.
                """;
        assertThat(read(READER, release, SourceFormat.PLAIN)).singleElement()
                .satisfies(c -> assertThat(organizers(c)).containsExactly("Ministry of Coastal Affairs", "Northern Seas Council"));
        // without a fuller name in the text, "the Ministry" names no one
        String bare = release.replace("Ministry of Coastal Affairs\n\n", "");
        assertThat(read(READER, bare, SourceFormat.PLAIN)).singleElement()
                .satisfies(c -> assertThat(organizers(c)).containsExactly("Northern Seas Council"));
    }

    @Test
    void aVenueRowOfATableCopiedAsTextIsThePlace() {
        List<EventCandidate> found = read(READER, """
                Film Night: Rivers of the North

                Date | 6 March 2026
                Venue | Lantern Cinema, Quay Street, Harrowgate

                Three short documentaries about northern rivers, followed by a discussion.
                """, SourceFormat.PLAIN);
        assertThat(found).hasSize(1);
        assertThat(value(found.get(0).location)).isEqualTo("Lantern Cinema, Quay Street, Harrowgate");
    }

    private static final String BRIEFING = """
            ALDER INSTITUTE FOR HOUSING RIGHTS
            Monthly Bulletin No. 9 \u2014 Wednesday, 5 February 2025

            Our bulletin reports on the week's meetings and on what comes next.

            1. Evictions and the Courts: A Practitioners' Exchange

            On Monday, the Alder Institute and the Tenants' Legal Network hosted a practitioners' exchange at the
            Old Library, Riverside Road, Leeds, from 17:00 to 19:00. Around thirty lawyers attended.

            2. Cold Homes, Warm Words

            The Civic Energy Trust convened an evening debate on Tuesday, 4 February, at the Corn Exchange in
            Leeds. The Institute was invited to speak on the second panel.

            3. Coming up: Housing Assembly 2025

            The Housing Assembly 2025 will take place on 12-13 May 2025 at the Quayside Hall, Hull. Registration
            opens in March.
            """;

    @Test
    void numberedSectionsOfABulletinAreEventsDatedByTheWeekdayOfTheirProse() {
        List<EventCandidate> events = read(READER, BRIEFING, SourceFormat.PLAIN);
        assertThat(events).extracting(c -> value(c.title)).containsExactly(
                "Evictions and the Courts: A Practitioners' Exchange", "Cold Homes, Warm Words", "Housing Assembly 2025");
        // "On Monday" in the week of the masthead's Wednesday; a written date stands as written
        assertThat(events).extracting(c -> value(c.startDate)).containsExactly("2025-02-03", "2025-02-04", "2025-05-12");
        assertThat(value(events.get(2).endDate)).isEqualTo("2025-05-13");
        assertThat(value(events.get(0).startTime)).isEqualTo("17:00");
        // each section's organisers are its own: the masthead's body only where the prose says it hosted
        assertThat(organizers(events.get(0))).containsExactly("Alder Institute for Housing Rights", "Tenants' Legal Network");
        assertThat(organizers(events.get(1))).containsExactly("Civic Energy Trust");
        assertThat(events.get(0).end()).isLessThanOrEqualTo(events.get(1).start());
    }

    @Test
    void aMastheadWithAnIssueNumberDatesTheIssueAndNamesNoEvent() {
        ExtractionResult result = ExtractionEngine.standard().extract(DocumentInput.of("bulletin.txt", BRIEFING));
        assertThat(result.events()).extracting(e -> e.title())
                .noneMatch(t -> t.startsWith("Monthly Bulletin"))
                .hasSize(3);
    }

    @Test
    void subSectionsOfAReportCarryTheirDateAndPlaceInBrackets() {
        String report = """
                Activity Report 2023
                Fenwick Centre for Coastal Law

                2. EVENTS

                2.1 Coastal Erosion and Property Law (March, Lisbon)

                The Centre gathered judges and surveyors for a one-day workshop on shifting shorelines.

                2.2 Summer School on Ocean Governance 2023 (3\u20137 July, Split)

                Co-organised with the Adriatic Law Faculty, the summer school took place at the Villa Dalmacija
                and welcomed forty students. Professor Ivo Maric, Dean of the Adriatic Law Faculty, gave the opening lecture.

                2.3 Other activities

                Staff also lectured at several universities.

                3. FINANCES

                Income rose by a tenth.
                """;
        List<EventCandidate> events = read(READER, report, SourceFormat.PLAIN);
        assertThat(events).extracting(c -> value(c.title)).containsExactly(
                "Coastal Erosion and Property Law", "Summer School on Ocean Governance 2023");
        // a month alone, in the year the report covers
        assertThat(events).extracting(c -> value(c.startDate)).containsExactly("2023-03", "2023-07-03");
        assertThat(value(events.get(0).location)).isEqualTo("Lisbon");
        // the venue the text names, in the bracket's city
        assertThat(value(events.get(1).location)).isEqualTo("Villa Dalmacija, Split");
        // a paragraph opening "Co-organised with X, ..." is prose: its commas do not list organisers
        ExtractionResult result = ExtractionEngine.standard().extract(DocumentInput.of("report.txt", report));
        assertThat(result.events()).filteredOn(e -> e.title().startsWith("Summer School")).singleElement()
                .satisfies(e -> assertThat(e.organizers()).contains("Adriatic Law Faculty")
                        .noneMatch(o -> o.startsWith("Dean")));
        // the section ends at the next sub-section: the chapter after it is no part of the event
        assertThat(events.get(1).end()).isLessThan(report.indexOf("Other activities"));
    }

    @Test
    void aSeriesSubtitleIsNoOrganiserAndALabelGivesWayToTheTitleUnderIt() {
        String programme = """
                RIVERS AND RIGHTS
                Annual Colloquium of the Institute for Water Justice

                Friday, 14 November 2025 \u00B7 Council Chamber, Town Hall, Eastport

                Organised by the Institute for Water Justice (IWJ), University of Eastport, in partnership with the Brook Trust

                10:00\u201310:30 Opening
                10:30\u201312:00 Panel: Dams and Displacement

                Pre-Colloquium Evening Talk
                Who Owns a River? Law and the Living Water
                Thursday, 13 November 2025, 18:30\u201320:00
                Council Chamber, Town Hall, Eastport
                """;
        List<EventCandidate> events = read(READER, programme, SourceFormat.PLAIN);
        assertThat(events).extracting(c -> value(c.title)).containsExactly(
                "Rivers and Rights", "Who Owns a River? Law and the Living Water");
        // the unit with the parent the text attaches to it; the subtitle's body is no organiser of its own
        assertThat(organizers(events.get(0)).stream().distinct())
                .containsExactly("Institute for Water Justice, University of Eastport", "Brook Trust");
        assertThat(value(events.get(1).startDate)).isEqualTo("2025-11-13");
        // the evening before the colloquium is held by those who convene the colloquium
        assertThat(organizers(events.get(1)).stream().distinct())
                .containsExactly("Institute for Water Justice, University of Eastport", "Brook Trust");
    }

    @Test
    void aLectureUnderALabelThatNamesNoMainEventTakesNoOrganisers() {
        String page = """
                RIVERS AND RIGHTS
                Friday, 14 November 2025 \u00B7 Council Chamber, Town Hall, Eastport
                Organised by the Institute for Water Justice

                Public Lecture
                Who Owns a River? Law and the Living Water
                Thursday, 20 November 2025, 18:30
                Great Hall, Eastport
                """;
        List<EventCandidate> events = read(READER, page, SourceFormat.PLAIN);
        assertThat(events).extracting(c -> value(c.title)).contains("Who Owns a River? Law and the Living Water");
        assertThat(events.stream().filter(c -> value(c.title).startsWith("Who Owns")).findFirst().orElseThrow().organizers)
                .isEmpty();
    }

    private static final String SERIES_PAGE = """
            # Part 4 — *Ledgers of the Lagoon: Fishing Records as History*

            > **Saltwater Histories 2025**, convened by the **Lagoon Heritage Trust (LHT)** with the **Maritime Archive Society**.

            | | |
            |---|---|
            | \uD83D\uDCC5 **Date** | Tue 11 March 2025 |
            | \uD83D\uDD51 **Time** | 16:00–17:00 CET |
            | \uD83D\uDCCD **Where** | Online (Teams) |

            Fishing families kept ledgers for two centuries; historians now read them.

            ## Previous sessions

            - Part 2 — *Boats Without Names* (14 January 2025) · [video](#)
            - Part 3 — *Salt, Sail and Census* (11 February 2025) · [slides](#)

            ## Looking ahead

            Further sessions will be announced.
            """;

    @Test
    void aSeriesPageIsItsSessionAndTheEarlierSessionsItLists() {
        List<EventCandidate> events = read(READER, SERIES_PAGE, SourceFormat.MARKDOWN);
        assertThat(events).extracting(c -> value(c.title)).containsExactly(
                "Ledgers of the Lagoon: Fishing Records as History", "Boats Without Names", "Salt, Sail and Census");
        assertThat(events).extracting(c -> value(c.startDate)).containsExactly("2025-03-11", "2025-01-14", "2025-02-11");
        EventCandidate main = events.get(0);
        assertThat(value(main.startTime)).isEqualTo("16:00");
        assertThat(value(main.endTime)).isEqualTo("17:00");
        assertThat(main.location).isNull(); // online only
        assertThat(organizers(main)).containsExactly("Lagoon Heritage Trust", "Maritime Archive Society");
        // the listed sessions belong to the same series: its organisers, and none of the page's own text
        assertThat(organizers(events.get(1))).containsExactly("Lagoon Heritage Trust", "Maritime Archive Society");
        assertThat(events.get(0).end()).isLessThanOrEqualTo(events.get(1).start());
        assertThat(events).allMatch(c -> c.confidence >= 0.5);
    }

    private static final String MASTHEAD_PROGRAMME = """
            ALPINE WATERSHEDS ALLIANCE (AWA) in collaboration with the Institute for Mountain Hydrology (IMH)
            Third Technical Dialogue on Glacier-Fed Water Supplies
            3–4 March 2026
            Congress House, Innsbruck

            Day 0 – Monday, 2 March 2026
            Youth Delegates Briefing, 2 March, 14:30–16:00, Room B12, IMH

            Day 1 – Tuesday, 3 March 2026
            09:00–09:30  Registration
            09:30–12:00  Session 1: Measuring melt
            """;

    @Test
    void aMastheadOfOrganisationsIsNoTitleAndASideEventLineHasItsOwnTimeAndPlace() {
        List<EventCandidate> events = read(READER, MASTHEAD_PROGRAMME, SourceFormat.PLAIN);
        assertThat(events).extracting(c -> value(c.title)).containsExactly(
                "Third Technical Dialogue on Glacier-Fed Water Supplies", "Youth Delegates Briefing");
        EventCandidate side = events.get(1);
        assertThat(value(side.startDate)).isEqualTo("2026-03-02");
        assertThat(value(side.startTime)).isEqualTo("14:30");
        assertThat(value(side.endTime)).isEqualTo("16:00");
        assertThat(value(side.location)).isEqualTo("Room B12, IMH");
        ExtractionResult result = ExtractionEngine.standard().extract(DocumentInput.of("programme.txt", MASTHEAD_PROGRAMME));
        assertThat(result.events().get(0).organizers())
                .containsExactly("Alpine Watersheds Alliance", "Institute for Mountain Hydrology");
    }

    @Test
    void itemsListedWithTheirDatesUnderAPastEventsHeadingAreEventsAndTheHeadingIsNoTitle() {
        String page = """
                <main><h1>Bees in the City: Pollinator Corridors That Work</h1>
                <dl><dt>Date</dt><dd>Tuesday 21 October 2025</dd><dt>Time</dt><dd>13:00-14:00</dd></dl>
                <h2>Past events</h2>
                <ul><li><em>Living Walls on a Budget</em> (16 September 2025) · <a href="#">recording</a></li>
                <li><em>Soil for Rooftops</em> (19 August 2025) · <a href="#">recording</a></li></ul>
                <h2>Episode 7 of the series</h2>
                <ul><li>Episode 7 – <em>Rain Gardens for Schools</em> (18 November 2025)</li></ul></main>
                """;
        List<EventCandidate> events = read(READER, page, SourceFormat.HTML);
        assertThat(events).extracting(c -> value(c.title)).containsExactly("Bees in the City: Pollinator Corridors That Work",
                "Living Walls on a Budget", "Soil for Rooftops", "Rain Gardens for Schools");
        assertThat(events).extracting(c -> value(c.startDate)).containsExactly("2025-10-21", "2025-09-16", "2025-08-19", "2025-11-18");
        assertThat(events).allMatch(c -> c.confidence >= 0.5);
    }

    @Test
    void aPublicationLabelBeforeTheMastheadsDateMakesItTheIssuesDateNotAnEvent() {
        for (String label : new String[] {"Press notice, 19 June 2025", "News from the Institute \u2014 19 June 2025",
                "Weekly update: 19 June 2025"}) {
            String text = "TARN VALLEY INSTITUTE FOR UPLAND STUDIES\n" + label + "\n\nHill farming roundtable\n"
                    + "The roundtable took place on 12 June 2025 at the Institute's library in Kendal.\n";
            List<EventCandidate> found = read(READER, text, SourceFormat.PLAIN);
            assertThat(found).as(label).extracting(c -> value(c.title)).containsExactly("Hill farming roundtable");
        }
    }

    @Test
    void organisersNamedBeforeTheDateEndBeforeIt() {
        String text = "Youth Enterprise Roundtable\nLeeds, 14 May 2025\n\nThe roundtable was organised by the Chamber of Commerce"
                + " Youth Forum and the Tamsin Ethics Committee on 14 May 2025 at the Civic Hall, Leeds.\n";
        List<EventCandidate> found = read(READER, text, SourceFormat.PLAIN);
        assertThat(found).hasSize(1);
        assertThat(organizers(found.get(0))).containsExactly("Chamber of Commerce Youth Forum", "Tamsin Ethics Committee");
        String monthFirst = "Youth Enterprise Roundtable\n\nThe roundtable was hosted by the Tamsin Youth Forum on May 14, 2025"
                + " at the Civic Hall, Leeds.\n";
        assertThat(organizers(read(READER, monthFirst, SourceFormat.PLAIN).get(0))).containsExactly("Tamsin Youth Forum");
    }

    private static final String RECAP = """
            # Year in Review

            ## Gatherings of the year

            ### Lanterns and ledgers: families meet the archivists

            On 12 April 2023, some 300 people joined our webinar **"Who Keeps the Records? Archives and the Families of the Missing"**, co-hosted with the Northern Archive Collective. Ms Ana Ruiz moderated.

            ### Weavers compare notes in Cusco

            From 6 to 8 June 2023, twenty weavers met in Cusco for the **Andean Encounter of Textile Cooperatives**. The encounter was hosted by our member organisation Hilos Unidos at its workshop.

            ### A new book on the river

            Finally, on Thursday 19 October 2023, we joined the Centre for Delta Studies for the launch of *The River Remembers: Floods and Farmers*, a volume of essays.
            """;

    @Test
    void aRecapSectionIsTitledByTheNameItsProseGivesTheGatheringNotByItsDescriptiveHeading() {
        List<EventCandidate> events = read(READER, RECAP, SourceFormat.MARKDOWN);
        // the bold quoted name after "webinar", the bold name holding a capitalised event noun, the italic title of
        // what was launched: each beats the heading that describes the section
        assertThat(events).extracting(c -> value(c.title)).containsExactly(
                "Who Keeps the Records? Archives and the Families of the Missing", "Andean Encounter of Textile Cooperatives",
                "The River Remembers: Floods and Farmers");
        assertThat(events).extracting(c -> value(c.startDate)).containsExactly("2023-04-12", "2023-06-06", "2023-10-19");
        // "hosted by our member organisation X": X; "we joined X for the launch": X
        assertThat(organizers(events.get(1))).containsExactly("Hilos Unidos");
        assertThat(organizers(events.get(2))).containsExactly("Centre for Delta Studies");
    }

    @Test
    void aHeadingThatNamesItsEventKeepsItsNameOverABoldNameInTheProse() {
        String named = "# News\n\n### Harbour Lecture on Tides\n\nOn 3 May 2023 the Harbour Lecture drew 80 people to the"
                + " talk **Moons and Tides Explained** in the Old Hall.\n";
        assertThat(read(READER, named, SourceFormat.MARKDOWN)).extracting(c -> value(c.title)).containsExactly("Harbour Lecture on Tides");
    }

    private static final String BLOG = """
            [Home](#) › [Blog](#) › Notes from Lisbon

            # "Our boats are our schools": notes from our side event at the Ocean Conference

            **Posted by Inês Rocha, Campaigns Officer** | Friday, 14 June 2024

            On Tuesday morning the room was full long before ten. We had planned for forty people; seventy came.

            Our side event, **Small Boats, Big Stakes: Artisanal Fishers and Marine Protected Areas**, was organised by the Atlantic Fishers Alliance together with the Coastal Law Clinic. It ran from 10 to 11 am.

            ## What was said afterwards

            On Wednesday, a spokesperson for a trawler association told a newspaper that the event had been "one-sided". We did not invite the industry to speak this time.
            """;

    @Test
    void aBlogPostsEventIsTheOneItsLeadNamesNotItsHeadlineNorASectionThatOnlyRefersBackToIt() {
        ExtractionResult result = ExtractionEngine.standard().extract(DocumentInput.of("blog.md", BLOG));
        // the headline under the breadcrumb is the post's own title; "the event" in a later section is the one told above
        assertThat(result.events()).extracting(e -> e.title())
                .containsExactly("Small Boats, Big Stakes: Artisanal Fishers and Marine Protected Areas");
        assertThat(result.events().get(0).startDate()).isEqualTo("2024-06-11");
    }

    private static final String NEWS = """
            THE COAST HERALD

            Port cities close their summit with a pledge

            By Rita Camilleri, Cities reporter
            Published Monday 7 October 2024

            VALLETTA — Mayors of coastal cities ended their meeting on Saturday with a joint pledge.

            The summit, titled "Ports at the Waterline: Adapting to Rising Seas", ran from 3 to 5 October at the Harbour Conference Centre in Valletta. It was convened by the Coastal Cities Network.

            Working group on port finance

            On Friday, a working group chaired by Ilaria Fenech, a senior economist at the Island Development Bank, looked at how small ports can pay for sea walls.
            """;

    @Test
    void aNewsReportsSectionDatedWithinTheMeetingItReportsIsPartOfThatMeeting() {
        ExtractionResult result = ExtractionEngine.standard().extract(DocumentInput.of("news.txt", NEWS));
        // "Working group on port finance" (sentence case, a day of the 3-5 October run, no name of its own) is no event
        // of its own: the summit's chair of that working group is the summit's participant
        assertThat(result.events()).extracting(e -> e.title()).containsExactly("Ports at the Waterline: Adapting to Rising Seas");
        assertThat(result.events().get(0).participants()).extracting(p -> p.name()).contains("Ilaria Fenech");
    }

    @Test
    void recapSectionsTakeTheLaunchedTitleInFullAndANewsHeadlineGivesWayToTheEventsQuotedName() {
        String report = """
                MARROW COAST ALLIANCE -- YEAR IN REVIEW 2024

                3.1 Launching "Homes on Higher Ground"

                On 28 November we launched our report "Homes on Higher Ground: Relocation Without Dispossession" at an
                online event organised jointly with the Nyanza Land Network.
                """;
        ExtractionResult result = ExtractionEngine.standard().extract(DocumentInput.of("report.txt", report));
        assertThat(result.events()).extracting(e -> e.title())
                .containsExactly("Launch of Homes on Higher Ground: Relocation Without Dispossession");
        String news = """
                <html><body><article><h1>Borders without water: new study urges shared drought plans</h1>
                <p>By Ana Lind, 10 October 2025</p>
                <p>Droughts do not stop at borders, researchers agreed on Tuesday at the launch of a study in Niamey.</p>
                <p>The event, &ldquo;Dry Frontiers: Launch of the Drought Study&rdquo;, was organised with the Niger Basin
                Network and brought ninety participants to the seminar room of the Tarrow Institute in Niamey.</p>
                <h2>Panel discussion</h2>
                <p>A panel moderated by Oumar Sy, host of the Sahel Today programme on Radio Fleuve, then took up the study.</p>
                </article></body></html>
                """;
        ExtractionResult page = ExtractionEngine.standard().extract(DocumentInput.of("news.html", news));
        assertThat(page.events()).extracting(e -> e.title()).containsExactly("Dry Frontiers: Launch of the Drought Study");
    }
}
