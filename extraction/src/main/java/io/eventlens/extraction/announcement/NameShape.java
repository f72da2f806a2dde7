package io.eventlens.extraction.announcement;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a person's name written the way announcements write speakers: an optional honorific
 * ("Dr.", "Prof.", "Associate Professor"), given names and initials, a surname, an optional
 * generational suffix ("Jr.", "III"); degrees after it ("Ph.D.", ", MD") are left out. Judges the
 * shape only; whether a name-shaped phrase is a person is up to the cue that found it.
 */
final class NameShape {

    /** A name found at some token: {@code start} after any honorific, {@code end} exclusive. */
    record Name(int honorificStart, int start, int end, int words, boolean honorific) {
    }

    private static final Pattern TITLE_WORD = Pattern.compile("\\p{Lu}\\p{Ll}*(?:['\u2019-]?\\p{Lu}?\\p{Ll}+)+|\\p{Lu}\\p{Ll}+");
    private static final Pattern CAPS_WORD = Pattern.compile("\\p{Lu}{2,}(?:['\u2019-]\\p{Lu}+)*");
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "di", "du", "la", "le",
            "del", "della", "bin", "ibn", "al", "ten", "ter", "dos", "das", "y");

    private final TokenView t;

    NameShape(TokenView tokens) {
        this.t = tokens;
    }

    /** The name starting at token {@code i} (after an optional honorific) on one line, or null. */
    Name at(int i, int to, boolean allCaps) {
        int start = i;
        boolean honorific = false;
        int k = i;
        while (k < to && isHonorificAt(k)) {
            k = skipPeriod(k + 1, to);
            honorific = true;
            if (k < to && t.breaksAfter(k - 1) > 0 && !(t.breaksAfter(k - 1) == 1 && wrapped(k - 1))) {
                return null;
            }
        }
        int nameStart = k;
        int words = 0;
        int full = 0;
        int lastFull = -1;
        while (k < to && words < 6) {
            if (k > nameStart && (t.breaksAfter(k - 1) > 1 || isColumnGap(k - 1)
                    || t.breaksAfter(k - 1) == 1 && !(full == 1 && lastFull == k && wrapped(k - 1)))) {
                break; // a name goes on after a line break only where prose was wrapped: "Dr. Ada\nM. Penhallow"
            }
            String w = t.word(k);
            if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
                k = skipPeriod(k + 1, to);
                words++;
                continue;
            }
            if (isNameWord(w, allCaps)) {
                k++;
                words++;
                full++;
                lastFull = k;
                continue;
            }
            if (words > 0 && PARTICLES.contains(w)) {
                int p = PARTICLES.contains(t.word(k + 1)) ? k + 2 : k + 1; // "van der"
                if (p < to && isNameWord(t.word(p), allCaps) && t.breaksAfter(p - 1) == 0) {
                    k = p;
                    continue;
                }
            }
            if (t.is(k, "(") && k + 2 < to && isNameWord(t.word(k + 1), allCaps) && t.is(k + 2, ")")) {
                k += 3; // a nickname: "R. J. (Bob) Pangborn"
                continue;
            }
            break;
        }
        if (lastFull < 0) {
            return null;
        }
        int end = lastFull;
        // a generational suffix belongs to the name: "Olsen Jr.", "Olsen, Jr."
        int g = t.is(end, ",") ? end + 1 : end;
        if (g < to && t.breaksAfter(g - 1) == 0 && Words.GENERATIONAL.contains(t.lower(g))) {
            end = skipPeriod(g + 1, to);
        }
        if (full < 1 || full == 1 && !honorific && words < 2 || words > 5) {
            return null;
        }
        return new Name(start, nameStart, end, words, honorific);
    }

    /** Whether the line ending at token {@code k} is a long line of wrapped prose. */
    private boolean wrapped(int k) {
        int lineStart = t.text.lastIndexOf('\n', t.start(k)) + 1;
        return t.end(k) - lineStart >= 50;
    }

    /** A tab or a run of spaces between two tokens separates the columns of a table. */
    private boolean isColumnGap(int k) {
        int from = t.end(k);
        int to = k + 1 < t.size() ? t.start(k + 1) : from;
        return to - from >= 3 || t.text.substring(from, to).indexOf('\t') >= 0;
    }

    boolean isHonorificAt(int k) {
        String w = Words.stripPeriod(t.lower(k));
        if (Words.HONORIFIC_PREFIXES.contains(w)) {
            return Words.HONORIFICS.contains(Words.stripPeriod(t.lower(skipPeriod(k + 1, t.size()))));
        }
        return Words.HONORIFICS.contains(w) && !w.equals("he") && !w.equals("she") && !w.equals("his")
                && !w.equals("her") && (Character.isUpperCase(t.word(k).charAt(0)));
    }

    private int skipPeriod(int k, int to) {
        return k < to && t.is(k, ".") ? k + 1 : k;
    }

    static boolean isNameWord(String w, boolean allCaps) {
        if (w.length() < 2) {
            return false;
        }
        boolean shape = TITLE_WORD.matcher(w).matches() || allCaps && CAPS_WORD.matcher(w).matches();
        if (!shape) {
            return false;
        }
        String f = Words.fold(w);
        return !Words.NOT_NAME_WORDS.contains(f) && !Words.isCalendarWord(w) && !Words.PLACE_HEADS.contains(f)
                && !Words.HONORIFICS.contains(f) && !Words.DEGREES.contains(f.replace(".", ""))
                && !Words.GENERATIONAL.contains(f);
    }
}
