package io.eventlens.extraction.announcement;

import io.eventlens.extraction.document.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds where an announced talk takes place in running text. A place is a chain of units, each a
 * general shape of room and building names: "Room 12B", "Larkspur Hall 210", "210 Larkspur Hall",
 * "LH 210", "LH210", "Larkspur 210", "Kestrel Conference Room", "3rd floor", joined by a comma,
 * "in", "of" or a parenthesis ("Kestrel Room, Larkspur Hall", "Room 12 in Larkspur Hall"). Each
 * chain is scored by its context: after "in"/"at", near a time or a date, alone on its line, not
 * where a reception or an office is being described.
 */
final class LocationFinder {

    /** A place found in the text, and how likely it is the talk's place. */
    record Candidate(int start, int end, double score) implements Span {
    }

    private static final Pattern ROOM_NUMBER = Pattern.compile(
            "\\d{1,4}[A-Za-z]?|[A-Za-z]\\d{1,4}[A-Za-z]?|\\d{1,2}[A-Za-z]\\d{1,3}|\\d{2,4}-\\d{2,4}|\\d{1,2}-[A-Za-z]|\\d\\.\\d{3}");
    /** A building abbreviation glued to a room number: "LH210", "LH-210", "210LH". */
    private static final Pattern ABBREVIATED_ROOM = Pattern.compile(
            "[A-Z][A-Za-z]{0,3}-?\\d{2,4}[A-Za-z]?|\\d{3,4}[A-Z][A-Za-z]{0,3}");
    private static final Pattern ABBREVIATION = Pattern.compile("[A-Z][A-Za-z]{0,4}|(?:[A-Z]\\.){1,3}");
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|ground|top",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}[:.]\\d\\d|^\\d{1,2}(?:[ap]m?|[ap]\\.m)\\.?$|^noon$",
            Pattern.CASE_INSENSITIVE);

    /** Words of a sentence about something other than the talk (a reception, an office, sign-up). */
    private static final Set<String> ELSEWHERE = Set.of("reception", "receptions", "refreshments", "coffee", "lunch",
            "dinner", "tea", "cookies", "party", "office", "offices", "mailbox", "follow", "follows", "followed",
            "following", "served", "pick", "drop", "sign", "call", "contact", "send", "box", "meet", "appointment",
            "appointments", "schedule", "available", "pizza", "snacks", "wine", "cheese", "dessert", "lounge");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "and", "or", "in", "on", "at",
            "to", "for", "with", "by", "from", "this", "that", "our", "your", "their", "all", "please", "i", "we",
            "you", "it", "is", "are", "will", "be", "as", "if", "when", "where", "what", "who", "how", "new",
            "speaker", "title", "topic", "date", "time", "abstract", "host", "place", "location",
            "dr", "mr", "mrs", "ms", "prof", "professor", "am", "pm", "a.m.", "p.m.", "a.m", "p.m");

    /** What may follow a bare room number: "in 8220, at 3:30", "in 8220 at noon". */
    private static final Set<String> BARE_ROOM_FOLLOWERS = Set.of(",", ".", ";", "at", "on", "from", "(", ")", "for",
            "to", "this", "next", "tomorrow", "today", "-", "and");

    private static final Set<String> TAIL_CLOSERS = Set.of(".", ";", "(", ")", ":", "!");

    private final TokenView t;

    LocationFinder(TokenView tokens) {
        this.t = tokens;
    }

    /** Every place chain of tokens [from, to), scored. */
    List<Candidate> candidates(int from, int to) {
        List<Candidate> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            t.tick(i);
            int end = chain(i, to);
            if (end < 0) {
                i++;
                continue;
            }
            out.add(new Candidate(t.start(i), t.end(end - 1), score(i, end)));
            i = end;
        }
        return out;
    }

    /** The end (exclusive token index) of a place chain starting at {@code i}, or -1. */
    int chain(int i, int to) {
        int end = unit(i, to);
        int unitStart = i;
        if (end < 0) {
            return -1;
        }
        int units = 1;
        while (end < to && units < 4 && t.breaksAfter(end - 1) <= 1) {
            int next = -1;
            String w = t.lower(end);
            if (w.equals(",") && t.is(end + 1, "located") && (t.is(end + 2, "in") || t.is(end + 2, "at"))) {
                next = unit(end + 3, to); // "the Kestrel Room, located in LH 210"
            } else if (w.equals(",") || w.equals("-") || w.equals("--")) {
                int u = unit(end + 1, to);
                next = u;
            } else if ((w.equals("in") || w.equals("of")) && end + 1 < to) {
                int k = t.is(end + 1, "the") ? end + 2 : end + 1;
                int u = unit(k, to);
                if (u < 0 && k < to && isHead(k) && t.breaksAfter(k - 1) == 0) {
                    u = k + 1; // "in the Ballroom"
                }
                next = u > 0 && hasHead(k, u) ? u : -1;
            } else if (w.equals("(")) {
                int u = unit(end + 1, to);
                if (u < 0 && isHead(end + 1) && t.breaksAfter(end) == 0) {
                    u = end + 2; // "Osgood Hall 1000 (Auditorium)"
                }
                if (u > 0) {
                    next = u < to && t.is(u, ")") ? u + 1 : u;
                }
            } else {
                int u = unit(end, to);
                next = u > 0 && hasNumber(unitStart, end) && hasNumber(end, u) ? -1 : u;
            }
            if (next < 0) {
                break;
            }
            unitStart = end;
            end = next;
            units++;
        }
        return tail(end, to);
    }

    /**
     * A short capitalised tail that ends the sentence or the line: the building or campus after a
     * room ("Kestrel Room, Larkspur", "Room 12 in Larkspur."). Not an acronym, not an institution.
     */
    private int tail(int end, int to) {
        if (end >= to || !(t.is(end, ",") || t.is(end, "in")) || t.breaksAfter(end) > 0) {
            return end;
        }
        int k = end + 1;
        int words = 0;
        while (k < to && words < 4 && t.breaksAfter(k - 1) == 0 && (isTitleWord(k) || words > 0 && isConnector(k))) {
            k++;
            words++;
        }
        while (k > end + 1 && isConnector(k - 1)) {
            k--;
        }
        if (k == end + 1 || k - end - 1 > 3 && !isConnector(end + 2) && !isConnector(end + 3)) {
            return end;
        }
        boolean closes = k >= to || t.breaksAfter(k - 1) > 0 || TAIL_CLOSERS.contains(t.word(k));
        return closes ? k : end;
    }

    private boolean isConnector(int k) {
        return t.is(k, "of") || t.is(k, "the");
    }

    private boolean isTitleWord(int k) {
        String w = t.word(k);
        if (!isCap(k) || w.length() < 2 || !Character.isLowerCase(w.charAt(w.length() - 1))) {
            return false;
        }
        return !Words.NOT_PLACE_TAIL.contains(Words.fold(w));
    }

    /** "Museum of Art Theater", "Engineering and Policy Conference Room": small words inside a building name. */
    private boolean isInnerJoiner(int j) {
        return t.is(j, "of") && isHead(j - 1) || t.is(j, "and") || t.is(j, "&");
    }

    private boolean hasNumber(int from, int to) {
        for (int k = from; k < to; k++) {
            String w = t.word(k);
            if (Character.isDigit(w.charAt(w.length() - 1)) || isAbbreviatedRoom(k) || isRoomNumber(k)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasHead(int from, int to) {
        for (int k = from; k < to; k++) {
            if (isHead(k) || isRoomWord(k)) {
                return true;
            }
        }
        return false;
    }

    /** One unit of a place name starting at token {@code i}, or -1. */
    int unit(int i, int to) {
        if (i >= to) {
            return -1;
        }
        String first = t.word(i);
        if (first.isEmpty() || !Character.isLetterOrDigit(first.charAt(0))
                || Character.isLowerCase(first.charAt(0)) && !isRoomWord(i) && !t.is(i + 1, "floor")) {
            return -1; // every unit starts with a capital, a digit, "room" or an ordinal before "floor"
        }
        // "Room 12B", "Rm. 4", "room #210"
        if (isRoomWord(i)) {
            int j = i + 1;
            if (t.is(j, ".")) {
                j++;
            }
            if (t.is(j, "#")) {
                j++;
            }
            if (j < to && t.breaksAfter(j - 1) <= 1 && (isRoomNumber(j) || isAbbreviatedRoom(j))) {
                j++;
                if (j < to && t.breaksAfter(j - 1) == 0 && isAbbreviation(j) && !isHead(j + 1) && !isRoomNumber(j + 1)) {
                    j++; // "Room 12 LH"
                } else if (j + 1 < to && t.breaksAfter(j) == 0 && (t.is(j, "of") || t.is(j, "in"))
                        && isAbbreviation(j + 1) && !isHead(j + 2) && !isRoomNumber(j + 2)) {
                    j += 2; // "Room 12 of LH"
                }
                return j;
            }
        }
        // "LH Rm 12"
        if (isAbbreviation(i) && isRoomWord(i + 1) && t.breaksAfter(i) == 0) {
            int j = unit(i + 1, to);
            if (j > 0) {
                return j;
            }
        }
        // "LH210"
        if (isAbbreviatedRoom(i)) {
            return i + 1;
        }
        // "3rd floor"
        if (t.is(i + 1, "floor") && i + 1 < to && ORDINAL.matcher(t.word(i)).matches()) {
            return i + 2;
        }
        // "210 Larkspur Hall", "210 Larkspur", "210 LH"
        if (isRoomNumber(i) && !isYear(i)) {
            int j = i + 1;
            int head = -1;
            while (j < to && j - i <= 3 && t.breaksAfter(j - 1) == 0 && (isCap(j) || isHead(j) && j > i + 1)) {
                if (isHead(j)) {
                    head = j;
                }
                j++;
            }
            if (head > 0) {
                return head + 1;
            }
            if ((j == i + 2 || j == i + 3) && t.word(i).length() >= 3) {
                return j; // "1001 Osgood", "116 Old Osgood"
            }
        }
        // "in 8220," a bare room number right after "in"
        if (t.is(i - 1, "in") && isRoomNumber(i) && !isYear(i) && t.word(i).length() >= 3
                && (i + 1 >= to || t.breaksAfter(i) > 0 || BARE_ROOM_FOLLOWERS.contains(t.lower(i + 1)))) {
            return i + 1;
        }
        // "LH 210"
        if (isAbbreviation(i) && i + 1 < to && t.breaksAfter(i) <= 1 && isRoomNumber(i + 1) && !isYear(i + 1)) {
            return i + 2;
        }
        // "Larkspur Hall 210", "Kestrel Conference Room", "Larkspur 210"
        if (isCap(i) || isHead(i) && Character.isUpperCase(t.word(i).charAt(0))) {
            int j = i;
            int head = -1;
            while (j < to && j - i < 8 && (j == i || t.breaksAfter(j - 1) <= 1)
                    && (isCap(j) || isHead(j) || isModifier(j) || t.is(j, "'s") && j > i
                    || j > i && isInnerJoiner(j) && j + 1 < to && isCap(j + 1) && t.breaksAfter(j) == 0)) {
                if (head >= 0 && isRoomWord(j) && j + 1 < to && (isRoomNumber(j + 1) || isAbbreviatedRoom(j + 1))) {
                    break; // "Osgood Hall Room 12": the room is a unit of its own
                }
                if (isHead(j)) {
                    head = j;
                }
                j++;
            }
            if (head == i && j > i + 1 && Words.LEADING_HEADS.contains(t.lower(i))) {
                return j; // "Aula Magna", "Salle Pierre Mendès", "Hotel Europa": the head opens the name
            }
            if (head >= 0) {
                int k = head + 1;
                if (k + 1 < to && t.is(k, "-") && isRoomNumber(k + 1) && t.breaksAfter(k) == 0) {
                    k++;
                }
                if (k < to && t.breaksAfter(k - 1) == 0 && (isRoomNumber(k) && !isYear(k) || isAbbreviatedRoom(k))) {
                    k++;
                }
                return k - i >= 2 ? k : -1; // a bare "Lounge" or "Theater" says too little
            }
            if (isCap(i) && i + 1 < to && t.breaksAfter(i) == 0 && isRoomNumber(i + 1) && !isYear(i + 1)
                    && t.word(i + 1).length() >= 3) {
                return i + 2;
            }
        }
        return -1;
    }

    private double score(int i, int end) {
        double score = 0;
        score += hasNumber(i, end) ? 0.3 : 0;
        score += hasHead(i, end) ? 0.2 : 0;
        int p = i - 1;
        if (t.is(p, "the") && t.breaksAfter(p) <= 1) {
            p--;
        }
        String before = t.lower(p);
        if (before.equals("in") || before.equals("at") || before.equals("@")) {
            score += 0.3;
        }
        if (t.is(p, ":") && p > 0) {
            String key = t.lower(p - 1);
            if (key.equals("place") || key.equals("location") || key.equals("where") || key.equals("room")
                    || key.equals("venue")) {
                score += 0.6;
            }
        }
        boolean time = false;
        boolean date = false;
        for (int k = i - 1, n = 0; k >= 0 && n < 25 && t.breaksAfter(k) < 2; k--, n++) {
            time |= isTime(k);
            date |= Words.isCalendarWord(t.word(k));
        }
        for (int k = end, n = 0; k < t.size() && n < 12 && t.breaksAfter(k - 1) < 2; k++, n++) {
            time |= isTime(k);
            date |= Words.isCalendarWord(t.word(k));
        }
        score += time ? 0.3 : 0;
        score += date ? 0.1 : 0;
        if (t.startsLine(i) || t.startsLine(p) && (before.equals("in") || before.equals("at"))) {
            int k = end;
            int rest = 0;
            while (k < t.size() && !t.startsLine(k) && rest < 8) {
                k++;
                rest++;
            }
            if (rest < 8) {
                score += 0.2;
            }
        }
        for (int k = i - 1, n = 0; k >= 0 && n < 10 && t.breaksAfter(k) < 2; k--, n++) {
            String w = t.lower(k);
            if (w.equals(".") || w.equals("!") || w.equals("?")) {
                break;
            }
            if (ELSEWHERE.contains(w)) {
                score -= 0.5;
                break;
            }
        }
        return score;
    }

    private boolean isTime(int k) {
        String w = t.word(k);
        if (TIME.matcher(w).find()) {
            return true;
        }
        String lower = Words.fold(w);
        if (lower.equals("am") || lower.equals("pm") || lower.equals("a.m.") || lower.equals("p.m.") || lower.equals("p.m")
                || lower.equals("a.m")) {
            return true;
        }
        String next = t.lower(k + 1);
        return w.chars().allMatch(Character::isDigit) && w.length() <= 2
                && (next.startsWith("am") || next.startsWith("pm") || next.startsWith("a.m") || next.startsWith("p.m"));
    }

    boolean isRoomWord(int i) {
        String w = t.lower(i);
        return Words.ROOM_WORDS.contains(w) && !w.equals("office");
    }

    boolean isRoomNumber(int i) {
        return i < t.size() && Character.isDigit(firstDigitOrLetter(t.word(i))) && ROOM_NUMBER.matcher(t.word(i)).matches()
                && !ORDINAL.matcher(t.word(i)).matches();
    }

    private static char firstDigitOrLetter(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (Character.isDigit(w.charAt(k))) {
                return w.charAt(k);
            }
        }
        return 'x';
    }

    private boolean isYear(int i) {
        return YEAR.matcher(t.word(i)).matches();
    }

    private boolean isAbbreviatedRoom(int i) {
        if (i >= t.size()) {
            return false;
        }
        String w = t.word(i);
        if (w.length() < 3 || !Character.isDigit(firstDigitOrLetter(w)) || !ABBREVIATED_ROOM.matcher(w).matches()) {
            return false;
        }
        int upper = 0;
        for (int k = 0; k < w.length(); k++) {
            upper += Character.isUpperCase(w.charAt(k)) ? 1 : 0;
        }
        return upper >= 2 || Character.isDigit(w.charAt(0)) && upper >= 1 && w.length() >= 5;
    }

    private boolean isAbbreviation(int i) {
        if (i >= t.size()) {
            return false;
        }
        String w = t.word(i);
        if (!ABBREVIATION.matcher(w).matches() || FUNCTION_WORDS.contains(Words.fold(w)) || Words.isCalendarWord(w)) {
            return false;
        }
        int upper = 0;
        for (int k = 0; k < w.length(); k++) {
            upper += Character.isUpperCase(w.charAt(k)) ? 1 : 0;
        }
        return upper >= 2;
    }

    boolean isHead(int i) {
        return i < t.size() && Words.PLACE_HEADS.contains(t.lower(i));
    }

    private boolean isModifier(int i) {
        return i < t.size() && Words.PLACE_MODIFIERS.contains(t.word(i));
    }

    /** A capitalised word that can be part of a place name. */
    boolean isCap(int i) {
        if (i >= t.size()) {
            return false;
        }
        String w = t.word(i);
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(w.length() - 1))
                && !w.endsWith(".")) {
            return false;
        }
        String f = Words.fold(w);
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'') {
                return false;
            }
        }
        return !FUNCTION_WORDS.contains(f) && !Words.isCalendarWord(w) && !Words.HONORIFICS.contains(Words.stripPeriod(f));
    }
}
