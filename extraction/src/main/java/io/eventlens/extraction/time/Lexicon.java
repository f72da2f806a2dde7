package io.eventlens.extraction.time;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The English words of dates and times: months, weekdays, numbers, units, parts of the day. */
final class Lexicon {

    private Lexicon() {
    }

    static final Map<String, Integer> MONTHS = new HashMap<>();
    /** Abbreviations that are also ordinary words or names need a date around them. */
    static final Set<String> MONTH_ABBREVIATIONS = Lexicon.words("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");
    static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    static final Set<String> WEEKDAY_ABBREVIATIONS = Lexicon.words("mon", "tue", "tues", "wed", "thu", "thur", "thurs",
            "fri", "sat", "sun");
    /** Plural weekdays name a set: "on Mondays". */
    static final Map<String, DayOfWeek> WEEKDAYS_PLURAL = new HashMap<>();

    static final Map<String, Integer> CARDINALS = new HashMap<>();
    static final Map<String, Integer> TENS = new HashMap<>();
    static final Map<String, Integer> ORDINALS = new HashMap<>();
    static final Set<String> ORDINAL_SUFFIXES = Lexicon.words("st", "nd", "rd", "th");

    static final Map<String, Unit> UNITS = new HashMap<>();
    static final Map<String, String> PARTS_OF_DAY = new HashMap<>(Map.of(
            "morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI", "overnight", "NI",
            "mornings", "MO", "afternoons", "AF", "evenings", "EV", "nights", "NI"));
    static final Map<String, String> SEASONS = new HashMap<>(Map.of(
            "spring", "SP", "summer", "SU", "fall", "FA", "autumn", "FA", "winter", "WI"));
    /** Time zone abbreviations: read as part of a time, ignored in its value. */
    static final Set<String> ZONES = Lexicon.words("et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst",
            "pdt", "gmt", "utc", "cet", "cest", "bst", "wet", "west", "eet", "eest", "ist", "jst", "aest", "aedt",
            "hkt", "sgt", "msk", "z");

    static {
        String[][] months = {
                {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
                {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
                {"october", "oct"}, {"november", "nov"}, {"december", "dec"}};
        for (int m = 0; m < months.length; m++) {
            for (String name : months[m]) {
                MONTHS.put(name, m + 1);
            }
        }
        String[][] weekdays = {
                {"monday", "mon"}, {"tuesday", "tue", "tues"}, {"wednesday", "wed"}, {"thursday", "thu", "thur", "thurs"},
                {"friday", "fri"}, {"saturday", "sat"}, {"sunday", "sun"}};
        for (int d = 0; d < weekdays.length; d++) {
            for (String name : weekdays[d]) {
                WEEKDAYS.put(name, DayOfWeek.of(d + 1));
            }
            WEEKDAYS_PLURAL.put(weekdays[d][0] + "s", DayOfWeek.of(d + 1));
        }
        String[] ones = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int n = 0; n < ones.length; n++) {
            CARDINALS.put(ones[n], n);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int n = 0; n < tens.length; n++) {
            TENS.put(tens[n], 20 + 10 * n);
        }
        String[] ordinals = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                "seventeenth", "eighteenth", "nineteenth", "twentieth"};
        for (int n = 0; n < ordinals.length; n++) {
            ORDINALS.put(ordinals[n], n + 1);
        }
        ORDINALS.put("thirtieth", 30);

        for (Unit unit : Unit.values()) {
            for (String word : unit.words) {
                UNITS.put(word, unit);
            }
        }
    }

    /** A set of words that answers false, not an exception, when asked about null (an atom that is no word). */
    static Set<String> words(String... words) {
        return new HashSet<>(Arrays.asList(words));
    }
}
