package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.contract.EventRecord;
import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ways event notices name their organisers, through the whole engine: two bodies joined by "with",
 * "co-hosted by", "in partnership with", a partner line of its own, and venue lines that name buildings
 * with organisation words in them. Every name is invented.
 */
class OrganizerFormsTest {

    private static final ExtractionEngine ENGINE = ExtractionEngine.standard();

    private static List<String> organizers(String text) {
        List<EventRecord> events = ENGINE.extract(DocumentInput.of("notice.txt", text)).events();
        assertThat(events).hasSize(1);
        return events.get(0).organizers();
    }

    @Test
    void twoBodiesJoinedByWithAreTwoOrganisers() {
        assertThat(organizers("Workshop on Seed Banks\n\nThe workshop is organised by the Kestrel Institute with the"
                + " Marram Foundation.\n\nDate: 12 June 2025\nTime: 10:00-16:00\nVenue: Great Hall, Old College, Edinburgh\n"))
                .containsExactlyInAnyOrder("Kestrel Institute", "Marram Foundation");
        assertThat(organizers("Forum on Urban Rivers\n\nThursday 5 June 2025, 18:00\nPlace: Room 4, Faculty of Law\n\n"
                + "The forum is co-hosted by the Tarn River Trust and the Centre for Urban Water.\n"))
                .containsExactlyInAnyOrder("Tarn River Trust", "Centre for Urban Water");
        assertThat(organizers("Lecture: Maps of the Deep\n\nThe Selby Museum in partnership with the Oceanic Mapping Society"
                + " presents a public lecture on 3 July 2025 at 19:00.\n\nLocation: Conference Room B, Ministry of Fisheries, Wellington\n"))
                .containsExactlyInAnyOrder("Selby Museum", "Oceanic Mapping Society");
    }

    @Test
    void aPartnerLineOfItsOwnNamesThePartnerOnly() {
        assertThat(organizers("ROUNDTABLE\nLanguage Access in Asylum Courts\nWednesday 26 November 2014, 2pm-4pm, Seminar Room 3."
                + " Interpreters and judges discuss hearings.\nOrganised with the Kessel Law School.\n"))
                .containsExactly("Kessel Law School");
    }

    @Test
    void aDateOpeningTheSentenceStaysOutOfTheOrganisersName() {
        assertThat(organizers("Symposium on Peat\n\nOn 4 April 2025 the Bog Research Centre and the Moorland Trust co-organise"
                + " a symposium on peat.\nVenue: Lecture Theatre 1, Faculty of Science Building, University of Moorfield\n"))
                .containsExactlyInAnyOrder("Bog Research Centre", "Moorland Trust");
    }

    @Test
    void aCoordinatedPluralOfMissionsOrGovernmentsIsOneOrganiserPerCountry() {
        assertThat(organizers("Side Event: Water Diplomacy in Shared Basins\n\nTuesday, 14 October 2025, 13:15-14:30\n"
                + "Conference Room 11, United Nations Headquarters, New York\n\nCo-hosted by the Permanent Missions of Uruguay"
                + " and Estonia to the United Nations.\n"))
                .containsExactlyInAnyOrder("Permanent Mission of Uruguay to the United Nations",
                        "Permanent Mission of Estonia to the United Nations");
        assertThat(organizers("Dialogue on Fisheries Subsidies\n\nDate: 3 March 2026\nVenue: Hall B, Pavilion Hotel, Geneva\n\n"
                + "The dialogue is organised by the Governments of Fiji, Chile and Iceland.\n"))
                .containsExactlyInAnyOrder("Government of Fiji", "Government of Chile", "Government of Iceland");
    }

    @Test
    void anAcronymDefinitionEndsANameInAListAndAVenueAfterAtIsNoPartOfIt() {
        assertThat(organizers("Seminar on Land Records\n\nThe seminar, held on 8 May 2025, was organised by the Baltic Council for"
                + " Cadastral Reform (BCCR) and Fundación Tierra Clara, and took place in Riga.\n"))
                .containsExactlyInAnyOrder("Baltic Council for Cadastral Reform", "Fundación Tierra Clara");
        assertThat(organizers("Workshop on Port Emissions\n\nDate: 21 May 2025\n\nThe workshop was convened by the Harbour Institute for"
                + " Clean Shipping (HICS) at the Palácio do Cais in Porto.\n"))
                .containsExactly("Harbour Institute for Clean Shipping");
    }

    @Test
    void peopleAndTheirPositionsAreNoOrganisers() {
        assertThat(organizers("Colloquium on Oral Archives\n\nDate: 2 April 2025\n\nThe colloquium, chaired by Dr Anneke Vos,"
                + " Senior Archivist at the Delta Records Office, and hosted by the Institute for Oral History, opened with a film.\n"))
                .containsExactly("Institute for Oral History");
    }

    @Test
    void aHostsFieldOpeningWithAPersonKeepsTheBodiesListedAfterASemicolon() {
        assertThat(organizers("Colloquium: Keeping the Records of Transition\n\nDate: 18 September 2025\n"
                + "Hosts: Dr. Pieter Aalders, Senior Archivist at the Delta Records Office; Cape Institute for Memory and Reconciliation\n\n"
                + "Archivists discuss how truth commission records are kept.\n"))
                .containsExactly("Cape Institute for Memory and Reconciliation");
        assertThat(organizers("Colloquium: Keeping the Records of Transition\n\nDate: 18 September 2025\n"
                + "Host: Dr. Pieter Aalders, Senior Archivist at the Delta Records Office\n\n"
                + "Archivists discuss how truth commission records are kept.\n"))
                .isEmpty();
    }

    @Test
    void anEventNounEndingABodysNameIsNoEventTitle() {
        List<EventRecord> events = ENGINE.extract(DocumentInput.of("news.txt", "Mediators compare notes in Abuja\n\n"
                + "ABUJA, 20 October 2025 – The Whitmore Centre for Strategic Dialogue welcomed forty mediators today to the"
                + " Regional Mediation Meeting at the Transcorp Conference Hall in Abuja.\n")).events();
        assertThat(events).extracting(EventRecord::title).containsExactly("Regional Mediation Meeting");
    }

    @Test
    void aMastheadNamingABodyInPartnershipWithAnotherGivesBoth() {
        assertThat(organizers("Sahel Institute for Conflict Analysis (SICA) in partnership with the Tamarind Foundation for Dialogue (TFD)\n\n"
                + "Expert Workshop on Early Warning in the Sahel\n\n12-13 March 2026\nRadisson Blu Hotel, Bamako\n\n"
                + "The workshop brings together analysts from five countries.\n"))
                .containsExactlyInAnyOrder("Sahel Institute for Conflict Analysis", "Tamarind Foundation for Dialogue");
    }
}
