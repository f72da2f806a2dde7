package io.eventlens.extraction.normalize;

import io.eventlens.extraction.document.Layer;
import io.eventlens.extraction.document.Span;

/**
 * The text of an HTML {@code <time datetime="...">} element with its machine-readable value
 * ({@code 2015-06-23}, {@code 2023-11-16T18:30}...), as the page states it.
 */
public record TimeElement(int start, int end, String datetime) implements Span {

    public static final Layer<TimeElement> LAYER = Layer.named("html-time");
}
