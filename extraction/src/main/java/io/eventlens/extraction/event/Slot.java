package io.eventlens.extraction.event;

import io.eventlens.extraction.document.Span;

/** A value found for an event field, the text span it was read from, and how sure we are of it. */
public record Slot<T>(T value, Span span, double confidence) {

    public static <T> Slot<T> of(T value, Span span, double confidence) {
        return new Slot<>(value, span, confidence);
    }
}
