package io.eventlens.extraction.event;

import io.eventlens.extraction.document.Layer;
import io.eventlens.extraction.document.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * An event as one reader (bulletin blocks, agendas, e-mail announcements, event pages...) found it
 * in a region of the text. Fields stay null when the reader found nothing; the
 * {@link EventRecordAssembler} merges candidates and writes the final records.
 */
public final class EventCandidate implements Span {

    public static final Layer<EventCandidate> LAYER = Layer.named("event-candidates");

    private final int start;
    private final int end;
    private final String reader;

    public Slot<String> title;
    /** ISO 8601 date, or {@code YYYY-MM} when only the month is known. */
    public Slot<String> startDate;
    public Slot<String> endDate;
    /** 24-hour {@code HH:MM}. */
    public Slot<String> startTime;
    public Slot<String> endTime;
    public Slot<String> location;
    public final List<Slot<String>> organizers = new ArrayList<>();
    public final List<ParticipantCandidate> participants = new ArrayList<>();
    /**
     * The stretches of text that describe this event when they are not simply {@code [start, end)}: a
     * programme's days can come after a workshop announced in between. Empty means {@code [start, end)}.
     */
    public final List<Span> regions = new ArrayList<>();
    public double confidence = 0.5;

    public EventCandidate(int start, int end, String reader) {
        this.start = start;
        this.end = end;
        this.reader = reader;
    }

    @Override
    public int start() {
        return start;
    }

    @Override
    public int end() {
        return end;
    }

    /** Which reader proposed this event, e.g. {@code bulletin} or {@code announcement}. */
    public String reader() {
        return reader;
    }

    /** The stretches of text describing this event ({@link #regions}, or the candidate's own span). */
    public List<Span> textRegions() {
        return regions.isEmpty() ? List.of(Span.of(start, end)) : regions;
    }

    /** Whether the character at {@code offset} lies in one of this event's stretches of text. */
    public boolean textCovers(int offset) {
        for (Span r : textRegions()) {
            if (r.start() <= offset && offset < r.end()) {
                return true;
            }
        }
        return false;
    }
}
