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
            case PLAIN -> new LineNormalizer(document, readsAsMarkdown(document.source()), false).normalize();
        };
        document.replaceText(normalized.text(), normalized.offsets());
        document.set(Markup.LAYER, normalized.markup());
        document.set(TimeElement.LAYER, normalized.times());
        document.set(Masthead.LAYER, normalized.mastheads());
    }

    private static final java.util.regex.Pattern HEADING_LINE = java.util.regex.Pattern.compile("(?m)^#{1,3} \\S");
    private static final java.util.regex.Pattern BOLD = java.util.regex.Pattern.compile("\\*\\*[^*\\n]{1,120}\\*\\*");
    private static final int SNIFFED = 20_000;

    /**
     * Plain text that is Markdown in all but name (a page copied with its "# Title" and "**bold**"): read as
     * Markdown, so that its markers become markup instead of stray characters inside names.
     */
    static boolean readsAsMarkdown(String source) {
        String head = source.length() > SNIFFED ? source.substring(0, SNIFFED) : source;
        if (!HEADING_LINE.matcher(head).find()) {
            return false;
        }
        java.util.regex.Matcher bold = BOLD.matcher(head);
        int count = 0;
        while (count < 2 && bold.find()) {
            count++;
        }
        return count >= 2;
    }
}
