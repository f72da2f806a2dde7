package io.eventlens.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.contract.EventRecord;
import io.eventlens.contract.Evidence;
import io.eventlens.contract.Participant;
import java.util.ArrayList;
import java.util.List;

/** The evidence contract, checked on a whole result: every span lies in the source and quotes it. */
public final class EvidenceChecks {

    private EvidenceChecks() {
    }

    /** Every evidence of every event, named for messages ("event 0 participant 2 role"). */
    public static List<Named> evidenceOf(ExtractionResult result) {
        List<Named> all = new ArrayList<>();
        for (int e = 0; e < result.events().size(); e++) {
            EventRecord event = result.events().get(e);
            String at = "event " + e + " ";
            EventRecord.EventEvidence evidence = event.evidence();
            if (evidence != null) {
                add(all, at + "title", evidence.title());
                add(all, at + "date", evidence.date());
                add(all, at + "time", evidence.time());
                add(all, at + "location", evidence.location());
                for (int o = 0; o < evidence.organizers().size(); o++) {
                    add(all, at + "organizer " + o, evidence.organizers().get(o));
                }
            }
            for (int p = 0; p < event.participants().size(); p++) {
                Participant participant = event.participants().get(p);
                Participant.ParticipantEvidence pe = participant.evidence();
                if (pe != null) {
                    String who = at + "participant " + p + " ";
                    add(all, who + "name", pe.name());
                    add(all, who + "role", pe.role());
                    add(all, who + "organization", pe.organization());
                    add(all, who + "kind", pe.kind());
                }
            }
        }
        return all;
    }

    /** Asserts that every evidence lies within {@code source} and that its text is the source at its offsets. */
    public static void assertEvidenceQuotesSource(String source, ExtractionResult result) {
        for (Named named : evidenceOf(result)) {
            Evidence evidence = named.evidence();
            assertThat(evidence.start()).as("%s start", named.what()).isBetween(0, evidence.end());
            assertThat(evidence.end()).as("%s end", named.what()).isLessThanOrEqualTo(source.length());
            assertThat(source.substring(evidence.start(), evidence.end()))
                    .as("%s: the source at %d..%d", named.what(), evidence.start(), evidence.end())
                    .isEqualTo(evidence.text());
            assertThat(evidence.confidence()).as("%s confidence", named.what()).isBetween(0.0, 1.0);
        }
    }

    private static void add(List<Named> all, String what, Evidence evidence) {
        if (evidence != null) {
            all.add(new Named(what, evidence));
        }
    }

    public record Named(String what, Evidence evidence) {
    }
}
