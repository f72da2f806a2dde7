package io.eventlens.extraction.entity;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.ner.StatisticalNameAnnotator;
import io.eventlens.extraction.pipeline.Annotator;
import io.eventlens.extraction.text.TokenSentenceAnnotator;

/** Builds a document with tokens, sentences and the given annotators run in order. */
public final class EntityFixtures {

    private EntityFixtures() {
    }

    public static Document annotate(String text, Annotator... annotators) {
        Document document = Document.of("fixture.txt", text);
        new TokenSentenceAnnotator().annotate(document);
        for (Annotator a : annotators) {
            a.annotate(document);
        }
        return document;
    }

    private static final StatisticalNameAnnotator TAGGER = new StatisticalNameAnnotator();

    /** Tokens, sentences, the statistical tagger's names, acronyms, organisations and persons: what the participant finder reads. */
    public static Document entities(String text) {
        return annotate(text, TAGGER, new AcronymAnnotator(), new OrganizationAnnotator(), new PersonAnnotator());
    }

    /** As {@link #entities} without the statistical tagger: what the patterns alone find. */
    public static Document patternsOnly(String text) {
        return annotate(text, new AcronymAnnotator(), new OrganizationAnnotator(), new PersonAnnotator());
    }
}
