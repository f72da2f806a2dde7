package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.StandardPipeline;
import io.eventlens.extraction.announcement.AnnouncementReader;
import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mail's announced talk keeps a place its body states for it; only a place read inside a further talk of
 * the series, on a day of its own, is that talk's.
 */
class SeriesMessagesPlaceTest {

    private static final String MAIL = """
            Type:     dept.announcements
            Topic:    Hydrology Seminar
            Dates:    14-Mar-96
            Time:     3:00 PM
            PostedBy: Ana Ferreira on 7-Mar-96 at 10:02 from example.edu
            Abstract:

            The department will host a seminar entitled "Rivers Under Pressure" at 3:00 p.m.,
            Thursday, March 14, in Porter Hall 125C.
            """;

    private static final Document DOCUMENT = read();

    private static Document read() {
        Document document = Document.of("hydrology.txt", MAIL);
        StandardPipeline.create().run(document);
        return document;
    }

    private static String text() {
        return DOCUMENT.text();
    }

    private static Span of(String needle) {
        int at = text().indexOf(needle);
        return Span.of(at, at + needle.length());
    }

    private static EventCandidate announced() {
        EventCandidate c = new EventCandidate(0, text().indexOf("Abstract"), AnnouncementReader.READER);
        c.title = Slot.of("Hydrology Seminar", of("Hydrology Seminar"), 0.8);
        c.startDate = Slot.of("1996-03-14", of("14-Mar-96"), 0.9);
        c.location = Slot.of("Porter Hall 125C", of("Porter Hall 125C"), 0.7);
        return c;
    }

    private static EventCandidate fromProse(String date) {
        EventCandidate c = new EventCandidate(text().indexOf("The department"), text().length(), "lead");
        c.title = Slot.of("Rivers Under Pressure", of("Rivers Under Pressure"), 0.7);
        c.startDate = Slot.of(date, of("March 14"), 0.7);
        c.location = Slot.of("Porter Hall 125C", of("Porter Hall 125C"), 0.7);
        return c;
    }

    @Test
    void theBodysAccountOfTheSameTalkLeavesTheAnnouncedTalkItsPlace() {
        assertThat(AnnouncementReader.isMessage(DOCUMENT)).isTrue();
        EventCandidate announced = announced();
        // the prose's "March 14" resolved to another year: still the same day of the same talk
        SeriesMessages.inherit(DOCUMENT, List.of(announced, fromProse("2034-03-14")));
        assertThat(announced.location).isNotNull();
        assertThat(announced.location.value()).isEqualTo("Porter Hall 125C");
    }

    @Test
    void aPlaceReadInsideALaterTalkOnAnotherDayIsThatTalks() {
        EventCandidate announced = announced();
        SeriesMessages.inherit(DOCUMENT, List.of(announced, fromProse("1996-03-21")));
        assertThat(announced.location).isNull();
    }
}
