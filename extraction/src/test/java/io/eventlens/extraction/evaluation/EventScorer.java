package io.eventlens.extraction.evaluation;

import io.eventlens.extraction.evaluation.Annotation.Event;
import io.eventlens.extraction.evaluation.Annotation.Person;
import io.eventlens.extraction.evaluation.SlotTally.Slot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.ToDoubleBiFunction;

/**
 * Slot-filling score of one document's predicted events against its gold events, by the rules of
 * the event-record format: events are paired by title similarity (a shared start date helps),
 * organizers and participants one to one within a paired event; optional gold items absorb what
 * matches them without counting either way.
 */
final class EventScorer {

    /** Events pair when title similarity plus the date bonus reaches this. */
    static final double EVENT_PAIRING = 0.5;
    /** Added to the title similarity when both events start on the same day. */
    static final double SAME_START_BONUS = 0.25;

    private EventScorer() {
    }

    /** The outcome for one document: its tally, the events counted, and a line per miss. */
    record DocumentScore(String document, SlotTally tally, int goldEvents, int predictedEvents, int pairedEvents,
            List<String> misses) {
    }

    static DocumentScore score(Annotation gold, Annotation predicted) {
        SlotTally tally = new SlotTally();
        List<String> misses = new ArrayList<>();
        List<Event> golds = gold.events();
        List<Event> preds = predicted == null ? List.of() : predicted.events();
        Map<Integer, Integer> pairs = pair(golds, preds, EventScorer::eventSimilarity, EVENT_PAIRING);
        int paired = 0;
        for (int i = 0; i < golds.size(); i++) {
            Event g = golds.get(i);
            Integer j = pairs.get(i);
            if (j == null) {
                if (!g.optional()) {
                    countWholeEvent(tally, g, false);
                    misses.add("missed event '" + g.title() + "' (" + g.startDate() + ")");
                }
            } else if (!g.optional()) {
                paired++;
                comparePairedEvents(tally, g, preds.get(j), misses);
            }
        }
        int nonOptionalGold = 0;
        for (Event g : golds) {
            nonOptionalGold += g.optional() ? 0 : 1;
        }
        for (int j = 0; j < preds.size(); j++) {
            if (!pairs.containsValue(j)) {
                countWholeEvent(tally, preds.get(j), true);
                misses.add("spurious event '" + preds.get(j).title() + "' (" + preds.get(j).startDate() + ")");
            }
        }
        int predictedCount = preds.size() - (int) pairs.entrySet().stream().filter(e -> golds.get(e.getKey()).optional()).count();
        return new DocumentScore(gold.document(), tally, nonOptionalGold, predictedCount, paired, misses);
    }

    static double eventSimilarity(Event gold, Event predicted) {
        double s = Matching.titleSimilarity(gold.title(), predicted.title());
        if (gold.startDate() != null && gold.startDate().equals(predicted.startDate())) {
            s += SAME_START_BONUS;
        }
        return s;
    }

    private static void comparePairedEvents(SlotTally tally, Event g, Event p, List<String> misses) {
        String where = " ('" + g.title() + "')";
        if (Matching.sameTitle(g.title(), p.title())) {
            tally.truePositive(Slot.TITLE);
        } else {
            tally.add(Slot.TITLE, 0, 1, 1);
            misses.add("title: gold '" + g.title() + "' got '" + p.title() + "'");
        }
        compare(tally, Slot.START_DATE, g.startDate(), p.startDate(), Objects::equals, true, misses, where);
        compare(tally, Slot.END_DATE, g.endDate(), p.endDate(), Objects::equals, true, misses, where);
        compare(tally, Slot.START_TIME, g.startTime(), p.startTime(), Matching::sameTime, true, misses, where);
        compare(tally, Slot.END_TIME, g.endTime(), p.endTime(), Matching::sameTime, true, misses, where);
        compare(tally, Slot.LOCATION, g.location(), p.location(), Matching::looselySame, false, misses, where);

        Map<Integer, Integer> orgs = pair(g.organizers(), p.organizers(),
                (a, b) -> Matching.sameOrganization(a, b) ? 1 : 0, 1);
        for (int i = 0; i < g.organizers().size(); i++) {
            if (orgs.containsKey(i)) {
                tally.truePositive(Slot.ORGANIZER);
            } else {
                tally.falseNegative(Slot.ORGANIZER);
                misses.add("missed organizer '" + g.organizers().get(i) + "'" + where);
            }
        }
        for (int j = 0; j < p.organizers().size(); j++) {
            if (!orgs.containsValue(j)) {
                tally.falsePositive(Slot.ORGANIZER);
                misses.add("spurious organizer '" + p.organizers().get(j) + "'" + where);
            }
        }
        compareParticipants(tally, g.participants(), p.participants(), misses, where);
    }

    /**
     * A value slot: right when it matches; wrong or missing counts against recall, and a wrong value
     * against precision too. Where the gold has no value, a value counts against precision only for
     * slots whose absence the gold asserts (dates, times); location, role and organization may be
     * left implicit by a document, so a value there is not penalised.
     */
    private static void compare(SlotTally tally, Slot slot, String gold, String predicted,
            BiPredicate<String, String> same, boolean nullGoldIsAsserted, List<String> misses, String where) {
        if (gold == null) {
            if (predicted != null && nullGoldIsAsserted) {
                tally.falsePositive(slot);
                misses.add(slot.label + ": gold none, got '" + predicted + "'" + where);
            }
            return;
        }
        if (predicted != null && same.test(gold, predicted)) {
            tally.truePositive(slot);
        } else {
            tally.add(slot, 0, predicted == null ? 0 : 1, 1);
            misses.add(slot.label + ": gold '" + gold + "' got " + (predicted == null ? "none" : "'" + predicted + "'") + where);
        }
    }

    private static void compareParticipants(SlotTally tally, List<Person> golds, List<Person> preds,
            List<String> misses, String where) {
        Map<Integer, Integer> pairs = pair(golds, preds, (a, b) -> Matching.samePerson(a.name(), b.name()) ? 1 : 0, 1);
        for (int i = 0; i < golds.size(); i++) {
            Person g = golds.get(i);
            Integer j = pairs.get(i);
            if (g.optional()) {
                continue;
            }
            if (j == null) {
                countPerson(tally, g, false);
                misses.add("missed participant '" + g.name() + "'" + where);
                continue;
            }
            Person p = preds.get(j);
            tally.truePositive(Slot.PARTICIPANT_NAME);
            compare(tally, Slot.PARTICIPANT_ROLE, g.role(), p.role(), Matching::looselySame, false, misses,
                    " of " + g.name() + where);
            compare(tally, Slot.PARTICIPANT_ORGANIZATION, g.organization(), p.organization(), Matching::sameOrganization,
                    false, misses, " of " + g.name() + where);
            if (g.kind() != null) {
                tally.kind(g.kind().equals(p.kind()));
            }
        }
        for (int j = 0; j < preds.size(); j++) {
            if (!pairs.containsValue(j)) {
                countPerson(tally, preds.get(j), true);
                misses.add("spurious participant '" + preds.get(j).name() + "'" + where);
            }
        }
    }

    /** An event nobody paired: every value it has counts against recall (gold) or precision (predicted). */
    private static void countWholeEvent(SlotTally tally, Event e, boolean predicted) {
        count(tally, Slot.TITLE, true, predicted);
        count(tally, Slot.START_DATE, e.startDate() != null, predicted);
        count(tally, Slot.END_DATE, e.endDate() != null, predicted);
        count(tally, Slot.START_TIME, e.startTime() != null, predicted);
        count(tally, Slot.END_TIME, e.endTime() != null, predicted);
        count(tally, Slot.LOCATION, e.location() != null, predicted);
        for (int k = 0; k < e.organizers().size(); k++) {
            count(tally, Slot.ORGANIZER, true, predicted);
        }
        for (Person p : e.participants()) {
            if (!p.optional()) {
                countPerson(tally, p, predicted);
            }
        }
    }

    private static void countPerson(SlotTally tally, Person p, boolean predicted) {
        count(tally, Slot.PARTICIPANT_NAME, true, predicted);
        count(tally, Slot.PARTICIPANT_ROLE, p.role() != null, predicted);
        count(tally, Slot.PARTICIPANT_ORGANIZATION, p.organization() != null, predicted);
    }

    private static void count(SlotTally tally, Slot slot, boolean present, boolean predicted) {
        if (present) {
            tally.add(slot, 0, predicted ? 1 : 0, predicted ? 0 : 1);
        }
    }

    /**
     * One-to-one pairing, best pairs first: every gold item with every predicted item whose
     * similarity reaches the threshold, taken in order of similarity (then document order).
     * Returns gold index to predicted index.
     */
    static <G, P> Map<Integer, Integer> pair(List<G> golds, List<P> preds, ToDoubleBiFunction<G, P> similarity,
            double threshold) {
        record Candidate(double score, int gold, int pred) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < golds.size(); i++) {
            for (int j = 0; j < preds.size(); j++) {
                double s = similarity.applyAsDouble(golds.get(i), preds.get(j));
                if (s >= threshold) {
                    candidates.add(new Candidate(s, i, j));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::pred));
        Map<Integer, Integer> pairs = new HashMap<>();
        boolean[] predTaken = new boolean[preds.size()];
        for (Candidate c : candidates) {
            if (!pairs.containsKey(c.gold()) && !predTaken[c.pred()]) {
                pairs.put(c.gold(), c.pred());
                predTaken[c.pred()] = true;
            }
        }
        return pairs;
    }
}
