package io.eventlens.extraction.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.contract.ParticipantKind;
import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.event.EventCandidate;
import io.eventlens.extraction.event.ParticipantCandidate;
import io.eventlens.extraction.text.TokenSentenceAnnotator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnnouncementReaderTest {

    private static String subjectTitle(String subject) {
        io.eventlens.extraction.document.Span span = AnnouncementReader.ofSubject(subject,
                io.eventlens.extraction.document.Span.of(0, subject.length()));
        return subject.substring(span.start(), span.end());
    }

    @Test
    void aReminderSubjectLosesItsListTagAndDayAndKeepsTheQuotedTitle() {
        assertThat(subjectTitle("[Sea law seminar] TOMORROW at noon: \"Nets and Quotas\" - Dr A. Marenko"))
                .isEqualTo("Nets and Quotas");
        assertThat(subjectTitle("[GEO-talks] This Thursday: \u201CMaps of the Ice Edge\u201D with Prof. B. Lund"))
                .isEqualTo("Maps of the Ice Edge");
        assertThat(subjectTitle("Today, 4pm \u2013 Reading Old Harbour Charters")).isEqualTo("Reading Old Harbour Charters");
        // a subject that is the title itself stays whole, quotation and all
        assertThat(subjectTitle("Seminar on \"Deep Sea Mining\" and the Law")).isEqualTo("Seminar on \"Deep Sea Mining\" and the Law");
    }


    static Document read(String text) {
        Document document = Document.of("announcement.txt", text);
        new TokenSentenceAnnotator().annotate(document);
        new HeaderFieldAnnotator().annotate(document);
        new AnnouncementReader().annotate(document);
        return document;
    }

    static EventCandidate only(Document document) {
        List<EventCandidate> candidates = document.get(EventCandidate.LAYER);
        assertThat(candidates).hasSize(1);
        return candidates.get(0);
    }

    private static List<String> names(EventCandidate c, ParticipantKind kind) {
        return c.participants.stream().filter(p -> p.kind.value() == kind).map(p -> p.name.value()).toList();
    }

    @Test
    void readsSpeakerPlaceTitleAndHostFromTheHeader() {
        String text = """
                Type:     dept.lectures.physics
                Who:      Dr. Ottilie Vance-Marrow, Harwick Research Laboratories
                Topic:    "Slow Cracks in Fast Glass"
                Dates:    14-Mar-24
                Time:     3:30 - 5:00 PM
                Place:    Larkspur Hall 210
                Host:     Piet Oduya
                PostedBy: Nell Ashgrove on 7-Mar-24 at 10:02 from mail.example.edu
                Abstract:

                Glass breaks slowly before it breaks fast. Piet Oduya will introduce the talk.
                """;
        Document document = read(text);
        EventCandidate c = only(document);
        assertThat(c.reader()).isEqualTo("announcement");
        assertThat(c.title.value()).isEqualTo("Slow Cracks in Fast Glass");
        assertThat(c.location.value()).isEqualTo("Larkspur Hall 210");
        assertThat(document.text(c.location.span())).isEqualTo("Larkspur Hall 210");
        assertThat(names(c, ParticipantKind.SPEAKER)).containsExactly("Ottilie Vance-Marrow");
        assertThat(names(c, ParticipantKind.HOST)).containsExactly("Piet Oduya");
        ParticipantCandidate speaker = c.participants.get(0);
        assertThat(document.text(speaker.name.span())).isEqualTo("Ottilie Vance-Marrow");
        assertThat(speaker.organization.value()).isEqualTo("Harwick Research Laboratories");
        assertThat(c.start()).isZero();
        assertThat(c.end()).isEqualTo(text.length());
    }

    @Test
    void findsSpeakerAndRoomInTheRunningText() {
        String text = """
                Topic:    Materials Colloquium
                Dates:    2-Apr-24
                Time:     4:00 PM

                Professor Rafe Quintal, of Northfield College, will speak on
                tidal erosion at 4:00 p.m. on Tuesday in Room 2115, Kestrel Hall.
                A reception follows in the Birch Lounge. Questions to Mina Sorrell.
                """;
        EventCandidate c = only(read(text));
        assertThat(names(c, ParticipantKind.SPEAKER)).containsExactly("Rafe Quintal");
        assertThat(c.participants.get(0).organization.value()).isEqualTo("Northfield College");
        assertThat(c.location.value()).isEqualTo("Room 2115, Kestrel Hall");
    }

    @Test
    void readsACentredNameLineAndAPlaceLineUnderTheTitle() {
        String text = """
                Topic:    Seminar on Monday
                Dates:    8-Apr-24
                Time:     3:30

                              TIDES, SALT AND TIME

                              ADA M. PENHALLOW
                          Lindqvist Ocean Institute

                              Monday, April 8
                              3:30 - 5:00
                              KH 4410

                The talk describes how salt moves.
                """;
        EventCandidate c = only(read(text));
        assertThat(names(c, ParticipantKind.SPEAKER)).containsExactly("ADA M. PENHALLOW");
        assertThat(c.location.value()).isEqualTo("KH 4410");
    }

    @Test
    void aTalkByANamedPersonWinsOverPeopleToContact() {
        String text = """
                Subject:  Lunch talk
                Time:     12:00

                Please send your questions to Harriet Bowe. There will be a talk by
                Tomas Eklund in 2207 Osgood Hall at noon. Contact Harriet Bowe to register.
                """;
        EventCandidate c = only(read(text));
        assertThat(names(c, ParticipantKind.SPEAKER)).containsExactly("Tomas Eklund");
        assertThat(c.location.value()).isEqualTo("2207 Osgood Hall");
    }

    @Test
    void theTalksOwnTitleWinsOverTheSubjectLineAndSubjectPrefixesGo() {
        EventCandidate c = only(read("""
                Topic:    Reminder: Ocean Seminar
                Time:     4:00 PM

                 Speaker: Ada Penhallow
                 Title:   "Salt, Tides and Time"
                """));
        assertThat(c.title.value()).isEqualTo("Salt, Tides and Time");
        EventCandidate subjectOnly = only(read("Topic:    Re: REMINDER: Ocean Seminar\nTime:     4:00 PM\n"));
        assertThat(subjectOnly.title.value()).isEqualTo("Ocean Seminar");
    }

    @Test
    void anOrdinaryEmailIsNotAnAnnouncement() {
        String text = """
                From: Lydia Crane <lydia@example.org>
                To: team@example.org
                Date: 3 May 2024
                Subject: minutes

                Here are the minutes of Tuesday's call.
                """;
        assertThat(read(text).get(EventCandidate.LAYER)).isEmpty();
    }

    @Test
    void garbageAndEmptyInputGiveNoExceptionAndNoEvent() {
        assertThat(read("").get(EventCandidate.LAYER)).isEmpty();
        Random random = new Random(7);
        StringBuilder b = new StringBuilder("Time: 3\nPlace: \n");
        for (int i = 0; i < 20_000; i++) {
            b.append((char) random.nextInt(0x3000));
        }
        read(b.toString());
        read("Who:\nTime:\nPlace:\n" + "Hall ".repeat(50_000));
        read("Who: Dr.\nTime: 3\nPlace: Room\n" + "Dr. Dr. Room 1 in of , ( ".repeat(10_000));
    }

    @Test
    void aFiveMegabyteAnnouncementOnOneLineStillGivesOneCandidate() {
        String text = "Topic: Tides\nTime: 3 pm\n\n" + "Dr. Ada Penhallow will speak in Room 12, Osgood Hall at 3 pm. ".repeat(80_000);
        EventCandidate c = only(read(text));
        assertThat(c.location.value()).isEqualTo("Room 12, Osgood Hall");
        assertThat(names(c, ParticipantKind.SPEAKER)).containsExactly("Ada Penhallow");
    }
}
