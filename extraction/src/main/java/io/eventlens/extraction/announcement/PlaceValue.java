package io.eventlens.extraction.announcement;

import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.event.OnlineTail;

/**
 * Cleans the value of a "Place:" field: keeps the place and drops what follows it on the line
 * (a second column after a run of spaces, a remark after "--" or ", our"), and drops continuation
 * lines that only name the institution ("... University") after a room was given.
 */
final class PlaceValue {

    private PlaceValue() {
    }

    static Span clean(String text, HeaderField field) {
        int start = field.valueStart();
        int end = field.valueEnd();
        int lineEnd = start;
        int kept = start;
        int line = 0;
        while (lineEnd < end) {
            int ls = lineEnd;
            while (ls < end && Character.isWhitespace(text.charAt(ls))) {
                ls++;
            }
            int le = ls;
            while (le < end && text.charAt(le) != '\n' && text.charAt(le) != '\r') {
                le++;
            }
            if (line > 0 && OnlineTail.isOnlineLine(text.substring(ls, le))) {
                break; // "Room 2.07, Old Courthouse" / "and on Zoom (link below)": the online part of a hybrid event
            }
            int cut = cutRemark(text, ls, le);
            int online = OnlineTail.start(text.substring(ls, cut));
            if (online > 0) {
                kept = ls + online;
                break; // "Meeting room 3 + online for those abroad (Teams)"
            }
            if (line > 0 && (isInstitutionOnly(text, ls, cut) || cut < le)) {
                if (cut < le && !isInstitutionOnly(text, ls, cut)) {
                    kept = cut;
                }
                break;
            }
            kept = cut;
            if (cut < le) {
                break;
            }
            lineEnd = le;
            line++;
            while (lineEnd < end && (text.charAt(lineEnd) == '\n' || text.charAt(lineEnd) == '\r')) {
                lineEnd++;
            }
        }
        return Texts.trim(text, Span.of(start, kept), ".,;:-");
    }

    /** Where a remark starts on the line [from, to): three spaces or a tab, "--", ", our". */
    private static int cutRemark(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == ' ' && i + 2 < to && text.charAt(i + 1) == ' ' && text.charAt(i + 2) == ' ') {
                return i;
            }
            if (c == '-' && i + 1 < to && text.charAt(i + 1) == '-') {
                return i;
            }
            if (c == ',' && text.startsWith(" our ", i + 1)) {
                return i;
            }
        }
        return to;
    }

    private static boolean isInstitutionOnly(String text, int from, int to) {
        String line = text.substring(from, to).toLowerCase();
        if (line.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        for (String word : line.split("[^a-z]+")) {
            if (Words.PLACE_HEADS.contains(word)) {
                return false;
            }
        }
        return line.contains("university") || line.contains("college");
    }
}
