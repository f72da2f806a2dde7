package io.eventlens.extraction.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchingTest {

    @Test
    void normalisingFoldsQuotesDashesCaseSpacesAndALeadingThe() {
        assertThat(Matching.normalize("  \u201cThe  Salt Road \u2013 Sessions\u201d. ")).isEqualTo("salt road - sessions");
        assertThat(Matching.normalize(null)).isEmpty();
    }

    @Test
    void titlesMatchIgnoringCaseAndQuotesOrWhenNearlyAllWordsAreShared() {
        assertThat(Matching.sameTitle("READING THE FAÇADE: ORNAMENT AND IDENTITY", "Reading the Façade: Ornament and Identity")).isTrue();
        assertThat(Matching.sameTitle("Listening for the Quietest Particles", "\"Listening for the Quietest Particles\"")).isTrue();
        assertThat(Matching.sameTitle(
                "The Seventh Annual Migration Lecture: Who Counts as a Refugee and Who Decides in the End",
                "Seventh Migration Lecture: Who Counts as a Refugee and Who Decides in the End?")).isTrue();
        assertThat(Matching.sameTitle("Reefs in Recovery", "Reefs in Recovery: A one-day symposium on coral restoration")).isFalse();
        assertThat(Matching.sameTitle("Reefs in Recovery", null)).isFalse();
    }

    @Test
    void peopleMatchWithoutHonorificsAndAccents() {
        assertThat(Matching.samePerson("Cristóbal Undurraga Pizarro", "H.E. Mr. Cristóbal Undurraga Pizarro")).isTrue();
        assertThat(Matching.samePerson("Gerrit-Jan Koopmans", "Prof. dr. ir. Gerrit-Jan Koopmans")).isTrue();
        assertThat(Matching.samePerson("Mirela Hadžiabdić", "Mirela Hadziabdic")).isTrue();
        assertThat(Matching.samePerson("Hana Tūhoe-Parata", "Whaea Hana Tūhoe-Parata")).isTrue();
    }

    @Test
    void peopleMatchOnSurnameAndFirstInitialButNotOnSurnameAlone() {
        assertThat(Matching.samePerson("Jonas Albrektsen", "J. Albrektsen")).isTrue();
        assertThat(Matching.samePerson("Bishnu Prasad Adhikari-Shrestha", "Bishnu Adhikari-Shrestha")).isTrue();
        assertThat(Matching.samePerson("Jonas Albrektsen", "Karin Albrektsen")).isFalse();
        assertThat(Matching.samePerson("Jonas Albrektsen", "Albrektsen")).isFalse();
        assertThat(Matching.samePerson("Dr. Smith", "Dr. Jones")).isFalse();
    }

    @Test
    void anAcronymMatchesTheNameItAbbreviatesInEitherDirection() {
        assertThat(Matching.sameOrganization("Horn of Africa Resilience Network", "HARN")).isTrue();
        assertThat(Matching.sameOrganization("SANCP", "South Asian Network of City Planners")).isTrue();
        assertThat(Matching.sameOrganization("Nordic-Baltic Science Communicators Network", "NBSCN")).isTrue();
        assertThat(Matching.sameOrganization("Instituto Altoandino de Recursos Hídricos", "IARH")).isTrue();
        assertThat(Matching.sameOrganization("Horn of Africa Resilience Network", "HARP")).isFalse();
        assertThat(Matching.isAcronymOf("Horn Network", "Horn of Africa Resilience Network")).isFalse();
    }

    @Test
    void organisationsMatchWhenEqualAfterNormalisationOrSharingMostSignificantWords() {
        assertThat(Matching.sameOrganization("Uganda Fisherfolk Alliance", "the Uganda Fisherfolk Alliance")).isTrue();
        assertThat(Matching.sameOrganization("Faculty of Law of the Universidad del Altiplano Sur",
                "Faculty of Law, Universidad del Altiplano Sur")).isTrue();
        assertThat(Matching.sameOrganization("Nordic Relief Fund", "Nordic Climate Fund")).isFalse();
        assertThat(Matching.sameOrganization("Centre for Migration and Language Research", "Wellbrook University")).isFalse();
        assertThat(Matching.sameOrganization("Nordic Relief Fund", null)).isFalse();
    }

    @Test
    void rolesAndLocationsMatchLooselyByContainmentOrHalfTheirWords() {
        assertThat(Matching.looselySame("Executive Director", "Director")).isTrue();
        assertThat(Matching.looselySame("Auditorium Nordlys, Vidda Centre, Tromsø", "Tromsø")).isTrue();
        assertThat(Matching.looselySame("Senior Adviser on Legal Identity", "Senior Adviser")).isTrue();
        assertThat(Matching.looselySame("Senior Researcher, Daugava Institute", "Senior Researcher")).isTrue();
        assertThat(Matching.looselySame("Geneva", "Paris")).isFalse();
        assertThat(Matching.looselySame("Mayor", "Mayoral candidate")).isFalse();
    }

    @Test
    void timesCompareIn24HourForm() {
        assertThat(Matching.canonicalTime("3:30 PM")).isEqualTo("15:30");
        assertThat(Matching.canonicalTime("7 p.m.")).isEqualTo("19:00");
        assertThat(Matching.canonicalTime("12 am")).isEqualTo("00:00");
        assertThat(Matching.canonicalTime("9.30")).isEqualTo("09:30");
        assertThat(Matching.canonicalTime("noon")).isEqualTo("12:00");
        assertThat(Matching.sameTime("18:30", "6:30 pm")).isTrue();
        assertThat(Matching.sameTime("18:30", "18:00")).isFalse();
        assertThat(Matching.sameTime("18:30", null)).isFalse();
    }
}
