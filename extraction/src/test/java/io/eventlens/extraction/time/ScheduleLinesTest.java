package io.eventlens.extraction.time;

import static io.eventlens.extraction.time.DateMentionTest.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A weekday alone on a schedule line looks ahead; two days named with their weekdays share one month. */
class ScheduleLinesTest {

    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2025, 2, 10);

    private static DateMention first(String text, LocalDate dct) {
        List<DateMention> found = mentions(text, dct);
        assertThat(found).as("mentions in %s", text).isNotEmpty();
        return found.get(0);
    }

    @Test
    void aWeekdayOpeningItsLineLooksAheadWhateverTheTextAroundItSays() {
        String mail = "Thursday, 1:30 - 3 p.m.\nRoom 4, Law Building\n\nThe paper examined what happened to the "
                + "witnesses, who testified and returned home. It argued that protection was designed around the trial.";
        DateMention m = first(mail, MONDAY);
        assertThat(m.startDate()).isEqualTo("2025-02-13");
        assertThat(m.startTime()).isEqualTo("13:30");
    }

    @Test
    void aWeekdayInAWhenFieldLooksAhead() {
        String mail = "When: Wednesday, 3:30-4:30 pm\n\nThe talk reviewed a decade of work and showed how the models changed.";
        assertThat(first(mail, MONDAY).startDate()).isEqualTo("2025-02-12");
    }

    @Test
    void aWeekdayInAPastSentenceStillLooksBack() {
        String news = "The minister said on Thursday that the talks had failed.";
        assertThat(first(news, MONDAY).startDate()).isEqualTo("2025-02-06");
    }

    @Test
    void twoDaysWithTheirWeekdaysTakeTheMonthOfTheSecond() {
        DateMention m = first("Dakota City, Tuesday 12 and Wednesday 13 November 2024", MONDAY);
        assertThat(m.startDate()).isEqualTo("2024-11-12");
        assertThat(m.endDate()).isEqualTo("2024-11-13");
    }

    @Test
    void aDashedPairOfDaysIsOneRange() {
        DateMention m = first("Quito, Thursday 4 – Friday 5 December 2025 · Hotel Plaza", MONDAY);
        assertThat(m.startDate()).isEqualTo("2025-12-04");
        assertThat(m.endDate()).isEqualTo("2025-12-05");
    }
}
