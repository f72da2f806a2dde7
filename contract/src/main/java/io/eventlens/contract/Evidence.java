package io.eventlens.contract;

/**
 * Where a value came from: character offsets into the text the engine received (Java string
 * indices, end exclusive), that text itself, and how sure the engine is of the value (0..1).
 */
public record Evidence(int start, int end, String text, double confidence) {

    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("evidence offsets must satisfy 0 <= start <= end, got " + start + ".." + end);
        }
        if (confidence < 0.0 || confidence > 1.0) {
            throw new IllegalArgumentException("confidence must lie in [0, 1], got " + confidence);
        }
    }
}
