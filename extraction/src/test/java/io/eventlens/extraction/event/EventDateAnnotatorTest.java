package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

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
}
