package io.eventlens.extraction.event;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The online part a hybrid event's place carries after the venue: "Room 2.07, Old Courthouse and on Zoom
 * (link below)", "Hall B — and streamed on YouTube", "Room 3 + online for those abroad (Teams)", or a line of
 * its own under the venue ("also online via Zoom"). The place is what comes before it.
 */
public final class OnlineTail {

    /** A separator or a conjunction, then a word of streaming or of an online platform, and the rest. */
    private static final Pattern TAIL = Pattern.compile(
            "(?i)(?:\\s*[\u2013\u2014,;/+-]\\s*(?:(?:and|&|plus|or|as\\s+well\\s+as)\\s+)?|\\s+(?:and|&|plus|or|as\\s+well\\s+as)\\s+)"
                    + "(?:(?:is|will\\s+be)\\s+)?(?:also\\s+)?"
                    + "(?<word>(?:live[- ]?)?(?:streamed|broadcast|webcast)\\b|online\\b|virtual(?:ly)?\\b|livestream(?:ed)?\\b"
                    + "|(?:on|via|over|through|in)\\s+(?:zoom|teams|ms\\s+teams|microsoft\\s+teams|webex|youtube|google\\s+meet|facebook|livestream)\\b).*$",
            Pattern.DOTALL);
    /** A line that only adds the online part: "and on Zoom (link below)", "+ online (Teams)", "(hybrid: link sent ...)". */
    private static final Pattern LINE = Pattern.compile(
            "(?i)^\\s*(?:\\(?\\s*hybrid\\b|\\(?\\s*(?:and|&|plus|or|\\+|also|as\\s+well\\s+as)\\s+(?:also\\s+)?(?:(?:live[- ]?)?(?:streamed|broadcast|webcast)|online|virtual(?:ly)?|livestream(?:ed)?|(?:on|via|over|through|in)\\s+(?:zoom|teams|ms\\s+teams|microsoft\\s+teams|webex|youtube|google\\s+meet|facebook))\\b"
                    + "|\\(?\\s*(?:online|virtual(?:ly)?|(?:live[- ]?)?(?:streamed|webcast))\\s+(?:via|on|for|through|over|at)\\b)");

    private OnlineTail() {
    }

    /** Where the online part of {@code place} starts, or -1 when it has none (or is nothing else). */
    public static int start(String place) {
        Matcher m = TAIL.matcher(place);
        int from = 0;
        while (from < place.length() && m.find(from)) {
            if (!namePart(place, m.start("word"))) {
                return m.start() > 0 ? m.start() : -1;
            }
            from = m.start("word") + 1;
        }
        return -1;
    }

    /** "Studio 2, Broadcast House", "Room 4, Virtual Reality Lab": a capitalised word before another is part of a name. */
    private static boolean namePart(String place, int word) {
        if (!Character.isUpperCase(place.charAt(word))) {
            return false;
        }
        int k = word;
        while (k < place.length() && Character.isLetter(place.charAt(k))) {
            k++;
        }
        while (k < place.length() && place.charAt(k) == ' ') {
            k++;
        }
        return k < place.length() && Character.isUpperCase(place.charAt(k));
    }

    /** The line adds only the online part of a place stated above it. */
    public static boolean isOnlineLine(String line) {
        return LINE.matcher(line).find();
    }
}
