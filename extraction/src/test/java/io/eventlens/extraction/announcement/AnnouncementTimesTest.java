package io.eventlens.extraction.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.event.EventCandidate;
import io.eventlens.extraction.text.TokenSentenceAnnotator;
import io.eventlens.extraction.time.TemporalAnnotator;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnouncementTimesTest {

    private static final TemporalAnnotator TEMPORAL = new TemporalAnnotator();

    private static EventCandidate read(String text) {
        Document document = Document.of("talk.txt", text);
        new TokenSentenceAnnotator().annotate(document);
        TEMPORAL.annotate(document);
        new HeaderFieldAnnotator().annotate(document);
        new AnnouncementReader().annotate(document);
        List<EventCandidate> candidates = document.get(EventCandidate.LAYER);
        assertThat(candidates).hasSize(1);
        return candidates.get(0);
    }

    @Test
    void datesAndTimesComeFromTheHeaderFields() {
        EventCandidate c = read("""
                Topic:    Tides and Salt
                Dates:    14-Mar-24
                Time:     3:30 - 5:00 PM
                Place:    Osgood Hall 110
                """);
        assertThat(c.startDate.value()).isEqualTo("2024-03-14");
        assertThat(c.startTime.value()).isEqualTo("15:30");
        assertThat(c.endTime.value()).isEqualTo("17:00");
        assertThat(c.startTime.span()).isNotNull();
        assertThat(c.endTime.span()).isNotNull();
    }

    @Test
    void theTextGivesTheEndAndTheMeridiemTheHeaderLeftOut() {
        EventCandidate c = read("""
                Topic:    Tides and Salt
                Dates:    14-Mar-24
                Time:     3:30
                Place:    Osgood Hall 110

                The seminar runs from 3:30 p.m. to
                5:00 p.m. in Osgood Hall 110.
                """);
        assertThat(c.startTime.value()).isEqualTo("15:30");
        assertThat(c.endTime.value()).isEqualTo("17:00");
    }

    @Test
    void withoutTimeFieldsTheFirstTimeOfTheTextCounts() {
        EventCandidate c = read("""
                Subject:  Lunch talk
                Place:    Osgood Hall 110

                Join us on Friday, May 3, 2024 at 12:30 pm for a talk by Tomas Eklund.
                """);
        assertThat(c.startDate.value()).isEqualTo("2024-05-03");
        assertThat(c.startTime.value()).isEqualTo("12:30");
        assertThat(c.endTime).isNull();
    }

    @Test
    void theMessagesOwnDateIsNotTheTalksDate() {
        EventCandidate c = read("""
                From: events@tarn.example.edu
                Subject: Physics Colloquium
                Date: Mon, 3 Mar 2025

                Speaker: Prof. Lena Hartwig
                Date: Thursday, March 6, 2025
                Time: 12:00 noon - 1:00 pm
                Location: Room 204, Ellery Science Building
                """);
        assertThat(c.startDate.value()).isEqualTo("2025-03-06");
        assertThat(c.startTime.value()).isEqualTo("12:00");
        assertThat(c.endTime.value()).isEqualTo("13:00");
    }

    @Test
    void aMessageWithOnlyASubjectAnnouncesATalkWhenItsTextSaysWhoSpeaksAndWhen() {
        EventCandidate c = read("""
                Subject: Talk tomorrow
                Date: 14 May 2025

                Tomorrow at 3 p.m. in 112 Gorse Hall, Anton Vikström from the Institute
                of Marine Studies will give a talk on plankton clocks.
                """);
        assertThat(c.startDate.value()).isEqualTo("2025-05-15");
        assertThat(c.startTime.value()).isEqualTo("15:00");
        assertThat(c.location.value()).isEqualTo("112 Gorse Hall");
        assertThat(c.participants.get(0).name.value()).isEqualTo("Anton Vikström");
        Document minutes = Document.of("m.txt", "Subject: minutes\nDate: 14 May 2025\n\nWe met at 3 p.m. and agreed.\n");
        new TokenSentenceAnnotator().annotate(minutes);
        TEMPORAL.annotate(minutes);
        new HeaderFieldAnnotator().annotate(minutes);
        new AnnouncementReader().annotate(minutes);
        assertThat(minutes.get(EventCandidate.LAYER)).isEmpty();
    }

    @Test
    void readsTwelveHourClockReadingsAsTheSame() {
        assertThat(AnnouncementTimes.sameClock("03:30", "15:30")).isTrue();
        assertThat(AnnouncementTimes.sameClock("12:00", "00:00")).isTrue();
        assertThat(AnnouncementTimes.sameClock("03:30", "15:00")).isFalse();
        assertThat(AnnouncementTimes.sameClock(null, "15:00")).isFalse();
    }
}
