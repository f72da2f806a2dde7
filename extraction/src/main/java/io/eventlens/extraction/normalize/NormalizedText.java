package io.eventlens.extraction.normalize;

import io.eventlens.extraction.document.OffsetMap;
import java.util.List;

/** What a format-specific normaliser produces: the text, its map to the source, and the markup it saw. */
record NormalizedText(String text, OffsetMap offsets, List<Markup> markup, List<TimeElement> times, List<Masthead> mastheads) {

    NormalizedText(String text, OffsetMap offsets, List<Markup> markup, List<TimeElement> times) {
        this(text, offsets, markup, times, List.of());
    }
}
