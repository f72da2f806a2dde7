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
}
