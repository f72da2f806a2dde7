package io.eventlens.extraction.entity;

import io.eventlens.extraction.document.Layer;
import io.eventlens.extraction.document.Span;

/**
 * A person named in the text. {@code start..end} covers the whole mention including honorifics
 * ("H.E. Mr. Desra Percaya"); {@code nameStart..nameEnd} only the name, and {@code name} is that
 * text with whitespace collapsed ("Desra Percaya"). {@code honorific} is null when none was written.
 * {@code evidence} says which pattern found it (see {@link PersonAnnotator}).
 */
public record PersonMention(int start, int end, int nameStart, int nameEnd, String name, String honorific,
        String evidence, double confidence) implements Span {

    public static final Layer<PersonMention> LAYER = Layer.named("persons");

    /** The name's span, without honorifics. */
    public Span nameSpan() {
        return Span.of(nameStart, nameEnd);
    }

    /** The words of the name ("Zeid", "Ra'ad", "Al", "Hussein"). */
    public String[] words() {
        return name.split(" ");
    }
}
