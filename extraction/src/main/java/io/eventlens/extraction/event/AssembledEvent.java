package io.eventlens.extraction.event;

import io.eventlens.contract.EventRecord;
import io.eventlens.extraction.document.Layer;
import io.eventlens.extraction.document.Span;

/** A finished event record and the region of the text it was read from: the pipeline's output layer. */
public record AssembledEvent(int start, int end, EventRecord record) implements Span {

    public static final Layer<AssembledEvent> LAYER = Layer.named("events");
}
