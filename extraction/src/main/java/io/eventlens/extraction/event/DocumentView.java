package io.eventlens.extraction.event;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.layout.AgendaItem;
import io.eventlens.extraction.layout.Heading;
import io.eventlens.extraction.layout.LabeledLine;
import io.eventlens.extraction.layout.Line;
import io.eventlens.extraction.normalize.Markup;
import io.eventlens.extraction.text.Sentence;
import io.eventlens.extraction.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The layers the event readers consult, indexed for the lookups they make (the line at an offset,
 * the heading of a line, the dates inside a span). Built once per document by each reader.
 */
final class DocumentView {

    final Document document;
    final String text;
    final List<Line> lines;
    final List<Sentence> sentences;
    final List<Token> tokens;
    final List<EventDate> dates;
    final Heading[] headingOfLine;
    final LabeledLine[] labelOfLine;
    final AgendaItem[] agendaOfLine;
    final List<Markup> markup;

    DocumentView(Document document) {
        this.document = document;
        this.text = document.text();
        this.lines = document.get(Line.LAYER);
        this.sentences = document.get(Sentence.LAYER);
        this.tokens = document.get(Token.LAYER);
        this.dates = document.get(EventDate.LAYER);
        this.markup = document.get(Markup.LAYER);
        this.headingOfLine = new Heading[lines.size()];
        for (Heading h : document.get(Heading.LAYER)) {
            headingOfLine[h.line()] = h;
        }
        this.labelOfLine = new LabeledLine[lines.size()];
        for (LabeledLine l : document.get(LabeledLine.LAYER)) {
            labelOfLine[l.line()] = l;
        }
        this.agendaOfLine = new AgendaItem[lines.size()];
        for (AgendaItem a : document.get(AgendaItem.LAYER)) {
            for (int k = a.line(); k <= a.lastLine(); k++) {
                agendaOfLine[k] = a;
            }
        }
    }

    String text(Span span) {
        return text.substring(span.start(), span.end());
    }

    /** Index of the line containing {@code offset}, or of the first line after it; -1 past the last line. */
    int lineAt(int offset) {
        int lo = 0;
        int hi = lines.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (lines.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                found = mid;
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Dates lying inside {@code span}. */
    List<EventDate> datesIn(Span span) {
        List<EventDate> out = new ArrayList<>();
        for (int i = firstStartingAtOrAfter(dates, span.start()); i < dates.size(); i++) {
            EventDate d = dates.get(i);
            if (d.start() >= span.end()) {
                break;
            }
            if (d.end() <= span.end()) {
                out.add(d);
            }
        }
        return out;
    }

    /** Index of the first span of a start-ordered list that starts at or after {@code offset}. */
    static int firstStartingAtOrAfter(List<? extends Span> spans, int offset) {
        int lo = 0;
        int hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the sentence containing {@code offset}, or -1. */
    int sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (s.end() <= offset) {
                lo = mid + 1;
            } else if (s.start() > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    List<Sentence> sentencesIn(Span span) {
        List<Sentence> out = new ArrayList<>();
        int first = sentenceAt(span.start());
        if (first < 0) {
            first = firstStartingAtOrAfter(sentences, span.start());
        }
        for (int i = first; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.start() >= span.end()) {
                break;
            }
            if (s.end() > span.start()) {
                out.add(s);
            }
        }
        return out;
    }

    boolean isHeading(int line) {
        return line >= 0 && line < lines.size() && headingOfLine[line] != null;
    }

    boolean hasMarkup(Span span, Markup.Kind kind) {
        for (int i = Math.max(0, firstStartingAtOrAfter(markup, span.start()) - 8); i < markup.size(); i++) {
            Markup m = markup.get(i);
            if (m.start() >= span.end()) {
                break;
            }
            if (m.kind() == kind && m.overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /** The markup of {@code kind} covering the whole of {@code span}, if any. */
    boolean coveredBy(Span span, Markup.Kind kind) {
        for (Markup m : markup) {
            if (m.start() > span.start()) {
                break;
            }
            if (m.kind() == kind && m.start() <= span.start() && m.end() >= span.end()) {
                return true;
            }
        }
        return false;
    }
}
