package io.eventlens.extraction.event;

import io.eventlens.contract.EventRecord;
import io.eventlens.contract.Evidence;
import io.eventlens.contract.Participant;
import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.pipeline.Annotator;
import java.util.ArrayList;
import java.util.List;

/** The last step: turns event candidates into event records whose evidence points into the source. */
public final class EventRecordAssembler implements Annotator {

    @Override
    public void annotate(Document document) {
        List<AssembledEvent> events = new ArrayList<>();
        for (EventCandidate candidate : document.get(EventCandidate.LAYER)) {
            if (candidate.title == null) {
                continue;
            }
            events.add(new AssembledEvent(candidate.start(), candidate.end(), toRecord(document, candidate)));
        }
        document.set(AssembledEvent.LAYER, events);
    }

    static EventRecord toRecord(Document document, EventCandidate c) {
        List<String> organizers = new ArrayList<>();
        List<Evidence> organizerEvidence = new ArrayList<>();
        for (Slot<String> organizer : c.organizers) {
            organizers.add(organizer.value());
            organizerEvidence.add(evidence(document, organizer));
        }
        List<Participant> participants = new ArrayList<>();
        for (ParticipantCandidate p : c.participants) {
            participants.add(new Participant(value(p.name), value(p.role), value(p.organization), value(p.kind),
                    p.name.confidence(),
                    new Participant.ParticipantEvidence(evidence(document, p.name), evidence(document, p.role),
                            evidence(document, p.organization), evidence(document, p.kind))));
        }
        EventRecord.EventEvidence evidence = new EventRecord.EventEvidence(
                evidence(document, c.title),
                evidence(document, c.startDate),
                evidence(document, c.startTime),
                evidence(document, c.location),
                organizerEvidence);
        return new EventRecord(value(c.title), value(c.startDate), value(c.endDate), value(c.startTime),
                value(c.endTime), value(c.location), organizers, participants, c.confidence, evidence);
    }

    private static <T> T value(Slot<T> slot) {
        return slot == null ? null : slot.value();
    }

    private static Evidence evidence(Document document, Slot<?> slot) {
        return slot == null || slot.span() == null ? null : document.evidence(slot.span(), slot.confidence());
    }
}
