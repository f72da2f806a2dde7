package io.eventlens.extraction.time;

import static io.eventlens.extraction.time.DateMentionTest.mentions;
import static io.eventlens.extraction.time.DateMentionTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Dates written short: a weekday with a numeric day and month, an ordinal day alone, a range of days with times. */
class ShortDateFormsTest {

    /** A Wednesday in March 2018. */
    private static final LocalDate MARCH = LocalDate.of(2018, 3, 21);

    @Nested
    class AbbreviatedMonthAtTheEndOfALine {

        @Test
        void aDayBeforeAnAbbreviatedMonthMakesItAMonthWhateverFollows() {
            // a term card's "Week 2 - Thu 9 Oct" with nothing after the month
            assertThat(only("Week 2 - Thu 9 Oct", LocalDate.of(2025, 9, 1), "Thu 9 Oct").startDate()).isEqualTo("2025-10-09");
            assertThat(only("Seminar | 14 Nov", LocalDate.of(2025, 9, 1), "14 Nov").startDate()).isEqualTo("2025-11-14");
        }

        @Test
        void anAbbreviationWithoutADayStaysAName() {
            assertThat(mentions("Ask Jan about the room.", LocalDate.of(2025, 9, 1))).isEmpty();
        }
    }

    @Nested
    class WeekdayWithNumericDayAndMonth {

        @Test
        void theWeekdayPicksMonthFirstWhenOnlyThatReadingFitsIt() {
            // 5/2/2018 read month first is Wednesday 2 May; read day first, 5 February is a Monday
            DateMention m = only("Reading group: Wed 5/2 in the library", MARCH, "Wed 5/2");
            assertThat(m.startDate()).isEqualTo("2018-05-02");
            assertThat(m.yearInferred()).isTrue();
            assertThat(m.confidence()).isGreaterThanOrEqualTo(0.9);
        }

        @Test
        void twoWeekdaysRunningNameTheTwoDaysAfterThemInTurn() {
            // a card's badge "Thu–Fri 5/24–5/25": Thursday 24 and Friday 25 May 2018, not a Friday 24 May of another year
            DateMention m = only("Thu–Fri 5/24–5/25 · Summer school, Old Library", MARCH, "Thu–Fri 5/24–5/25");
            assertThat(m.startDate()).isEqualTo("2018-05-24");
            assertThat(m.endDate()).isEqualTo("2018-05-25");
        }

        @Test
        void theWeekdayPicksDayFirstWhenOnlyThatReadingFitsIt() {
            // 6/4 read day first is Friday 6 April 2018; read month first, 4 June 2018 is a Monday
            assertThat(only("Closing party Friday 6/4 at the club.", MARCH, "Friday 6/4").startDate())
                    .isEqualTo("2018-04-06");
        }

        @Test
        void aDayAboveTwelveCanOnlyBeTheDay() {
            assertThat(only("Next talk: Thu 4/26, room 12", MARCH, "Thu 4/26").startDate()).isEqualTo("2018-04-26");
            assertThat(only("Next talk: Thu 26/4, room 12", MARCH, "Thu 26/4").startDate()).isEqualTo("2018-04-26");
        }

        @Test
        void aWeekdayNeitherReadingFallsOnIsMarkedUnsure() {
            // 4 March 2018 is a Sunday and 3 April a Tuesday: the Saturday is wrong either way
            DateMention m = only("Walk on Sat 3/4 along the river", MARCH, "Sat 3/4");
            assertThat(m.confidence()).isLessThanOrEqualTo(0.5);
        }

        @Test
        void withATimeRangeTheDayKeepsIt() {
            DateMention m = only("Mon 4/9, 1:30 - 3 p.m.", MARCH, "Mon 4/9, 1:30 - 3 p.m.");
            assertThat(m.startDate()).isEqualTo("2018-04-09");
            assertThat(m.startTime()).isEqualTo("13:30");
            assertThat(m.endTime()).isEqualTo("15:00");
        }

        @Test
        void aFractionOrAScoreWithoutAWeekdayIsNoDate() {
            assertThat(mentions("They won 4/9 of the seats.", MARCH)).isEmpty();
        }
    }

    @Nested
    class OrdinalDayAlone {

        /** Tuesday 27 February 2018. */
        private final LocalDate bulletinDate = LocalDate.of(2018, 2, 27);

        @Test
        void aPastReportTakesTheLastSuchDay() {
            assertThat(only("The board met on the 9th at the town hall.", bulletinDate, "the 9th").startDate())
                    .isEqualTo("2018-02-09");
        }

        @Test
        void anAnnouncementTakesTheNextSuchDay() {
            assertThat(only("The choir will sing on the 9th in the chapel.", bulletinDate, "the 9th").startDate())
                    .isEqualTo("2018-03-09");
        }

        @Test
        void aWeekdayWithTheDayTakesTheNextMonthWhereTheyMeet() {
            // the next 7th that is a Saturday after 27 February 2018 is 7 April
            assertThat(only("Open day -- SAT 7TH", bulletinDate, "SAT 7TH").startDate()).isEqualTo("2018-04-07");
            assertThat(only("Join us on Saturday 7th for the fair.", bulletinDate, "Saturday 7th").startDate())
                    .isEqualTo("2018-04-07");
        }

        @Test
        void aHeadingInAReportOfPastEventsStillAnnouncesTheNextSuchDay() {
            String text = "The board met on the 9th and approved the budget.\nHILL WALK - SUN 4TH\n"
                    + "Members visited the archive last week.";
            List<DateMention> found = mentions(text, bulletinDate);
            assertThat(found).extracting(DateMention::startDate).contains("2018-02-09", "2018-03-04");
        }

        @Test
        void aWeekdayWithItsDayInAPastSentenceLooksBack() {
            assertThat(only("We walked the ridge on Sunday 4th.", bulletinDate, "Sunday 4th").startDate())
                    .isEqualTo("2018-02-04");
        }

        @Test
        void aWeekdayWithDayAndMonthStillWorks() {
            assertThat(only("Entries close on Friday 9th March.", bulletinDate, "Friday 9th March").startDate())
                    .isEqualTo("2018-03-09");
        }

        @Test
        void anOrdinalThatCountsSomethingElseIsNoDate() {
            assertThat(mentions("Her office is on the 9th floor.", bulletinDate)).isEmpty();
            assertThat(mentions("He finished the 9th in the race.", bulletinDate)).allMatch(m -> m.startDate() == null
                    || !m.startDate().endsWith("-09"));
        }
    }

    @Nested
    class RangeOfDaysWithTimes {

        @Test
        void eachDayKeepsItsOwnTimeInBrackets() {
            List<DateMention> found = mentions("Geneva, from Monday 13 May (09h30) to Wednesday 15 May 2019 (17h00)",
                    MARCH);
            assertThat(found).hasSize(1);
            DateMention m = found.get(0);
            assertThat(m.startDate()).isEqualTo("2019-05-13");
            assertThat(m.endDate()).isEqualTo("2019-05-15");
            assertThat(m.startTime()).isEqualTo("09:30");
            assertThat(m.endTime()).isEqualTo("17:00");
        }

        @Test
        void timesAfterACommaAndAYearFromTheLastDay() {
            List<DateMention> found = mentions("The retreat runs 30 June, 4 pm until 2 July 2020, 11 am.", MARCH);
            assertThat(found).hasSize(1);
            DateMention m = found.get(0);
            assertThat(m.startDate()).isEqualTo("2020-06-30");
            assertThat(m.endDate()).isEqualTo("2020-07-02");
            assertThat(m.startTime()).isEqualTo("16:00");
            assertThat(m.endTime()).isEqualTo("11:00");
        }

        @Test
        void aDayWithATimeAndNoSecondDayStaysOneDay() {
            List<DateMention> found = mentions("Doors open Friday 11 May (19h00).", MARCH);
            assertThat(found).isNotEmpty().allMatch(m -> m.endDate() == null);
            assertThat(found.get(0).startDate()).isEqualTo("2018-05-11");
        }
    }
}
