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

    /** A phrase and the tense of its sentence. */
    private record Found(Phrase phrase, int tense) {
    }

    @Override
    public void annotate(Document document) {
        String text = document.text();
        List<Found> found = new ArrayList<>();
        int n = 0;
        for (Span region : regions(document)) {
            Atoms atoms = Atoms.of(text, region.start(), region.end());
            for (Phrase phrase : TemporalGrammar.parse(atoms)) {
                found.add(new Found(phrase, Tense.around(atoms, phrase.from, phrase.to)));
            }
            if ((++n & 0xFF) == 0) {
                document.checkDeadline();
            }
        }
        if (document.anchorDate().isEmpty()) {
            AnchorFinder.find(text, found.stream().map(Found::phrase).toList()).ifPresent(document::setAnchorDate);
        }
        Optional<LocalDate> anchor = document.anchorDate();
        Resolver resolver = new Resolver(anchor.orElse(null));
        List<DateMention> mentions = new ArrayList<>();
        List<Timex> timexes = new ArrayList<>();
        for (Found f : found) {
            resolve(f.phrase, resolver, f.tense);
            DateMention mention = Mentions.of(f.phrase);
            if (mention != null) {
                mentions.add(mention);
            }
            Timexes.of(f.phrase, anchor.orElse(null), timexes);
        }
        document.set(DateMention.LAYER, mentions);
        document.set(Timex.LAYER, timexes);
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

    /** Resolves every point of a phrase; in ranges the last part may not precede the first. */
    private static void resolve(Phrase phrase, Resolver resolver, int tense) {
        switch (phrase.kind) {
            case POINT -> phrase.resolved = resolver.resolve(phrase.point, tense);
            case RANGE -> {
                Phrase first = phrase.parts.get(0);
                Phrase last = phrase.parts.get(1);
                resolve(first, resolver, tense);
                resolve(last, resolver, tense);
                Point a = first.resolved;
                Point b = last.resolved;
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
                resolve(date, resolver, tense);
                resolve(phrase.parts.get(1), resolver, tense);
            }
            default -> {
            }
        }
    }
}
