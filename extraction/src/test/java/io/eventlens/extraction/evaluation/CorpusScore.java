package io.eventlens.extraction.evaluation;

import io.eventlens.extraction.evaluation.EventScorer.DocumentScore;
import io.eventlens.extraction.evaluation.SlotTally.Slot;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The scores of every document of a corpus, their sum, and the tables that show them. */
final class CorpusScore {

    private static final Set<Slot> PARTICIPANT_SLOTS = EnumSet.range(Slot.PARTICIPANT_NAME, Slot.PARTICIPANT_ORGANIZATION);

    private final List<DocumentScore> documents;
    private final SlotTally total = new SlotTally();

    CorpusScore(List<DocumentScore> documents) {
        this.documents = List.copyOf(documents);
        documents.forEach(d -> total.addAll(d.tally()));
    }

    List<DocumentScore> documents() {
        return documents;
    }

    SlotTally total() {
        return total;
    }

    /** The headline figure: micro F1 over all slots of all documents. */
    double f1() {
        return total.f1(SlotTally.ALL);
    }

    /** Per-slot table, overall figures, figures per genre, then one line per document (and its misses when verbose). */
    String table(boolean verbose) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-26s %5s %5s %5s %7s %7s %7s%n", "slot", "tp", "fp", "fn", "P", "R", "F1"));
        for (Slot slot : Slot.values()) {
            if (total.counted(slot)) {
                out.append(row(slot.label, total, EnumSet.of(slot)));
            }
        }
        out.append(row("event-level slots", total, SlotTally.EVENT_LEVEL));
        out.append(row("participant slots", total, PARTICIPANT_SLOTS));
        out.append(row("ALL SLOTS (micro)", total, SlotTally.ALL));
        out.append(String.format(Locale.ROOT, "participant kind: %d of %d paired participants right (%.3f)%n%n",
                total.kindsRight(), total.kindsJudged(),
                total.kindsJudged() == 0 ? 0.0 : (double) total.kindsRight() / total.kindsJudged()));
        out.append(String.format(Locale.ROOT, "%-26s %5s %7s %7s %7s%n", "genre (name prefix)", "docs", "P", "R", "F1"));
        Map<String, List<DocumentScore>> genres = new TreeMap<>();
        documents.forEach(d -> genres.computeIfAbsent(genre(d.document()), g -> new ArrayList<>()).add(d));
        genres.forEach((genre, docs) -> {
            SlotTally t = new SlotTally();
            docs.forEach(d -> t.addAll(d.tally()));
            out.append(String.format(Locale.ROOT, "%-26s %5d %s%n", genre, docs.size(), figures(t, SlotTally.ALL)));
        });
        out.append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, "%-38s %4s %4s %6s %6s %8s %8s%n",
                "document", "gold", "pred", "paired", "F1", "event-F1", "people-F1"));
        for (DocumentScore d : documents) {
            SlotTally t = d.tally();
            out.append(String.format(Locale.ROOT, "%-38s %4d %4d %6d %6.3f %8.3f %8.3f%n", d.document(), d.goldEvents(),
                    d.predictedEvents(), d.pairedEvents(), t.f1(SlotTally.ALL), t.f1(SlotTally.EVENT_LEVEL),
                    t.f1(PARTICIPANT_SLOTS)));
            if (verbose) {
                d.misses().forEach(m -> out.append("      ").append(m).append(System.lineSeparator()));
            }
        }
        return out.toString();
    }

    /** Documents are named genre-first ("agenda-...", "press-..."): the part before the first hyphen. */
    private static String genre(String document) {
        int dash = document.indexOf('-');
        return dash < 0 ? document : document.substring(0, dash);
    }

    private static String row(String label, SlotTally t, Set<Slot> slots) {
        return String.format(Locale.ROOT, "%-26s %5d %5d %5d %s%n", label, t.tp(slots), t.fp(slots), t.fn(slots),
                figures(t, slots));
    }

    /** P, R and F1; a precision with nothing predicted or a recall with nothing to find shows as "-". */
    private static String figures(SlotTally t, Set<Slot> slots) {
        String p = t.tp(slots) + t.fp(slots) == 0 ? "-" : String.format(Locale.ROOT, "%.3f", t.precision(slots));
        String r = t.tp(slots) + t.fn(slots) == 0 ? "-" : String.format(Locale.ROOT, "%.3f", t.recall(slots));
        return String.format(Locale.ROOT, "%7s %7s %7.3f", p, r, t.f1(slots));
    }
}
