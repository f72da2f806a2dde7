package io.eventlens.extraction.time;

/**
 * Words before a temporal expression that belong to it in TimeML and set its MOD: a position in
 * a period ("early 1998", "mid-1990s", "the end of June") or a bound on a quantity ("about three
 * weeks", "nearly two years ago", "more than a year", "at least 30 days").
 */
final class Modifiers {

    /** A modifier read at some atom: its TimeML MOD (null when it has none) and the atom after it. */
    record Match(String mod, int end, boolean position, boolean quantity) {

        /** Whether the modifier can go with this expression. */
        boolean fits(Phrase core) {
            if (position) {
                return core.isPoint() && core.point.hasDate();
            }
            if (quantity) {
                return core.kind == Phrase.Kind.DURATION
                        || core.isPoint() && (core.point.shiftUnit != null || core.point.hour != null);
            }
            // "earlier this year", "later today"
            return core.isPoint() && core.point.shiftUnit != null;
        }
    }

    private Modifiers() {
    }

    static Match at(Atoms a, int i) {
        String w = a.word(i);
        if (w == null) {
            return null;
        }
        switch (w) {
            case "early":
                return new Match("START", i + 1, true, false);
            case "late":
                return new Match("END", i + 1, true, false);
            case "mid":
                return new Match("MID", a.dash(i + 1) && a.tight(i + 1) ? i + 2 : i + 1, true, false);
            case "beginning", "start", "dawn":
                return a.word(i + 1, "of") ? new Match("START", i + 2, true, false) : null;
            case "end", "close":
                return a.word(i + 1, "of") ? new Match("END", i + 2, true, false) : null;
            case "middle":
                return a.word(i + 1, "of") ? new Match("MID", i + 2, true, false) : null;
            case "earlier", "later":
                return new Match(null, i + 1, false, false);
            case "about", "around", "approximately", "roughly":
                return new Match("APPROX", i + 1, false, true);
            case "some":
                return a.isNumber(i + 1) || Lexicon.CARDINALS.containsKey(a.word(i + 1))
                        || Lexicon.TENS.containsKey(a.word(i + 1)) ? new Match("APPROX", i + 1, false, true) : null;
            case "nearly", "almost":
                return new Match("LESS_THAN", i + 1, false, true);
            case "over":
                return a.word(i + 1, "the") ? null : new Match("MORE_THAN", i + 1, false, true);
            case "under":
                return a.word(i + 1, "the") ? null : new Match("LESS_THAN", i + 1, false, true);
            case "more", "less", "fewer":
                return a.word(i + 1, "than")
                        ? new Match(w.equals("more") ? "MORE_THAN" : "LESS_THAN", i + 2, false, true) : null;
            case "at":
                if (a.word(i + 1, "least")) {
                    return new Match("EQUAL_OR_MORE", i + 2, false, true);
                }
                return a.word(i + 1, "most") ? new Match("EQUAL_OR_LESS", i + 2, false, true) : null;
            case "up":
                return a.word(i + 1, "to") ? new Match("EQUAL_OR_LESS", i + 2, false, true) : null;
            case "no":
                if (a.word(i + 1, "more") && a.word(i + 2, "than")) {
                    return new Match("EQUAL_OR_LESS", i + 3, false, true);
                }
                return a.word(i + 1, "less") && a.word(i + 2, "than") ? new Match("EQUAL_OR_MORE", i + 3, false, true) : null;
            default:
                return null;
        }
    }
}
