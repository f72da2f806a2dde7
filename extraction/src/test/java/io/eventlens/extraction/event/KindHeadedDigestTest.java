package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.contract.EventRecord;
import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A digest whose items are headed by their kind ("BOOK TALK"): each item is titled by the title its text quotes. */
class KindHeadedDigestTest {

    private static final ExtractionEngine ENGINE = ExtractionEngine.standard();

    private static final String DIGEST = """
            Subject: Coming up at the Fenwick Institute

            Dear members,

            1) FENWICK SEMINAR
            Mon 9 February 2026, 17:00-18:30, Gallery Room

            "Salt, Silver and Sail: Trade Networks of the Northern Ports"

            Dr Anouk Veldhuis, Reader in Economic History, Delft Harbour College

            2) BOOK LAUNCH
            Wed 11 February 2026, 18:00-19:00, Library Foyer

            Join Marta Quaresma (Lisbon Maritime Archive) as she presents her book,
            "Ledgers of the Tide: Customs Records and Coastal Lives", with wine afterwards.
            """;

    private static List<String> titles() {
        return ENGINE.extract(DocumentInput.of("fenwick-digest.txt", DIGEST)).events().stream()
                .map(EventRecord::title).toList();
    }

    @Test
    void eachItemIsTitledByItsQuotedTitleNotByItsKind() {
        assertThat(titles()).contains("Salt, Silver and Sail: Trade Networks of the Northern Ports",
                "Ledgers of the Tide: Customs Records and Coastal Lives");
        assertThat(titles()).doesNotContain("Fenwick Seminar", "Book Launch");
    }

    @Test
    void aKindLabelSaysWhatKindOfItemFollowsAndPerhapsWhen() {
        assertThat(HeaderReader.kindLabel("2) BOOK TALK")).isTrue();
        assertThat(HeaderReader.kindLabel("DEPT COLLOQUIUM")).isTrue();
        assertThat(HeaderReader.kindLabel("NEXT TUESDAY -- JOINT WORKSHOP WITH THE LAW FACULTY")).isTrue();
        assertThat(HeaderReader.kindLabel("Trade Networks of the Northern Ports")).isFalse();
        assertThat(HeaderReader.kindLabel("Annual Conference on Coastal Heritage and Ports")).isFalse();
    }
}
