package io.eventlens.extraction.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.evaluation.Annotation.Event;
import io.eventlens.extraction.evaluation.Annotation.Person;
import io.eventlens.extraction.evaluation.EventScorer.DocumentScore;
import io.eventlens.extraction.evaluation.SlotTally.Slot;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventScorerTest {

    private static final Person MODERATOR = new Person("Halima Wario Guyo", "Programme Coordinator",
            "Horn of Africa Resilience Network", "moderator", false);
    private static final Event DIALOGUE = new Event("Regional Dialogue on Drought Early Action", "2019-03-04",
            "2019-03-05", null, null, "Ngong Road Conference Hall, Nairobi",
            List.of("Horn of Africa Resilience Network", "Great Rift Climate Services Centre"), List.of(MODERATOR), false);

    private static Annotation doc(Event... events) {
        return new Annotation("d.txt", List.of(events));
    }

    private static Event withTitleAndDate(Event e, String title, String startDate) {
        return new Event(title, startDate, e.endDate(), e.startTime(), e.endTime(), e.location(), e.organizers(),
                e.participants(), e.optional());
    }

    private static int tp(DocumentScore s, Slot slot) {
        return s.tally().tp(EnumSet.of(slot));
    }

    private static int fp(DocumentScore s, Slot slot) {
        return s.tally().fp(EnumSet.of(slot));
    }

    private static int fn(DocumentScore s, Slot slot) {
        return s.tally().fn(EnumSet.of(slot));
    }

    @Test
    void aPerfectPredictionScoresOneOnEverySlotItHas() {
        DocumentScore s = EventScorer.score(doc(DIALOGUE), doc(DIALOGUE));
        assertThat(s.tally().f1(SlotTally.ALL)).isEqualTo(1.0);
        assertThat(s.tally().tp(SlotTally.ALL)).isEqualTo(9); // title, 2 dates, location, 2 organizers, name, role, organization
        assertThat(s.misses()).isEmpty();
    }

    @Test
    void looselyWrittenValuesStillMatch() {
        Event predicted = new Event("\u201cRegional Dialogue on Drought Early Action\u201d", "2019-03-04", "2019-03-05",
                null, null, "Nairobi", List.of("HARN", "Great Rift Climate Services Centre"),
                List.of(new Person("Ms. Halima Wario Guyo", "Coordinator", "HARN", "moderator", false)), false);
        DocumentScore s = EventScorer.score(doc(DIALOGUE), doc(predicted));
        assertThat(s.tally().f1(SlotTally.ALL)).isEqualTo(1.0);
    }

    @Test
    void aValueWhereTheGoldHasNoneCostsPrecisionForDatesAndTimesButNotForLocationRoleOrOrganization() {
        Event gold = new Event("Seminar on Tides", "2020-01-09", null, null, null, null, List.of(),
                List.of(new Person("Ana Ruiz", null, null, "speaker", false)), false);
        Event predicted = new Event("Seminar on Tides", "2020-01-09", "2020-01-10", "18:00", null, "Harbour Hall",
                List.of(), List.of(new Person("Ana Ruiz", "Lecturer", "Tide Institute", "speaker", false)), false);
        DocumentScore s = EventScorer.score(doc(gold), doc(predicted));
        assertThat(fp(s, Slot.END_DATE)).isEqualTo(1);
        assertThat(fp(s, Slot.START_TIME)).isEqualTo(1);
        assertThat(fp(s, Slot.LOCATION)).isZero();
        assertThat(fp(s, Slot.PARTICIPANT_ROLE)).isZero();
        assertThat(fp(s, Slot.PARTICIPANT_ORGANIZATION)).isZero();
    }

    @Test
    void aWrongValueCountsAgainstPrecisionAndRecallAMissingOneOnlyAgainstRecall() {
        Event predicted = new Event(DIALOGUE.title(), "2019-03-05", null, null, null, "Mombasa",
                DIALOGUE.organizers(), DIALOGUE.participants(), false);
        DocumentScore s = EventScorer.score(doc(DIALOGUE), doc(predicted));
        assertThat(fp(s, Slot.START_DATE)).isEqualTo(1);
        assertThat(fn(s, Slot.START_DATE)).isEqualTo(1);
        assertThat(fp(s, Slot.END_DATE)).isZero();
        assertThat(fn(s, Slot.END_DATE)).isEqualTo(1);
        assertThat(fp(s, Slot.LOCATION)).isEqualTo(1);
        assertThat(fn(s, Slot.LOCATION)).isEqualTo(1);
    }

    @Test
    void eventsPairByTitleAndTheSharedStartDateDecidesBetweenSimilarTitles() {
        Event first = withTitleAndDate(DIALOGUE, "Dialogue on Drought, Day One", "2019-03-04");
        Event second = withTitleAndDate(DIALOGUE, "Dialogue on Drought, Day Two", "2019-03-05");
        Event predictedSecond = withTitleAndDate(DIALOGUE, "Dialogue on Drought", "2019-03-05");
        DocumentScore s = EventScorer.score(doc(first, second), doc(predictedSecond));
        assertThat(s.pairedEvents()).isEqualTo(1);
        assertThat(s.misses()).contains("missed event 'Dialogue on Drought, Day One' (2019-03-04)");
        assertThat(tp(s, Slot.START_DATE)).isEqualTo(1);
    }

    @Test
    void unpairedEventsCountEveryValueTheyHold() {
        Event other = new Event("Annual Lecture on Hydrology", "2019-05-01", null, "18:00", null, "Great Hall",
                List.of("Wellbrook University"), List.of(new Person("Ana Ruiz", "Lecturer", null, "speaker", false)), false);
        DocumentScore s = EventScorer.score(doc(DIALOGUE), doc(other));
        assertThat(s.pairedEvents()).isZero();
        assertThat(s.tally().fn(SlotTally.ALL)).isEqualTo(9);
        assertThat(s.tally().fp(SlotTally.ALL)).isEqualTo(7); // title, date, time, location, organizer, name, role
        assertThat(s.tally().f1(SlotTally.ALL)).isZero();
    }

    @Test
    void optionalGoldItemsAbsorbWhatMatchesThemAndCountNeitherWay() {
        Event optionalEvent = new Event("Fourth Mayors' Forum", null, null, null, null, "Kampong Reach", List.of(),
                List.of(), true);
        Person reader = new Person("Peter Otieno", "official", null, "other", true);
        Event gold = new Event(DIALOGUE.title(), DIALOGUE.startDate(), DIALOGUE.endDate(), null, null,
                DIALOGUE.location(), DIALOGUE.organizers(), List.of(MODERATOR, reader), false);
        Event predictedOptional = new Event("Fourth Mayors' Forum", "2022-01-01", null, null, null, null,
                List.of("Somebody"), List.of(), false);
        DocumentScore withOptionalFound = EventScorer.score(doc(gold, optionalEvent),
                doc(DIALOGUE, predictedOptional));
        DocumentScore withoutThem = EventScorer.score(doc(DIALOGUE), doc(DIALOGUE));
        assertThat(withOptionalFound.tally().tp(SlotTally.ALL)).isEqualTo(withoutThem.tally().tp(SlotTally.ALL));
        assertThat(withOptionalFound.tally().fp(SlotTally.ALL)).isZero();
        assertThat(withOptionalFound.tally().fn(SlotTally.ALL)).isZero();
        assertThat(withOptionalFound.goldEvents()).isEqualTo(1);
        assertThat(withOptionalFound.predictedEvents()).isEqualTo(1);

        Event predictedWithReader = new Event(DIALOGUE.title(), DIALOGUE.startDate(), DIALOGUE.endDate(), null, null,
                DIALOGUE.location(), DIALOGUE.organizers(), List.of(MODERATOR, reader), false);
        assertThat(EventScorer.score(doc(gold), doc(predictedWithReader)).tally().f1(SlotTally.ALL)).isEqualTo(1.0);
        assertThat(EventScorer.score(doc(gold), doc(DIALOGUE)).tally().f1(SlotTally.ALL)).isEqualTo(1.0);
    }

    @Test
    void organizersPairOneToOneSoARepeatIsSpurious() {
        Event predicted = new Event(DIALOGUE.title(), DIALOGUE.startDate(), DIALOGUE.endDate(), null, null,
                DIALOGUE.location(), List.of("HARN", "Horn of Africa Resilience Network"), DIALOGUE.participants(), false);
        DocumentScore s = EventScorer.score(doc(DIALOGUE), doc(predicted));
        assertThat(tp(s, Slot.ORGANIZER)).isEqualTo(1);
        assertThat(fp(s, Slot.ORGANIZER)).isEqualTo(1);
        assertThat(fn(s, Slot.ORGANIZER)).isEqualTo(1);
    }

    @Test
    void participantKindIsTalliedApartFromTheHeadline() {
        Event predicted = new Event(DIALOGUE.title(), DIALOGUE.startDate(), DIALOGUE.endDate(), null, null,
                DIALOGUE.location(), DIALOGUE.organizers(),
                List.of(new Person("Halima Wario Guyo", "Programme Coordinator", "HARN", "speaker", false)), false);
        DocumentScore s = EventScorer.score(doc(DIALOGUE), doc(predicted));
        assertThat(s.tally().f1(SlotTally.ALL)).isEqualTo(1.0);
        assertThat(s.tally().kindsJudged()).isEqualTo(1);
        assertThat(s.tally().kindsRight()).isZero();
    }

    @Test
    void aMissedParticipantCostsItsNameAndTheValuesTheGoldGivesAndASpuriousOneWhatItClaims() {
        Event predicted = new Event(DIALOGUE.title(), DIALOGUE.startDate(), DIALOGUE.endDate(), null, null,
                DIALOGUE.location(), DIALOGUE.organizers(),
                List.of(new Person("Joseph Kiprono Langat", "Professor", null, "speaker", false)), false);
        DocumentScore s = EventScorer.score(doc(DIALOGUE), doc(predicted));
        assertThat(fn(s, Slot.PARTICIPANT_NAME)).isEqualTo(1);
        assertThat(fn(s, Slot.PARTICIPANT_ROLE)).isEqualTo(1);
        assertThat(fn(s, Slot.PARTICIPANT_ORGANIZATION)).isEqualTo(1);
        assertThat(fp(s, Slot.PARTICIPANT_NAME)).isEqualTo(1);
        assertThat(fp(s, Slot.PARTICIPANT_ROLE)).isEqualTo(1);
        assertThat(fp(s, Slot.PARTICIPANT_ORGANIZATION)).isZero();
    }

    @Test
    void aDocumentWithoutEventsScoresOneWhenNothingIsFoundAndZeroWhenSomethingIs() {
        Annotation none = new Annotation("fr.txt", List.of());
        assertThat(EventScorer.score(none, none).tally().f1(SlotTally.ALL)).isEqualTo(1.0);
        assertThat(EventScorer.score(none, null).tally().f1(SlotTally.ALL)).isEqualTo(1.0);
        assertThat(EventScorer.score(none, doc(DIALOGUE)).tally().f1(SlotTally.ALL)).isZero();
    }
}
