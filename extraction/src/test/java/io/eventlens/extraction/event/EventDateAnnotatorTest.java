package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.SourceFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A weekday before the dateline moves to the coming week only when the nearest tense word looks ahead. */
class EventDateAnnotatorTest {

    private static boolean future(String sentence) {
        int at = sentence.indexOf("Tuesday");
        return EventDateAnnotator.nearestTenseIsFuture(sentence, 0, sentence.length(), at, at + "Tuesday".length());
    }

    @Test
    void aWeekdayInAPastClauseStaysInThePastEvenWhenAnotherClauseLooksAhead() {
        assertThat(future("The roundtable of river wardens, held on Tuesday at the Mill House, agreed that the new "
                + "rota will start in autumn.")).isFalse();
        assertThat(future("The wardens met on Tuesday.")).isFalse();
    }

    @Test
    void aWeekdayInAFutureClauseIsTheComingOne() {
        assertThat(future("The river wardens will meet on Tuesday at the Mill House.")).isTrue();
        assertThat(future("The rota will be held on Tuesday, the wardens said.")).isTrue();
        assertThat(future("A hearing to be held on Tuesday will decide the rota.")).isTrue();
    }

    private static List<String> ranges(String text) {
        Document d = EventTestSupport.prepared(text, SourceFormat.PLAIN);
        return d.get(EventDate.LAYER).stream().map(e -> e.startDate() + "/" + e.endDate()).toList();
    }

    @Test
    void aDayThingsOpenedOnRunsUntilTheDayTheSentenceSaysTheyEnd() {
        assertThat(ranges("The quilt fair opened on 3 May 2025 in the Corn Hall and closes on 18 May 2025."))
                .startsWith("2025-05-03/2025-05-18");
        assertThat(ranges("The quilt fair opened on 3 May 2025 in the Corn Hall; the council meets on 18 May 2025."))
                .startsWith("2025-05-03/null");
    }
}
