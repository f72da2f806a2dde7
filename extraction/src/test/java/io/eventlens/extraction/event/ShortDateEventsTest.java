package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.contract.EventRecord;
import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import io.eventlens.extraction.document.SourceFormat;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events whose dates are written short: what the records make of them, end to end. */
class ShortDateEventsTest {

    private static List<EventRecord> extract(String text, LocalDate created) {
        return ExtractionEngine.standard().extract(new DocumentInput("doc.txt", text, SourceFormat.PLAIN, created)).events();
    }

    @Test
    void aSubjectLineDatingTheTalkOfTheBodyAddsNoSecondEvent() {
        String text = """
                From: Ines Okonkwo-Varga <ines@lab.example>
                To: colloquium@lab.example
                Subject: Acoustics Seminar this week -- Thu 4/26, note the new room!
                Date: Mon, 16 Apr 2018 09:12:40 -0400

                Hi all,

                Who:    Dr. Tomasz Wielgus-Arendt, Research Fellow, Institute of Applied Acoustics
                Topic:  Listening to Bridges
                Dates:  Thursday, 26 April 2018
                Time:   4:00 - 5:00 PM
                Place:  Corran Building, Room 118

                Tea and biscuits beforehand.
                """;
        List<EventRecord> events = extract(text, LocalDate.of(2018, 4, 16));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).startDate()).isEqualTo("2018-04-26");
        assertThat(events.get(0).title()).isEqualTo("Listening to Bridges");
    }

    @Test
    void aProgrammeRunningOverDaysKeepsBothDaysAndBothTimes() {
        String text = """
                                 SPRING SCHOOL

                  Soil Carbon and Land Tenure

                Montpellier, from Tuesday 14 May (10h00) to Friday 17 May 2024 (12h30)
                Agronomy Campus, Lecture Hall 3

                Attendance is free but registration is required.
                """;
        List<EventRecord> events = extract(text, LocalDate.of(2024, 3, 1));
        assertThat(events).isNotEmpty();
        EventRecord e = events.get(0);
        assertThat(e.startDate()).isEqualTo("2024-05-14");
        assertThat(e.endDate()).isEqualTo("2024-05-17");
        assertThat(e.startTime()).isEqualTo("10:00");
        assertThat(e.endTime()).isEqualTo("12:30");
    }
}
