package io.eventlens.extraction.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the date a document was written on, for documents that come without one: a dateline
 * ("GENEVA, 12 March 2019 -"), a publication line ("Posted Sunday, January 31, 2021",
 * "Published: 3 May 2022"), else a date standing alone on a line near the top, else the first
 * complete date near the top, else the first complete date anywhere, else the first month of a
 * written year. (A history mentioned in the first sentence is no date line; a date on its own
 * line under a title is.)
 */
final class AnchorFinder {

    // precompiled: String.replaceAll, split and matches compile their pattern on every call
    private static final Pattern NOT_LETTER_OR_SPACE = Pattern.compile("[^\\p{L} ]");
    private static final Pattern SPACE_RUN = Pattern.compile(" +");

    /** How far into the text the header reaches. */
    private static final int HEADER_CHARS = 800;
    /** How far into the text a date alone on its line still dates the document. */
    private static final int TOP_CHARS = 3000;

    private static final Set<String> PUBLICATION_WORDS = Lexicon.words("posted", "published", "updated", "date", "dated",
            "released", "issued", "modified", "created", "written", "sent");

    /** The start of a dateline: a place in capitals or title case, maybe an agency in brackets, then a comma. */
    private static final Pattern DATELINE_PREFIX = Pattern.compile(
            "\\s*\\p{Lu}[\\p{L}.' -]{1,40}(\\([^)\\n]{1,30}\\))?\\s*,\\s*");

    private AnchorFinder() {
    }

    static Optional<LocalDate> find(String text, List<Phrase> phrases) {
        Phrase best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Phrase phrase : phrases) {
            Point p = firstPoint(phrase);
            if (p == null || p.year == null || p.month == null) {
                continue;
            }
            int rank;
            if (p.day == null) {
                rank = 4;
            } else {
                String before = lineBefore(text, phrase.start);
                if (isPublicationLine(before) || DATELINE_PREFIX.matcher(before).matches()) {
                    rank = 0;
                } else if (phrase.start < TOP_CHARS && before.isBlank() && restOfLineIsBlank(text, phrase.end)) {
                    rank = 1;
                } else if (phrase.start < HEADER_CHARS) {
                    rank = 2;
                } else {
                    rank = 3;
                }
            }
            if (rank < bestRank) {
                bestRank = rank;
                best = phrase;
                if (rank == 0) {
                    break;
                }
            }
        }
        Optional<Integer> reportYear = reportYear(text);
        if (reportYear.isPresent() && bestRank >= 2) {
            // a report of one year, undated: its year-less dates lie in that year, looking back from its end
            return Optional.of(LocalDate.of(reportYear.get(), 12, 31));
        }
        if (best == null) {
            return termStart(text);
        }
        Point p = firstPoint(best);
        try {
            return Optional.of(LocalDate.of(p.year, p.month, p.day == null ? 1 : p.day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** "Michaelmas Term 2024", "Spring 2025", "Fall Semester 2023": the academic term a page's programme covers. */
    private static final Pattern TERM_YEAR = Pattern.compile(
            "(?i)\\b(spring|summer|autumn|fall|winter|michaelmas|hilary|trinity|lent|easter|epiphany)"
                    + "(?:\\s+(?:term|semester|quarter|session|season))?\\s+((?:19|20)\\d\\d)\\b(?!\\s*[-\u2013\u2014/]\\s*\\d)");

    /**
     * For a page that names no full date but its term near the top ("Michaelmas Term 2024 · Tuesdays ..."), the
     * first day of that term: the programme's "Tue 15/10" lies in the term's year.
     */
    private static Optional<LocalDate> termStart(String text) {
        java.util.regex.Matcher m = TERM_YEAR.matcher(text.substring(0, Math.min(text.length(), HEADER_CHARS)));
        if (!m.find()) {
            return Optional.empty();
        }
        int month = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "spring", "winter", "hilary", "lent", "epiphany" -> 1;
            case "trinity", "easter" -> 4;
            case "summer" -> 6;
            case "autumn", "fall" -> 9;
            default -> 10; // michaelmas
        };
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(2)), month, 1));
    }

    /** How far into the text a report's title with its year is looked for. */
    private static final int TITLE_CHARS = 300;
    /** "Annual Report 2024", "Activity Report for 2023", "2024 Annual Review", "The Year in Review 2022"; not "2023–2024". */
    private static final Pattern REPORT_YEAR = Pattern.compile(
            "(?i)\\b(?:annual|activity|activities|yearly|impact|progress)\\s+(?:report|review)\\s+(?:for\\s+)?((?:19|20)\\d\\d)\\b(?!\\s*[-\u2013\u2014/]\\s*\\d)"
                    + "|\\byear\\s+in\\s+review\\s*((?:19|20)\\d\\d)\\b(?!\\s*[-\u2013\u2014/]\\s*\\d)"
                    + "|(?<![-\u2013\u2014/]\\s?)\\b((?:19|20)\\d\\d)\\s+(?:annual\\s+report|annual\\s+review|in\\s+review|activity\\s+report|impact\\s+report)\\b");

    /**
     * The one year a report covers, as its title near the top states it ("Annual Report 2024"); empty
     * for other documents and for reports of a span of years ("Annual Report 2018–2019").
     */
    static Optional<Integer> reportYear(String text) {
        String top = text.substring(0, Math.min(text.length(), TITLE_CHARS));
        String lower = top.toLowerCase(java.util.Locale.ROOT);
        if (!lower.contains("report") && !lower.contains("review")) {
            return Optional.empty(); // every match names a report or a review; the regex is costly to try everywhere
        }
        java.util.regex.Matcher m = REPORT_YEAR.matcher(top);
        if (!m.find()) {
            return Optional.empty();
        }
        String year = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return Optional.of(Integer.parseInt(year));
    }

    private static Point firstPoint(Phrase phrase) {
        return switch (phrase.kind) {
            case POINT -> phrase.point;
            case RANGE, DATED -> firstPoint(phrase.parts.get(0));
            default -> null;
        };
    }

    /** Up to 80 characters of the line before {@code at} (bounded, so a huge line costs nothing more). */
    private static String lineBefore(String text, int at) {
        int from = at;
        while (from > 0 && at - from < 80 && text.charAt(from - 1) != '\n') {
            from--;
        }
        return text.substring(from, at);
    }

    private static boolean restOfLineIsBlank(String text, int from) {
        for (int k = from; k < text.length() && k < from + 80; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPublicationLine(String before) {
        String words = NOT_LETTER_OR_SPACE.matcher(before.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        if (words.isEmpty()) {
            return false;
        }
        String[] parts = SPACE_RUN.split(words);
        return parts.length <= 4 && PUBLICATION_WORDS.contains(parts[0]);
    }
}
