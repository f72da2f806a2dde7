package io.eventlens.extraction.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.document.Document;
import org.junit.jupiter.api.Test;

class OrganizationNamesTest {

    private final Document document = EntityFixtures.entities(
            "The Riverside Policy Institute (RPI) and the Lakeshore Centre for Water Policy met. The Harbour Fund for"
                    + " Seabirds and the Harbour Fund for Whales joined later.");
    private final OrganizationNames names = OrganizationNames.of(document);

    @Test
    void expandsADefinedAcronymAlsoInThePossessive() {
        assertThat(names.fullest("RPI")).isEqualTo("Riverside Policy Institute");
        assertThat(names.fullest("RPI's")).isEqualTo("Riverside Policy Institute");
        assertThat(names.expansion("RPI")).isEqualTo("Riverside Policy Institute");
    }

    @Test
    void completesAShortNameThatOnlyOneLongerNameBeginsWith() {
        assertThat(names.fullest("the Lakeshore Centre")).isEqualTo("Lakeshore Centre for Water Policy");
    }

    @Test
    void keepsWhatWasWrittenWhenTheShortNameIsAmbiguousOrUnknown() {
        assertThat(names.fullest("Harbour Fund")).isEqualTo("Harbour Fund");
        assertThat(names.fullest("The Tallow Society")).isEqualTo("Tallow Society");
    }

    @Test
    void resolvesASpanOfTheText() {
        int at = document.text().indexOf("RPI)");
        assertThat(names.fullest(io.eventlens.extraction.document.Span.of(at, at + 3))).isEqualTo("Riverside Policy Institute");
    }

    @Test
    void spellsOutTheAcronymOfABodyNamedAfterItsOrganisation() {
        assertThat(names.fullest("RPI Board")).isEqualTo("Riverside Policy Institute Board");
        assertThat(names.fullest("XYZ Board")).isEqualTo("XYZ Board");
    }

    @Test
    void readsAnUndefinedAcronymAsTheOneOrganisationWithItsInitials() {
        OrganizationNames n = OrganizationNames.of(EntityFixtures.entities("CMWS NEWS\nCentre for Marine and Wetland Studies, Eastmere"
                + " University\nThe talk is hosted by CMWS."));
        assertThat(n.fullest("CMWS")).isEqualTo("Centre for Marine and Wetland Studies");
        assertThat(names.fullest("LCWP")).isEqualTo("Lakeshore Centre for Water Policy");
        OrganizationNames two = OrganizationNames.of(EntityFixtures.entities("The Harbour Fund for Seabirds and the Highland Forest"
                + " Society met. HFS will report."));
        assertThat(two.fullest("HFS")).as("two organisations of the document have these initials").isEqualTo("HFS");
    }

    @Test
    void anOrganisationWordAloneIsTheOneOrganisationNamedWithIt() {
        OrganizationNames names = OrganizationNames.of(EntityFixtures.entities(
                "The Tumaini Legal Aid Trust and the Kessel Policy Institute met. A Programme Officer at the Trust spoke."));
        assertThat(names.fullest("the Trust")).isEqualTo("Tumaini Legal Aid Trust");
        assertThat(names.fullest("Foundation")).isEqualTo("Foundation");
    }

    @Test
    void aShortNameIsCompletedOnlyByALongerNameThatGoesOnWithAConnector() {
        OrganizationNames names = OrganizationNames.of(EntityFixtures.entities(
                "MERLIN CENTRE NEWS\nMerlin Centre for Civilian Protection\n\nThe Merlin Centre hosted two briefings."));
        assertThat(names.fullest("Merlin Centre")).isEqualTo("Merlin Centre for Civilian Protection");
    }
}
