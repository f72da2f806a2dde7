package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.SourceFormat;
import io.eventlens.extraction.document.Span;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Times an event's readers left out, read from the sentences after its date and from its programme. */
class EventTimesTest {

    /** The times [start, end] of an event dated {@code day} where {@code dateText} stands, its own text from {@code from} to {@code to}. */
    private static List<String> times(String text, String dateText, String day, String from, String to, boolean oneEvent) {
        return times(text, dateText, day, from, to, oneEvent ? List.of() : List.of(Span.of(0, text.length())));
    }

    /** As above, with the text of the document's other events. */
    private static List<String> times(String text, String dateText, String day, String from, String to, List<Span> others) {
        Document d = EventTestSupport.prepared(text, SourceFormat.PLAIN);
        EventCandidate c = candidate(text, dateText, day);
        int start = from == null ? 0 : text.indexOf(from);
        int end = to == null ? text.length() : text.indexOf(to);
        EventTimes.fill(new DocumentView(d), c, List.of(Span.of(start, end)), others);
        return Arrays.asList(EventTestSupport.value(c.startTime), EventTestSupport.value(c.endTime));
    }

    private static EventCandidate candidate(String text, String dateText, String day) {
        EventCandidate c = new EventCandidate(0, text.length(), "header");
        int at = text.indexOf(dateText);
        c.title = Slot.of("Event", Span.of(0, 1), 0.9);
        c.startDate = Slot.of(day, Span.of(at, at + dateText.length()), 0.9);
        return c;
    }

    @Test
    void aLaterSentenceOfTheDatesParagraphGivesTheTimes() {
        assertThat(times("Roundtable on insurance\nThe roundtable took place on 14 May 2025 at the Institute. It ran from 10.00"
                + " to 12.30 GMT and ended with a vote.\n", "14 May 2025", "2025-05-14", null, null, false))
                .containsExactly("10:00", "12:30");
        assertThat(times("Book evening\nThe Institute will host a book evening on Thursday 5 June 2025 at the Granary. Doors open"
                + " at 6 pm; the discussion starts at 6:30 and ends at 8.\n", "Thursday 5 June 2025", "2025-06-05", null, null, false))
                .containsExactly("18:00", "20:00");
    }

    @Test
    void aLaterParagraphThatSpeaksOfTheEventGivesItsStartButNotAnOverrun() {
        assertThat(times("LEUVEN - Residents crowded into the hall on Tuesday 5 November 2024 for the first public debate.\n\n"
                + "The debate, organised by the city, ran from 7.30 pm until almost 10 pm.\n", "Tuesday 5 November 2024",
                "2024-11-05", null, null, false)).containsExactly("19:30", null);
    }

    @Test
    void deadlinesSideOccasionsAndOtherSectionsGiveNoTimes() {
        String text = "Lecture on shoreline law\nThe lecture is on 19 June 2025 at the Town Hall. A reception follows at 7 pm."
                + " Registration closes at noon.\n\nConcert\nThe concert on 21 June 2025 starts at 3 pm.\n";
        assertThat(times(text, "19 June 2025", "2025-06-19", null, "Concert", false)).containsOnlyNulls();
        String otherDay = "Seminar\nThe seminar is on 3 March 2025 in Room 4. The next one, on 10 March 2025, starts at 14:00.\n";
        assertThat(times(otherDay, "3 March 2025", "2025-03-03", null, null, false)).containsOnlyNulls();
    }

    @Test
    void anEndStatedAfterAStartTheReaderFoundCompletesIt() {
        String text = "Talk\nThe talk is on 2 April 2025 at 18:30 in the Library. It ends at about 20:00 with questions.\n";
        Document d = EventTestSupport.prepared(text, SourceFormat.PLAIN);
        EventCandidate c = candidate(text, "2 April 2025 at 18:30", "2025-04-02");
        c.startTime = Slot.of("18:30", Span.of(0, 1), 0.9);
        EventTimes.fill(new DocumentView(d), c, List.of(Span.of(0, text.length())), List.of());
        assertThat(EventTestSupport.value(c.endTime)).isEqualTo("20:00");
        // the start a reader took from a later paragraph: its own sentence states the end
        String later = "Seminar\nWednesday 15 October 2025, Hebden Institute\n\nThe seminar opens with a talk. It starts at 2 pm"
                + " and finishes at 4.30 pm.\n";
        Document d2 = EventTestSupport.prepared(later, SourceFormat.PLAIN);
        EventCandidate c2 = candidate(later, "Wednesday 15 October 2025", "2025-10-15");
        int at = later.indexOf("2 pm");
        c2.startTime = Slot.of("14:00", Span.of(at, at + 4), 0.9);
        EventTimes.fill(new DocumentView(d2), c2, List.of(Span.of(0, later.length())), List.of());
        assertThat(EventTestSupport.value(c2.endTime)).isEqualTo("16:30");
    }

    @Test
    void theProgrammeOfAnEventOfOneDaySpansItsSessionsUnlessAnotherEventsTextHoldsThem() {
        String sessions = "WORKSHOP ON SOIL CARBON\nTuesday, 18 November 2025\nRoom 2, Ouse Building\n\nProgramme\n\n"
                + "Morning session, 9.30am\u20131pm\n- Peat stocks: Dr. Helen Marsh\n\nAfternoon session 14:00 - 17:30\n"
                + "- Remote sensing: Ravi Menon\n";
        assertThat(times(sessions, "Tuesday, 18 November 2025", "2025-11-18", null, null, true)).containsExactly("09:30", "17:30");
        assertThat(times(sessions, "Tuesday, 18 November 2025", "2025-11-18", null, null, false)).containsOnlyNulls();
        String slots = "Consultation on Water\nWednesday 5 March 2025, Hotel Meridian\n\n09:00 Registration and coffee\n"
                + "09:30 Opening remarks\n12:30 Lunch\nAfternoon: 14:00\u201315:30 \u2014 Working groups\n17:30 Closing\n";
        assertThat(times(slots, "Wednesday 5 March 2025", "2025-03-05", null, null, true)).containsExactly("09:00", "17:30");
    }
}
