package io.eventlens.extraction.normalize;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.pipeline.Annotator;

/**
 * The first step: turns the source as received (plain text copied from web pages, Markdown or
 * HTML) into the clean text every later step reads, keeping a map from each text offset back to
 * the source, and the structure the markup stated ({@link Markup}, {@link TimeElement}).
 */
public final class Normalizer implements Annotator {

    @Override
    public void annotate(Document document) {
        NormalizedText normalized = switch (document.format()) {
            case HTML -> new HtmlNormalizer(document).normalize();
            case MARKDOWN -> new LineNormalizer(document, true).normalize();
            case PLAIN -> new LineNormalizer(document, false).normalize();
        };
        document.replaceText(normalized.text(), normalized.offsets());
        document.set(Markup.LAYER, normalized.markup());
        document.set(TimeElement.LAYER, normalized.times());
    }
}
