package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoordinatedBodiesTest {

    @Test
    void aPluralOfBodiesWithCountriesGivesOneBodyPerCountryWithTheSharedTail() {
        assertThat(CoordinatedBodies.expand("Permanent Missions of Namibia and Finland to the United Nations"))
                .containsExactly("Permanent Mission of Namibia to the United Nations",
                        "Permanent Mission of Finland to the United Nations");
        assertThat(CoordinatedBodies.expand("the Governments of Cabo Verde, Peru and Norway"))
                .containsExactly("Government of Cabo Verde", "Government of Peru", "Government of Norway");
        assertThat(CoordinatedBodies.expand("Embassies of Ghana and the Netherlands in Lisbon"))
                .containsExactly("Embassy of Ghana in Lisbon", "Embassy of the Netherlands in Lisbon");
        assertThat(CoordinatedBodies.expand("Ministries of Foreign Affairs of Norway and Côte d’Ivoire"))
                .containsExactly("Ministry of Foreign Affairs of Norway", "Ministry of Foreign Affairs of Côte d’Ivoire");
    }

    @Test
    void conjunctsThatAreNoCountriesOrASingularHeadAreLeftAlone() {
        assertThat(CoordinatedBodies.expand("Ministries of Health and Education")).isEmpty();
        assertThat(CoordinatedBodies.expand("Permanent Mission of Namibia")).isEmpty();
        assertThat(CoordinatedBodies.expand("Friends of Namibia and Finland")).isEmpty();
        assertThat(CoordinatedBodies.expand("Missions of Namibia and Finland Road Trust")).isEmpty();
    }

    @Test
    void aListOpenedByAPluralIsContinuedByTheNextCountry() {
        assertThat(CoordinatedBodies.continues("the Governments of Kenya", "Ghana and Peru")).isTrue();
        assertThat(CoordinatedBodies.continues("the Permanent Missions of Namibia", " Finland to the United Nations")).isTrue();
        assertThat(CoordinatedBodies.continues("the Permanent Mission of Namibia", "Finland")).isFalse();
        assertThat(CoordinatedBodies.continues("the Governments of Kenya", "the Ocean Trust")).isFalse();
    }
}
