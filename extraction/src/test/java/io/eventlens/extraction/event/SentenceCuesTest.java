package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.SourceFormat;
import io.eventlens.extraction.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Organisers stated by a sentence of prose: the subject of a gathering verb, the agent of "hosted by". */
class SentenceCuesTest {

    private static List<String> organizers(String text, SourceFormat format) {
        Document document = EventTestSupport.prepared(text, format);
        DocumentView v = new DocumentView(document);
        SentenceCues cues = new SentenceCues(v);
        EventFields fields = new EventFields(v);
        List<String> out = new ArrayList<>();
        for (Sentence s : document.get(Sentence.LAYER)) {
            for (Slot<String> o : fields.organizers(cues.organizers(s), 0.7)) {
                out.add(o.value());
            }
        }
        return out;
    }

    private static List<String> organizers(String text) {
        return organizers(text, SourceFormat.PLAIN);
    }

    @Test
    void theSubjectsOfBroughtTogetherAreOrganisersBehindAnOpeningAdverbial() {
        assertThat(organizers("For two days, KORAV and the Lakeshore Boatmen Association (LBA) brought together "
                + "forty wardens from the villages along the shore for a training workshop."))
                .containsExactly("KORAV", "Lakeshore Boatmen Association");
    }

    @Test
    void theAgentOfAPassiveOrganiserVerbAfterItsDateAndPlaceOrganises() {
        assertThat(organizers("The Weir Forum 2026 was hosted on 4-5 May at the Mill House by the Lowmoor Rivers Trust (LRT), "
                + "together with the Guild of Net Makers and the Tarrow Institute for Freshwater Studies."))
                .contains("Lowmoor Rivers Trust", "Guild of Net Makers", "Tarrow Institute for Freshwater Studies");
        assertThat(organizers("The report was written over two years by the Lowmoor Rivers Trust.")).isEmpty();
    }

    @Test
    void anOrganisationPleasedToAnnounceAnEventOrganisesIt() {
        assertThat(organizers("The Graduate School of Alpine Studies (GSAS) is pleased to announce the first seminar "
                + "of its new series.")).containsExactly("Graduate School of Alpine Studies");
        assertThat(organizers("The ministry announced a summit on housing.")).isEmpty();
    }

    @Test
    void anOrganisationRunningAWebinarSeriesOrganisesIt() {
        assertThat(organizers("The Upland Growers Network (UGN) is running a series of free monthly webinars for new farmers."))
                .containsExactly("Upland Growers Network");
        assertThat(organizers("The Harbour Trust is hosting a panel on ferries next week."))
                .containsExactly("Harbour Trust");
    }

    @Test
    void aCapitalisedPossessorStaysInTheNameAndALowerCaseUnitWordIsDropped() {
        assertThat(organizers("The Fenwick Institute's Programme on Water Law (PWL) and the Dunmore Law School clinic "
                + "co-host a workshop on river rights."))
                .containsExactly("Fenwick Institute's Programme on Water Law", "Dunmore Law School");
    }

    @Test
    void namesFromMarkdownLinksWithAnAcronymAndAParentAreSeparateOrganisers() {
        String text = "[Centre for Baltic Studies](https://example.org/cbs) (CBS) at Marlow College and "
                + "[Heron Books](https://example.org/heron) invite you to the launch of a new history of the port.\n";
        assertThat(organizers(text, SourceFormat.MARKDOWN)).containsExactly("Centre for Baltic Studies", "Heron Books");
    }

    @Test
    void hostedByInAParticipialPhraseDropsTheCountryPossessiveAndTheVenue() {
        assertThat(organizers("The meeting, hosted by Finland's Ministry of Rural Roads and the Lake Fishers' Forum at the "
                + "Birch Hall in Oulu, ends today."))
                .containsExactly("Ministry of Rural Roads", "Lake Fishers' Forum");
    }

    @Test
    void theSubjectOfCoOrganisedWithIsAnOrganiserBesideThePartner() {
        assertThat(organizers("KORAV co-organised with the Permanent Mission of Chile to the United Nations a briefing "
                + "on shore patrols."))
                .containsExactly("KORAV", "Permanent Mission of Chile to the United Nations");
    }

    @Test
    void aSentenceInitialAdverbIsNoOrganiser() {
        assertThat(organizers("Together, the Harbour Trust and the Lakeshore Boatmen Association hosted a public meeting."))
                .containsExactly("Harbour Trust", "Lakeshore Boatmen Association");
    }

    @Test
    void whatIsHostedUnderAQuotedTitleIsAnEvent() {
        assertThat(organizers("On March 8, 2015, the Upland Health Network (UHN) and the Faculty of Law of the Lowmoor "
                + "University hosted \"Salt Taxes and Trade Rules: A Regional Dialogue\" in Lima."))
                .containsExactly("Upland Health Network", "Faculty of Law of the Lowmoor University");
    }

    @Test
    void organisationsInvitingSubmissionsForAConferenceOrganiseIt() {
        assertThat(organizers("The Andean Society for Glacier Studies (ASGS) and the Instituto Altiplano de Aguas (IAA) "
                + "invite submissions for the 4th International Conference on Glacier Hydrology."))
                .containsExactly("Andean Society for Glacier Studies", "Instituto Altiplano de Aguas");
        assertThat(organizers("The Andean Society for Glacier Studies invites submissions for its yearbook.")).isEmpty();
    }

    @Test
    void aPartnerAfterHostedTogetherWithIsAnOrganiser() {
        assertThat(organizers("Our first shared meal in a year, hosted together with the Millbrook Tenants' Association."))
                .containsExactly("Millbrook Tenants' Association");
    }

    @Test
    void aWelcomeToAnEventAndAPartnerAfterCoHostedWithNameOrganisers() {
        assertThat(organizers("The Coastal Law Centre welcomes you to its annual lecture.")).containsExactly("Coastal Law Centre");
        assertThat(organizers("In October, KORAV co-hosted with the Embassy of Peru a discussion on mining."))
                .containsExactly("KORAV", "Embassy of Peru");
    }

    @Test
    void theHostOfAFutureEditionIsNoOrganiserAndAYearEndsTheAgent() {
        assertThat(organizers("The Fourth Harbour Forum will be hosted by the Tarrow City Council in 2027.")).isEmpty();
        assertThat(organizers("The forum was hosted by the Tarrow City Council in 2025.")).containsExactly("Tarrow City Council");
    }

    @Test
    void theMinistryAloneRefersBackToTheMinistryTheDocumentNames() {
        assertThat(organizers("Ministry of Tarrow Waterways\n\nThe dialogue, organised by the Ministry together with the "
                + "Lowland Rivers Council, opened today."))
                .containsExactly("Ministry of Tarrow Waterways", "Lowland Rivers Council");
        assertThat(organizers("The dialogue, organised by the Ministry together with the Lowland Rivers Council, opened today."))
                .containsExactly("Lowland Rivers Council");
    }

    private static String location(String text) {
        Document document = EventTestSupport.prepared(text, SourceFormat.PLAIN);
        SentenceCues cues = new SentenceCues(new DocumentView(document));
        Slot<String> best = null;
        for (Sentence s : document.get(Sentence.LAYER)) {
            Slot<String> found = cues.location(s);
            if (found != null && (best == null || found.confidence() > best.confidence())) {
                best = found;
            }
        }
        return best == null ? null : best.value();
    }

    private static String venueMention(String text) {
        Document document = EventTestSupport.prepared(text, SourceFormat.PLAIN);
        SentenceCues cues = new SentenceCues(new DocumentView(document));
        for (Sentence s : document.get(Sentence.LAYER)) {
            Slot<String> found = cues.venueMention(s);
            if (found != null) {
                return found.value();
            }
        }
        return null;
    }

    @Test
    void aVenueNamedWithoutAnEventVerbIsFound() {
        assertThat(venueMention("Over two days at the Hotel Sary Arka in Karaganda, thirty farmers compared notes."))
                .isEqualTo("Hotel Sary Arka in Karaganda");
        assertThat(venueMention("Around 150 people filled the Aula Magna of the Faculty of Law."))
                .isEqualTo("Aula Magna of the Faculty of Law");
        assertThat(venueMention("The meeting, held in the Council Chamber, approved the accounts."))
                .isEqualTo("Council Chamber");
        assertThat(venueMention("The venue was the Salle des Fêtes of the Mairie de Lorient, lent by the city."))
                .isEqualTo("Salle des Fêtes of the Mairie de Lorient");
    }

    @Test
    void aVenueInAnotherLanguageKeepsItsSmallWords() {
        assertThat(venueMention("Delegates met at Casa de la Cultura Vientos del Sur, Quito, for two days."))
                .isEqualTo("Casa de la Cultura Vientos del Sur, Quito");
        assertThat(venueMention("The workshop took place au Palais Rohan-Saverne, Strasbourg."))
                .isEqualTo("Palais Rohan-Saverne, Strasbourg");
        assertThat(venueMention("Our conference met in der Aula des Hauptgebäudes of the University of Tübingen."))
                .isEqualTo("Aula des Hauptgebäudes of the University of Tübingen");
        assertThat(location("The evening opens on 19 February 2026 at the Centre Culturel Baobab in Dakar."))
                .isEqualTo("Centre Culturel Baobab in Dakar");
    }

    @Test
    void aPositionAtABuildingOrAStayThereIsNoVenue() {
        assertThat(venueMention("Ms. Ana Ruiz, Co-Director of the Peace Operations Program at The Stimson Center, spoke first."))
                .isNull();
        assertThat(venueMention("Participants stayed at the Hotel Riviera, two streets away.")).isNull();
        assertThat(venueMention("The Lab is based at the Maison des Sciences Sociales in Geneva.")).isNull();
        assertThat(venueMention("Rooms are limited at the Hotel Riviera, please book early.")).isNull();
    }

    @Test
    void anAddressKeepsItsHouseNumberStateCodeAndFloor() {
        assertThat(location("Events are held at the Halden Institute, 2210 Fenwick Avenue NW, Washington, DC, and are webcast."))
                .isEqualTo("Halden Institute, 2210 Fenwick Avenue NW, Washington, DC");
        assertThat(location("Seminars take place in the Boardroom, Tillery House (3rd floor), 18 Quayside Road, Leith."))
                .isEqualTo("Boardroom, Tillery House (3rd floor), 18 Quayside Road, Leith");
    }

    @Test
    void aReceptionAfterTheMeetingDoesNotPlaceIt() {
        assertThat(location("The meeting was followed by a reception at the Hotel Regent Plaza.")).isNull();
    }

    @Test
    void aVenueKeepsEveryCommaSeparatedPartOfItsAddress() {
        assertThat(location("The spring colloquium will be held at the Lantern Hall, Quarry College, Brackenford on 9 May 2026."))
                .isEqualTo("Lantern Hall, Quarry College, Brackenford");
        assertThat(location("The clinic will be hosted at Room 12, Ferry Street 14, from 09:30."))
                .isEqualTo("Room 12, Ferry Street 14");
        assertThat(location("The clinic will be hosted at Room 12, School of Maritime Law, from 09:30."))
                .isEqualTo("Room 12, School of Maritime Law");
    }

    @Test
    void anAddressPartStopsBeforeAClauseThatIsNotPartOfIt() {
        assertThat(location("The forum was held at the Ferry House, Mayor Ilse Brandvik said on Monday."))
                .isEqualTo("Ferry House");
    }

    @Test
    void aBuildingAfterTheHostingAgentIsThePlace() {
        assertThat(location("The meeting of river commissioners, hosted by the Delta Basin Council at the Heron Hall "
                + "conference centre, ends today.")).isEqualTo("Heron Hall conference centre");
        assertThat(location("The talk, hosted by Dr Ona Pell of Larch University, closed the week.")).isNull();
    }

    @Test
    void aNamedRoomOfAVenueIsPartOfThePlaceAndAPlainOneIsNot() {
        assertThat(location("Hosted in the Old Library of the Tarn Institute, the school gathers forty students."))
                .isEqualTo("Old Library of the Tarn Institute");
        assertThat(location("The seminar filled the main hall of the Tarn Institute."))
                .isEqualTo("Tarn Institute");
    }

    private static List<String> places(String text) {
        Document document = EventTestSupport.prepared(text, SourceFormat.PLAIN);
        SentenceCues cues = new SentenceCues(new DocumentView(document));
        List<String> out = new ArrayList<>();
        for (Sentence s : document.get(Sentence.LAYER)) {
            Slot<String> place = cues.location(s);
            out.add(place == null ? null : place.value());
        }
        return out;
    }

    @Test
    void aNameEndingInAnEventNounIsTheEventNotItsVenueAndAMonthIsNoCity() {
        assertThat(places("What happened at the Delta Farmers Forum\n\nGrowers met at the Riverside Exhibition Hall in "
                + "Can Tho for the Delta Farmers Forum.\n\nA Youth Water Assembly is planned for Hue in October 2026."))
                .containsExactly(null, "Riverside Exhibition Hall in Can Tho", "Hue");
    }

    @Test
    void theWriterWhoCoOrganisesAnEventEachYearOrOpensTheYearWithItHoldsIt() {
        String masthead = "MARROW COAST ALLIANCE -- YEAR IN REVIEW 2024\n\n";
        assertThat(organizers(masthead + "In March teams competed in the Coastal Law Moot, which we co-organise each year "
                + "with the Tarrow Bar Society."))
                .containsExactly("Marrow Coast Alliance", "Tarrow Bar Society");
        assertThat(organizers(masthead + "On 3 March we opened the year with an online briefing organised jointly with "
                + "the Delta Relief Platform."))
                .containsExactly("Marrow Coast Alliance", "Delta Relief Platform");
        assertThat(organizers(masthead + "On 3 March we attended an online briefing organised jointly with "
                + "the Delta Relief Platform."))
                .containsExactly("Delta Relief Platform");
    }
}
