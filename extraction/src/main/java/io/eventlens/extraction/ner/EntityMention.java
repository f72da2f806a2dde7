package io.eventlens.extraction.ner;

import io.eventlens.extraction.document.Layer;
import io.eventlens.extraction.document.Span;

/**
 * A name the statistical tagger found: a person (PER), organisation (ORG), location (LOC) or
 * other proper name (MISC, e.g. nationalities, events, titles of works).
 *
 * @param confidence the tagger's probability that exactly this span is a name of this type
 *                   (0..1, calibrated on news text: treat it as a ranking, thresholds around 0.5-0.8)
 */
public record EntityMention(int start, int end, String type, double confidence) implements Span {

    public static final Layer<EntityMention> LAYER = Layer.named("ner-entities");

    public static final String PERSON = "PER";
    public static final String ORGANIZATION = "ORG";
    public static final String LOCATION = "LOC";
    public static final String MISC = "MISC";
}
