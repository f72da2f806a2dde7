package io.eventlens.extraction.time;

import java.util.Set;

/**
 * Which way a sentence looks from its anchor date, read from the auxiliary or verb nearest the
 * temporal expression: "will", "shall", "'ll" look ahead; "was", "said", a past participle look
 * back. Cheap on purpose: no tagger, a handful of words.
 */
final class Tense {

    private static final Set<String> FUTURE = Lexicon.words("will", "shall", "ll", "upcoming", "forthcoming", "tomorrow",
            "next", "scheduled", "expected", "plans", "planned", "intends", "due", "coming", "await", "awaits",
            "awaiting", "hopes", "effective", "starting", "would", "could", "might", "planning", "plan", "soon");
    private static final Set<String> PAST = Lexicon.words("was", "were", "had", "did", "said", "ago", "yesterday", "last",
            "earlier", "since", "told", "announced", "reported", "made", "took", "came", "went", "got", "gave", "held",
            "met", "began", "fell", "rose", "won", "lost", "left", "sold", "bought", "paid", "saw", "found", "became",
            "led", "ran", "sent", "spent", "struck", "hit", "shot", "killed", "died", "wrote", "brought", "thought",
            "caught", "taught", "sought", "fought", "kept", "felt", "meant", "built", "stood", "heard", "knew", "grew",
            "threw", "drew", "flew", "chose", "spoke", "broke", "drove", "forgot", "understood", "fled", "lent", "laid",
            "wore", "swore", "tore", "sank", "sang", "rang", "ate", "slept", "dealt");
    /** Words ending in -ed that more often point ahead or are no verbs. */
    private static final Set<String> NOT_PAST = Lexicon.words("scheduled", "expected", "planned", "proposed", "need",
            "indeed", "red", "bed", "seed", "speed", "feed", "hundred", "united", "limited", "based", "related",
            "interested", "concerned", "supposed", "used", "advanced");

    private Tense() {
    }

    /**
     * Which way an expression looks: -1 back, +1 ahead, 0 unknown, as the tense word nearest it in
     * its sentence says ({@code sentence}), else as the whole document leans ({@code document}:
     * reports look back, announcements ahead).
     */
    record Lean(int sentence, int document) {

        int direction() {
            return sentence != 0 ? sentence : document;
        }
    }

    /** Farther than this a word belongs to another clause (and a run-on "sentence" of a huge line stays cheap). */
    private static final int REACH = 60;

    /**
     * -1 past, +1 future, 0 unknown: what the tense word nearest atoms [from, to) of a sentence says.
     * Words after the expression count at twice their distance: the auxiliary or verb an adjunct
     * belongs to mostly stands before it ("will double its flights by August in the search for
     * markets untouched by ..."), while what follows is often another clause.
     */
    static int around(Atoms a, int from, int to) {
        int reach = Math.min(REACH, Math.max(from, a.size - to));
        for (int step = 1; step <= 2 * reach; step++) {
            int cue = step <= reach ? cue(a, from - step) : 0;
            if (cue == 0 && (step & 1) == 0) {
                cue = cue(a, to - 1 + step / 2);
            }
            if (cue != 0) {
                return cue;
            }
        }
        return 0;
    }

    /**
     * Past cues minus future cues over all words of {@code a}: summed over a document it says
     * whether the document reports (news: mostly past) or announces (agendas, invitations: future).
     */
    static int balance(Atoms a) {
        int sum = 0;
        for (int i = 0; i < a.size; i++) {
            if (a.kind[i] == Atoms.WORD) {
                sum += cue(a, i);
            }
        }
        return sum;
    }

    private static int cue(Atoms a, int i) {
        String w = a.word(i);
        if (w == null) {
            return 0;
        }
        if (FUTURE.contains(w)) {
            if (w.equals("ll") && !(a.symbol(i - 1, '\'') || a.symbol(i - 1, '\u2019')) || w.equals("next") && a.word(i + 1, "to")) {
                return 0; // "ll" without its apostrophe, "next to" a place
            }
            if (a.word(i - 1, "been") && a.word(i - 2, "had")) {
                return -1; // "had been due to expire Friday": a plan that lies in the past
            }
            return 1;
        }
        if (a.word(i + 1, "to") && (w.equals("going") || w.equals("is") || w.equals("are") || w.equals("set"))) {
            return 1; // "going to", "is to resume", "set to meet": a future
        }
        if (a.word(i - 1, "be") && (a.word(i - 2, "will") || a.word(i - 2, "shall") || a.word(i - 2, "ll"))) {
            return 1; // a future passive ("will be named"): no past however the participle ends
        }
        if (PAST.contains(w)) {
            // "was planning", "were expected to", "was going to": a past that looks ahead
            return FUTURE.contains(a.word(i + 1)) || a.word(i + 1, "going") || a.word(i + 1, "to") ? 1 : -1;
        }
        if (w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed") && !NOT_PAST.contains(w)) {
            return -1;
        }
        return 0;
    }
}
