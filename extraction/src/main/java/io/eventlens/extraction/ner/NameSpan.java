package io.eventlens.extraction.ner;

/**
 * A name found in one sentence, in token positions: {@code [first, end)}.
 *
 * @param confidence probability of this exact span and type under the tagger, NaN when not computed
 */
public record NameSpan(int first, int end, String type, double confidence) {
}
