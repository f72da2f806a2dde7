package io.eventlens.extraction;

import io.eventlens.contract.EventRecord;
import java.util.List;

/**
 * What the engine found in one document: its events (possibly none), the language it recognised,
 * and notes saying why nothing was found or what was skipped.
 */
public record ExtractionResult(String document, String language, List<String> notes, List<EventRecord> events) {

    public ExtractionResult {
        notes = List.copyOf(notes);
        events = List.copyOf(events);
    }
}
