package io.eventlens.extraction.time;

/** Expressions whose value depends on the anchor or names no calendar place: "last week", "three days", "daily". */
final class RelativeRules {

    private final Atoms a;
    private final TemporalGrammar grammar;

    RelativeRules(Atoms atoms, TemporalGrammar grammar) {
        this.a = atoms;
        this.grammar = grammar;
    }

    Phrase at(int i) {
        return null;
    }
}
