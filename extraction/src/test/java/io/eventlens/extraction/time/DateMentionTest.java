package io.eventlens.extraction.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.document.Deadline;
import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.SourceFormat;
import io.eventlens.extraction.text.TokenSentenceAnnotator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DateMentionTest {

    static Document annotate(String text, LocalDate dct) {
        Document document = new Document("t.txt", text, SourceFormat.PLAIN, dct, Deadline.NONE);
        new TokenSentenceAnnotator().annotate(document);
        new TemporalAnnotator().annotate(document);
        return document;
    }

    static List<DateMention> mentions(String text, LocalDate dct) {
        return annotate(text, dct).get(DateMention.LAYER);
    }

    /** The only mention in {@code text}, checked to quote {@code expectedText}. */
    static DateMention only(String text, LocalDate dct, String expectedText) {
        List<DateMention> found = mentions(text, dct);
        assertThat(found).as("mentions in %s", text).hasSize(1);
        DateMention m = found.get(0);
        assertThat(text.substring(m.start(), m.end())).isEqualTo(expectedText);
        return m;
    }

    private static final LocalDate DCT = LocalDate.of(2015, 2, 20);

    @Nested
    class WrittenDates {

        @Test
        void dayMonthYear() {
            DateMention m = only("The forum opened on 8 September 2014 in Oslo.", DCT, "8 September 2014");
            assertThat(m.startDate()).isEqualTo("2014-09-08");
            assertThat(m.endDate()).isNull();
            assertThat(m.yearInferred()).isFalse();
            assertThat(m.confidence()).isGreaterThan(0.9);
        }

        @Test
        void monthDayYear() {
            assertThat(only("It ends September 8, 2014.", DCT, "September 8, 2014").startDate()).isEqualTo("2014-09-08");
        }

        @Test
        void isoAndDottedAndAbbreviatedForms() {
            assertThat(only("Deadline: 2023-09-14", DCT, "2023-09-14").startDate()).isEqualTo("2023-09-14");
            assertThat(only("Deadline: 14.09.2023", DCT, "14.09.2023").startDate()).isEqualTo("2023-09-14");
            assertThat(only("Dates: 29-Nov-94", DCT, "29-Nov-94").startDate()).isEqualTo("1994-11-29");
            assertThat(only("Filed Sept. 30, 1998 by the clerk", DCT, "Sept. 30, 1998").startDate()).isEqualTo("1998-09-30");
        }

        @Test
        void ordinalsWithOf() {
            DateMention m = only("We meet on the 5th of May 2016 again.", DCT, "5th of May 2016");
            assertThat(m.startDate()).isEqualTo("2016-05-05");
        }

        @Test
        void monthOnly() {
            DateMention m = only("The survey ran in June 2015 across the region.", DCT, "June 2015");
            assertThat(m.startDate()).isEqualTo("2015-06");
        }

        @Test
        void impossibleDatesAreNotDates() {
            assertThat(mentions("On 31 February 2015 nothing happened.", DCT)).extracting(DateMention::startDate)
                    .containsExactly("2015-02");
            assertThat(mentions("Call 2023-13-40 now.", DCT)).isEmpty();
        }

        @Test
        void mayAsAVerbIsNoMonth() {
            assertThat(mentions("Members May attend if they wish.", DCT)).isEmpty();
            assertThat(mentions("The vote is expected in May.", DCT)).extracting(DateMention::startDate)
                    .containsExactly("2015-05");
        }
    }

    @Nested
    class Ranges {

        @Test
        void daysOfOneMonth() {
            DateMention m = only("The workshop takes place 9-10 March 2015 in Rome.", DCT, "9-10 March 2015");
            assertThat(m.startDate()).isEqualTo("2015-03-09");
            assertThat(m.endDate()).isEqualTo("2015-03-10");
        }

        @Test
        void monthFirstRanges() {
            DateMention m = only("Held March 8\u20139, 2015 at the hall.", DCT, "March 8\u20139, 2015");
            assertThat(m.startDate()).isEqualTo("2015-03-08");
            assertThat(m.endDate()).isEqualTo("2015-03-09");
            DateMention june = only("June 23\u201324, 2015", DCT, "June 23\u201324, 2015");
            assertThat(june.startDate()).isEqualTo("2015-06-23");
            assertThat(june.endDate()).isEqualTo("2015-06-24");
        }

        @Test
        void acrossMonthsWithTheYearWrittenOnce() {
            DateMention m = only("Session: 23 June \u2013 2 July 2015", DCT, "23 June \u2013 2 July 2015");
            assertThat(m.startDate()).isEqualTo("2015-06-23");
            assertThat(m.endDate()).isEqualTo("2015-07-02");
        }

        @Test
        void betweenOneDayAndAnother() {
            DateMention m = only("Held between 1 and 3 June 2024 in Lyon.", DCT, "1 and 3 June 2024");
            assertThat(List.of(m.startDate(), m.endDate())).containsExactly("2024-06-01", "2024-06-03");
        }

        @Test
        void twoDaysRunningJoinedByAnd() {
            DateMention m = only("The talks run on 9 and 10 September 2025 in Oslo.", DCT, "9 and 10 September 2025");
            assertThat(List.of(m.startDate(), m.endDate())).containsExactly("2025-09-09", "2025-09-10");
            DateMention us = only("Meetings on September 9 and 10, 2025.", DCT, "September 9 and 10, 2025");
            assertThat(List.of(us.startDate(), us.endDate())).containsExactly("2025-09-09", "2025-09-10");
        }

        @Test
        void twoDaysRunningWithoutAYearLieInOneYear() {
            // 12 March 2025: "was held" leans back; the tense alone tips 3 June and 4 June to different years
            DateMention m = only("The meeting was held on 3 and 4 June at the Hall.", LocalDate.of(2025, 3, 12), "3 and 4 June");
            assertThat(List.of(m.startDate(), m.endDate())).containsExactly("2024-06-03", "2024-06-04");
        }

        @Test
        void twoWeekdaysRunningAreOneRange() {
            LocalDate friday = LocalDate.of(2025, 3, 14);
            DateMention m = mentions("On Monday and Tuesday this week, the Forum ran a course.", friday).get(0);
            assertThat(List.of(m.startDate(), m.endDate())).containsExactly("2025-03-10", "2025-03-11");
            DateMention ahead = only("The board will meet on Thursday & Friday.", LocalDate.of(2025, 3, 11), "Thursday & Friday");
            assertThat(List.of(ahead.startDate(), ahead.endDate())).containsExactly("2025-03-13", "2025-03-14");
            // a week's last day and the next one's first: Sunday and Monday
            DateMention turn = only("The fair will run on Sunday and Monday.", LocalDate.of(2025, 3, 11), "Sunday and Monday");
            assertThat(List.of(turn.startDate(), turn.endDate())).containsExactly("2025-03-16", "2025-03-17");
        }

        @Test
        void weekdaysBeforeTheirDatesNameTheDaysInTurn() {
            DateMention m = only("It takes place on Wednesday and Thursday, 9\u201310 October.", LocalDate.of(2024, 6, 1),
                    "Wednesday and Thursday, 9\u201310 October");
            assertThat(List.of(m.startDate(), m.endDate())).containsExactly("2024-10-09", "2024-10-10");
            assertThat(m.confidence()).isGreaterThan(0.8); // the weekdays agree with the days
            DateMention both = only("We meet on Monday and Tuesday, 16 and 17 June 2025.", DCT, "Monday and Tuesday, 16 and 17 June 2025");
            assertThat(List.of(both.startDate(), both.endDate())).containsExactly("2025-06-16", "2025-06-17");
        }

        @Test
        void eachDayWithItsWeekday() {
            DateMention m = only("The forum meets on Wednesday 9 and Thursday 10 April at the Hall.", LocalDate.of(2025, 3, 12),
                    "Wednesday 9 and Thursday 10 April");
            assertThat(List.of(m.startDate(), m.endDate())).containsExactly("2025-04-09", "2025-04-10");
            DateMention dash = only("Talks on Friday 21 \u2013 Sunday 23 March 2025.", DCT, "Friday 21 \u2013 Sunday 23 March 2025");
            assertThat(List.of(dash.startDate(), dash.endDate())).containsExactly("2025-03-21", "2025-03-23");
            DateMention bracket = only("The fair runs on Monday & Tuesday (17-18 March) in town.", LocalDate.of(2025, 3, 12),
                    "Monday & Tuesday (17-18 March");
            assertThat(List.of(bracket.startDate(), bracket.endDate())).containsExactly("2025-03-17", "2025-03-18");
        }

        @Test
        void weekdaysApartAreTwoDates() {
            assertThat(mentions("Clinics on Monday and Thursday.", DCT)).extracting(DateMention::endDate).containsOnlyNulls();
        }

        @Test
        void twoDaysApartJoinedByAndAreTwoDates() {
            assertThat(mentions("Sessions on 9 and 23 September 2025.", DCT)).extracting(DateMention::endDate)
                    .containsOnlyNulls();
        }

        @Test
        void acrossTheTurnOfTheYear() {
            DateMention m = only("Closed 28 December \u2013 3 January 2016.", DCT, "28 December \u2013 3 January 2016");
            assertThat(m.startDate()).isEqualTo("2015-12-28");
            assertThat(m.endDate()).isEqualTo("2016-01-03");
        }

        @Test
        void dottedDayRange() {
            DateMention m = only("Conference 14-15.9.2023, Vienna", DCT, "14-15.9.2023");
            assertThat(m.startDate()).isEqualTo("2023-09-14");
            assertThat(m.endDate()).isEqualTo("2023-09-15");
        }
    }

    @Nested
    class Times {

        @Test
        void dateWithWeekdayAndTimeRangeWithOneMeridiem() {
            String text = "Monday, February 1, 2021, 12:00\u20131:30 PM ET";
            DateMention m = only(text, DCT, text);
            assertThat(m.startDate()).isEqualTo("2021-02-01");
            assertThat(m.startTime()).isEqualTo("12:00");
            assertThat(m.endTime()).isEqualTo("13:30");
            assertThat(m.confidence()).isGreaterThan(0.9);
        }

        @Test
        void twentyFourHourRangeAfterADate() {
            String text = "Thursday, 13 September 2023, 09:00\u201312:30";
            DateMention m = only(text, DCT, text);
            assertThat(m.startDate()).isEqualTo("2023-09-13");
            assertThat(m.startTime()).isEqualTo("09:00");
            assertThat(m.endTime()).isEqualTo("12:30");
        }

        @Test
        void agendaTimesStandAlone() {
            DateMention m = only("13:40-13:55 Keynote address", DCT, "13:40-13:55");
            assertThat(m.startDate()).isNull();
            assertThat(m.startTime()).isEqualTo("13:40");
            assertThat(m.endTime()).isEqualTo("13:55");
        }

        @Test
        void meridiemForms() {
            assertThat(only("Doors open at 10:00 AM.", DCT, "10:00 AM").startTime()).isEqualTo("10:00");
            assertThat(only("Doors open at 4pm.", DCT, "4pm").startTime()).isEqualTo("16:00");
            assertThat(only("Lunch at noon.", DCT, "noon").startTime()).isEqualTo("12:00");
            assertThat(only("Ends at 5:00 p.m", DCT, "5:00 p.m").startTime()).isEqualTo("17:00");
            assertThat(only("Dinner at 18h30 sharp", DCT, "18h30").startTime()).isEqualTo("18:30");
            assertThat(only("Talk at 12 noon", DCT, "12 noon").startTime()).isEqualTo("12:00");
        }

        @Test
        void rangesWithTheMeridiemWrittenOnceOrTwice() {
            DateMention twice = only("Time: 3:30 PM - 5:00 PM", DCT, "3:30 PM - 5:00 PM");
            assertThat(List.of(twice.startTime(), twice.endTime())).containsExactly("15:30", "17:00");
            DateMention once = only("Time: 3:30-5:00 pm", DCT, "3:30-5:00 pm");
            assertThat(List.of(once.startTime(), once.endTime())).containsExactly("15:30", "17:00");
            DateMention acrossNoon = only("Lunch talk 11:30-1:00 pm", DCT, "11:30-1:00 pm");
            assertThat(List.of(acrossNoon.startTime(), acrossNoon.endTime())).containsExactly("11:30", "13:00");
            DateMention noon = only("Lunch 12:00 noon - 1:00 pm", DCT, "12:00 noon - 1:00 pm");
            assertThat(List.of(noon.startTime(), noon.endTime())).containsExactly("12:00", "13:00");
            DateMention dotted = only("Panel 6.00\u20137.30 pm, Room 2", DCT, "6.00\u20137.30 pm");
            assertThat(List.of(dotted.startTime(), dotted.endTime())).containsExactly("18:00", "19:30");
            DateMention bareHours = only("Open 10-11 am", DCT, "10-11 am");
            assertThat(List.of(bareHours.startTime(), bareHours.endTime())).containsExactly("10:00", "11:00");
        }

        @Test
        void dottedTimesWhereTheyCannotBeDecimals() {
            DateMention range = only("Session 14.00-15.30, Room 2", DCT, "14.00-15.30");
            assertThat(List.of(range.startTime(), range.endTime())).containsExactly("14:00", "15:30");
            assertThat(only("Lunch at 12.30 in the hall", DCT, "12.30").startTime()).isEqualTo("12:30");
            DateMention zoned = only("The hearing ran from 10.00 to 12.30 GMT.", DCT, "10.00 to 12.30 GMT");
            assertThat(List.of(zoned.startTime(), zoned.endTime())).containsExactly("10:00", "12:30");
            assertThat(mentions("Shares rose from 3.25-3.50 and traded at 10.50 per share.", DCT)).isEmpty();
        }

        @Test
        void numbersThatAreNoTimes() {
            assertThat(mentions("Chapter 3.45 covers it; call 555-1234; version 1.10.2 or 2.10.15", DCT)).isEmpty();
            assertThat(mentions("The score was 10-11 in the end.", DCT)).isEmpty();
        }
    }

    @Nested
    class YearsFromTheAnchor {

        @Test
        void nearestYearAndWeekdayConfirmation() {
            // 14 March 2023 is a Tuesday
            DateMention m = only("Tuesday 14 March: opening session", LocalDate.of(2023, 1, 10), "Tuesday 14 March");
            assertThat(m.startDate()).isEqualTo("2023-03-14");
            assertThat(m.yearInferred()).isTrue();
        }

        @Test
        void weekdayCorrectsTheYear() {
            // anchor in late 2022; 14 March 2022 was a Monday, 14 March 2023 a Tuesday
            DateMention m = only("Tuesday 14 March: opening session", LocalDate.of(2022, 11, 2), "Tuesday 14 March");
            assertThat(m.startDate()).isEqualTo("2023-03-14");
        }

        @Test
        void nearestYearAcrossTheTurnOfTheYear() {
            assertThat(only("The event on 5 January was cancelled", LocalDate.of(2020, 12, 20), "5 January").startDate())
                    .isEqualTo("2021-01-05");
            assertThat(only("Meeting on 20 December", LocalDate.of(2021, 1, 3), "20 December").startDate())
                    .isEqualTo("2020-12-20");
        }

        @Test
        void anchorFromAPublicationLine() {
            String text = "Posted Sunday, January 31, 2021\n\nThe panel meets Tuesday 2 February at 10:00 AM.";
            Document document = annotate(text, null);
            assertThat(document.anchorDate()).contains(LocalDate.of(2021, 1, 31));
            List<DateMention> found = document.get(DateMention.LAYER);
            assertThat(found).hasSize(2);
            DateMention m = found.get(1);
            assertThat(text.substring(m.start(), m.end())).isEqualTo("Tuesday 2 February at 10:00 AM");
            assertThat(m.startDate()).isEqualTo("2021-02-02");
            assertThat(m.startTime()).isEqualTo("10:00");
            assertThat(m.yearInferred()).isTrue();
        }

        @Test
        void anchorFromADateline() {
            String text = "Opening of the session\nGENEVA, 12 March 2019 \u2014 The Council will meet on 2 April.";
            Document document = annotate(text, null);
            assertThat(document.anchorDate()).contains(LocalDate.of(2019, 3, 12));
            assertThat(document.get(DateMention.LAYER)).extracting(DateMention::startDate)
                    .containsExactly("2019-03-12", "2019-04-02");
        }

        @Test
        void aDateAloneOnItsLineBeatsAHistoryInTheFirstSentence() {
            String text = "Fifty years after the treaty of 3 March 1970, the forum met again.\n\nAnnual Forum\n12 May 2020\n\n"
                    + "On 4 June 1999 it was founded. The forum opens on 14 May.";
            Document document = annotate(text, null);
            assertThat(document.anchorDate()).contains(LocalDate.of(2020, 5, 12));
            assertThat(document.get(DateMention.LAYER)).extracting(DateMention::startDate)
                    .containsExactly("1970-03-03", "2020-05-12", "1999-06-04", "2020-05-14");
        }

        @Test
        void theGivenCreationDateWinsOverTheText() {
            Document document = annotate("Posted 1 May 2020. Meeting on 3 June.", LocalDate.of(2021, 5, 20));
            assertThat(document.anchorDate()).contains(LocalDate.of(2021, 5, 20));
            assertThat(document.get(DateMention.LAYER)).extracting(DateMention::startDate)
                    .containsExactly("2020-05-01", "2021-06-03");
        }

        @Test
        void aWeekdayAloneIsARelativeDateOfLowConfidence() {
            // 2015-02-20 is a Friday; "will" looks ahead
            DateMention m = only("The committee will meet on Tuesday.", DCT, "Tuesday");
            assertThat(m.startDate()).isEqualTo("2015-02-24");
            assertThat(m.relative()).isTrue();
            assertThat(m.confidence()).isLessThan(0.7);
            assertThat(only("The committee met on Tuesday.", DCT, "Tuesday").startDate()).isEqualTo("2015-02-17");
            // the verb after the weekday counts as much as one before it
            assertThat(only("On Tuesday, the museum will present its new wing.", DCT, "Tuesday").startDate())
                    .isEqualTo("2015-02-24");
        }

        @Test
        void withoutAnyAnchorAYearlessDateHasNoCalendarDate() {
            List<DateMention> found = mentions("We meet on 3 June at 10:00.", null);
            assertThat(found).hasSize(1);
            assertThat(found.get(0).startDate()).isNull();
            assertThat(found.get(0).startTime()).isEqualTo("10:00");
        }
    }
}
