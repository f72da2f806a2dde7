package io.eventlens.extraction.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventlens.extraction.document.Deadline;
import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.ExtractionTimeout;
import io.eventlens.extraction.document.SourceFormat;
import io.eventlens.extraction.document.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property-like checks over generated text: every span lies inside the text, starts and ends on
 * a non-blank character, and mentions do not overlap; garbage and huge inputs go through without
 * an exception.
 */
class TemporalRobustnessTest {

    private static final String[] PIECES = {
            "8 September 2014", "September 8, 2014", "Monday, February 1, 2021, 12:00\u20131:30 PM ET",
            "Tuesday 14 March", "9-10 March 2015", "March 8\u20139, 2015", "23 June \u2013 2 July 2015",
            "14-15.9.2023", "2023-09-14", "13:40-13:55", "10:00 AM", "3:30 PM - 5:00 PM", "3:30-5:00 pm",
            "4pm", "noon", "5:00 p.m", "18h30", "the 5th of May", "in June 2015", "29-Nov-94", "yesterday",
            "last week", "three days", "the 1990s", "Friday", "now", "each week", "two years ago",
            "the", "meeting", "on", "at", ",", ".", "-", "\u2013", "(", ")", "\n", "  ", "31", "12", "1998", "May",
            "p.m.", "Sept.", "'94", "\u00e9t\u00e9", "\ud83d\ude00", "\u0000", "5", ":", "/", "Q3", "mid-", "s"};

    private static void checkSpans(Document document) {
        String text = document.text();
        List<DateMention> mentions = document.get(DateMention.LAYER);
        int lastEnd = -1;
        for (DateMention m : mentions) {
            checkSpan(text, m);
            assertThat(m.start()).as("mentions overlap in %s", text).isGreaterThanOrEqualTo(lastEnd);
            lastEnd = m.end();
            assertThat(m.confidence()).isBetween(0.0, 1.0);
            assertThat(m.startDate() != null || m.startTime() != null).isTrue();
        }
        for (Timex t : document.get(Timex.LAYER)) {
            checkSpan(text, t);
            assertThat(t.value()).isNotBlank();
        }
    }

    private static void checkSpan(String text, Span s) {
        assertThat(s.start()).isGreaterThanOrEqualTo(0);
        assertThat(s.end()).isGreaterThan(s.start()).isLessThanOrEqualTo(text.length());
        assertThat(Character.isWhitespace(text.charAt(s.start()))).isFalse();
        assertThat(Character.isWhitespace(text.charAt(s.end() - 1))).isFalse();
    }

    @Test
    void generatedTextGivesWellFormedSpans() {
        Random random = new Random(20240517L);
        for (int run = 0; run < 2000; run++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(12);
            for (int k = 0; k < n; k++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) > 0) {
                    b.append(' ');
                }
            }
            String text = b.toString();
            LocalDate dct = random.nextBoolean() ? null : LocalDate.of(1990 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
            checkSpans(DateMentionTest.annotate(text, dct));
        }
    }

    @Test
    void randomCharactersDoNotBreakIt() {
        Random random = new Random(7L);
        for (int run = 0; run < 200; run++) {
            char[] chars = new char[random.nextInt(2000)];
            for (int k = 0; k < chars.length; k++) {
                chars[k] = random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : (char) (32 + random.nextInt(96));
            }
            String text = new String(chars);
            assertThatCode(() -> checkSpans(DateMentionTest.annotate(text, LocalDate.of(2020, 1, 1)))).doesNotThrowAnyException();
        }
    }

    @Test
    void aRunOnLineOfTimesAndRelativeDatesWithoutTenseWordsIsRead() {
        // every context search (tense, quarter, day of a time) is bounded; unbounded ones made this quadratic
        StringBuilder b = new StringBuilder(2_100_000);
        while (b.length() < 2_000_000) {
            b.append("a year ago 10:00 AM, 5:00 p.m. and ");
        }
        Document document = DateMentionTest.annotate(b.toString(), LocalDate.of(2020, 1, 1));
        assertThat(document.get(Timex.LAYER)).hasSizeGreaterThan(150_000);
    }

    @Test
    void aSpentDeadlineStopsTheGrammarInsideOneHugeLine() {
        String line = "the board met on 8 September 2014 at 10:00 AM; ".repeat(20_000);
        Document document = new Document("huge.txt", line, SourceFormat.PLAIN, null, Deadline.inMillis(0));
        assertThatThrownBy(() -> new TemporalAnnotator().annotate(document)).isInstanceOf(ExtractionTimeout.class);
    }

    @Test
    void fiveMegabytesOnOneLineAreRead() {
        StringBuilder b = new StringBuilder(5_100_000);
        String chunk = "the board met on 8 September 2014 at 10:00 AM and again Tuesday 14 March, three days later; ";
        while (b.length() < 5_000_000) {
            b.append(chunk);
        }
        Document document = DateMentionTest.annotate(b.toString(), null);
        assertThat(document.anchorDate()).contains(LocalDate.of(2014, 9, 8));
        assertThat(document.get(DateMention.LAYER)).hasSizeGreaterThan(100_000);
    }
}
