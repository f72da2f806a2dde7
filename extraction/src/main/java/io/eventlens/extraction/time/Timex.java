package io.eventlens.extraction.time;

import io.eventlens.extraction.document.Layer;
import io.eventlens.extraction.document.Span;

/**
 * A TimeML TIMEX3: a temporal expression with its type and normalised value, resolved against
 * the document's creation (anchor) date. Values follow TimeML: 1998-02-06, 1998-W06, 1998-Q1,
 * 199 (the 1990s), PRESENT_REF, P3D, PT2H, PXY, 1998-02-06T14:30, XXXX-WXX-1.
 *
 * @param mod TimeML MOD (START, MID, END, APPROX, LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE) or null
 */
public record Timex(int start, int end, Type type, String value, String mod) implements Span {

    public static final Layer<Timex> LAYER = Layer.named("timexes");

    public enum Type { DATE, TIME, DURATION, SET }
}
