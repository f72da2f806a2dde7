package io.eventlens.extraction.entity;

import io.eventlens.extraction.document.Document;
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

    /** Tokens, sentences, acronyms, organisations and persons: everything the participant finder reads. */
    public static Document entities(String text) {
        return annotate(text, new AcronymAnnotator(), new OrganizationAnnotator(), new PersonAnnotator());
    }
}
