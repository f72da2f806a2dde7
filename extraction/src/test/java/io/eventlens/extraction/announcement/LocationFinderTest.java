package io.eventlens.extraction.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocationFinderTest {

    /** The places found in a text, best first. */
    private static List<String> places(String text) {
        TokenView tokens = new TokenView(text, Tokenizer.tokenize(text, 0, text.length()));
        return new LocationFinder(tokens).candidates(0, tokens.size()).stream()
                .sorted((a, b) -> Double.compare(b.score(), a.score()))
                .map(c -> text.substring(c.start(), c.end()))
                .toList();
    }

    @Test
    void readsTheGeneralShapesOfRoomsAndBuildings() {
        assertThat(places("The talk is at 4 pm in Larkspur Hall 210.")).containsExactly("Larkspur Hall 210");
        assertThat(places("at 4 pm in 210 Larkspur Hall.")).containsExactly("210 Larkspur Hall");
        assertThat(places("at 4 pm in LH 210.")).containsExactly("LH 210");
        assertThat(places("at 4 pm in LH210.")).containsExactly("LH210");
        assertThat(places("at 4 pm in Larkspur 2105.")).containsExactly("Larkspur 2105");
        assertThat(places("at 4 pm in the Kestrel Conference Room.")).containsExactly("Kestrel Conference Room");
        assertThat(places("at 4 pm in Room 12B of Osgood Hall.")).containsExactly("Room 12B of Osgood Hall");
        assertThat(places("at 4 pm in Room 310 KH.")).containsExactly("Room 310 KH");
        assertThat(places("at 4 pm in the Museum of Glass Theater.")).containsExactly("Museum of Glass Theater");
        assertThat(places("at 4 pm in the Alder conference room, located in LH 210.")).containsExactly("Alder conference room, located in LH 210");
        assertThat(places("The Cost Efficiency of Room 12 KH Plans, at 4 pm")).containsExactly("Room 12 KH");
        assertThat(places("at 4 pm in Osgood Hall 1000 (Auditorium).")).containsExactly("Osgood Hall 1000 (Auditorium)");
    }

    @Test
    void aVenueWordOfAnotherLanguageOpensTheName() {
        assertThat(places("The defence is at 14:00 in the Aula Magna.")).containsExactly("Aula Magna");
        assertThat(places("Seminar at 10:30 in Salle Pierre Lafue.")).containsExactly("Salle Pierre Lafue");
        assertThat(places("Talk at 18:00 at the Casa Amarilla.")).containsExactly("Casa Amarilla");
    }

    @Test
    void joinsARoomWithItsBuildingAndAShortCampusTail() {
        assertThat(places("at 3:30 in the Birch Room, Osgood Hall 1st floor")).first().isEqualTo("Birch Room, Osgood Hall 1st floor");
        assertThat(places("at 3:30 in Osgood Hall, Room 1004.")).containsExactly("Osgood Hall, Room 1004");
        assertThat(places("at noon in the Alder Room, Wexley.")).containsExactly("Alder Room, Wexley");
        assertThat(places("at noon in 4410 Osgood Hall, University of Tarn.")).containsExactly("4410 Osgood Hall");
    }

    @Test
    void aBareRoomNumberCountsOnlyRightAfterIn() {
        assertThat(places("We meet at 2:00 in 8120, as usual.")).containsExactly("8120");
        assertThat(places("We sold 8120 tickets in 1994.")).isEmpty();
    }

    @Test
    void theTalksPlaceBeatsTheReceptionsPlace() {
        List<String> found = places("A reception follows in Birch Lounge 2.\nThe lecture is at 4:30 p.m. in Osgood Hall 110.");
        assertThat(found.get(0)).isEqualTo("Osgood Hall 110");
    }

    @Test
    void datesYearsAndOrdinalsAreNotRooms() {
        assertThat(places("Monday, March 1994, the 3rd meeting in 1995")).isEmpty();
    }
}
