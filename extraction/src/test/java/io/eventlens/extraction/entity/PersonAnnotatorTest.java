package io.eventlens.extraction.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eventlens.extraction.document.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonAnnotatorTest {

    private static List<String> names(String text) {
        return EntityFixtures.entities(text).get(PersonMention.LAYER).stream().map(PersonMention::name).toList();
    }

    @Test
    void stripsHonorificsAndKeepsInitialsParticlesAndHyphens() {
        Document d = EntityFixtures.entities("H.E. Mr. Tarun Velasco-Ibarra greeted Ms Orla Quinlan, Admiral Joaquim P. Serrat"
                + " and Ambassador Ilse van der Kamp.");
        assertThat(d.get(PersonMention.LAYER)).extracting(PersonMention::name, PersonMention::honorific)
                .containsExactly(tuple("Tarun Velasco-Ibarra", "H.E. Mr."), tuple("Orla Quinlan", "Ms"),
                        tuple("Joaquim P. Serrat", "Admiral"), tuple("Ilse van der Kamp", "Ambassador"));
        PersonMention first = d.get(PersonMention.LAYER).get(0);
        assertThat(d.text(first)).isEqualTo("H.E. Mr. Tarun Velasco-Ibarra");
        assertThat(d.text(first.nameSpan())).isEqualTo("Tarun Velasco-Ibarra");
    }

    @Test
    void legalFormsOfAddressStayOutOfTheName() {
        Document d = EntityFixtures.entities("The panel heard Ma\u00eetre Awa Diallo-Kane and Adv. Pieter Brandt before lunch.");
        assertThat(d.get(PersonMention.LAYER)).extracting(PersonMention::name)
                .containsExactly("Awa Diallo-Kane", "Pieter Brandt");
    }

    @Test
    void titlesOfPilgrimageAndOfPastorsBeforeAFullNameStayOutOfIt() {
        assertThat(names("Welcome: Hajiya Binta Lawan, Chair. Opening prayer: Pastor Elias Wekesa, Alhaji Musa Idris."))
                .containsExactly("Binta Lawan", "Elias Wekesa", "Musa Idris");
    }

    @Test
    void aTitlesFieldOrABodyAfterAPluralPossessiveIsNoPerson() {
        assertThat(names("Professor of International Economic Law, Lagos Institute of Advanced Legal Studies")).isEmpty();
        assertThat(names("Pastor Elias Wekesa chairs the Ahero Farmers' Irrigation Scheme, and the hydrologist Dr. Mercy"
                + " Atieno spoke.")).containsExactly("Elias Wekesa", "Mercy Atieno");
    }

    @Test
    void anHonorificMakesASingleWordAName() {
        assertThat(names("Later, Dr. Moerdijk replied.")).containsExactly("Moerdijk");
    }

    @Test
    void findsNamesWithoutHonorificsByTheRoleAroundThem() {
        assertThat(names("Benedikt Oyelaran, Director of the Marsh Data Platform, opened it.")).containsExactly("Benedikt Oyelaran");
        assertThat(names("Panelists include futurist Odile Marchetti and High Commissioner Ravi Anand-Silva."))
                .containsExactly("Odile Marchetti", "Ravi Anand-Silva");
        assertThat(names("The Tidewater Forum's Head of Research, Kasimir Ruud, described it.")).containsExactly("Kasimir Ruud");
    }

    @Test
    void findsNamesOpeningAgendaLines() {
        assertThat(names("Facilitators: Pilar Etxeberria (Coastal Data Lab); Tomasz Wierzba (Brightwater)"))
                .containsExactly("Pilar Etxeberria", "Tomasz Wierzba");
        assertThat(names("Related Staff\nMirela Dobos\nSenior Director of Programmes")).containsExactly("Mirela Dobos");
    }

    @Test
    void roomsAndLabelLinesAreNoPeople() {
        assertThat(names("14 May 2025 | 18:00 | Great Hall, Old College, Glasgow\nSpeaker: Hanne Solberg, Professor of Physics"))
                .containsExactly("Hanne Solberg");
        assertThat(names("Venue | Main Library, Kessel University")).isEmpty();
        // a line labelled with a role word does not state the role of a name on the line above
        assertThat(names("Seminar: Contract Law\nOrganiser: Centre for Legal Theory")).isEmpty();
    }

    @Test
    void readsNamesInCapitalsAfterACapitalHonorific() {
        assertThat(names("WHO: DR. ANNIKA SOLBERG, Lakeshore Institute")).containsExactly("ANNIKA SOLBERG");
        assertThat(names("SPEAKER: MARTA OLIVEIRA")).containsExactly("MARTA OLIVEIRA");
    }

    @Test
    void doesNotTakeTitlesHeadingsOrOrganisationsForPeople() {
        assertThat(names("Small Countries, Global Impact: Shaping the Future\nWeek Ahead: Policy Events\n"
                + "Odile Marchetti, Fenwick R. Abbot Professor of Law at Hollin University, spoke.\n"
                + "The Halvard Asia Institute and the Lakeshore Centre met.")).containsExactly("Odile Marchetti");
    }

    @Test
    void findsLaterMentionsOfAKnownName() {
        Document d = EntityFixtures.patternsOnly("Benedikt Oyelaran, Director of the Marsh Data Platform, opened it. "
                + "Oyelaran then thanked Benedikt Oyelaran's team.");
        assertThat(d.get(PersonMention.LAYER)).extracting(PersonMention::name, PersonMention::evidence)
                .containsExactly(tuple("Benedikt Oyelaran", "apposition"), tuple("Oyelaran", "repeat"),
                        tuple("Benedikt Oyelaran", "repeat"));
    }

    @Test
    void readsTheShapesOfSeminarAnnouncements() {
        assertThat(names("Who:      Odran Pellegrini\nTopic:    Compilers")).containsExactly("Odran Pellegrini");
        assertThat(names("                 Hester K. Vandermolen Jr.\n              Lakeshore Institute"))
                .containsExactly("Hester K. Vandermolen Jr.");
        assertThat(names("                 Ottilie Brasch\n")).containsExactly("Ottilie Brasch");
        assertThat(names("Quentin Arbogast will discuss the new compiler.")).containsExactly("Quentin Arbogast");
        assertThat(names("Ilka Moravec and Piet Zandvoort will speak on rivers.")).containsExactly("Ilka Moravec", "Piet Zandvoort");
        assertThat(names("Rosalind Ebbers of the Lakeshore Institute will visit.")).containsExactly("Rosalind Ebbers");
        assertThat(names("Tamsin Orrell, Dept. of Linguistics, spoke.")).containsExactly("Tamsin Orrell");
        assertThat(names("11/18\t Room 4\t  3:30\t  Mr. Arvo Kallas\t     Toxic Emissions Indices")).containsExactly("Arvo Kallas");
    }

    @Test
    void doesNotTakeSubjectFieldsForPeople() {
        assertThat(names("Head of Emergency Preparedness, Lakeshore Health Authority\n"
                + "A Workshop in Primary Care closed on Monday.\nFounding Dean of the Lakeshore School of Nursing"))
                .isEmpty();
    }

    @Test
    void takesPeopleTheStatisticalTaggerIsSureOfWhenNoPatternFindsThem() {
        String text = "Yesterday Margarethe Lindqvist toured the new harbour in Bergen. Room Ostvik is booked.";
        Document d = EntityFixtures.entities(text);
        assertThat(d.get(PersonMention.LAYER)).extracting(PersonMention::name, PersonMention::evidence)
                .containsExactly(tuple("Margarethe Lindqvist", "statistical"));
        assertThat(EntityFixtures.patternsOnly(text).get(PersonMention.LAYER)).as("without the tagger's layer").isEmpty();
    }

    @Test
    void takesATitleThatOpensARunOfCapitalisedWordsAsTheTitle() {
        assertThat(names("Mayor Henrietta Oduya-Platt, Borough of Castlefen, welcomed the guests."))
                .containsExactly("Henrietta Oduya-Platt");
        assertThat(names("Potter Ingeborg Sandvik showed her wheel.")).containsExactly("Ingeborg Sandvik");
    }

    @Test
    void doesNotTakeTitlesForPeople() {
        assertThat(names("Panellists: Dr. Odile Brenner, Senior Fellow, Ashgrove Institute; Tamsin Roe-Adjei, Programme Lead,"
                + " Kelvin Trust; Uwe Marr, Coastal Geologist, Tarnby Harbour Board"))
                .containsExactly("Odile Brenner", "Tamsin Roe-Adjei", "Uwe Marr");
    }

    @Test
    void doesNotTakeVenuesPlacesStormsOrDatelinesForPeople() {
        assertThat(names("Port Varna, 12 March 2021 - Mayors and deputy mayors of the coast met.")).isEmpty();
        assertThat(names("Doors open at Brightwater Auditorium, Quay Road 4, Tarnby.")).isEmpty();
        assertThat(names("Storm Elspeth closed the ferry. Hurricane Delphine will follow, said the forecast.")).isEmpty();
        assertThat(names("Coffee is served in the Prof. Amundsen Hall.")).isEmpty();
    }

    @Test
    void readsNamesOfManyShapes() {
        assertThat(names("Moderator: Ms. Aoife Ó Ceallaigh-Brandt")).containsExactly("Aoife Ó Ceallaigh-Brandt");
        assertThat(names("Dr. Phạm Thị Thu Hương and Prof. Dr. ir. Hendrik-Jan Smeulders will speak."))
                .containsExactly("Phạm Thị Thu Hương", "Hendrik-Jan Smeulders");
        assertThat(names("Sister Mercy Adjei-Boateng and Eng. Karim Soltani-Haddad opened the clinic."))
                .containsExactly("Mercy Adjei-Boateng", "Karim Soltani-Haddad");
        assertThat(names("Ts. Batbold and Bryony St. Clair-Moss will speak.")).containsExactly("Ts. Batbold", "Bryony St. Clair-Moss");
    }

    @Test
    void findsAGivenNameAloneAsTheSubjectOfAPersonsVerb() {
        Document d = EntityFixtures.patternsOnly("Readings by Marisa Ekdahl-Nunes. Marisa will sign copies afterwards.");
        assertThat(d.get(PersonMention.LAYER)).extracting(PersonMention::name, PersonMention::evidence)
                .containsExactly(tuple("Marisa Ekdahl-Nunes", "cue"), tuple("Marisa", "repeat"));
    }

    @Test
    void separatesThePlaceOfATitleFromTheNameAfterIt() {
        assertThat(names("Member of Parliament for Ostervik Dr. Lena Holm-Ruud said the bill was unfair."))
                .containsExactly("Lena Holm-Ruud");
    }

    @Test
    void anOrdinalOrAHalfOfADashedCompoundIsNoName() {
        assertThat(names("The Fourth Nordic\u2013Baltic Conference on Dunes opened with a talk by Dr. Ruta Vaitkiene."))
                .containsExactly("Ruta Vaitkiene");
        assertThat(names("Ilse Marten and Second Harbour met at the Asia/Pacific Centre.")).containsExactly("Ilse Marten");
    }

    @Test
    void leavesRanksAndCompoundFormsOfAddressOutOfTheName() {
        assertThat(names("Chaired by Deputy Chief Constable Ian Muir and Baroness Helena Strachan of Cramond."))
                .containsExactly("Ian Muir", "Helena Strachan");
        Document d = EntityFixtures.entities("Speakers: Lt. Gen. (ret.) Isobel Farquharson; the Rt Hon. Colin Drummond;"
                + " Her Excellency Ms. Aminata Conteh; Professor Emeritus Alasdair Moffat.");
        assertThat(d.get(PersonMention.LAYER)).extracting(PersonMention::name, PersonMention::honorific).containsExactly(
                tuple("Isobel Farquharson", "Lt. Gen. (ret.)"), tuple("Colin Drummond", "Rt Hon."),
                tuple("Aminata Conteh", "Her Excellency Ms."), tuple("Alasdair Moffat", "Professor Emeritus"));
        assertThat(names("Guests: Lt. Col. (Retd.) Kwesi Boateng; Most Rev. Charles Palmer-Ansah; Queen Mother Ama Serwaa Nyarko."))
                .containsExactly("Kwesi Boateng", "Charles Palmer-Ansah", "Ama Serwaa Nyarko");
    }

    @Test
    void venuesMastheadsAndTopicsOnListLinesAreNoPeople() {
        assertThat(names("Coastal Policy Weekly\n\nRiverside Hall, Sorensen Institute of Water Studies, Hanoi\n\n"
                + "09:30 Early Warning\n      Senior analysts from the provincial committees\n"
                + "      Mr. Pham Van Long, Provincial Flood Committee")).containsExactly("Pham Van Long");
    }
}
