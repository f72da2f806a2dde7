package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OnlineTailTest {

    private static String place(String value) {
        int cut = OnlineTail.start(value);
        return cut < 0 ? value : value.substring(0, cut);
    }

    @Test
    void theOnlinePartOfAHybridPlaceIsCutOff() {
        assertThat(place("Room 2.07, Old Courthouse and on Zoom (link below)")).isEqualTo("Room 2.07, Old Courthouse");
        assertThat(place("Community Room, Ashgrove Library — and streamed on YouTube")).isEqualTo("Community Room, Ashgrove Library");
        assertThat(place("Geoscience Building, 4th floor + online for those abroad (Teams)")).isEqualTo("Geoscience Building, 4th floor");
        assertThat(place("Hall B, as well as online")).isEqualTo("Hall B");
    }

    @Test
    void aPlaceWhoseNameHasSuchAWordKeepsIt() {
        assertThat(OnlineTail.start("Studio 2, Broadcast House, Portland Place")).isEqualTo(-1);
        assertThat(OnlineTail.start("Online Learning Suite, Room 4")).isEqualTo(-1);
        assertThat(OnlineTail.start("Room 4, Virtual Reality Lab")).isEqualTo(-1);
        assertThat(place("Room 4, Virtual Reality Lab, and online")).isEqualTo("Room 4, Virtual Reality Lab");
    }

    @Test
    void aLineThatOnlyAddsTheOnlinePartIsRecognised() {
        assertThat(OnlineTail.isOnlineLine("and on Zoom (link below)")).isTrue();
        assertThat(OnlineTail.isOnlineLine("+ online for those abroad (Teams)")).isTrue();
        assertThat(OnlineTail.isOnlineLine("(hybrid: a Teams link will be sent)")).isTrue();
        assertThat(OnlineTail.isOnlineLine("also online via Zoom")).isTrue();
        assertThat(OnlineTail.isOnlineLine("Market Street 5, Haarby")).isFalse();
    }
}
