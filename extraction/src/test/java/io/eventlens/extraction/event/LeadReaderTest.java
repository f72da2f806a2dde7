package io.eventlens.extraction.event;

import static io.eventlens.extraction.event.EventTestSupport.organizers;
import static io.eventlens.extraction.event.EventTestSupport.read;
import static io.eventlens.extraction.event.EventTestSupport.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.document.SourceFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadReaderTest {

    private static final LeadReader READER = new LeadReader();

    @Test
    void aPressReleaseTakesItsTitleFromTheEventFieldAndItsDateFromTheLeadNotTheDateline() {
        String release = """
                # Harbour Museum Opens Its Doors to Night Visitors

                *For immediate release*

                **BRIGHTWATER, May 2, 2024 —** On Thursday, the Harbour Museum, in cooperation with the Tarrow
                Maritime Society and the Coastal Radio Trust, will host a symposium on night navigation.

                **Event:** Lights on the Water: A Night of Maritime History
                **Where:** Harbour Museum, Brightwater
                """;
        List<EventCandidate> events = read(READER, release, SourceFormat.MARKDOWN);
        assertThat(events).singleElement().satisfies(c -> {
            assertThat(value(c.title)).isEqualTo("Lights on the Water: A Night of Maritime History");
            assertThat(value(c.startDate)).isEqualTo("2024-05-09"); // the coming Thursday, the release speaks of the future
            assertThat(value(c.location)).isEqualTo("Harbour Museum, Brightwater");
            // readers keep every statement of an organiser; the assembler drops repeats
            assertThat(organizers(c)).containsOnly("Harbour Museum", "Tarrow Maritime Society", "Coastal Radio Trust");
        });
    }

    @Test
    void aNewsReportNamesItsEventInTheLeadAndARangeBeatsYesterday() {
        String report = """
                PRESS RELEASE

                Nurses from three districts agree on safer night shifts

                TARROW, 6 May 2021 — A two-day Regional Forum on Night Work in Hospitals ended in Tarrow yesterday. The
                forum, held on 4-5 May 2021 at the Riverside Conference Centre, was organised by the Valley Nursing
                Council together with the Tarrow School of Health.
                """;
        List<EventCandidate> events = read(READER, report, SourceFormat.PLAIN);
        assertThat(events).singleElement().satisfies(c -> {
            assertThat(value(c.title)).isEqualTo("Regional Forum on Night Work in Hospitals");
            assertThat(value(c.startDate)).isEqualTo("2021-05-04");
            assertThat(value(c.endDate)).isEqualTo("2021-05-05");
            assertThat(value(c.location)).isEqualTo("Riverside Conference Centre");
            assertThat(organizers(c)).containsExactly("Valley Nursing Council", "Tarrow School of Health");
        });
    }

    @Test
    void aDatelineUnderABylineIsTheArticlesAndAPluralPossessiveStaysInTheEventsName() {
        String article = """
                Ferry towns agree to share one timetable

                By Ada Brennock, Transport Correspondent
                TARROW, Thursday 12 June 2025

                Harbour masters from nine towns agreed on Wednesday to publish a single winter timetable. The Harbour
                Masters' Conference on Night Crossings, held at the Old Customs House in Tarrow, was convened by the
                Lowmoor Ferry Association.
                """;
        List<EventCandidate> events = new java.util.ArrayList<>(read(READER, article, SourceFormat.PLAIN));
        events.addAll(read(new HeaderReader(), article, SourceFormat.PLAIN));
        // the byline and its dateline are the article's, not an event's header
        assertThat(events).extracting(c -> value(c.title)).doesNotContain("By Ada Brennock, Transport Correspondent");
        assertThat(events).anySatisfy(c -> {
            assertThat(value(c.title)).isEqualTo("Harbour Masters' Conference on Night Crossings");
            assertThat(value(c.startDate)).isEqualTo("2025-06-11");
            assertThat(organizers(c)).containsExactly("Lowmoor Ferry Association");
        });
    }

    @Test
    void aTitleInBoldAfterAnEventNounNamesTheEventAndALanguageIsNoPlace() {
        String news = """
                # "Every weir has a story": millers and fishers meet in Tarrow

                *By Ada Brennock — 22 September 2025*

                The panel, **Sharing the River: Weirs, Eels and the Law**, was held yesterday at the Old Customs
                House in Tarrow. It was organised by the Lowmoor Rivers Trust.

                A follow-up webinar in Welsh, *Afon i Bawb*, will take place on Wednesday 8 October at 11:00.
                """;
        List<EventCandidate> events = new java.util.ArrayList<>(read(READER, news, SourceFormat.MARKDOWN));
        events.addAll(read(new NarrativeReader(), news, SourceFormat.MARKDOWN));
        assertThat(events).extracting(c -> value(c.title)).contains("Sharing the River: Weirs, Eels and the Law")
                .doesNotContain("\"Every weir has a story\": millers and fishers meet in Tarrow");
        assertThat(events).filteredOn(c -> "Afon i Bawb".equals(value(c.title)))
                .allSatisfy(c -> assertThat(value(c.location)).isNull());
    }

    @Test
    void aQuotedTitleTiedToAnEventNounIsTheTitleAndTheHeadlineIsNot() {
        String news = """
                Packed hall hears the case for quieter streets

                ROTTERWICK, Friday 14 April 2023 — Two hundred people filled the main hall of the Grange Institute
                for Urban Design last night for the third lecture in the series, “Streets for People.” The series is
                organised by the Grange Institute together with the Canal Mobility Lab.
                """;
        List<EventCandidate> events = read(READER, news, SourceFormat.PLAIN);
        assertThat(events).singleElement().satisfies(c -> {
            assertThat(value(c.title)).isEqualTo("Streets for People");
            assertThat(value(c.startDate)).isEqualTo("2023-04-13");
            assertThat(value(c.location)).isEqualTo("Grange Institute for Urban Design");
            assertThat(organizers(c)).containsExactly("Grange Institute for Urban Design", "Canal Mobility Lab");
        });
    }

    @Test
    void aPublicationDateInMarkupIsNotTheEventDate() {
        String page = """
                <html><body><article>
                <h1>Growers trade notes on drought-tolerant seed</h1>
                <p class="byline">By Dana Whitlock &middot; Published <time datetime="2022-03-02">March 2, 2022</time></p>
                <p>More than a hundred growers met on Saturday for the Plains Seed Forum, an annual meeting organized by
                the Redfield Growers Cooperative.</p>
                </article></body></html>
                """;
        List<EventCandidate> events = read(READER, page, SourceFormat.HTML);
        assertThat(events).singleElement().satisfies(c -> {
            assertThat(value(c.title)).isEqualTo("Plains Seed Forum");
            assertThat(value(c.startDate)).isEqualTo("2022-02-26");
        });
    }

    @Test
    void documentsAHeaderAlreadyReadAreLeftAlone() {
        String bulletin = """
                Orchards After the Frost

                Fruit Research Centre
                2 April 2021

                The centre convened growers to compare damage after the late frost.
                """;
        io.eventlens.extraction.document.Document d = EventTestSupport.prepared(bulletin, SourceFormat.PLAIN);
        new HeaderReader().annotate(d);
        READER.annotate(d);
        assertThat(d.get(EventCandidate.LAYER)).extracting(EventCandidate::reader).containsExactly(HeaderReader.READER);
    }

    @Test
    void anInvitationLetterNamesTheEventItInvitesToNotItsSigner() {
        String letter = """
                Dear colleagues,

                we are pleased to invite you to the Nordic Forum on Lichens and Reindeer Pastures, to be held on
                12 May 2025 at the Polar Botanical Garden in Troms\u00f8. The forum will gather herders and botanists.

                With kind regards,

                Sigrun Aalvik
                Secretary, Arctic Botany Society
                """;
        // "Forum" also names standing bodies: the invitation and "to be held" make it an event
        assertThat(read(READER, letter, SourceFormat.PLAIN)).singleElement().satisfies(c -> {
            assertThat(value(c.title)).isEqualTo("Nordic Forum on Lichens and Reindeer Pastures");
            assertThat(value(c.startDate)).isEqualTo("2025-05-12");
        });
        String unnamed = """
                Dear friends,

                We are delighted to invite you to an evening of Estonian choral music, to be held on 6 June 2025 at
                19:00 at the Embassy of Estonia in Stockholm. The choir will sing songs from the Song Festival.

                Warm regards,

                Mart Kivistik
                Cultural Counsellor
                """;
        assertThat(read(READER, unnamed, SourceFormat.PLAIN)).singleElement().satisfies(c -> {
            assertThat(value(c.title)).isEqualTo("evening of Estonian choral music");
            assertThat(value(c.startDate)).isEqualTo("2025-06-06");
        });
    }

    @Test
    void anEventNameRunsAcrossADashedCompoundButNotIntoItsDateOrVenue() {
        String report = """
                On 9 September 2025, the Coastal Network held the Fourth Nordic\u2013Baltic Conference on Coastal Erosion at
                the Maritime Museum in Klaip\u0117da. Researchers from eleven countries attended.
                """;
        assertThat(read(READER, report, SourceFormat.PLAIN)).singleElement()
                .satisfies(c -> assertThat(value(c.title)).isEqualTo("Fourth Nordic\u2013Baltic Conference on Coastal Erosion"));
        String invitation = "We invite you to the Nordic Forum on Dune Grasses on 12 May 2025 at the Dune Centre in Nida.";
        assertThat(read(READER, invitation, SourceFormat.PLAIN)).singleElement()
                .satisfies(c -> assertThat(value(c.title)).isEqualTo("Nordic Forum on Dune Grasses"));
    }

    @Test
    void aLaunchNamedOnlyByItsQuotedReportIsTheEventAndContactLinesNameNothing() {
        String release = """
                Seed systems report launched in Accra

                ACCRA, 9 May 2024 – Farmers and ministry officials gathered in Accra on Tuesday for the launch of \u201CSeeds of Tomorrow: Smallholder Seed Systems in West Africa\u201D, a study by the Savanna Agrarian Institute.

                The report draws on surveys in five countries.

                ###

                Press contact: Efua Mensah, Head of Communications, efua@example.org
                """;
        List<EventCandidate> events = read(READER, release, SourceFormat.PLAIN);
        assertThat(events).singleElement().satisfies(c -> {
            assertThat(value(c.title)).isEqualTo("Seeds of Tomorrow: Smallholder Seed Systems in West Africa");
            assertThat(value(c.startDate)).isEqualTo("2024-05-07"); // the Tuesday before the dateline
        });
    }
}
