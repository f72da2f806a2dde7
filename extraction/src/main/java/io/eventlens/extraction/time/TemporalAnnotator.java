package io.eventlens.extraction.time;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.pipeline.Annotator;
import io.eventlens.extraction.text.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds the dates and times of a document, read once by the {@link TemporalGrammar} and written
 * twice: {@link DateMention#LAYER} (calendar dates, ranges and times for event records) and
 * {@link Timex#LAYER} (TimeML TIMEX3 types and values). When the document came without a
 * creation date, the anchor date found in it (dateline, publication line, first full date) is
 * set with {@link Document#setAnchorDate}. Needs the sentence layer; without it, reads lines.
 */
public final class TemporalAnnotator implements Annotator {

    /** A phrase, the tense of the words nearest it in its sentence, and the number of its sentence. */
    private record Found(Phrase phrase, int tense, int sentence) {

        Tense.Lean lean(int documentTense) {
            return new Tense.Lean(tense, documentTense);
        }
    }

    @Override
    public void annotate(Document document) {
        String text = document.text();
        List<Found> found = new ArrayList<>();
        int n = 0;
        int tenseBalance = 0;
        for (Span region : regions(document)) {
            Atoms atoms = Atoms.of(text, region.start(), region.end());
            for (Phrase phrase : TemporalGrammar.parse(atoms, document::checkDeadline)) {
                int tense = Tense.around(atoms, phrase.from, phrase.to);
                if (tense == 0 && leadsItsLine(atoms, phrase) && startsWithWeekdayOnly(phrase)) {
                    tense = 1; // "Thursday, 1:30-3 p.m." on its own line or in a "When:" field: a schedule looks ahead
                }
                found.add(new Found(phrase, tense, n));
            }
            tenseBalance += Tense.balance(atoms);
            if ((++n & 0xFF) == 0) {
                document.checkDeadline();
            }
        }
        Integer reportYear = null;
        if (document.anchorDate().isEmpty()) {
            Optional<LocalDate> written = AnchorFinder.find(text, found.stream().map(Found::phrase).toList());
            written.ifPresent(document::setAnchorDate);
            Optional<Integer> year = AnchorFinder.reportYear(text);
            if (written.isPresent() && year.isPresent() && written.get().equals(LocalDate.of(year.get(), 12, 31))) {
                reportYear = year.get(); // an undated "Annual Report 2024": its dates without a year are in 2024
            }
        }
        Optional<LocalDate> anchor = document.anchorDate();
        Resolver resolver = new Resolver(anchor.orElse(null), reportYear);
        // without a tense word near it, an expression leans the way the whole document does
        int documentTense = Integer.signum(tenseBalance);
        for (Found f : found) {
            resolve(f.phrase, resolver, f.lean(documentTense));
        }
        applyQuarterContext(found);
        applyAnaphora(found, documentTense);
        List<DateMention> mentions = new ArrayList<>();
        List<Timex> timexes = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            Phrase phrase = found.get(k).phrase;
            DateMention mention = Mentions.of(phrase);
            if (mention != null) {
                mentions.add(mention);
            }
            Timexes.of(phrase, dayForTimes(found, k, anchor.orElse(null)), timexes);
        }
        document.set(DateMention.LAYER, mentions);
        document.set(Timex.LAYER, timexes);
    }

    /**
     * The phrase opens its sentence, or follows only a field label ("When:", "Date -") or a bullet:
     * a schedule line, not a clause whose verb the tense test missed.
     */
    static boolean leadsItsLine(Atoms atoms, Phrase phrase) {
        int i = phrase.from;
        if (i == 0) {
            return true;
        }
        if (atoms.kind[i - 1] == Atoms.SYMBOL) {
            i--; // the label's colon or dash, or a bullet
            if (i == 0) {
                return true;
            }
        } else {
            return false;
        }
        return i <= 2 && atoms.kind[0] == Atoms.WORD && (i == 1 || atoms.kind[1] == Atoms.WORD)
                && (atoms.symbol(i, ':') || atoms.symbol(i, '-') || atoms.symbol(i, '\u2013') || atoms.symbol(i, '|'));
    }

    /** A weekday with no day, month or year ("Thursday", "Tue, 4 pm"), alone or as the date of a date-and-time. */
    private static boolean startsWithWeekdayOnly(Phrase phrase) {
        Phrase p = phrase;
        while (p.kind == Phrase.Kind.DATED || p.kind == Phrase.Kind.RANGE) {
            p = p.parts.get(0);
        }
        return p.isPoint() && p.point.weekday != null && p.point.day == null && p.point.month == null
                && p.point.year == null && p.point.shiftUnit == null && p.point.direction == 0;
    }

    private static List<? extends Span> regions(Document document) {
        if (document.has(Sentence.LAYER)) {
            return document.get(Sentence.LAYER);
        }
        List<Span> lines = new ArrayList<>();
        String text = document.text();
        int start = 0;
        for (int k = 0; k <= text.length(); k++) {
            if (k == text.length() || text.charAt(k) == '\n') {
                if (k > start) {
                    lines.add(Span.of(start, k));
                }
                start = k + 1;
            }
        }
        return lines;
    }

    /**
     * "Profit rose 5% from a year earlier" said of a quarter means that quarter a year before:
     * a contextual point takes the nearest quarter named in its sentence, else in the sentence before.
     */
    private static void applyQuarterContext(List<Found> found) {
        Point lastQuarter = null;
        int lastQuarterSentence = -2;
        for (int k = 0; k < found.size(); k++) {
            Found f = found.get(k);
            Phrase p = f.phrase;
            if (p.isPoint() && p.point.contextual) {
                Point q = nearestQuarter(found, k);
                if (q == null && f.sentence - lastQuarterSentence <= 1) {
                    q = lastQuarter;
                }
                if (q != null) {
                    p.resolved = Resolver.fromContext(p.point, q);
                }
            } else if (isQuarter(p)) {
                lastQuarter = p.resolved;
                lastQuarterSentence = f.sentence;
            }
        }
    }

    /**
     * "The following year", "the previous Friday": resolved against the last date the text spoke
     * of at that granularity (a year for "year", a month for "month", a day for days and weekdays),
     * when there is one before them.
     */
    private static void applyAnaphora(List<Found> found, int documentTense) {
        LocalDate lastYear = null;
        LocalDate lastMonth = null;
        LocalDate lastDay = null;
        for (Found f : found) {
            Phrase p = f.phrase;
            if (p.isPoint() && p.point.anaphoric) {
                Unit unit = p.point.shiftUnit;
                LocalDate reference = unit == Unit.YEAR ? lastYear : unit == Unit.MONTH ? lastMonth : lastDay;
                if (reference != null) {
                    p.resolved = new Resolver(reference).resolve(p.point, f.lean(documentTense));
                }
                continue;
            }
            Point r = p.isPoint() ? p.resolved : null;
            if (r == null || r.year == null || r.decade != null || r.century != null) {
                continue;
            }
            lastYear = LocalDate.of(r.year, 1, 1);
            if (r.month != null) {
                lastMonth = LocalDate.of(r.year, r.month, 1);
                LocalDate d = day(p);
                if (d != null) {
                    lastDay = d;
                }
            }
        }
    }

    private static boolean isQuarter(Phrase p) {
        return p.isPoint() && p.resolved != null && p.resolved.quarter != null && p.resolved.year != null
                && !p.point.contextual;
    }

    /** How many expressions away a context is looked for (bounded, so a run-on line stays linear). */
    private static final int CONTEXT = 12;

    /** The quarter named nearest to found[k] in its own sentence, before it first. */
    private static Point nearestQuarter(List<Found> found, int k) {
        int sentence = found.get(k).sentence;
        for (int j = k - 1; j >= Math.max(0, k - CONTEXT) && found.get(j).sentence == sentence; j--) {
            if (isQuarter(found.get(j).phrase)) {
                return found.get(j).phrase.resolved;
            }
        }
        for (int j = k + 1; j < Math.min(found.size(), k + CONTEXT) && found.get(j).sentence == sentence; j++) {
            if (isQuarter(found.get(j).phrase)) {
                return found.get(j).phrase.resolved;
            }
        }
        return null;
    }

    /**
     * The day a clock time without a date falls on, for TimeML: the day named nearest it in its
     * sentence ("at 10:35 a.m. (0735 GMT) Friday"), else in the sentence before, else the anchor.
     */
    private static LocalDate dayForTimes(List<Found> found, int k, LocalDate anchor) {
        if (!found.get(k).phrase.isTimeOnly()) {
            return anchor;
        }
        int sentence = found.get(k).sentence;
        for (int j = k + 1; j < Math.min(found.size(), k + CONTEXT) && found.get(j).sentence == sentence; j++) {
            LocalDate d = day(found.get(j).phrase);
            if (d != null) {
                return d;
            }
        }
        for (int j = k - 1; j >= Math.max(0, k - CONTEXT) && found.get(j).sentence >= sentence - 1; j--) {
            LocalDate d = day(found.get(j).phrase);
            if (d != null) {
                return d;
            }
        }
        return anchor;
    }

    private static LocalDate day(Phrase p) {
        Phrase first = p.kind == Phrase.Kind.RANGE || p.kind == Phrase.Kind.DATED ? p.parts.get(0) : p;
        if (first.kind == Phrase.Kind.RANGE) {
            first = first.parts.get(0);
        }
        Point r = first.resolved;
        if (r == null || r.year == null || r.month == null || r.day == null) {
            return null;
        }
        try {
            return LocalDate.of(r.year, r.month, r.day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Resolves every point of a phrase; in ranges the last part may not precede the first. */
    private static void resolve(Phrase phrase, Resolver resolver, Tense.Lean lean) {
        switch (phrase.kind) {
            case POINT -> phrase.resolved = resolver.resolve(phrase.point, lean);
            case RANGE -> {
                Phrase first = phrase.parts.get(0);
                Phrase last = phrase.parts.get(1);
                resolve(first, resolver, lean);
                resolve(last, resolver, lean);
                Point a = first.resolved;
                Point b = last.resolved;
                if (a != null && b != null && a.year != null && a.month != null && a.day != null && last.isPoint()
                        && last.point.weekday != null && last.point.day == null && last.point.month == null) {
                    // "Monday and Tuesday": the second weekday is the first one's next day, not resolved on its own
                    LocalDate d = LocalDate.of(a.year, a.month, a.day)
                            .plusDays(Math.floorMod(last.point.weekday.getValue() - first.point.weekday.getValue(), 7));
                    b.year = d.getYear();
                    b.month = d.getMonthValue();
                    b.day = d.getDayOfMonth();
                }
                if (a != null && b != null && a.yearInferred && b.yearInferred && a.year != null && b.year != null
                        && a.year > b.year && a.month != null && b.month != null) {
                    a.year = b.year; // "3 and 4 June": the days of one range lie in one year (the tense may tip each alone)
                }
                if (a != null && b != null && a.year != null && b.year != null && a.month != null && b.month != null
                        && a.year.equals(b.year) && (a.month > b.month || a.month.equals(b.month) && a.day != null
                        && b.day != null && a.day > b.day)) {
                    if (b.yearInferred) {
                        b.year = b.year + 1;   // "28 December - 3 January"
                    } else if (a.yearInferred) {
                        a.year = a.year - 1;
                    }
                }
            }
            case DATED -> {
                Phrase date = phrase.parts.get(0);
                resolve(date, resolver, lean);
                resolve(phrase.parts.get(1), resolver, lean);
            }
            default -> {
            }
        }
    }
}
