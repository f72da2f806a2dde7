package io.eventlens.extraction.document;

import java.util.Objects;

/**
 * A typed key for one layer of annotations on a {@link Document} (tokens, sentences, names...).
 * Each annotation type declares its own layer as a constant, e.g. {@code Token.LAYER}.
 */
public final class Layer<T extends Span> {

    private final String name;

    private Layer(String name) {
        this.name = Objects.requireNonNull(name);
    }

    public static <T extends Span> Layer<T> named(String name) {
        return new Layer<>(name);
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "Layer[" + name + "]";
    }
}
