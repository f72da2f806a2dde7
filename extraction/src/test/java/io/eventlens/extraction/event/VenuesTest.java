package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.contract.EventRecord;
import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Places the engine completes from the rest of an event's text and from the page (documents written for the tests). */
class VenuesTest {

    private static final ExtractionEngine ENGINE = ExtractionEngine.standard();

    /** Title -> location of every event the engine finds in {@code text}. */
    private static Map<String, String> locations(String name, String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (EventRecord e : ENGINE.extract(DocumentInput.of(name, text)).events()) {
            out.put(e.title(), e.location());
        }
        return out;
    }

    @Test
    void aPageDefaultPlaceGoesToListedEventsWithoutAPlaceOfTheirOwnButNotToOnlineOnes() {
        String text = """
                Department of Linguistics — Talks this term

                All talks take place in Room 101, Brandt Building, unless stated otherwise. Tea from 15:45.

                Tone Sandhi in Min Dialects
                Monday 13 October 2025, 16:00-17:00
                Speaker: Dr. Li Wen-hui, University of Kestrel

                Corpus Methods for Endangered Languages
                Monday 27 October 2025, 16:00-17:00
                This talk will be held online only; the link is sent to the mailing list.
                Speaker: Dr. Aroha Ngata, Te Puna Research Institute

                Evidentiality in Quechua Narratives
                Monday 10 November 2025, 16:00-17:00
                Venue: Seminar Room 2, Old Library
                Speaker: Prof. Julio Mamani, Universidad del Altiplano
                """;
        Map<String, String> places = locations("talks.txt", text);
        assertThat(places).containsEntry("Tone Sandhi in Min Dialects", "Room 101, Brandt Building")
                .containsEntry("Corpus Methods for Endangered Languages", null)
                .containsEntry("Evidentiality in Quechua Narratives", "Seminar Room 2, Old Library");
    }

    @Test
    void aSeriesThatMeetsInOneRoomOrAListingsVenueFieldPlacesEveryEventOfIt() {
        String series = """
                Centre for Maritime History — Research Seminar Series, Spring 2026

                The seminar series meets in the Harbour Room, Customs House, 4 Quay Street, Bristol, on Wednesdays at 17:00.

                Ballast and Empire: Ships' Stones as Archives
                Wednesday 14 January 2026
                Speaker: Dr. Eleanor Pask, University of Falmouth

                Salt Fish and the Atlantic Economy
                Wednesday 28 January 2026
                Speaker: Prof. Miguel Arruda, Universidade do Porto
                """;
        assertThat(locations("series.txt", series).values()).containsOnly("Harbour Room, Customs House, 4 Quay Street, Bristol")
                .hasSize(2);
        String club = """
                BOOK CLUB PROGRAMME 2026
                Venue: Reading Room, Millbrook Public Library

                The Overstory
                Thursday 5 February 2026, 19:00
                Discussion led by Hannah Price.

                Braiding Sweetgrass
                Thursday 5 March 2026, 19:00
                Discussion led by Tom Okafor.
                """;
        assertThat(locations("club.txt", club).values()).containsOnly("Reading Room, Millbrook Public Library").hasSize(2);
    }

    @Test
    void aPlaceLabelAmongTheFactsOfALineIsThePlace() {
        String text = """
                # Community Mapping Workshop

                *Saturday 7 March 2026, 10:00–13:00*

                In person only · Free · Bring a laptop · Location: Makers' Room, Eastside Library, 8 Harrow Road, Leeds

                Join the Open Streets Collective for a morning of mapping footpaths and benches. No experience needed.
                """;
        assertThat(locations("mapping.md", text))
                .containsEntry("Community Mapping Workshop", "Makers' Room, Eastside Library, 8 Harrow Road, Leeds");
    }

    @Test
    void aVenueTheEventsTextNamesOnceOutsideTheDateSentenceIsThePlace() {
        String text = """
                Faculty News

                Water Law Lecture 2025

                The annual Water Law Lecture was given on 9 May 2025 by Professor Ines Kovac of Drava University.

                Around 120 people filled the Aula Magna of the Faculty of Law for the lecture, among them judges and students.
                """;
        assertThat(locations("lecture.txt", text).values()).containsExactly("Aula Magna of the Faculty of Law");
    }

    @Test
    void aReceptionsHotelAndAnAffiliationArePlacesOfSomethingElse() {
        String text = """
                Briefing Notes, June 2025

                Expert meeting on labour corridors

                On 12 June 2025 the Migration Policy Lab convened an expert meeting on labour migration corridors.

                Dr. Farah Qureshi, Senior Researcher at the Centre for Gulf Labour Studies, presented new data. The meeting was
                followed by a reception at the Hotel Regent Plaza.

                The Migration Policy Lab is based at the Maison des Sciences Sociales in Geneva.
                """;
        assertThat(locations("briefing.txt", text).values()).containsOnlyNulls();
    }

    @Test
    void aWebinarGetsNoPlaceFromAnEarlierEventItMentions() {
        String text = """
                WEBINAR ANNOUNCEMENT

                Water Tariffs and the Poor: Evidence from Five Cities

                Date: 21 January 2026
                Time: 14:00-15:30 CET
                Format: Online (Zoom)

                The Urban Water Institute invites you to a webinar presenting its tariff study. The study was launched last
                year at the Palais des Congrès in Lyon.
                """;
        assertThat(locations("webinar.txt", text).values()).containsOnlyNulls();
    }

    @Test
    void aPlaceFieldGoesOnOverItsIndentedLinesUpToTheOnlinePart() {
        String text = """
                Shifting Sands: Property on Moving Shorelines
                A public lecture by Dr. Ilse Varnholt

                Date:   Thursday, 12 March 2026
                Time:   16:00-17:30
                Where:  Old Courthouse, Room 2.07
                        Market Street 5, Haarby
                        and online via Zoom

                Organised by the Institute for Coastal Law.
                """;
        assertThat(locations("lecture.txt", text).values()).containsExactly("Old Courthouse, Room 2.07, Market Street 5, Haarby");
        String mail = """
                From: Karl Henningsen <k.henningsen@vesterby.example>
                To: hydro-rg@vesterby.example
                Date: Fri, 6 Feb 2026 15:40:00 +0100
                Subject: Reading group on 11 February

                    Topic:  Equifinality Revisited
                    When:   Wednesday 11 February 2026, 14:15-15:45
                    Venue:  Meeting room 4.12,
                            Geoscience Building, 4th floor
                            + online for those abroad (Teams)
                """;
        assertThat(locations("mail.txt", mail).values()).containsExactly("Meeting room 4.12, Geoscience Building, 4th floor");
    }

    @Test
    void aLineOfFactsIsNoTitle() {
        assertThat(Venues.isFactLine("Hybrid event | Free of charge | Venue: Nordlys Room, Tromsø | Language: English")).isTrue();
        assertThat(Venues.isFactLine("Panel Discussion · Programme on Ocean Justice")).isFalse();
        assertThat(Venues.isFactLine("Venue: Nordlys Room, Tromsø")).isFalse();
    }
}
