package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.contract.EventRecord;
import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Formal invitation letters: a title block under "invite you to a KIND on", the sentence below it, the inviters. */
class InvitationsTest {

    private static final ExtractionEngine ENGINE = ExtractionEngine.standard();

    private static List<EventRecord> extract(String letter) {
        return ENGINE.extract(DocumentInput.of("letter.txt", letter)).events();
    }

    @Test
    void aTitleBlockInCapitalsIsTheTitleAndTheSentenceBelowItGivesDayTimeAndPlace() {
        String letter = """
                HIGH COMMISSION OF MALTA
                TO THE REPUBLIC OF KENYA

                EAST AFRICAN INSTITUTE FOR OCEAN GOVERNANCE (EAIOG)

                                                        Nairobi, 3 September 2026

                Excellency,

                The High Commissioner of Malta and the Director of the East African Institute for Ocean Governance have the honour to invite you to a policy breakfast on

                        SMALL STATES, BIG WATERS:
                        FISHERIES ENFORCEMENT ACROSS MARITIME BORDERS

                to be held on Friday, 25th September 2026, from 08h30 to 10h30,
                at Villa Rosslyn (Garden Pavilion), Peponi Road 14, Nairobi.

                The breakfast continues the exchange started at the first meeting held in Valletta in May 2025.

                Yours sincerely,
                """;
        assertThat(extract(letter)).first().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Small States, Big Waters: Fisheries Enforcement Across Maritime Borders");
            assertThat(e.startDate()).isEqualTo("2026-09-25"); // not May 2025, the first meeting's month
            assertThat(e.startTime()).isEqualTo("08:30");
            assertThat(e.endTime()).isEqualTo("10:30");
            assertThat(e.location()).isEqualTo("Villa Rosslyn (Garden Pavilion), Peponi Road 14, Nairobi");
            assertThat(e.organizers()).containsExactly("High Commission of Malta to the Republic of Kenya",
                    "East African Institute for Ocean Governance");
        });
    }

    @Test
    void theBodiesAnInvitationSpeaksForAreItsOrganisersEvenWithoutALetterhead() {
        String letter = """
                Dear colleagues,

                On behalf of the Lakeside Centre for Water Law and the Embassy of Finland in Kampala, we cordially invite you to a workshop on transboundary aquifers, to be held on 14 October 2026 at the Speke Conference Hall, Kampala.

                With best regards,
                """;
        assertThat(extract(letter)).first().satisfies(e -> assertThat(e.organizers())
                .contains("Lakeside Centre for Water Law", "Embassy of Finland in Kampala"));
    }

    @Test
    void aWebPageThatInvitesItsReadersGetsNoOrganiserFromItsHeadingLines() {
        String page = """
                Institute for Privacy and Civic Rights
                Members' Newsletter - Spring issue

                The Institute for Privacy and Civic Rights invites you to a webinar on facial recognition, to be held on 3 March 2026 at 15:00.
                """;
        assertThat(extract(page)).first().satisfies(e -> assertThat(e.organizers())
                .noneMatch(o -> o.contains("Newsletter")).noneMatch(o -> o.equals("Institute for Privacy")));
    }
}
