package io.eventlens.extraction.time;

import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The one grammar of dates and times. It reads the {@link Atoms} of one sentence left to right,
 * at each atom takes the longest expression that starts there, and then joins neighbouring
 * expressions into ranges ("23 June - 2 July 2015") and dates with times ("Monday, February 1,
 * 2021, 12:00-1:30 PM"). What it returns is what the text says; the {@link Resolver} adds what
 * the anchor date implies. Each rule is a method reading atoms from a position and returning a
 * {@link Phrase} or null; only atoms that can begin an expression are tried, so the cost is
 * linear in the length of the text.
 */
final class TemporalGrammar {

    /** A value read from atoms, and the atom after it. */
    record Hit(int value, int end) {
    }

    /**
     * A time of day read from atoms. {@code meridiem}: 0 none, 1 am, 2 pm; {@code oneDigitHour}:
     * the hour was written with one digit ("3:30", not "03:30").
     */
    private record Clock(int hour, int minute, int meridiem, boolean minutes, boolean oneDigitHour, int end) {
    }

    private final Atoms a;
    private final RelativeRules relative;

    private TemporalGrammar(Atoms atoms) {
        this.a = atoms;
        this.relative = new RelativeRules(atoms, this);
    }

    /**
     * Every temporal expression in {@code atoms}, in text order, none overlapping.
     * {@code checkpoint} runs every few thousand atoms (the document's deadline check).
     */
    static List<Phrase> parse(Atoms atoms, Runnable checkpoint) {
        return new TemporalGrammar(atoms).run(checkpoint);
    }

    private List<Phrase> run(Runnable checkpoint) {
        List<Phrase> found = new ArrayList<>();
        int i = 0;
        int nextCheck = 4096;
        while (i < a.size) {
            if (i >= nextCheck) {
                checkpoint.run();
                nextCheck = i + 4096;
            }
            Phrase p = longestAt(i);
            if (p == null) {
                i++;
            } else {
                found.add(p);
                i = p.to;
            }
        }
        return compose(found);
    }

    /** The longest expression starting at atom {@code i}, or null. */
    Phrase longestAt(int i) {
        if (a.kind[i] == Atoms.SYMBOL && !a.symbol(i, '\'') && !a.symbol(i, '\u2019')) {
            return null;
        }
        return longer(coreAt(i), modified(i));
    }

    /**
     * An expression with words before it that TimeML keeps in its extent: a determiner before a
     * decade or century ("the 1990s"), a position ("early", "late", "mid-", "the end of") or a
     * quantity modifier ("about", "nearly", "more than", "at least").
     */
    private Phrase modified(int i) {
        int j = i;
        boolean the = a.word(j, "the");
        if (the) {
            j++;
        }
        Modifiers.Match m = Modifiers.at(a, j);
        if (m != null) {
            j = m.end();
        }
        if (!the && m == null || j >= a.size || a.lineBreakBefore(j)) {
            return null;
        }
        Phrase core = coreAt(j);
        if (core == null) {
            return null;
        }
        if (m == null) {
            // a bare "the" only joins a decade or a century: "the 1990s", "the 20th century"
            boolean period = core.isPoint() && (core.point.decade != null || core.point.century != null)
                    && core.point.year == null;
            return period ? core.widenedTo(a, i, core.to) : null;
        }
        if (!m.fits(core)) {
            return null;
        }
        Phrase widened = core.widenedTo(a, i, core.to);
        if (widened.isPoint()) {
            widened.point.mod = m.mod();
        } else if (widened.kind == Phrase.Kind.DURATION) {
            widened.mod = m.mod();
        }
        return widened;
    }

    /** The longest expression of the core rules at {@code i}, without modifiers. */
    private Phrase coreAt(int i) {
        Phrase best = null;
        if (a.isNumber(i)) {
            best = longer(best, numericDate(i));
            best = longer(best, dayFirstDate(i));
            best = longer(best, clockPhrase(i));
            best = longer(best, yearPhrase(i));
        } else {
            best = longer(best, monthFirstDate(i));
            best = longer(best, dayFirstDate(i));
            best = longer(best, weekdayPhrase(i));
            best = longer(best, theDayAlone(i));
            best = longer(best, clockPhrase(i));
            best = longer(best, yearPhrase(i));
        }
        best = longer(best, relative.at(i));
        return best;
    }

    static Phrase longer(Phrase best, Phrase candidate) {
        if (candidate == null) {
            return best;
        }
        return best == null || candidate.to > best.to ? candidate : best;
    }

    // ---------------------------------------------------------------- calendar dates

    /** "2023-09-14", "14.9.2023", "14/09/2023", "9/14/2023", "29-Nov-94", "14-15.9.2023". */
    Phrase numericDate(int i) {
        if (!a.isNumber(i) || !a.tight(i + 1) || !a.tight(i + 2)) {
            return null;
        }
        int n1 = a.number(i);
        // ISO: 2023-09-14 (and 2023/09/14)
        if (a.digits(i) == 4 && (a.dash(i + 1) || a.symbol(i + 1, '/')) && a.isNumber(i + 2) && a.digits(i + 2) <= 2
                && a.tight(i + 3) && a.symbol(i + 3, a.text.charAt(a.start[i + 1])) && a.tight(i + 4)
                && a.isNumber(i + 4) && a.digits(i + 4) <= 2) {
            Point p = date(n1, a.number(i + 2), a.number(i + 4));
            if (p == null) {
                return null;
            }
            int end = i + 5;
            Phrase datePhrase = Phrase.point(a, i, end, p);
            // 2023-09-14T10:00
            if (a.tight(end) && a.word(end, "t") && a.tight(end + 1)) {
                Clock c = clock(end + 1, false);
                if (c != null) {
                    Point withTime = p.copy();
                    withTime.hour = c.hour;
                    withTime.minute = c.minute;
                    return Phrase.point(a, i, c.end, withTime);
                }
            }
            return datePhrase;
        }
        if (a.digits(i) > 2) {
            return null;
        }
        // 14-15.9.2023: a range of days in a dotted date
        if (a.dash(i + 1) && a.isNumber(i + 2) && a.digits(i + 2) <= 2 && a.tight(i + 3) && a.symbol(i + 3, '.')) {
            Phrase last = numericDate(i + 2);
            if (last != null && last.point.day != null && n1 >= 1 && n1 < last.point.day) {
                Point first = last.point.copy();
                first.day = n1;
                first.weekday = null;
                return Phrase.range(a, Phrase.point(a, i, i + 1, first), last);
            }
            return null;
        }
        // 29-Nov-94, 29-Nov-1994
        if (a.dash(i + 1) && a.isWord(i + 2) && Lexicon.MONTHS.containsKey(a.word(i + 2)) && a.tight(i + 3)
                && a.dash(i + 3) && a.tight(i + 4) && a.isNumber(i + 4)) {
            Hit y = yearNumber(i + 4);
            if (y == null) {
                return null;
            }
            Point p = date(y.value, Lexicon.MONTHS.get(a.word(i + 2)), n1);
            if (p == null) {
                return null;
            }
            p.twoDigitYear = a.digits(i + 4) == 2;
            return Phrase.point(a, i, i + 5, p);
        }
        // 14.9.2023, 14/9/2023, 9/14/2023, 14-09-2023
        char sep = a.text.charAt(a.start[i + 1]);
        if ((sep == '.' || sep == '/' || sep == '-') && a.kind[i + 1] == Atoms.SYMBOL && a.isNumber(i + 2)
                && a.digits(i + 2) <= 2 && a.tight(i + 3) && a.symbol(i + 3, sep) && a.tight(i + 4)
                && a.isNumber(i + 4) && (a.digits(i + 4) == 4 || a.digits(i + 4) == 2)) {
            if (i + 5 < a.size && a.tight(i + 5) && (a.symbol(i + 5, sep) && a.isNumber(i + 6) && a.tight(i + 6)
                    || a.isNumber(i + 5))) {
                return null; // a longer number such as 1.2.3.4 or a phone number
            }
            Hit y = yearNumber(i + 4);
            int n2 = a.number(i + 2);
            if (sep == '.' && a.digits(i + 4) == 2 && (a.digits(i) < 2 || a.digits(i + 2) < 2)) {
                return null; // "2.10.15" is a version number more often than a date
            }
            // slashes put the month first when they can (the common English reading of 9/14/2023 and
            // of the ambiguous 3/4/2023); dots and dashes put the day first
            boolean monthFirst = sep == '/' && n1 <= 12;
            int month = monthFirst ? n1 : n2;
            int day = monthFirst ? n2 : n1;
            Point p = y == null ? null : date(y.value, month, day);
            if (p == null) {
                return null;
            }
            p.twoDigitYear = a.digits(i + 4) == 2;
            return Phrase.point(a, i, i + 5, p);
        }
        return null;
    }

    /** "8 September 2014", "14th March, 2015", "the 5th of May", "9-10 March 2015", "23 June". */
    Phrase dayFirstDate(int i) {
        Hit d = dayOfMonth(i);
        if (d == null) {
            return null;
        }
        int j = d.end;
        // 9-10 March 2015, 9 to 10 March, between 9 and 10 March, on 9 and 10 March (two days running)
        boolean and = a.word(j, "and");
        if ((a.dash(j) || a.word(j, "to") || and) && !a.lineBreakBefore(j + 1)) {
            Hit d2 = dayOfMonth(j + 1);
            if (d2 != null && d2.value > d.value && (!and || a.word(i - 1, "between") || d2.value == d.value + 1)) {
                Phrase last = dayFirstDate(j + 1);
                if (last != null && last.isPoint() && last.point.day == d2.value) {
                    Point first = last.point.copy();
                    first.day = d.value;
                    first.weekday = null;
                    if (validDay(first)) {
                        return Phrase.range(a, Phrase.point(a, i, d.end, first), last);
                    }
                }
            }
        }
        boolean of = a.word(j, "of");
        if (of) {
            j++;
        }
        Hit m = monthName(j);
        if (m == null || a.lineBreakBefore(j)) {
            return null;
        }
        Point p = new Point();
        p.day = d.value;
        p.month = m.value;
        int end = m.end;
        Hit y = yearAfter(end);
        if (y != null) {
            p.year = y.value;
            p.twoDigitYear = y.end - end >= 1 && a.digits(y.end - 1) == 2;
            end = y.end;
        }
        return validDay(p) ? Phrase.point(a, i, end, p) : null;
    }

    /** "September 8, 2014", "Sept. 30", "March 8-9, 2015", "June 2015", "in June". */
    Phrase monthFirstDate(int i) {
        Hit m = monthName(i);
        if (m == null) {
            return null;
        }
        int j = m.end;
        Hit d = a.lineBreakBefore(j) ? null : dayOfMonth(j);
        if (d != null && !(a.symbol(d.end, ':') && a.tight(d.end) && a.isNumber(d.end + 1)) && !startsUnit(d.end)) {
            Point p = new Point();
            p.month = m.value;
            p.day = d.value;
            int end = d.end;
            Phrase first = null;
            // March 8-9, 2015; June 23 - 24; September 9 and 10 (two days running)
            boolean and = a.word(end, "and");
            if ((a.dash(end) || a.word(end, "to") || and) && !a.lineBreakBefore(end + 1)) {
                Hit d2 = dayOfMonth(end + 1);
                if (d2 != null && d2.value > d.value && monthName(d2.end) == null && !(a.symbol(d2.end, ':'))
                        && (!and || d2.value == d.value + 1)) {
                    first = Phrase.point(a, i, end, p);
                    p = p.copy();
                    p.day = d2.value;
                    j = end + 1;
                    end = d2.end;
                }
            }
            Hit y = yearAfter(end);
            if (y != null) {
                p.year = y.value;
                p.twoDigitYear = a.digits(y.end - 1) == 2;
                end = y.end;
            }
            if (!validDay(p)) {
                return null;
            }
            if (first != null) {
                first.point.year = p.year;
                first.point.twoDigitYear = p.twoDigitYear;
                return Phrase.range(a, first, Phrase.point(a, j, end, p));
            }
            return Phrase.point(a, i, end, p);
        }
        // June 2015, June of 2015, June, 2015
        int k = a.word(j, "of") ? j + 1 : j;
        Hit y = a.lineBreakBefore(k) ? null : yearAfter(k);
        if (y != null) {
            Point p = new Point();
            p.month = m.value;
            p.year = y.value;
            p.twoDigitYear = a.digits(y.end - 1) == 2;
            return Phrase.point(a, i, y.end, p);
        }
        // June last year, January this year, January nineteen ninety-seven
        if (!a.lineBreakBefore(k) && (a.word(k, "last") || a.word(k, "this") || a.word(k, "next")) && a.word(k + 1, "year")) {
            Point p = new Point();
            p.month = m.value;
            p.shiftUnit = Unit.YEAR;
            p.shift = a.word(k, "last") ? -1 : a.word(k, "next") ? 1 : 0;
            return Phrase.point(a, i, k + 2, p);
        }
        Phrase spelled = a.lineBreakBefore(k) ? null : relative.spelledYear(k);
        if (spelled != null) {
            Point p = new Point();
            p.month = m.value;
            p.year = spelled.point.year;
            return Phrase.point(a, i, spelled.to, p);
        }
        if (!monthStandsAlone(i)) {
            return null;
        }
        Point p = new Point();
        p.month = m.value;
        return Phrase.point(a, i, m.end, p);
    }

    /** "Friday", "Tuesday 14 March", "Monday, February 1, 2021", "Thu 13.9.2023", "Friday morning". */
    Phrase weekdayPhrase(int i) {
        String w = a.word(i);
        if (w == null || !Lexicon.WEEKDAYS.containsKey(w)) {
            return null;
        }
        boolean abbreviation = Lexicon.WEEKDAY_ABBREVIATIONS.contains(w);
        if (abbreviation && !a.capitalised(i)) {
            return null;
        }
        DayOfWeek weekday = Lexicon.WEEKDAYS.get(w);
        int j = i + 1;
        if (abbreviation && a.symbol(j, '.') && a.tight(j)) {
            j++;
        }
        Phrase pair = weekdayPairDates(i, j, weekday);
        if (pair != null) {
            return pair;
        }
        if (a.symbol(j, ',')) {
            j++;
        }
        if (!a.lineBreakBefore(j)) {
            Phrase date = longer(longer(dayFirstDate(j), monthFirstDate(j)), numericDate(j));
            if (date != null && (date.isPoint() && date.point.day != null
                    || date.kind == Phrase.Kind.RANGE && date.parts.get(0).point.day != null)) {
                if (date.isPoint()) {
                    Point p = date.point.copy();
                    p.weekday = weekday;
                    return Phrase.point(a, i, date.to, p);
                }
                Phrase first = date.parts.get(0);
                Point p = first.point.copy();
                p.weekday = weekday;
                return Phrase.range(a, Phrase.point(a, i, first.to, p), date.parts.get(1));
            }
            Phrase days = weekdayDayRange(i, j, weekday);
            if (days != null) {
                return days;
            }
            Phrase alone = longer(numericDayMonth(j), ordinalDayAlone(j));
            if (alone != null) {
                Point p = alone.point.copy();
                p.weekday = weekday;
                return Phrase.point(a, i, alone.to, p);
            }
        }
        if (abbreviation) {
            return null;
        }
        Point p = new Point();
        p.weekday = weekday;
        int end = i + 1;
        String pod = a.word(end) == null ? null : Lexicon.PARTS_OF_DAY.get(a.word(end));
        if (pod != null && !a.word(end).endsWith("s")) {
            p.partOfDay = pod;
            end++;
        }
        return Phrase.point(a, i, end, p);
    }

    /**
     * "Thu–Fri 4/24–4/25", "Sat–Sun, 3–4 May": two weekdays running, then the two days they name in
     * turn (a calendar card's date badge).
     */
    private Phrase weekdayPairDates(int i, int j, DayOfWeek weekday) {
        if (!a.dash(j) || a.lineBreakBefore(j + 1)) {
            return null;
        }
        String next = a.word(j + 1);
        if (next == null || Lexicon.WEEKDAYS.get(next) != weekday.plus(1)
                || Lexicon.WEEKDAY_ABBREVIATIONS.contains(next) && !a.capitalised(j + 1)) {
            return null;
        }
        int k = j + 2;
        if (a.symbol(k, '.') && a.tight(k)) {
            k++;
        }
        if (a.symbol(k, ',')) {
            k++;
        }
        if (a.lineBreakBefore(k)) {
            return null;
        }
        Phrase days = longer(dayFirstDate(k), monthFirstDate(k));
        if (days == null) {
            Phrase first = numericDayMonth(k);
            if (first != null && a.dash(first.to) && !a.lineBreakBefore(first.to + 1)) {
                Phrase last = numericDayMonth(first.to + 1);
                if (last != null) {
                    days = Phrase.range(a, first, last);
                }
            }
        }
        if (days == null || !twoDaysRunning(days)) {
            return null;
        }
        return namedDays(i, days, weekday, weekday.plus(1));
    }

    /**
     * "4/17", "17/4", "4/3" after a weekday: a day and a month without a year. When both orders are
     * valid dates the month comes first and the resolver may swap them to suit the weekday.
     */
    private Phrase numericDayMonth(int j) {
        if (!a.isNumber(j) || a.digits(j) > 2 || !a.tight(j + 1) || !a.symbol(j + 1, '/') || !a.tight(j + 2)
                || !a.isNumber(j + 2) || a.digits(j + 2) > 2) {
            return null;
        }
        if (j + 3 < a.size && a.tight(j + 3) && (a.symbol(j + 3, '/') || a.isNumber(j + 3) || a.isWord(j + 3))) {
            return null; // a full numeric date or a longer code
        }
        int n1 = a.number(j);
        int n2 = a.number(j + 2);
        Point monthFirst = n1 >= 1 && n1 <= 12 ? monthDay(n1, n2) : null;
        Point dayFirst = n2 >= 1 && n2 <= 12 ? monthDay(n2, n1) : null;
        Point p = monthFirst != null ? monthFirst : dayFirst;
        if (p == null) {
            return null;
        }
        p.orderOpen = monthFirst != null && dayFirst != null && n1 != n2;
        return Phrase.point(a, j, j + 3, p);
    }

    private static Point monthDay(int month, int day) {
        Point p = new Point();
        p.month = month;
        p.day = day;
        return validDay(p) ? p : null;
    }

    /** "7th" with no month after it: a day of the month the anchor date's neighbourhood supplies. */
    private Phrase ordinalDayAlone(int j) {
        if (!a.isNumber(j)) {
            return null;
        }
        Hit d = dayOfMonth(j);
        if (d == null || d.end != j + 2 || a.word(d.end, "of") || (!a.lineBreakBefore(d.end) && monthName(d.end) != null)) {
            return null;
        }
        Point p = new Point();
        p.day = d.value;
        return Phrase.point(a, j, d.end, p);
    }

    /** Words that may follow "on the 9th" when it is a day of the month, not "the 9th floor". */
    private static final java.util.Set<String> AFTER_DAY_ALONE = Lexicon.words("at", "in", "and", "from", "for", "with",
            "when", "where", "which", "to", "until", "till", "by", "or", "but", "between", "as", "before", "after");

    /** "on the 9th": a day of the month alone, after "on the". */
    Phrase theDayAlone(int i) {
        if (!a.word(i, "the") || !a.word(i - 1, "on") || a.lineBreakBefore(i + 1)) {
            return null;
        }
        Phrase day = ordinalDayAlone(i + 1);
        if (day == null) {
            return null;
        }
        int next = day.to;
        if (next < a.size && !a.lineBreakBefore(next) && a.isWord(next) && !AFTER_DAY_ALONE.contains(a.word(next))) {
            return null;
        }
        if (a.isNumber(next) && !a.lineBreakBefore(next)) {
            return null;
        }
        return Phrase.point(a, i, day.to, day.point);
    }

    /**
     * "Wednesday 9 and Thursday 10 April", "Friday 21 - Sunday 23 March 2025": a weekday and a day of the month
     * whose month the weekday and day after the dash or "and" name; "and" joins two days running only.
     */
    private Phrase weekdayDayRange(int i, int j, DayOfWeek weekday) {
        Hit d = dayOfMonth(j);
        if (d == null || monthName(d.end) != null || a.lineBreakBefore(d.end)) {
            return null;
        }
        int k = d.end;
        boolean and = a.word(k, "and") || a.symbol(k, '&');
        if (!(and || a.dash(k) || a.word(k, "to")) || a.lineBreakBefore(k + 1)) {
            return null;
        }
        String next = a.word(k + 1);
        if (next == null || !Lexicon.WEEKDAYS.containsKey(next)) {
            return null;
        }
        Phrase last = weekdayPhrase(k + 1);
        if (last == null || !last.isPoint() || last.point.day == null || last.point.month == null || last.point.day <= d.value
                || and && last.point.day != d.value + 1) {
            return null;
        }
        Point first = last.point.copy();
        first.day = d.value;
        first.weekday = weekday;
        return validDay(first) ? Phrase.range(a, Phrase.point(a, i, d.end, first), last) : null;
    }

    /** "1998", "'94", "the 1990s", "fiscal 1989", "nineteen ninety-six". */
    Phrase yearPhrase(int i) {
        if (a.isNumber(i) && a.digits(i) == 4) {
            int y = a.number(i);
            if (y < 1000 || y > 2199) {
                return null;
            }
            // 1990s, 1990's
            if (y % 10 == 0 && a.tight(i + 1)) {
                int s = a.word(i + 1, "s") ? i + 1
                        : (a.symbol(i + 1, '\'') || a.symbol(i + 1, '\u2019')) && a.tight(i + 2) && a.word(i + 2, "s") ? i + 2 : -1;
                if (s > 0) {
                    Point p = new Point();
                    p.decade = y / 10;
                    return Phrase.point(a, i, s + 1, p);
                }
            }
            if (!looksLikeYear(i)) {
                return null;
            }
            Point p = new Point();
            p.year = y;
            return Phrase.point(a, i, i + 1, p);
        }
        // '94, '90s
        if ((a.symbol(i, '\'') || a.symbol(i, '\u2019')) && a.isNumber(i + 1) && a.tight(i + 1) && a.digits(i + 1) == 2) {
            int yy = a.number(i + 1);
            if (a.tight(i + 2) && a.word(i + 2, "s") && yy % 10 == 0) {
                Point p = new Point();
                p.decade = (yy < 30 ? 200 : 190) + yy / 10;
                return Phrase.point(a, i, i + 3, p);
            }
            if (a.isWord(i + 2) && a.tight(i + 2)) {
                return null;
            }
            Point p = new Point();
            p.year = (yy < 50 ? 2000 : 1900) + yy;
            p.twoDigitYear = true;
            return Phrase.point(a, i, i + 2, p);
        }
        return null;
    }

    /** Whether the four-digit number at {@code i} is a year rather than a quantity or a code. */
    private boolean looksLikeYear(int i) {
        if (!a.tight(i) && i > 0 && (a.symbol(i - 1, '$') || a.symbol(i - 1, '#'))) {
            return false;
        }
        if (i > 0 && a.tight(i) && (a.kind[i - 1] != Atoms.SYMBOL || a.symbol(i - 1, '.') || a.symbol(i - 1, ',')
                || a.symbol(i - 1, '$') || a.symbol(i - 1, '#'))) {
            return false; // part of a larger token: "A1998", "1.1998", "$1998"
        }
        if (i + 1 < a.size && a.tight(i + 1) && (a.isNumber(i + 1) || a.isWord(i + 1) || a.symbol(i + 1, '%')
                || (a.symbol(i + 1, '.') || a.symbol(i + 1, ',') || a.symbol(i + 1, ':')) && a.isNumber(i + 2) && a.tight(i + 2))) {
            return false; // "1998.5", "1,998", "1998x", "19:98"
        }
        String next = a.word(i + 1);
        return next == null || !QUANTITY_NOUNS_AFTER_YEAR.contains(next);
    }

    private static final java.util.Set<String> QUANTITY_NOUNS_AFTER_YEAR = Lexicon.words(
            "people", "persons", "men", "women", "children", "troops", "soldiers", "workers", "employees", "jobs",
            "shares", "units", "tons", "tonnes", "miles", "kilometers", "kilometres", "feet", "meters", "metres",
            "dollars", "euros", "pounds", "yen", "percent", "votes", "cases", "deaths", "members", "students",
            "hours", "minutes", "seconds", "days", "weeks", "months", "years", "points", "cars", "homes", "acres");

    // ---------------------------------------------------------------- clock times

    /** "10:00 AM", "13:40-13:55", "3:30 PM - 5:00 PM", "3:30-5:00 pm", "4pm", "noon", "18h30", "12:00-1:30 PM ET". */
    Phrase clockPhrase(int i) {
        Clock c1 = clock(i, true);
        if (c1 == null) {
            return dottedClocks(i);
        }
        int j = c1.end;
        boolean bare = c1.meridiem == 0 && !c1.minutes && !isNamedClock(i);
        if ((a.dash(j) || a.word(j, "to") || a.word(j, "until") || a.word(j, "till")) && !a.lineBreakBefore(j + 1)) {
            Clock c2 = clock(j + 1, false);
            if (c2 != null && (!bare || c2.meridiem != 0)) {
                int[] hours = rangeHours(c1, c2);
                Point p1 = timePoint(hours[0], c1.minute);
                Point p2 = timePoint(hours[1], c2.minute);
                int end = zoneAfter(c2.end);
                return Phrase.range(a, Phrase.point(a, i, c1.end, p1), Phrase.point(a, j + 1, end, p2));
            }
        }
        if (bare) {
            return null;
        }
        int hour = c1.minutes ? guessAfternoon(c1) : c1.hour;
        return Phrase.point(a, i, zoneAfter(c1.end), timePoint(hour, c1.minute));
    }

    /**
     * European dotted times, read only where they cannot be decimals: a range of two ("14.00-15.30")
     * or one after a word that introduces a time ("at 12.30", "from 9.00").
     */
    private Phrase dottedClocks(int i) {
        Clock c1 = dottedClock(i);
        if (c1 == null) {
            return null;
        }
        int j = c1.end;
        if ((a.dash(j) || a.word(j, "to") || a.word(j, "until")) && !a.lineBreakBefore(j + 1)) {
            Clock c2 = dottedClock(j + 1);
            // an agenda's "14.00-15.30", not a price range "3.25-3.50"
            if (c2 == null && a.isNumber(j + 1)) {
                return null; // "3.25-3.5": numbers, not times
            }
            if (c2 != null && Math.max(c1.hour, c2.hour) >= 7 && c1.hour * 60 + c1.minute < c2.hour * 60 + c2.minute
                    && c1.minute % 5 == 0 && c2.minute % 5 == 0) {
                return Phrase.range(a, Phrase.point(a, i, c1.end, timePoint(c1.hour, c1.minute)),
                        Phrase.point(a, j + 1, zoneAfter(c2.end), timePoint(c2.hour, c2.minute)));
            }
            if (c2 != null) {
                return null;
            }
        }
        String before = a.word(i - 1);
        boolean introduced = "at".equals(before) || "from".equals(before) || "until".equals(before) || "till".equals(before);
        String after = a.word(j);
        if (!introduced || c1.minute % 5 != 0 || a.symbol(j, '%') || after != null && Lexicon.UNITS.containsKey(after)
                || "per".equals(after) || "percent".equals(after) || "million".equals(after) || "billion".equals(after)) {
            return null;
        }
        return Phrase.point(a, i, zoneAfter(j), timePoint(c1.hour, c1.minute));
    }

    /** "14.00", "9.30": an hour of one or two digits, a period, two digits of minutes, nothing glued after. */
    private Clock dottedClock(int i) {
        if (!a.isNumber(i) || a.digits(i) > 2 || a.number(i) > 24 || !a.symbol(i + 1, '.') || !a.tight(i + 1)
                || !a.tight(i + 2) || !a.isNumber(i + 2) || a.digits(i + 2) != 2 || a.number(i + 2) >= 60) {
            return null;
        }
        if (i > 0 && a.tight(i) && (a.isNumber(i - 1) || a.isWord(i - 1) || a.symbol(i - 1, '.') || a.symbol(i - 1, '$'))
                || a.tight(i + 3) && (a.isNumber(i + 3) || a.isWord(i + 3) || a.symbol(i + 3, '.') && a.isNumber(i + 4))) {
            return null;
        }
        return new Clock(a.number(i), a.number(i + 2), 0, true, false, i + 3);
    }

    private boolean isNamedClock(int i) {
        return a.isWord(i) || a.isWord(i + 1) && (a.word(i + 1, "noon") || a.word(i + 1, "midnight")
                || a.word(i + 1, "o"));
    }

    private static Point timePoint(int hour, int minute) {
        Point p = new Point();
        p.hour = hour;
        p.minute = minute;
        return p;
    }

    /**
     * A clock time at {@code i}, hour already in 24-hour form when a meridiem is written.
     * {@code bare}: also a lone hour ("11" of "11-1 pm"), which only a range may use.
     */
    private Clock clock(int i, boolean bare) {
        String w = a.word(i);
        if ("noon".equals(w) || "midday".equals(w)) {
            return new Clock(12, 0, 0, true, false, i + 1);
        }
        if ("midnight".equals(w)) {
            return new Clock(24, 0, 0, true, false, i + 1); // TimeML's T24:00, the end of the day
        }
        if (!a.isNumber(i) || a.digits(i) > 2) {
            return null;
        }
        if (i > 0 && a.tight(i) && (a.isNumber(i - 1) || a.isWord(i - 1) || a.symbol(i - 1, '.') || a.symbol(i - 1, ','))) {
            return null; // inside a larger number or code
        }
        int h = a.number(i);
        int minute = 0;
        boolean minutes = false;
        int j = i + 1;
        if ((a.symbol(j, ':') || a.symbol(j, '.')) && a.tight(j) && a.tight(j + 1) && a.isNumber(j + 1)
                && a.digits(j + 1) == 2 && a.number(j + 1) < 60) {
            boolean dot = a.symbol(j, '.');
            minute = a.number(j + 1);
            minutes = true;
            j += 2;
            if (a.symbol(j, ':') && a.tight(j) && a.tight(j + 1) && a.isNumber(j + 1) && a.digits(j + 1) == 2) {
                j += 2; // seconds: read, not kept
            }
            if (dot && meridiem(j) == null && !dottedRangeWithMeridiem(j) && !timeZoneAt(j) && !dottedRangeWithZone(j)) {
                return null; // "5.30" is a time only with "pm" or a time zone after it, or before "-7.30 pm", "to 12.30 GMT"
            }
        } else if (a.word(j, "h") && a.tight(j) && a.isNumber(j + 1) && a.tight(j + 1) && a.digits(j + 1) == 2
                && a.number(j + 1) < 60) {
            minute = a.number(j + 1); // 18h30
            minutes = true;
            j += 2;
            if (h > 24) {
                return null;
            }
            return new Clock(h, minute, 0, true, false, j);
        } else if (a.word(j, "noon") && h == 12) {
            return new Clock(12, 0, 0, true, false, j + 1);
        } else if (a.word(j, "midnight") && h == 12) {
            return new Clock(24, 0, 0, true, false, j + 1);
        } else if (a.word(j, "o") && (a.symbol(j + 1, '\'') || a.symbol(j + 1, '\u2019')) && a.word(j + 2, "clock")
                && h >= 1 && h <= 12) {
            return new Clock(h, 0, 0, true, false, j + 3);
        }
        if (minutes && a.isNumber(j) && a.tight(j)) {
            return null;
        }
        if (minutes && h == 12 && (a.word(j, "noon") || a.word(j, "midnight"))) {
            return new Clock(a.word(j, "noon") ? 12 : 24, minute, 0, true, false, j + 1); // "12:00 noon"
        }
        Hit mer = meridiem(j);
        if (mer != null) {
            if (h < 1 || h > 12) {
                return null;
            }
            int hour24 = mer.value == 1 ? (h == 12 ? 0 : h) : (h == 12 ? 12 : h + 12);
            return new Clock(hour24, minute, mer.value, minutes, false, mer.end);
        }
        if (h > 24 || (!minutes && !bare) || (!minutes && h > 12)) {
            return null;
        }
        if (!minutes && a.tight(j) && (a.isNumber(j) || a.isWord(j) || a.symbol(j, ':'))) {
            return null;
        }
        return new Clock(h, minute, 0, minutes, a.digits(i) == 1, j);
    }

    /** am, pm, a.m., p.m, A.M.: value 1 for am, 2 for pm. */
    /** Zone abbreviations that are common words elsewhere ("eat", "cat"): zones only right after a clock time. */
    private static final java.util.Set<String> ZONES_AFTER_CLOCK = java.util.Set.of("wat", "eat", "cat", "sast", "ect", "nzst");

    /** At {@code j}: a time zone ("12.30 GMT"), which makes a dotted number a time of day. */
    private boolean timeZoneAt(int j) {
        String w = a.word(j);
        return w != null && (Lexicon.ZONES.contains(w) || ZONES_AFTER_CLOCK.contains(w));
    }

    /** At {@code j}: "to 12.30 GMT", "–16.30 CET": the second time of a range that names its time zone. */
    private boolean dottedRangeWithZone(int j) {
        if (!(a.dash(j) || a.word(j, "to")) || !a.isNumber(j + 1) || !a.symbol(j + 2, '.') || !a.tight(j + 2)
                || !a.isNumber(j + 3) || a.digits(j + 3) != 2) {
            return false;
        }
        return timeZoneAt(j + 4);
    }

    /** At {@code j}: "–7.30 pm", "-8 pm": the second time of a range, with the meridiem both times share. */
    private boolean dottedRangeWithMeridiem(int j) {
        if (!a.dash(j) || !a.isNumber(j + 1)) {
            return false;
        }
        int k = j + 2;
        if ((a.symbol(k, '.') || a.symbol(k, ':')) && a.tight(k) && a.isNumber(k + 1) && a.digits(k + 1) == 2) {
            k += 2;
        }
        return meridiem(k) != null;
    }

    private Hit meridiem(int j) {
        String w = a.word(j);
        if (w == null || a.lineBreakBefore(j)) {
            return null;
        }
        if (w.equals("am") || w.equals("pm")) {
            return new Hit(w.equals("am") ? 1 : 2, j + 1);
        }
        if ((w.equals("a") || w.equals("p")) && a.symbol(j + 1, '.') && a.tight(j + 1) && a.word(j + 2, "m")
                && a.tight(j + 2)) {
            int end = j + 3;
            if (a.symbol(end, '.') && a.tight(end)) {
                end++;
            }
            return new Hit(w.equals("a") ? 1 : 2, end);
        }
        return null;
    }

    /** Hours of a range whose first time may leave its meridiem to the second: "11:30-1:00 pm" is 11:30-13:00. */
    private int[] rangeHours(Clock c1, Clock c2) {
        int h1 = c1.hour;
        int h2 = c2.hour;
        if (c1.meridiem == 0 && c2.meridiem != 0 && h1 >= 1 && h1 <= 12) {
            int written2 = c2.hour % 12 == 0 ? 12 : c2.hour % 12;
            if (c2.meridiem == 2) {
                if (h1 == 12) {
                    h1 = 12;
                } else if (written2 != 12 && h1 < written2) {
                    h1 += 12;
                }
            } else if (h1 == 12) {
                h1 = 0;
            }
        } else if (c1.meridiem == 0 && c2.meridiem == 0) {
            h1 = c1.minutes ? guessAfternoon(c1) : c1.hour;
            if (h2 < h1 && h2 + 12 > h1 && h2 + 12 < 24) {
                h2 += 12; // 11:00-1:00
            } else if (h1 >= 12 && h2 < 12 && h2 + 12 > h1) {
                h2 += 12;
            }
        }
        return new int[] {h1, h2};
    }

    /**
     * A time written without am/pm and with a one-digit hour from 1 to 6 ("3:30") is an afternoon
     * time in the documents we read (events rarely start at 3:30 at night); "03:30" stays as written.
     */
    private static int guessAfternoon(Clock c) {
        return c.meridiem == 0 && c.oneDigitHour && c.hour >= 1 && c.hour <= 6 ? c.hour + 12 : c.hour;
    }

    /** Skips a time zone after a time: "ET", "GMT", "(CET)", "GMT+1". */
    private int zoneAfter(int j) {
        int k = a.symbol(j, '(') ? j + 1 : j;
        String w = a.word(k);
        if (w == null || !Lexicon.ZONES.contains(w) || !a.allCaps(k) || a.lineBreakBefore(k)) {
            return j;
        }
        int end = k + 1;
        if ((a.symbol(end, '+') || a.dash(end)) && a.tight(end) && a.isNumber(end + 1) && a.tight(end + 1)) {
            end += 2;
            if (a.symbol(end, ':') && a.isNumber(end + 1) && a.tight(end)) {
                end += 2;
            }
        }
        if (k > j) {
            return a.symbol(end, ')') ? end + 1 : j;
        }
        return end;
    }

    // ---------------------------------------------------------------- composition

    /** Joins neighbouring phrases into ranges and dates with times. */
    private List<Phrase> compose(List<Phrase> found) {
        List<Phrase> out = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            Phrase p = found.get(k);
            int[] next = new int[1];
            Phrase timedRange = daysWithTimes(found, k, next);
            if (timedRange != null) {
                out.add(timedRange);
                k = next[0] - 1;
                continue;
            }
            if (k + 1 < found.size()) {
                Phrase q = found.get(k + 1);
                Phrase joined = join(p, q);
                if (joined != null) {
                    // a date range may still take a time, and a date a time range: try once more
                    if (k + 2 < found.size()) {
                        Phrase again = join(joined, found.get(k + 2));
                        if (again != null) {
                            out.add(again);
                            k += 2;
                            continue;
                        }
                    }
                    out.add(joined);
                    k++;
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }

    /**
     * "from Thursday 9 May (14h00) to Saturday 11 May 2024 (13h00)", "Monday 3 June, 10:00 - Tuesday 4 June,
     * 16:00": a range of days whose first day (at least) carries its own time. Reads the phrases from
     * {@code found[k]}; sets {@code next[0]} to the index of the first phrase after the range.
     */
    private Phrase daysWithTimes(List<Phrase> found, int k, int[] next) {
        int[] after = new int[2];
        Phrase first = dayWithTime(found, k, after);
        if (first == null || first.point.hour == null || after[0] >= found.size()) {
            return null;
        }
        int g = after[1];
        Phrase secondDay = found.get(after[0]);
        if (secondDay.from != g + 1 || !isRangeWord(g) || a.lineBreakBefore(g) || a.lineBreakBefore(g + 1)) {
            return null;
        }
        Phrase last = dayWithTime(found, after[0], after);
        if (last == null || last.point.month == null || first.point.month == null) {
            return null;
        }
        if (first.point.year == null && last.point.year != null) {
            first.point.year = first.point.month > last.point.month ? last.point.year - 1 : last.point.year;
        }
        next[0] = after[0];
        return Phrase.range(a, first, last);
    }

    /**
     * A day with its time at {@code found[k]}: "Thursday 9 May (14h00)", "9 May, 14h00", "9 May at 2 pm", or the
     * day alone. One point of both; {@code after} gets the index of the next phrase and the atom after this one.
     */
    private Phrase dayWithTime(List<Phrase> found, int k, int[] after) {
        Phrase day = found.get(k);
        if (!day.isPoint() || !day.isDateOnly() || day.point.day == null || day.point.month == null) {
            return null;
        }
        after[0] = k + 1;
        after[1] = day.to;
        if (k + 1 >= found.size()) {
            return day;
        }
        Phrase time = found.get(k + 1);
        int gap = time.from - day.to;
        boolean paren = gap == 1 && a.symbol(day.to, '(');
        if (!time.isPoint() || !time.isTimeOnly() || a.lineBreakBefore(time.from)
                || !(gap == 0 || paren || gap == 1 && isDateTimeJoiner(day.to))) {
            return day;
        }
        int end = time.to;
        if (paren) {
            if (!a.symbol(end, ')')) {
                return day;
            }
            end++;
        }
        Point p = day.point.copy();
        p.hour = time.point.hour;
        p.minute = time.point.minute;
        after[0] = k + 2;
        after[1] = end;
        return Phrase.point(a, day.from, time.to, p);
    }

    private Phrase join(Phrase p, Phrase q) {
        int gapFrom = p.to;
        int gapTo = q.from;
        int gap = gapTo - gapFrom;
        if (gap > 2) {
            return null; // only a separator or two lie between the parts of one expression
        }
        for (int g = gapFrom; g <= gapTo && g < a.size; g++) {
            if (a.lineBreakBefore(g)) {
                return null;
            }
        }
        // "Tuesday 12 and Wednesday 13 November 2024", "Thursday 5 - Friday 6 June": the first day takes the
        // month and year of the second
        if (p.isPoint() && q.isPoint() && p.isDateOnly() && q.isDateOnly() && gap == 1 && p.point.day != null
                && p.point.month == null && p.point.year == null && q.point.day != null && q.point.month != null
                && p.point.shiftUnit == null && q.point.shiftUnit == null
                && (isRangeWord(gapFrom) && q.point.day > p.point.day
                        || a.word(gapFrom, "and") && q.point.day == p.point.day + 1)) {
            Point first = p.point.copy();
            first.month = q.point.month;
            first.year = q.point.year;
            return Phrase.range(a, Phrase.point(a, p.from, p.to, first), q);
        }
        // ranges of dates: "23 June - 2 July 2015", "June 23 to July 2, 2015"
        if (p.isDateOnly() && q.isDateOnly() && p.isPoint() && q.isPoint() && gap == 1 && isRangeWord(gapFrom)
                && p.point.month != null && q.point.month != null) {
            if (p.point.year == null && q.point.year != null) {
                p.point.year = q.point.year;
                if (p.point.month > q.point.month) {
                    p.point.year = q.point.year - 1;
                }
            }
            return Phrase.range(a, p, q);
        }
        // two days running named by their weekdays: "on Monday and Tuesday", "Wednesday and Thursday, 9-10 October"
        Phrase days = weekdaysRunning(p, q, gapFrom, gap);
        if (days != null) {
            return days;
        }
        // a date with its time: "Monday, 5 June, 10:00", "13 September 2023, 09:00-12:30", "5 June at 10am"
        if (p.isDateOnly() && dayLevel(p) && q.isTimeOnly() && (gap == 0 || gap == 1 && isDateTimeJoiner(gapFrom)
                || gap == 2 && a.symbol(gapFrom, ',') && (a.word(gapFrom + 1, "at") || a.word(gapFrom + 1, "from")))) {
            Phrase dated = Phrase.dated(a, p, q, p.from, q.to);
            dated.single = gap == 0;
            return dated;
        }
        // a time with its date: "10:00 AM, Monday 5 June", "10 p.m. Wednesday", "noon on Friday"
        if (p.isTimeOnly() && q.isDateOnly() && dayLevel(q) && (gap == 0 || gap == 1
                && (a.symbol(gapFrom, ',') || a.word(gapFrom, "on")))) {
            Phrase dated = Phrase.dated(a, q, p, p.from, q.to);
            dated.single = gap == 0;
            return dated;
        }
        return null;
    }

    /**
     * "Monday and Tuesday" (a weekday and the next one): a range of two days. Before the days' dates the
     * weekdays name them in turn: "Wednesday and Thursday, 9-10 October" is 9 October (a Wednesday) to
     * 10 October, "Monday and Tuesday, 3 and 4 March" 3 to 4 March. Null for anything else.
     */
    private Phrase weekdaysRunning(Phrase p, Phrase q, int gapFrom, int gap) {
        boolean and = gap == 1 && (a.word(gapFrom, "and") || a.symbol(gapFrom, '&'));
        if (p.isPoint() && bareWeekday(p.point) && and) {
            if (q.isPoint() && bareWeekday(q.point) && q.point.weekday == p.point.weekday.plus(1)) {
                return Phrase.range(a, p, q);
            }
            if (twoDaysRunning(q) && q.parts.get(0).point.weekday == p.point.weekday.plus(1)) {
                return namedDays(p.from, q, p.point.weekday, q.parts.get(0).point.weekday);
            }
        }
        if (p.kind == Phrase.Kind.RANGE && bareWeekday(p.parts.get(0).point) && bareWeekday(p.parts.get(1).point)
                && (gap == 0 || gap == 1 && (a.symbol(gapFrom, ',') || a.symbol(gapFrom, '('))) && twoDaysRunning(q) && q.parts.get(0).point.weekday == null) {
            return namedDays(p.from, q, p.parts.get(0).point.weekday, p.parts.get(1).point.weekday);
        }
        return null;
    }

    private static boolean bareWeekday(Point p) {
        return p != null && p.weekday != null && p.day == null && p.month == null && p.year == null && p.shiftUnit == null
                && !p.hasTime() && p.nth == 0;
    }

    /** A range of two consecutive days of one month: "9-10 October", "3 and 4 June 2025". */
    private static boolean twoDaysRunning(Phrase q) {
        if (q.kind != Phrase.Kind.RANGE || !q.parts.get(0).isPoint() || !q.parts.get(1).isPoint()) {
            return false;
        }
        Point first = q.parts.get(0).point;
        Point last = q.parts.get(1).point;
        return first.day != null && last.day != null && first.month != null && first.month.equals(last.month)
                && last.day == first.day + 1 && !first.hasTime() && !last.hasTime();
    }

    private Phrase namedDays(int from, Phrase days, java.time.DayOfWeek firstDay, java.time.DayOfWeek lastDay) {
        Phrase first = days.parts.get(0);
        Phrase last = days.parts.get(1);
        Point a1 = first.point.copy();
        a1.weekday = firstDay;
        Point b1 = last.point.copy();
        b1.weekday = lastDay;
        return Phrase.range(a, Phrase.point(a, from, first.to, a1), Phrase.point(a, last.from, last.to, b1));
    }

    private static boolean dayLevel(Phrase p) {
        Phrase first = p.kind == Phrase.Kind.RANGE ? p.parts.get(0) : p;
        return first.isPoint() && first.point.isDay();
    }

    private boolean isRangeWord(int g) {
        return a.dash(g) || a.word(g, "to") || a.word(g, "until") || a.word(g, "till") || a.word(g, "through")
                || a.word(g, "thru");
    }

    private boolean isDateTimeJoiner(int g) {
        return a.symbol(g, ',') || a.word(g, "at") || a.word(g, "from") || a.symbol(g, '@') || a.symbol(g, '|');
    }

    // ---------------------------------------------------------------- pieces

    /** A day of the month: "14", "14th", "fourteenth", "twenty-first". */
    Hit dayOfMonth(int i) {
        if (a.isNumber(i)) {
            if (a.digits(i) > 2 || (i > 0 && a.tight(i) && (a.isNumber(i - 1) || a.isWord(i - 1)))) {
                return null;
            }
            int d = a.number(i);
            if (d < 1 || d > 31) {
                return null;
            }
            int end = i + 1;
            String suffix = a.word(end);
            if (suffix != null && a.tight(end)) {
                if (!Lexicon.ORDINAL_SUFFIXES.contains(suffix)) {
                    return null;
                }
                end++;
            }
            return new Hit(d, end);
        }
        String w = a.word(i);
        if (w == null) {
            return null;
        }
        Integer ord = Lexicon.ORDINALS.get(w);
        if (ord != null) {
            return new Hit(ord, i + 1);
        }
        Integer tens = Lexicon.TENS.get(w);
        if (tens != null && (tens == 20 || tens == 30)) {
            int j = a.dash(i + 1) ? i + 2 : i + 1;
            Integer unit = Lexicon.ORDINALS.get(a.word(j));
            if (unit != null && unit < 10 && tens + unit <= 31) {
                return new Hit(tens + unit, j + 1);
            }
            if ("thirtieth".equals(w)) {
                return new Hit(30, i + 1);
            }
        }
        return null;
    }

    /** A month name, with the period after an abbreviation ("Sept."). */
    Hit monthName(int i) {
        String w = a.word(i);
        Integer m = w == null ? null : Lexicon.MONTHS.get(w);
        if (m == null) {
            return null;
        }
        boolean abbreviation = Lexicon.MONTH_ABBREVIATIONS.contains(w);
        if ((abbreviation || w.equals("may") || w.equals("march")) && !a.capitalised(i)) {
            return null;
        }
        int end = i + 1;
        if (abbreviation && a.symbol(end, '.') && a.tight(end)) {
            end++;
        } else if (abbreviation && !(a.isNumber(end) || a.symbol(end, ',') || a.dash(end) || a.word(end, "of")
                || i > 0 && a.isNumber(i - 1) && !a.lineBreakBefore(i))) {
            return null; // "Jan", "Dec" alone are as often names as months; after a day ("Thu 9 Oct") they are months
        }
        return new Hit(m, end);
    }

    /** Whether a month name with no day or year after it is a month here ("in June", not "May I"). */
    private boolean monthStandsAlone(int i) {
        String w = a.word(i);
        if (Lexicon.MONTH_ABBREVIATIONS.contains(w) && !w.equals("may") && !w.equals("march")) {
            return false;
        }
        if (!w.equals("may") && !w.equals("march")) {
            return a.capitalised(i);
        }
        if (i > 0 && a.symbol(i - 1, '(') && a.capitalised(i)) {
            return true; // "Open Day (May, Oslo)": a month in a heading's bracket
        }
        String before = a.word(i - 1);
        return before != null && MONTH_PREPOSITIONS.contains(before);
    }

    private static final java.util.Set<String> MONTH_PREPOSITIONS = Lexicon.words(
            "in", "of", "since", "until", "till", "by", "during", "through", "before", "after", "from", "early",
            "late", "mid", "last", "next", "this", "each", "every", "to", "between", "and", "or", "for");

    /** A year after a date: "2014", ", 2014", "'94"; null when none follows. */
    private Hit yearAfter(int j) {
        if (a.lineBreakBefore(j)) {
            return null;
        }
        int k = a.symbol(j, ',') ? j + 1 : j;
        if (a.lineBreakBefore(k)) {
            return null;
        }
        if (a.isNumber(k) && a.digits(k) == 4) {
            int y = a.number(k);
            if (y >= 1000 && y <= 2199 && !(a.tight(k + 1) && (a.isNumber(k + 1) || a.isWord(k + 1) || a.symbol(k + 1, ':')))) {
                return new Hit(y, k + 1);
            }
            return null;
        }
        if ((a.symbol(k, '\'') || a.symbol(k, '\u2019')) && a.isNumber(k + 1) && a.tight(k + 1) && a.digits(k + 1) == 2
                && !(a.tight(k + 2) && a.isWord(k + 2))) {
            int yy = a.number(k + 1);
            return new Hit((yy < 50 ? 2000 : 1900) + yy, k + 2);
        }
        return null;
    }

    /** A year of two or four digits. */
    private Hit yearNumber(int i) {
        if (!a.isNumber(i)) {
            return null;
        }
        int n = a.number(i);
        if (a.digits(i) == 4 && n >= 1000 && n <= 2199) {
            return new Hit(n, i + 1);
        }
        if (a.digits(i) == 2) {
            return new Hit((n < 50 ? 2000 : 1900) + n, i + 1);
        }
        return null;
    }

    /** Whether a duration unit starts at {@code j} ("May 15 minutes" is no date). */
    private boolean startsUnit(int j) {
        String w = a.word(j);
        return w != null && Lexicon.UNITS.containsKey(w);
    }

    private static Point date(int year, int month, int day) {
        Point p = new Point();
        p.year = year;
        p.month = month;
        p.day = day;
        return validDay(p) ? p : null;
    }

    private static boolean validDay(Point p) {
        if (p.month == null || p.month < 1 || p.month > 12 || p.day == null || p.day < 1) {
            return false;
        }
        int year = p.year == null ? 2000 : p.year; // a leap year, so 29 February stands without a year
        return p.day <= YearMonth.of(year, p.month).lengthOfMonth();
    }
}
