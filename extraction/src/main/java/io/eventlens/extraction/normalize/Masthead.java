package io.eventlens.extraction.normalize;

import io.eventlens.extraction.document.Layer;
import io.eventlens.extraction.document.Span;

/**
 * A name a page's masthead (its {@code <header>} or banner, which the text leaves out as furniture)
 * shows: a logo's alt text or the site's title, not its navigation links. The span is empty, at the
 * place in the text where the masthead stood; the readers use the name as the page's publisher.
 */
public record Masthead(int start, int end, String name) implements Span {

    public static final Layer<Masthead> LAYER = Layer.named("html-masthead");
}
