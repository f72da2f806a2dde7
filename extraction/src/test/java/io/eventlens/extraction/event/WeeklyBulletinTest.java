package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.contract.EventRecord;
import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A weekly Markdown bulletin: the week's table of sittings, then one section per sitting headed by its day. */
class WeeklyBulletinTest {

    private static final String WEEK = """
            # Council Watch — No. 9

            **Harbour Civic Forum (HCF)** · weekly notes on the Regional Water Council
            *Published Saturday 7th June 2025 · covering 2nd–6th June*

            ## In brief

            The Regional Water Council held its **14th Ordinary Session** from 2nd to 6th June in Gdańsk, Poland. All public sittings took place at the Amber Hall, Gdańsk, unless noted otherwise.

            | Day | Sitting | Time |
            |---|---|---|
            | Mon 2/6 | Hearing: drought permits for farms | 10h00–12h00 |
            | Wed 4/6 | Tariffs and the poorest households | 14h30–16h00 |
            | Fri 6/6 | Closing press conference | 12h00 |

            ## Mon 2/6 — Hearing: “Drought Permits for Family Farms”

            Councillor **Anna Wiśniewska** presided.

            ## Wed 4/6 — “Water Tariffs for the Poorest Households”

            Economist **Jakub Nowicki** presented a study.

            ## Fri 6/6 — Closing press conference

            The chair answered questions.

            ### Coming up

            The 15th Ordinary Session will take place in Toruń.
            """;

    private static List<EventRecord> events() {
        return ExtractionEngine.standard().extract(DocumentInput.of("week.md", WEEK)).events();
    }

    @Test
    void eachSittingIsTitledByItsSectionHeadingAndTimedByItsRowOfTheTable() {
        List<EventRecord> events = events();
        EventRecord hearing = byTitle(events, "Drought Permits for Family Farms");
        assertThat(hearing.startDate()).isEqualTo("2025-06-02");
        assertThat(hearing.startTime()).isEqualTo("10:00");
        assertThat(hearing.endTime()).isEqualTo("12:00");
        EventRecord tariffs = byTitle(events, "Water Tariffs for the Poorest Households");
        assertThat(tariffs.startTime()).isEqualTo("14:30");
        assertThat(tariffs.endTime()).isEqualTo("16:00");
        // a heading that names its meeting by kind alone; its text ends at the next heading ("Coming up")
        EventRecord press = byTitle(events, "Closing press conference");
        assertThat(press.startDate()).isEqualTo("2025-06-06");
        assertThat(press.startTime()).isEqualTo("12:00");
        assertThat(press.location()).doesNotContain("Toruń");
        // the table's rows are no events of their own
        assertThat(events).extracting(EventRecord::title).noneMatch(t -> t.contains("|") || t.equals("Hearing: drought permits for farms"));
    }

    @Test
    void theSessionIsNamedFromTheLeadAndItsSittingsAreHeldByItsHolder() {
        List<EventRecord> events = events();
        EventRecord session = byTitle(events, "14th Ordinary Session");
        assertThat(session.startDate()).isEqualTo("2025-06-02");
        assertThat(session.endDate()).isEqualTo("2025-06-06");
        assertThat(byTitle(events, "Drought Permits for Family Farms").organizers()).containsExactly("Regional Water Council");
        // the masthead's publication line is not glued to the name before it, nor is the bulletin's name an organiser
        assertThat(events).flatExtracting(EventRecord::organizers).noneMatch(o -> o.contains("Published") || o.contains("Council Watch"));
    }

    @Test
    void aDayFirstFactsLineUnderItsOwnHeadingDoesNotRetitleTheEvent() {
        String page = """
                ## Autumn programme

                ### River Walk: Listening to the Estuary

                *Sunday 14 September 2025, 09:30–12:00 · Meeting point: Ferry Steps, Aveiro*

                A morning walk with hydrophones. Organised by the Estuary Sound Collective.
                """;
        List<EventRecord> events = ExtractionEngine.standard().extract(DocumentInput.of("walk.md", page)).events();
        // the heading names the walk; "Meeting point: ..." after the day and time is its place, not its title
        EventRecord walk = byTitle(events, "River Walk: Listening to the Estuary");
        assertThat(walk.startDate()).isEqualTo("2025-09-14");
        assertThat(events).extracting(EventRecord::title).noneMatch(t -> t.startsWith("Meeting point"));
    }

    private static EventRecord byTitle(List<EventRecord> events, String title) {
        return events.stream().filter(e -> e.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no event \"" + title + "\" among " + events.stream().map(EventRecord::title).toList()));
    }
}
