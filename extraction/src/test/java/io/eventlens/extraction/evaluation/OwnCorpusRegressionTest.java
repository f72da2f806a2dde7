package io.eventlens.extraction.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.ExtractionEngine;
import io.eventlens.extraction.ExtractionResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine on the project's own annotated corpus ({@code evaluation/corpus}): the overall slot F1
 * must not fall below a floor set a few points under what the engine reached when the floor was
 * last raised, so a real regression fails the build. The per-slot and per-document table printed
 * here is the development view ({@code evaluation/own-corpus.sh --verbose} adds every miss).
 */
class OwnCorpusRegressionTest {

    /**
     * Slot micro F1 the engine must keep (a few points under the measured figure); raise it as the engine improves.
     * Lowered from 0.94 when thirteen documents of the location failure classes (multi-line and inline place fields,
     * page default places, venues in prose and in other languages) were added: several of their events are missed for
     * reasons outside the place (unnamed events, listing cards); the corpus of 103 documents measured 0.940 with them
     * (0.958 on the 90 without them). Set to 0.93 when all 114 documents measured 0.945 after the merge of that round;
     * raised to 0.94 when the 123 documents of the next round measured 0.952.
     */
    static final double FLOOR = 0.94;

    @Test
    void theEngineKeepsItsSlotF1OnTheOwnCorpus() throws IOException {
        Path corpus = OwnCorpus.locate();
        Map<String, Annotation> gold = OwnCorpus.gold(corpus);
        assertThat(gold).as("annotated documents in %s", corpus).hasSizeGreaterThanOrEqualTo(30);

        Map<String, ExtractionResult> results = OwnCorpus.extract(ExtractionEngine.standard(), corpus, gold.keySet());
        CorpusScore score = OwnCorpus.score(gold, results);
        System.out.println("Own corpus (" + gold.size() + " documents), slot F1 floor " + FLOOR);
        System.out.print(score.table(false));

        assertThat(score.f1()).as("slot micro F1 on the own corpus (floor %.3f); see the table above", FLOOR)
                .isGreaterThanOrEqualTo(FLOOR);
    }
}
