package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.contract.EventRecord;
import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two mail shapes whose message headers are not the event's: a forwarded announcement (the quoted
 * mail's "Sent:" line dates the mail, not the lecture) and a digest whose subject line lists its items.
 */
class ForwardedAndDigestMailTest {

    private static final ExtractionEngine ENGINE = ExtractionEngine.standard();

    private static final String FORWARDED = """
            From: Ilse Brandvold <i.brandvold@fjordhavn.example>
            Sent: 3 March 2026 08:40
            To: Coastal Law reading group <coastal-law@lists.fjordhavn.example>
            Subject: FW: Annual Lecture - "Who Polices the High Seas?" - 19 March

            Hi all, sharing this one, see you there.
            Ilse

            -----Original Message-----
            From: Faculty Events <events@fjordhavn.example>
            Sent: Monday, March 2, 2026 10:15 AM
            To: all-staff@lists.fjordhavn.example
            Subject: Annual Lecture - "Who Polices the High Seas?" - 19 March

            Dear colleagues,

            The Faculty of Law invites you to its annual lecture,

               "Who Polices the High Seas? Enforcement beyond the Coastal State"

               given by Professor Nils Aakre, Chair of Maritime Law, Bergen Sound University

               Thursday 19 March, 5.30 - 7 p.m.
               Aula Magna, Fjordhavn University, Strandgata 2

            Admission is free; please book a place.
            """;

    private static final String DIGEST = """
            From: Geography Seminars <geo-seminars@tarnby.example>
            To: geo-all@lists.tarnby.example
            Date: Mon, 6 Oct 2025 08:00:00 +0000
            Subject: [GEO] This week: seminar, field-trip talk + Friday's workshop

            Dear all,

            1) RESEARCH SEMINAR
            Tue 7 October 2025, 12:00 - 13:00, Room 2.10

            "Sand Mining and River Deltas: Who Counts the Loss?"
            Speaker: Dr Hanne Rask (Aarhus Delta Institute)

            2) WORKSHOP
            Fri 10 October 2025, 14:00 - 17:00, Map Library

            "Mapping Coastal Commons with Community Data"
            Convened by Dr Eero Salmi.
            """;

    private static List<EventRecord> extract(String name, String text) {
        return ENGINE.extract(DocumentInput.of(name, text)).events();
    }

    @Test
    void aForwardedMailsSentLineDatesTheMailNotTheLecture() {
        EventRecord e = extract("fwd-lecture.txt", FORWARDED).get(0);
        assertThat(e.startDate()).isEqualTo("2026-03-19");
        assertThat(e.startTime()).isEqualTo("17:30");
    }

    @Test
    void aDigestsSubjectLineIsNoEventOfItsOwn() {
        List<EventRecord> events = extract("geo-digest.txt", DIGEST);
        assertThat(events).hasSize(2);
        assertThat(events).extracting(EventRecord::startDate).containsExactlyInAnyOrder("2025-10-07", "2025-10-10");
        assertThat(events).extracting(EventRecord::title).noneMatch(t -> t.contains("This week") || t.contains("workshop"));
    }
}
