package io.eventlens.extraction.time;

import static io.eventlens.extraction.time.TemporalGrammar.longer;

import java.time.DayOfWeek;
import java.util.Set;

/**
 * The part of the grammar for expressions whose value depends on the anchor date or that name no
 * calendar place: "today", "last week", "two years ago", "the third quarter", "the 1990s",
 * durations ("three days", "the past five years", "a two-year term"), sets ("daily", "every
 * Thursday") and references ("now", "recently", "the future").
 */
final class RelativeRules {

    /** A quantity read from atoms: "3", "2 1/2", "two", "twenty-four", "a", "several" (X). */
    private record Amount(String value, int end) {
    }

    private static final Set<String> BEFORE_BARE_UNITS = Lexicon.words("for", "in", "within", "over", "after", "than",
            "recent", "coming", "past", "last", "next", "few");
    private static final Set<String> PARTS_OF_A_PERIOD = Lexicon.words("end", "beginning", "start", "middle", "rest");
    private static final Set<String> AMOUNT_ADJECTIVES = Lexicon.words("more", "additional", "extra", "full", "straight",
            "consecutive", "successive", "further", "long", "trading", "business", "working", "calendar");

    private final Atoms a;
    private final TemporalGrammar grammar;

    RelativeRules(Atoms atoms, TemporalGrammar grammar) {
        this.a = atoms;
        this.grammar = grammar;
    }

    Phrase at(int i) {
        if (a.isNumber(i)) {
            return longer(longer(duration(i), quarter(i)), decadeOrCentury(i));
        }
        String w = a.word(i);
        if (w == null) {
            return null;
        }
        Phrase best = deictic(i);
        best = longer(best, reference(i));
        best = longer(best, shifted(i));
        best = longer(best, set(i)); // before durations: "twice a year" is a set, not "a year"
        best = longer(best, duration(i));
        best = longer(best, bareUnits(i));
        best = longer(best, quarter(i));
        best = longer(best, decadeOrCentury(i));
        best = longer(best, spelledYear(i));
        best = longer(best, weekend(i));
        best = longer(best, season(i));
        best = longer(best, fiscalYear(i));
        best = longer(best, theYear(i));
        best = longer(best, holiday(i));
        return best;
    }

    // ---------------------------------------------------------------- today, yesterday...

    /** "today", "tomorrow night", "yesterday morning", "tonight", "the day before yesterday". */
    private Phrase deictic(int i) {
        int j = i;
        int extra = 0;
        if (a.word(i, "the") && a.word(i + 1, "day") && (a.word(i + 2, "before") || a.word(i + 2, "after"))) {
            extra = a.word(i + 2, "before") ? -1 : 1;
            j = i + 3;
        }
        String w = a.word(j);
        if (w == null) {
            return null;
        }
        int days;
        String pod = null;
        String lead = extra == 0 && !w.endsWith("s") ? Lexicon.PARTS_OF_DAY.get(w) : null;
        if (lead != null && ("today".equals(a.word(j + 1)) || "yesterday".equals(a.word(j + 1))
                || "tomorrow".equals(a.word(j + 1)))) {
            pod = lead; // "mid-afternoon yesterday", "late evening today": the part of the day named first
            w = a.word(++j);
        }
        switch (w) {
            case "today" -> days = 0;
            case "tomorrow" -> days = 1;
            case "yesterday" -> days = -1;
            case "tonight" -> {
                days = 0;
                pod = "NI";
            }
            default -> {
                return null;
            }
        }
        if (extra != 0 && days == 0) {
            return null;
        }
        if (j == i && a.capitalised(j) && !a.allCaps(j) && a.isWord(j - 1) && a.capitalised(j - 1)
                && a.isWord(j - 2) && !a.capitalised(j - 2)) {
            return null; // "presenter of the Horn Today programme": a name's word amid lower-case prose
        }
        int end = j + 1;
        String after = a.word(end);
        if (pod == null && after != null && Lexicon.PARTS_OF_DAY.containsKey(after) && !after.endsWith("s")) {
            pod = Lexicon.PARTS_OF_DAY.get(after);
            end++;
        }
        Point p = new Point();
        p.shiftUnit = Unit.DAY;
        p.shift = days + extra;
        p.partOfDay = pod;
        return Phrase.point(a, i, end, p);
    }

    // ---------------------------------------------------------------- now, recently, the future

    private Phrase reference(int i) {
        String w = a.word(i);
        String value = switch (w) {
            // "previously", "soon", "recent", a bare "future" are rarely marked as times in TimeML corpora
            case "now", "currently", "presently", "nowadays", "current" -> "PRESENT_REF";
            case "recently", "lately", "formerly" -> "PAST_REF";
            default -> null;
        };
        if (value != null) {
            if (w.equals("current") && (a.word(i + 1) == null || Lexicon.UNITS.containsKey(a.word(i + 1)))) {
                return null; // "the current quarter" is a shift; "current" at the end of a clause is rarely temporal
            }
            if (w.equals("now") && (a.word(i + 1, "that") || a.word(i - 1, "from"))) {
                return null;
            }
            return Phrase.valued(a, Phrase.Kind.REFERENCE, i, i + 1, value);
        }
        // the past, the future, the present, the near future, these days, at present
        if (w.equals("the")) {
            int j = i + 1;
            if (a.word(j, "near") || a.word(j, "distant") || a.word(j, "foreseeable") || a.word(j, "immediate")) {
                j++;
            }
            String v = a.word(j, "past") ? "PAST_REF" : a.word(j, "future") ? "FUTURE_REF" : a.word(j, "present") ? "PRESENT_REF" : null;
            if (v == null || j > i + 1 && !v.equals("FUTURE_REF")) {
                return null;
            }
            String next = a.word(j + 1);
            if (next != null && (Lexicon.UNITS.containsKey(next) || amount(j + 1) != null || Lexicon.SEASONS.containsKey(next))) {
                return null; // "the past five years", "the past year": durations and shifts
            }
            if ("of".equals(next)) {
                return null; // "the future of the company": a prospect, not a time
            }
            return Phrase.valued(a, Phrase.Kind.REFERENCE, i, j + 1, v);
        }
        if (w.equals("these") && a.word(i + 1, "days")) {
            return Phrase.valued(a, Phrase.Kind.REFERENCE, i, i + 2, "PRESENT_REF");
        }
        if (w.equals("present") && a.word(i - 1, "at")) {
            return Phrase.valued(a, Phrase.Kind.REFERENCE, i, i + 1, "PRESENT_REF");
        }
        return null;
    }

    // ---------------------------------------------------------------- last week, next March, the past five years

    /** -1 for last/past/previous, 0 for this/current, +1 for next/coming/following; null when none. */
    private Integer direction(String w) {
        if (w == null) {
            return null;
        }
        return switch (w) {
            case "last", "past", "previous", "preceding", "prior" -> -1;
            case "this", "current", "present", "that" -> 0;
            case "next", "coming", "following", "upcoming", "subsequent" -> 1;
            default -> null;
        };
    }

    private Phrase shifted(int i) {
        int j = i;
        boolean the = a.word(j, "the");
        if (the) {
            j++;
        }
        Integer dir = direction(a.word(j));
        if (dir == null) {
            return recentUnits(i);
        }
        if (the && (a.word(j, "this") || a.word(j, "that"))) {
            return null;
        }
        if (a.word(j, "that")) {
            return that(i, j + 1);
        }
        j++;
        if (a.word(j - 1, "this") && (a.word(j, "past") || a.word(j, "coming"))) {
            dir = a.word(j, "past") ? -1 : 1; // "this past spring", "this coming Sunday"
            j++;
        }
        // the past five years, the next few days, the last two weeks: durations
        Amount amount = amount(j);
        if (amount != null && !a.word(j, "a") && !a.word(j, "an")) {
            int k = skipAmountAdjectives(amount.end);
            Unit unit = unit(k);
            if (unit != null) {
                return duration(i, unit, amount.value, k + 1);
            }
            return null;
        }
        if (a.word(j, "fiscal")) {
            j++;
        }
        String w = a.word(j);
        if (w == null || a.lineBreakBefore(j)) {
            return null;
        }
        Unit unit = Lexicon.UNITS.get(w);
        if (unit != null) {
            if (isPlural(j)) {
                return the || dir != 0 ? duration(i, unit, "X", j + 1) : null; // "the coming months"
            }
            if (unit.clock || unit == Unit.DAY && dir == 0) {
                return null; // "the last minute" is an idiom more often than a time; "this day" a phrase
            }
            Point p = new Point();
            p.shiftUnit = unit;
            p.shift = dir;
            // "the following year"; "the next day" of a story is the day after the one it tells of
            p.anaphoric = the && (isAnaphoric(a.word(i + 1)) || unit == Unit.DAY && a.word(i + 1, "next"));
            return Phrase.point(a, i, j + 1, p);
        }
        if (the && !a.word(i + 1, "following") && !a.word(i + 1, "previous") && !a.word(i + 1, "next")) {
            return null; // "the last Friday" of a month and such are left alone
        }
        // last Friday, next Monday night, this Thursday
        DayOfWeek weekday = Lexicon.WEEKDAYS.get(w);
        if (weekday != null && !Lexicon.WEEKDAY_ABBREVIATIONS.contains(w)) {
            Point p = new Point();
            p.weekday = weekday;
            p.direction = dir;
            p.strict = dir != 0;
            p.anaphoric = the && isAnaphoric(a.word(i + 1));
            int end = j + 1;
            String pod = Lexicon.PARTS_OF_DAY.get(a.word(end));
            if (pod != null && !a.word(end).endsWith("s")) {
                p.partOfDay = pod;
                end++;
            }
            return Phrase.point(a, i, end, p);
        }
        // last November, next March, this September
        TemporalGrammar.Hit month = grammar.monthName(j);
        if (month != null) {
            // "last Oct. 23": the day goes with the month (unless a year follows: that date reads itself)
            TemporalGrammar.Hit day = grammar.dayOfMonth(month.end());
            boolean yearFollows = a.symbol(day == null ? -1 : day.end(), ',') && a.isNumber(day.end() + 1)
                    && a.digits(day.end() + 1) == 4;
            if (day != null && !yearFollows && !a.isNumber(day.end()) && !a.symbol(day.end(), '%')
                    && !a.word(day.end(), "percent")) {
                return directed(i, day.end(), dir, p -> {
                    p.month = month.value();
                    p.day = day.value();
                });
            }
            return directed(i, month.end(), dir, p -> p.month = month.value());
        }
        // last fall, this summer
        String season = Lexicon.SEASONS.get(w);
        if (season != null) {
            return directed(i, j + 1, dir, p -> p.season = season);
        }
        // this morning, last night, the next morning
        String pod = Lexicon.PARTS_OF_DAY.get(w);
        if (pod != null && !w.endsWith("s") && (dir != 0 || a.word(j - 1, "this"))) {
            if (a.word(j - 1, "last") && !pod.equals("NI")) {
                return null; // "last night" is yesterday's, "last morning" is no date
            }
            Point p = new Point();
            p.shiftUnit = Unit.DAY;
            p.shift = dir;
            p.partOfDay = pod;
            p.anaphoric = the;  // "the next morning", "the previous night"
            return Phrase.point(a, i, j + 1, p);
        }
        return null;
    }

    /** "that year", "that day", "that week": the period of the date last spoken of. */
    private Phrase that(int i, int j) {
        Unit unit = unit(j);
        if (unit == null || unit.clock || isPlural(j) || unit == Unit.WEEKEND) {
            return null;
        }
        Point p = new Point();
        p.shiftUnit = unit;
        p.anaphoric = true;
        return Phrase.point(a, i, j + 1, p);
    }

    /** "the following", "the previous": words that count from the time last spoken of. */
    private static boolean isAnaphoric(String w) {
        return "following".equals(w) || "previous".equals(w) || "preceding".equals(w) || "prior".equals(w)
                || "subsequent".equals(w);
    }

    /** A month or season named with last/next/this: "this" is the anchor's year, the others point one way. */
    private Phrase directed(int i, int end, int dir, java.util.function.Consumer<Point> field) {
        Point p = new Point();
        field.accept(p);
        if (dir == 0) {
            p.shiftUnit = Unit.YEAR;
            p.shift = 0;
        } else {
            p.direction = dir;
            p.strict = true;
        }
        return Phrase.point(a, i, end, p);
    }

    /** "recent years", "recent weeks": a duration of unknown length. */
    private Phrase recentUnits(int i) {
        if (!a.word(i, "recent") || !isPlural(i + 1)) {
            return null;
        }
        Unit unit = Lexicon.UNITS.get(a.word(i + 1));
        return unit == null ? null : duration(i, unit, "X", i + 2);
    }

    // ---------------------------------------------------------------- durations

    /** "three days", "a week", "2 1/2 years", "two-year", "an 8-month-old", "two years ago", "a year earlier". */
    private Phrase duration(int i) {
        int from = i;
        int j = i;
        boolean the = a.word(j, "the");
        if (the) {
            j++; // "the nine months"
        }
        if (a.word(j, "first") || a.word(j, "latest")) {
            if (!the) {
                return null;
            }
            j++; // "the first nine months"
        }
        Amount amount = amount(j);
        if (amount == null) {
            return null;
        }
        if (the && (a.word(j, "a") || a.word(j, "an") || a.word(j, "one"))) {
            return null;
        }
        int k = amount.end;
        boolean hyphen = a.dash(k) && a.tight(k) && a.tight(k + 1);
        if (hyphen) {
            k++;
        }
        k = skipAmountAdjectives(k);
        Unit unit = unit(k);
        if (unit == null) {
            // "two to three weeks", "12 to 18 months"
            if ((a.word(k, "to") || a.word(k, "or") || a.dash(k)) && amount(k + 1) != null) {
                Amount second = amount(k + 1);
                Unit u2 = unit(skipAmountAdjectives(second.end));
                if (u2 != null) {
                    return duration(from, u2, amount.value, skipAmountAdjectives(second.end) + 1);
                }
            }
            return null;
        }
        if (unit == Unit.QUARTER && !the || unit == Unit.SECOND && (a.word(j, "a") || a.word(j, "an"))) {
            return null; // "three-quarters of", "a quarter of": fractions; "a second time": an ordinal
        }
        if (!hyphen && a.dash(k + 1) && a.tight(k + 1) && (a.word(k + 2, "earlier") || a.word(k + 2, "ago"))) {
            return null; // "a year-earlier loss": the adjective "year-earlier" is the expression, not "a year"
        }
        String value = amount.value;
        int end = k + 1;
        if (a.word(end, "and") && a.word(end + 1, "a") && a.word(end + 2, "half") && !value.equals("X")) {
            value = Unit.trim(Double.parseDouble(value) + 0.5);
            end += 3;
        }
        // "a 6-year-old" is an age, not a time; "a 10-day-long strike" is a duration
        if (a.dash(end) && a.tight(end) && a.word(end + 1, "old") || a.word(end, "old") && !the) {
            return null;
        }
        if (a.dash(end) && a.tight(end) && a.word(end + 1, "long")) {
            end += 2;
        }
        if (the) {
            return duration(hyphen && !a.word(from + 1, "first") ? from + 1 : from, unit, value, end);
        }
        // two years ago, a year earlier, three days from now
        String after = a.word(end);
        if (after != null && !hyphen) {
            int sign = switch (after) {
                case "ago", "earlier", "before" -> -1;
                case "hence" -> 1;
                case "from" -> a.word(end + 1, "now") ? 1 : 0;
                default -> 0;
            };
            if (after.equals("before") && !(a.word(end + 1) == null || a.symbol(end + 1, '.') || a.symbol(end + 1, ','))) {
                sign = 0; // "two days before the vote" is a duration before an event
            }
            if (sign != 0) {
                int stop = after.equals("from") ? end + 2 : end + 1;
                if (!value.equals("X") && value.indexOf('.') < 0 && unit != Unit.HALF) {
                    Point p = new Point();
                    p.shiftUnit = unit == Unit.FORTNIGHT ? Unit.WEEK : unit;
                    p.shift = sign * Integer.parseInt(value) * (unit == Unit.FORTNIGHT ? 2 : 1);
                    p.contextual = unit == Unit.YEAR && sign < 0;
                    return Phrase.point(a, from, stop, p);
                }
                return Phrase.valued(a, Phrase.Kind.REFERENCE, from, stop, sign < 0 ? "PAST_REF" : "FUTURE_REF");
            }
        }
        return duration(from, unit, value, end);
    }

    private Phrase duration(int from, Unit unit, String amount, int end) {
        if (unit == Unit.WEEKEND) {
            return Phrase.valued(a, Phrase.Kind.DURATION, from, end, "P" + amount + "WE");
        }
        return Phrase.valued(a, Phrase.Kind.DURATION, from, end, unit.duration(amount));
    }

    /** "for years", "in months", "within days": a plural unit alone is a duration of unknown length. */
    private Phrase bareUnits(int i) {
        if (!isPlural(i) || i == 0 || !BEFORE_BARE_UNITS.contains(a.word(i - 1))) {
            return null;
        }
        Unit unit = Lexicon.UNITS.get(a.word(i));
        if (unit == null || unit == Unit.WEEKEND) {
            return null;
        }
        int end = i + 1;
        if (a.dash(end) && a.tight(end) && (a.word(end + 1, "long") || a.word(end + 1, "old"))) {
            end += 2;
        }
        return duration(i, unit, "X", end);
    }

    private int skipAmountAdjectives(int k) {
        while (AMOUNT_ADJECTIVES.contains(a.word(k)) && !a.word(k, "long")) {
            k++;
        }
        return k;
    }

    private Unit unit(int k) {
        String w = a.word(k);
        return w == null || a.lineBreakBefore(k) ? null : Lexicon.UNITS.get(w);
    }

    private boolean isPlural(int k) {
        String w = a.word(k);
        return w != null && Lexicon.UNITS.containsKey(w) && (w.endsWith("s") || w.equals("centuries")
                || w.equals("millennia")) && !w.equals("hrs") && !w.equals("yrs") && !w.equals("mins") && !w.equals("secs")
                || "hrs".equals(w) || "yrs".equals(w) || "mins".equals(w) || "secs".equals(w);
    }

    /** A quantity: digits (with a decimal or a fraction), number words, "a", "a few", "several" (X). */
    private Amount amount(int i) {
        if (a.isNumber(i)) {
            if (a.digits(i) > 4 || i > 0 && a.tight(i) && (a.isNumber(i - 1) || a.symbol(i - 1, '.') || a.symbol(i - 1, ',')
                    || a.symbol(i - 1, '$') || a.isWord(i - 1))) {
                return null;
            }
            int n = a.number(i);
            if (a.symbol(i + 1, ',') && a.tight(i + 1) && a.isNumber(i + 2) && a.tight(i + 2)) {
                return null; // 1,000
            }
            // 2.5
            if (a.symbol(i + 1, '.') && a.tight(i + 1) && a.isNumber(i + 2) && a.tight(i + 2)) {
                return new Amount(n + "." + a.text.substring(a.start[i + 2], a.end[i + 2]), i + 3);
            }
            // 1/2
            if (a.symbol(i + 1, '/') && a.tight(i + 1) && a.isNumber(i + 2) && a.tight(i + 2) && a.number(i + 2) > 0) {
                return new Amount(Unit.trim((double) n / a.number(i + 2)), i + 3);
            }
            // 2 1/2
            if (a.isNumber(i + 1) && a.symbol(i + 2, '/') && a.tight(i + 2) && a.isNumber(i + 3) && a.tight(i + 3)
                    && a.number(i + 3) > 0) {
                return new Amount(Unit.trim(n + (double) a.number(i + 1) / a.number(i + 3)), i + 4);
            }
            if (a.digits(i) == 4 && n >= 1000) {
                return null; // a year, not a count
            }
            return new Amount(Integer.toString(n), i + 1);
        }
        String w = a.word(i);
        if (w == null) {
            return null;
        }
        switch (w) {
            case "a", "an" -> {
                String next = a.word(i + 1);
                if ("few".equals(next)) {
                    return new Amount("X", i + 2);
                }
                if ("couple".equals(next)) {
                    return new Amount("2", a.word(i + 2, "of") ? i + 3 : i + 2);
                }
                if ("dozen".equals(next)) {
                    return new Amount("12", i + 2);
                }
                if ("half".equals(next)) {
                    return new Amount("0.5", i + 2);
                }
                if ("hundred".equals(next) || "thousand".equals(next)) {
                    return new Amount("hundred".equals(next) ? "100" : "1000", i + 2);
                }
                return new Amount("1", i + 1);
            }
            case "few", "several", "many", "some", "numerous", "multiple", "countless" -> {
                return new Amount("X", i + 1);
            }
            case "couple" -> {
                return a.word(i + 1, "of") ? new Amount("2", i + 2) : null;
            }
            case "dozens", "hundreds", "thousands" -> {
                return a.word(i + 1, "of") ? new Amount("X", i + 2) : null;
            }
            case "half" -> {
                return a.word(i + 1, "a") || a.word(i + 1, "an") ? new Amount("0.5", i + 2) : null;
            }
            default -> {
            }
        }
        TemporalGrammar.Hit n = numberWords(i);
        return n == null ? null : new Amount(Integer.toString(n.value()), n.end());
    }

    /** "two", "twenty-four", "twenty four", "a hundred", "two thousand", "one hundred fifty". */
    private TemporalGrammar.Hit numberWords(int i) {
        String w = a.word(i);
        Integer n = Lexicon.CARDINALS.get(w);
        int end = i + 1;
        if (n == null) {
            n = Lexicon.TENS.get(w);
            if (n == null) {
                return null;
            }
            int k = a.dash(end) && a.tight(end) ? end + 1 : end;
            Integer ones = Lexicon.CARDINALS.get(a.word(k));
            if (ones != null && ones > 0 && ones < 10) {
                n += ones;
                end = k + 1;
            }
        }
        if (a.word(end, "hundred") || a.word(end, "thousand")) {
            n *= a.word(end, "hundred") ? 100 : 1000;
            end++;
        }
        return new TemporalGrammar.Hit(n, end);
    }

    // ---------------------------------------------------------------- sets

    /** "daily", "annual", "every week", "each Thursday", "every other year", "Mondays", "twice a year". */
    private Phrase set(int i) {
        String w = a.word(i);
        String value = switch (w) {
            // "annual", "annually", "quarterly" qualify reports and payments more often than they mark time
            case "daily", "nightly" -> "P1D";
            case "weekly" -> "P1W";
            case "monthly" -> "P1M";
            case "yearly" -> "P1Y";
            case "hourly" -> "PT1H";
            case "biweekly", "fortnightly" -> "P2W";
            case "semiannual", "biannual" -> "P6M";
            default -> null;
        };
        if (value != null) {
            return Phrase.valued(a, Phrase.Kind.SET, i, i + 1, value);
        }
        DayOfWeek plural = Lexicon.WEEKDAYS_PLURAL.get(w);
        if (plural != null && a.capitalised(i)) {
            return Phrase.valued(a, Phrase.Kind.SET, i, i + 1, "XXXX-WXX-" + plural.getValue());
        }
        if (w.equals("every") || w.equals("each") || w.equals("per")) {
            int j = i + 1;
            String amount = "1";
            if (a.word(j, "other")) {
                amount = "2";
                j++;
            } else {
                Amount n = amount(j);
                if (n != null && !a.word(j, "a") && !a.word(j, "an")) {
                    amount = n.value;
                    j = n.end;
                }
            }
            String next = a.word(j);
            if (next == null) {
                return null;
            }
            Unit unit = Lexicon.UNITS.get(next);
            if (unit != null) {
                String every = unit == Unit.WEEKEND ? "P1WE" : unit == Unit.QUARTER ? "P" + amount + "Q" : unit.duration(amount);
                return Phrase.valued(a, Phrase.Kind.SET, i, j + 1, every);
            }
            DayOfWeek weekday = Lexicon.WEEKDAYS.get(next);
            if (weekday != null && amount.equals("1") && !w.equals("per")) {
                return Phrase.valued(a, Phrase.Kind.SET, i, j + 1, "XXXX-WXX-" + weekday.getValue());
            }
            TemporalGrammar.Hit month = grammar.monthName(j);
            if (month != null && amount.equals("1") && !w.equals("per")) {
                return Phrase.valued(a, Phrase.Kind.SET, i, month.end(), "XXXX-" + (month.value() < 10 ? "0" : "") + month.value());
            }
            String pod = Lexicon.PARTS_OF_DAY.get(next);
            if (pod != null && amount.equals("1") && !w.equals("per")) {
                return Phrase.valued(a, Phrase.Kind.SET, i, j + 1, "XXXX-XX-XXT" + pod);
            }
            return null;
        }
        // twice a year, three times a week, $5 million a year, 700 seats a week, 24 hours a day
        if ((w.equals("a") || w.equals("an")) && i > 0) {
            Unit unit = Lexicon.UNITS.get(a.word(i + 1));
            if (unit != null && !isPlural(i + 1) && isRate(i - 1)) {
                return Phrase.valued(a, Phrase.Kind.SET, i, i + 2, unit.duration("1"));
            }
        }
        return null;
    }

    private static final Set<String> RATE_WORDS = Lexicon.words("twice", "once", "thrice", "times", "million",
            "billion", "thousand", "hundred", "dollars", "cents", "euros", "pounds", "percent");
    private static final Set<String> NOT_PLURAL_NOUNS = Lexicon.words("was", "has", "is", "this", "its", "his", "us",
            "as", "yes", "thus", "plus", "less", "unless", "across", "perhaps", "always", "afterwards");

    /** Whether the atom before "a year" makes it a rate: a count, an amount of money, a plural noun. */
    private boolean isRate(int before) {
        String w = a.word(before);
        if (w == null) {
            return a.isNumber(before) || a.symbol(before, '%');
        }
        return RATE_WORDS.contains(w) || w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
                && !NOT_PLURAL_NOUNS.contains(w) && !Lexicon.UNITS.containsKey(w) && !a.capitalised(before);
    }

    // ---------------------------------------------------------------- quarters and halves

    /**
     * "the third quarter", "third-quarter", "the fiscal first quarter of 1990", "Q3 2015",
     * "the first half", "the latest quarter", "the year-ago quarter", "this year's third quarter".
     */
    private Phrase quarter(int i) {
        int j = i;
        Point p = new Point();
        if (a.word(j, "the")) {
            j++;
        }
        // this year's third quarter, last year's fourth quarter
        if ((a.word(j, "this") || a.word(j, "last") || a.word(j, "next")) && a.word(j + 1, "year")
                && (a.symbol(j + 2, '\'') || a.symbol(j + 2, '\u2019')) && a.word(j + 3, "s") && j == i) {
            p.shiftUnit = Unit.YEAR;
            p.shift = direction(a.word(j));
            j += 4;
        } else if (a.isNumber(j) && a.digits(j) == 4 && j > i) {
            p.year = a.number(j); // the 1988 third quarter
            j++;
        }
        if (a.word(j, "fiscal")) {
            j++;
            if (a.dash(j) && a.tight(j)) {
                j++;
            }
        }
        // Q3, Q3 2015, 3Q
        if (a.word(j, "q") && a.capitalised(j) && a.isNumber(j + 1) && a.tight(j + 1) && a.number(j + 1) >= 1
                && a.number(j + 1) <= 4 && !(a.tight(j + 2) && (a.isWord(j + 2) || a.isNumber(j + 2)))) {
            p.quarter = a.number(j + 1);
            int end = j + 2;
            if (a.isNumber(end) && a.digits(end) == 4) {
                p.year = a.number(end);
                end++;
            }
            return Phrase.point(a, i, end, p);
        }
        Integer ord = quarterOrdinal(j);
        if (ord == null && p.year != null && (a.word(j, "quarter") || a.word(j, "period"))) {
            p.contextual = true; // "the 1988 quarter": the quarter under discussion, in 1988
            return Phrase.point(a, i, j + 1, p);
        }
        if (ord == null) {
            return relativeQuarter(i, j);
        }
        int k = j + 1;
        if (a.isNumber(j)) {
            k++; // "3rd"
        }
        if (a.dash(k) && a.tight(k)) {
            k++;
        }
        String unit = a.word(k);
        if ("quarter".equals(unit)) {
            if (ord > 4) {
                return null;
            }
            p.quarter = ord;
        } else if ("half".equals(unit)) {
            if (ord > 2) {
                return null;
            }
            p.half = ord;
        } else {
            return null;
        }
        int end = k + 1;
        int from = i;
        if (a.dash(k - 1) && a.tight(k) && a.word(i, "the")) {
            from = i + 1; // "the third-quarter results": the determiner belongs to "results"
        }
        // of 1990, of fiscal 1990, of this year, of next year
        int m = a.word(end, "of") ? end + 1 : end;
        if (a.word(m, "fiscal")) {
            m++;
        }
        if (a.isNumber(m) && a.digits(m) == 4 && a.number(m) >= 1000 && a.number(m) <= 2199 && p.year == null) {
            p.year = a.number(m);
            end = m + 1;
        } else if (m > end && (a.word(m, "this") || a.word(m, "last") || a.word(m, "next")) && a.word(m + 1, "year")
                && p.shiftUnit == null) {
            p.shiftUnit = Unit.YEAR;
            p.shift = direction(a.word(m));
            end = m + 2;
        } else if (m > end && a.word(m, "the") && a.word(m + 1, "year") && p.year == null && p.shiftUnit == null) {
            end = m + 2;
        }
        if (p.year == null && p.shiftUnit == null) {
            p.direction = -1; // a quarter named without its year is the latest such, in business news
        }
        return Phrase.point(a, from, end, p);
    }

    /** "the quarter", "the latest quarter", "the year-ago quarter", "year-earlier": quarters counted from the anchor's. */
    private Phrase relativeQuarter(int i, int j) {
        boolean the = j > i;
        int k = j;
        int shift;
        if (a.word(k, "latest") || a.word(k, "just") && a.dash(k + 1) && a.word(k + 2, "ended")) {
            k += a.word(k, "latest") ? 1 : 3;
            shift = -1;
        } else if (a.word(k, "most") && a.word(k + 1, "recent")) {
            k += 2;
            shift = -1;
        } else if (a.word(k, "year") && a.dash(k + 1) && a.tight(k + 1) && (a.word(k + 2, "ago") || a.word(k + 2, "earlier"))) {
            k += 3;
            shift = -5;
            if (!a.word(k, "quarter") && !a.word(k, "period")) {
                Point p = new Point(); // "year-ago results"
                p.shiftUnit = Unit.YEAR;
                p.shift = -1;
                p.contextual = true;
                Integer ord = quarterOrdinal(k);
                if (ord != null && ord <= 4 && a.word(a.isNumber(k) ? k + 2 : k + 1, "quarter")) {
                    p.contextual = false; // "the year-ago third quarter"
                    p.quarter = ord;
                    return Phrase.point(a, i, (a.isNumber(k) ? k + 2 : k + 1) + 1, p);
                }
                return the ? null : Phrase.point(a, i, k, p);
            }
        } else if (the && a.word(k, "quarter")) {
            shift = -1;
        } else {
            return null;
        }
        if (!a.word(k, "quarter") && !(shift != 0 && a.word(k, "period"))) {
            return null; // "the latest period", "the year-ago period": the reporting period, a quarter
        }
        Point p = new Point();
        p.shiftUnit = Unit.QUARTER;
        p.shift = shift;
        return Phrase.point(a, i, k + 1, p);
    }

    private Integer quarterOrdinal(int j) {
        String w = a.word(j);
        if (a.isNumber(j) && a.digits(j) == 1 && a.tight(j + 1) && Lexicon.ORDINAL_SUFFIXES.contains(a.word(j + 1))) {
            return a.number(j);
        }
        if (w == null) {
            return null;
        }
        return switch (w) {
            case "first" -> 1;
            case "second" -> 2;
            case "third" -> 3;
            case "fourth", "final" -> 4;
            default -> null;
        };
    }

    // ---------------------------------------------------------------- decades, centuries, spelled years

    /** "the nineties", "the twentieth century", "the 20th century", "the 1800s". */
    private Phrase decadeOrCentury(int i) {
        int j = a.word(i, "the") ? i + 1 : i;
        String w = a.word(j);
        if (w != null && w.endsWith("ies") && j > i) {
            Integer tens = Lexicon.TENS.get(w.substring(0, w.length() - 3) + "y");
            if (tens != null) {
                Point p = new Point();
                p.decade = 190 + tens / 10;
                return Phrase.point(a, i, j + 1, p);
            }
        }
        TemporalGrammar.Hit ordinal = grammar.dayOfMonth(j);
        if (ordinal != null && a.word(ordinal.end(), "century") && ordinal.value() <= 21
                && (a.isWord(j) || ordinal.end() > j + 1) && !(a.dash(ordinal.end() + 1) && a.tight(ordinal.end() + 1))) {
            Point p = new Point();
            p.century = ordinal.value() - 1;
            return Phrase.point(a, i, ordinal.end() + 1, p);
        }
        return null;
    }

    /** "nineteen ninety-six", "the year two thousand", "the year 2000". */
    Phrase spelledYear(int i) {
        int j = i;
        boolean theYear = a.word(i, "the") && a.word(i + 1, "year");
        if (theYear) {
            j = i + 2;
            if (a.isNumber(j) && a.digits(j) == 4) {
                Point p = new Point();
                p.year = a.number(j);
                return Phrase.point(a, i, j + 1, p);
            }
        }
        Integer year = null;
        int end = j;
        if (a.word(j, "nineteen") || a.word(j, "eighteen") || a.word(j, "twenty") && theYear) {
            int century = a.word(j, "nineteen") ? 1900 : a.word(j, "eighteen") ? 1800 : 2000;
            TemporalGrammar.Hit rest = numberWords(j + 1);
            if (rest != null && rest.value() >= 10 && rest.value() < 100) {
                year = century + rest.value();
                end = rest.end();
            } else if (a.word(j + 1, "hundred")) {
                year = century;
                end = j + 2;
            }
        } else if (a.word(j, "two") && a.word(j + 1, "thousand") && (theYear || a.word(j - 1, "in") || a.word(j - 1, "by")
                || a.word(j - 1, "since") || a.word(j - 1, "until"))) {
            year = 2000;
            end = j + 2;
            int k = a.word(end, "and") ? end + 1 : end;
            TemporalGrammar.Hit rest = numberWords(k);
            if (rest != null && rest.value() < 100) {
                year += rest.value();
                end = rest.end();
            }
        }
        if (year == null) {
            return null;
        }
        Point p = new Point();
        p.year = year;
        return Phrase.point(a, i, end, p);
    }

    // ---------------------------------------------------------------- weekends

    /** "the weekend", "this weekend", "over the weekend": the weekend nearest the anchor in the tense's direction. */
    private Phrase weekend(int i) {
        if (!a.word(i, "the") || !a.word(i + 1, "weekend")) {
            return null;
        }
        Point p = new Point();
        p.weekend = true;
        return Phrase.point(a, i, i + 2, p);
    }

    // ---------------------------------------------------------------- seasons, fiscal years, the year, holidays

    /** "summer", "the fall", "the winter of 1994": a season of the year nearest the anchor unless one is written. */
    private Phrase season(int i) {
        int j = a.word(i, "the") ? i + 1 : i;
        String w = a.word(j);
        String season = w == null ? null : Lexicon.SEASONS.get(w);
        if (season == null || w.equals("fall") && j == i || w.equals("spring") && j == i && !a.word(i - 1, "in")) {
            return null; // "fall" and "spring" alone are verbs and nouns more often than seasons
        }
        Point p = new Point();
        p.season = season;
        int end = j + 1;
        if (a.word(end, "of") || a.isNumber(end) && a.digits(end) == 4) {
            int k = a.word(end, "of") ? end + 1 : end;
            Phrase year = grammar.yearPhrase(k);
            if (year == null) {
                year = spelledYear(k);
            }
            if (year != null && year.point.year != null) {
                p.year = year.point.year;
                end = year.to;
            }
        }
        return Phrase.point(a, i, end, p);
    }

    /** "fiscal 1989", "fiscal year 1990", "fiscal 1990-91" (the year it ends in is how it is named). */
    private Phrase fiscalYear(int i) {
        if (!a.word(i, "fiscal")) {
            return null;
        }
        int j = a.word(i + 1, "year") ? i + 2 : i + 1;
        Phrase year = grammar.yearPhrase(j);
        if (year == null || year.point.year == null) {
            return null;
        }
        Point p = new Point();
        p.year = year.point.year;
        return Phrase.point(a, i, year.to, p);
    }

    /** "the year ended Sept. 30": a year's duration; "for the year", "the full year", "the current year": this year. */
    private Phrase theYear(int i) {
        // year-end, year end, year's end: the end of this year
        if (a.word(i, "year") && (a.dash(i + 1) && a.tight(i + 1) && a.word(i + 2, "end")
                || a.word(i + 1, "end") || (a.symbol(i + 1, '\'') || a.symbol(i + 1, '\u2019')) && a.word(i + 2, "s")
                && a.word(i + 3, "end"))) {
            Point p = new Point();
            p.shiftUnit = Unit.YEAR;
            p.mod = "END";
            int end = a.word(i + 1, "end") ? i + 2 : a.word(i + 2, "end") ? i + 3 : i + 4;
            return Phrase.point(a, i, end, p);
        }
        // a day-long meeting, a months-long strike
        Unit bare = unit(i);
        if (bare != null && a.dash(i + 1) && a.tight(i + 1) && a.word(i + 2, "long")) {
            return duration(i, bare, isPlural(i) ? "X" : "1", i + 3);
        }
        if (!a.word(i, "the")) {
            return null;
        }
        // the end of the year, the rest of the year: this year
        String before = a.word(i - 1);
        if ("of".equals(before) && a.word(i + 1, "year") && PARTS_OF_A_PERIOD.contains(a.word(i - 2))) {
            Point p = new Point();
            p.shiftUnit = Unit.YEAR;
            return Phrase.point(a, i, i + 2, p);
        }
        int j = i + 1;
        if (a.word(j, "full") || a.word(j, "current") || a.word(j, "whole") || a.word(j, "entire")) {
            if (!a.word(j + 1, "year")) {
                return null;
            }
            Point p = new Point();
            p.shiftUnit = Unit.YEAR;
            return Phrase.point(a, i, j + 2, p);
        }
        boolean fiscal = a.word(j, "fiscal");
        if (fiscal) {
            j++;
        }
        if (!a.word(j, "year") || a.dash(j + 1) && a.tight(j + 1) || a.symbol(j + 1, '\'') || a.symbol(j + 1, '\u2019')) {
            return null;
        }
        // "the year ended Sept. 30", "throughout the year": twelve months; "for the year", "during the
        // fiscal year": the year the text is about, a date like "the quarter"
        if (a.word(j + 1, "ended") || a.word(j + 1, "ending") || "over".equals(before) || "throughout".equals(before)) {
            return Phrase.valued(a, Phrase.Kind.DURATION, i, j + 1, "P1Y");
        }
        if (fiscal || "for".equals(before) || "during".equals(before)) {
            Point p = new Point();
            p.shiftUnit = Unit.YEAR;
            return Phrase.point(a, i, j + 1, p);
        }
        return null;
    }

    /** Holidays named in English-language news and agendas, fixed by date or by a weekday of their month. */
    private Phrase holiday(int i) {
        String w = a.word(i);
        int end;
        int month;
        int day = 0;
        DayOfWeek weekday = null;
        int nth = 0;
        switch (w) {
            case "christmas" -> {
                month = 12;
                day = a.word(i + 1, "eve") ? 24 : 25;
                end = a.word(i + 1, "eve") || a.word(i + 1, "day") ? i + 2 : i + 1;
            }
            case "thanksgiving" -> {
                month = 11;
                weekday = DayOfWeek.THURSDAY;
                nth = 4;
                end = a.word(i + 1, "day") ? i + 2 : i + 1;
            }
            case "new" -> {
                if (!a.word(i + 1, "year") || !(a.symbol(i + 2, '\'') || a.symbol(i + 2, '\u2019')) || !a.word(i + 3, "s")
                        || !(a.word(i + 4, "day") || a.word(i + 4, "eve"))) {
                    return null;
                }
                boolean eve = a.word(i + 4, "eve");
                month = eve ? 12 : 1;
                day = eve ? 31 : 1;
                end = i + 5;
            }
            case "independence", "labor", "labour", "memorial", "election" -> {
                if (!a.word(i + 1, "day") || !a.capitalised(i)) {
                    return null;
                }
                end = i + 2;
                switch (w) {
                    case "independence" -> {
                        month = 7;
                        day = 4;
                    }
                    case "memorial" -> {
                        month = 5;
                        weekday = DayOfWeek.MONDAY;
                        nth = -1;
                    }
                    case "election" -> {
                        month = 11;
                        weekday = DayOfWeek.TUESDAY;
                        nth = 0;
                        day = -1; // the Tuesday after the first Monday: computed below once the year is known
                    }
                    default -> {
                        month = 9;
                        weekday = DayOfWeek.MONDAY;
                        nth = 1;
                    }
                }
            }
            default -> {
                return null;
            }
        }
        if (!a.capitalised(i)) {
            return null;
        }
        Point p = new Point();
        p.month = month;
        if (day > 0) {
            p.day = day;
        } else if (day < 0) {
            p.weekday = DayOfWeek.MONDAY; // Election Day: the day after the first Monday of November
            p.nth = 1;
            p.holidayOffset = 1;
        } else {
            p.weekday = weekday;
            p.nth = nth;
        }
        return Phrase.point(a, i, end, p);
    }
}
