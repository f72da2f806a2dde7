package io.eventlens.extraction.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.document.Document;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** TimeML TIMEX3 extents, types and values, one family of expressions at a time. */
class TimexTest {

    /** Friday 20 February 2015. */
    private static final LocalDate DCT = LocalDate.of(2015, 2, 20);

    /** Each timex of {@code text} as "text|TYPE|value". */
    private static List<String> timexes(String text) {
        Document document = DateMentionTest.annotate(text, DCT);
        return document.get(Timex.LAYER).stream()
                .map(t -> document.text(t) + "|" + t.type() + "|" + t.value())
                .toList();
    }

    @Nested
    class DaysNamedFromTheCreationDate {

        @Test
        void todayYesterdayTomorrowTonight() {
            assertThat(timexes("The results came out today, after yesterday's vote; more follow tomorrow."))
                    .containsExactly("today|DATE|2015-02-20", "yesterday|DATE|2015-02-19", "tomorrow|DATE|2015-02-21");
            assertThat(timexes("He spoke tonight after a quiet yesterday morning."))
                    .containsExactly("tonight|TIME|2015-02-20TNI", "yesterday morning|TIME|2015-02-19TMO");
            assertThat(timexes("Shares rose at mid-afternoon yesterday and late evening today."))
                    .containsExactly("mid-afternoon yesterday|TIME|2015-02-19TAF", "late evening today|TIME|2015-02-20TEV");
        }

        @Test
        void todayInsideANameAmidLowerCaseProseIsNoDate() {
            assertThat(timexes("She presents the Coast Today programme on local radio.")).isEmpty();
            // a headline's capitalised "Today" is not told from a name: it stays a date, as a lower-case "today" does
            assertThat(timexes("Council Meets Today in Tarrow; the vote is today."))
                    .containsExactly("Today|DATE|2015-02-20", "today|DATE|2015-02-20");
        }

        @Test
        void weekdaysLookBackInReportsAndAheadWithAFutureVerb() {
            assertThat(timexes("The minister resigned Monday.")).containsExactly("Monday|DATE|2015-02-16");
            assertThat(timexes("The minister resigned Friday.")).containsExactly("Friday|DATE|2015-02-20");
            assertThat(timexes("The board will vote on Monday.")).containsExactly("Monday|DATE|2015-02-23");
            assertThat(timexes("Prices fell last Friday and will rise next Tuesday."))
                    .containsExactly("last Friday|DATE|2015-02-13", "next Tuesday|DATE|2015-02-24");
        }

        @Test
        void theAuxiliaryBeforeAnExpressionOutweighsAParticipleAfterIt() {
            assertThat(timexes("The airline will double its flights by August in a push for markets untouched by the slump."))
                    .containsExactly("August|DATE|2015-08");
            assertThat(timexes("The winner will be named on Monday.")).containsExactly("Monday|DATE|2015-02-23");
            assertThat(timexes("The offer had been due to expire Wednesday.")).containsExactly("Wednesday|DATE|2015-02-18");
            assertThat(timexes("Talks are set to resume Monday in Geneva.")).containsExactly("Monday|DATE|2015-02-23");
            assertThat(timexes("The stock is to resume trading Tuesday.")).containsExactly("Tuesday|DATE|2015-02-24");
        }

        @Test
        void timesTakeTheDayNamedWithThemOrTheCreationDate() {
            assertThat(timexes("The polls closed at 10 p.m. Wednesday.")).containsExactly("10 p.m. Wednesday|TIME|2015-02-18T22:00");
            assertThat(timexes("Trading stopped at 3:30 p.m. in New York.")).containsExactly("3:30 p.m.|TIME|2015-02-20T15:30");
        }
    }

    @Nested
    class PeriodsCountedFromTheCreationDate {

        @Test
        void weeksMonthsYears() {
            assertThat(timexes("Sales rose last week, fell last month and will recover next month."))
                    .containsExactly("last week|DATE|2015-W07", "last month|DATE|2015-01", "next month|DATE|2015-03");
            assertThat(timexes("Profit doubled this year after a loss last year.")).containsExactly("this year|DATE|2015", "last year|DATE|2014");
        }

        @Test
        void agoTakesTheGranularityOfItsUnit() {
            assertThat(timexes("The plant closed two years ago and reopened three months ago."))
                    .containsExactly("two years ago|DATE|2013", "three months ago|DATE|2014-11");
        }

        @Test
        void seasonsAndMonthsWithLastNextThis() {
            assertThat(timexes("It began last fall, peaked this summer and ended last March."))
                    .containsExactly("last fall|DATE|2014-FA", "this summer|DATE|2015-SU", "last March|DATE|2014-03");
            assertThat(timexes("The mill burned last Oct. 23 and reopens next June 5; output fell last May 5 percent."))
                    .containsExactly("last Oct. 23|DATE|2014-10-23", "next June 5|DATE|2015-06-05", "last May|DATE|2014-05");
        }

        @Test
        void positionModifiersKeepTheValueAndSetMod() {
            Document document = DateMentionTest.annotate("Talks resumed late Thursday and end early next year.", DCT);
            assertThat(document.get(Timex.LAYER)).extracting(t -> document.text(t) + "|" + t.value() + "|" + t.mod())
                    .containsExactly("late Thursday|2015-02-19|END", "early next year|2016|START");
        }
    }

    @Nested
    class BusinessPeriods {

        @Test
        void quartersWithoutAYearAreTheLatestSuch() {
            assertThat(timexes("In the third quarter the firm lost money; third-quarter sales fell."))
                    .containsExactly("the third quarter|DATE|2014-Q3", "third-quarter|DATE|2014-Q3");
            assertThat(timexes("Results for the fourth quarter of 2013 and Q2 2016 guidance."))
                    .containsExactly("the fourth quarter of 2013|DATE|2013-Q4", "Q2 2016|DATE|2016-Q2");
        }

        @Test
        void aYearEarlierSaidOfAQuarterIsThatQuarterAYearBefore() {
            assertThat(timexes("Fourth-quarter profit rose 5% from a year earlier."))
                    .containsExactly("Fourth-quarter|DATE|2014-Q4", "a year earlier|DATE|2013-Q4");
            assertThat(timexes("The company was founded two decades ago; a year earlier it had no staff."))
                    .containsExactly("two decades ago|DATE|199", "a year earlier|DATE|2014");
            assertThat(timexes("The mill lost $3 million in the third quarter, against a year-earlier loss of $5 million."))
                    .containsExactly("the third quarter|DATE|2014-Q3", "year-earlier|DATE|2013-Q3");
        }

        @Test
        void theYearOfAReportIsThisYearUnlessItEndsOnADate() {
            assertThat(timexes("For the year, volume was flat; sales for the fiscal year will fall."))
                    .containsExactly("the year|DATE|2015", "the fiscal year|DATE|2015");
            assertThat(timexes("Net income for the year ended Dec. 31 rose; costs grew throughout the year."))
                    .containsExactly("the year|DURATION|P1Y", "Dec. 31|DATE|2014-12-31", "the year|DURATION|P1Y");
        }

        @Test
        void theFollowingYearCountsFromTheYearLastNamed() {
            assertThat(timexes("The dam was finished in 2009 and flooded the following year."))
                    .containsExactly("2009|DATE|2009", "the following year|DATE|2010");
        }
    }

    @Nested
    class LongerPeriods {

        @Test
        void decadesCenturiesAndSpelledYears() {
            assertThat(timexes("Prices soared in the 1990s and in the mid-1980s, as in the 20th century."))
                    .containsExactly("the 1990s|DATE|199", "the mid-1980s|DATE|198", "the 20th century|DATE|19");
            assertThat(timexes("By nineteen ninety-six, and in the year two thousand, nothing changed."))
                    .containsExactly("nineteen ninety-six|DATE|1996", "the year two thousand|DATE|2000");
        }

        @Test
        void holidaysOfTheNearestYear() {
            assertThat(timexes("Shops were busy at Christmas and on Thanksgiving Day."))
                    .containsExactly("Christmas|DATE|2014-12-25", "Thanksgiving Day|DATE|2014-11-27");
        }
    }

    @Nested
    class Durations {

        @Test
        void countsOfUnits() {
            assertThat(timexes("The strike lasted three days, then a week, then 2 1/2 years."))
                    .containsExactly("three days|DURATION|P3D", "a week|DURATION|P1W", "2 1/2 years|DURATION|P2Y6M");
            assertThat(timexes("He served a two-year term over the past five years, for hours on end."))
                    .containsExactly("two-year|DURATION|P2Y", "the past five years|DURATION|P5Y", "hours|DURATION|PTXH");
        }

        @Test
        void boundsSetMod() {
            Document document = DateMentionTest.annotate("It took more than a year and about three weeks.", DCT);
            assertThat(document.get(Timex.LAYER)).extracting(t -> document.text(t) + "|" + t.value() + "|" + t.mod())
                    .containsExactly("more than a year|P1Y|MORE_THAN", "about three weeks|P3W|APPROX");
        }
    }

    @Nested
    class SetsAndReferences {

        @Test
        void recurrences() {
            assertThat(timexes("Trains run daily, buses each week, ferries every Thursday and planes every other month."))
                    .containsExactly("daily|SET|P1D", "each week|SET|P1W", "every Thursday|SET|XXXX-WXX-4",
                            "every other month|SET|P2M");
            assertThat(timexes("They meet twice a year.")).containsExactly("a year|SET|P1Y");
            assertThat(timexes("It saves $500 million a year and adds 700 seats a week."))
                    .containsExactly("a year|SET|P1Y", "a week|SET|P1W");
            assertThat(timexes("It took a year.")).containsExactly("a year|DURATION|P1Y");
        }

        @Test
        void presentPastFuture() {
            assertThat(timexes("Rates are now low; they rose recently and may fall in the future."))
                    .containsExactly("now|DATE|PRESENT_REF", "recently|DATE|PAST_REF", "the future|DATE|FUTURE_REF");
            assertThat(timexes("Investors worry about the future of the mill.")).isEmpty();
        }
    }

    @Nested
    class NotTimes {

        @Test
        void agesCountsFractionsAndModals() {
            assertThat(timexes("A 6-year-old boy and 2000 people saw it. May I ask? Three-quarters of voters agreed."))
                    .isEmpty();
        }
    }
}
