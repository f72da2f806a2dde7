package io.eventlens.extraction.event;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.language.LanguageAnnotator;
import io.eventlens.extraction.layout.Heading;
import io.eventlens.extraction.layout.LabeledLine;
import io.eventlens.extraction.layout.LayoutAnnotator;
import io.eventlens.extraction.layout.Line;
import io.eventlens.extraction.pipeline.Annotator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads events announced by a header: a title line near a date line, perhaps with an organiser
 * line, a place line or "Organised by ..." around them. This is how bulletins introduce each of
 * their events, how event pages, invitations and programmes open, and how a programme announces
 * a side event:
 *
 * <pre>
 * Title of the panel                    TITLE OF THE CONFERENCE            &lt;h1&gt;Title&lt;/h1&gt;
 *                                       "Its theme"                         Date: 4 May 2022
 * Organiser A, Organiser B              14-15 May 2023 | Venue, City       Location: Hall 2
 * 8 September 2014                      Organised by the X and the Y
 * </pre>
 *
 * Each event's text runs to the next header; a programme's "DAY 2 - Friday 15 May" line sends the
 * text after it back to the event whose dates cover that day.
 */
public final class HeaderReader implements Annotator {

    public static final String READER = "header";

    @Override
    public void annotate(Document document) {
        if (!LanguageAnnotator.readable(document)) {
            return;
        }
        DocumentView v = new DocumentView(document);
        if (v.lines.isEmpty()) {
            return;
        }
        DateLine[] dateLines = new DateLine[v.lines.size()];
        for (int i = 0; i < v.lines.size(); i++) {
            dateLines[i] = DateLine.of(v, i);
            if ((i & 0xFF) == 0) {
                document.checkDeadline();
            }
        }
        List<Header> headers = new ArrayList<>();
        Set<Integer> titleLines = new HashSet<>();
        Heading[] topBefore = topHeadings(v);
        for (DateLine dateLine : dateLines) {
            if (dateLine == null) {
                continue;
            }
            Header h = header(v, dateLine, dateLines, topBefore);
            if (h != null && titleLines.add(h.titleLine)) {
                headers.add(h);
            }
        }
        if (headers.isEmpty()) {
            return;
        }
        headers.sort((a, b) -> Integer.compare(a.first, b.first));
        List<List<Span>> regions = regions(v, headers, dateLines);
        EventFields fields = new EventFields(v);
        List<EventCandidate> all = new ArrayList<>(document.get(EventCandidate.LAYER));
        for (int k = 0; k < headers.size(); k++) {
            EventCandidate c = candidate(v, fields, headers.get(k), regions.get(k), headers.size() == 1);
            if (c != null) {
                all.add(c);
            }
        }
        document.set(EventCandidate.LAYER, all);
    }

    /** What a header block holds, as line indices (-1 when absent). */
    private static final class Header {
        DateLine date;
        int titleLine = -1;
        double titleConfidence;
        int orgLine = -1;
        int byLine = -1;
        int locationLine = -1;
        int first;
        int last;
    }

    private static Header header(DocumentView v, DateLine dateLine, DateLine[] dateLines, Heading[] topBefore) {
        int d = dateLine.line();
        Header h = new Header();
        h.date = dateLine;
        h.first = d;
        h.last = d;
        // upward: title, organiser line, "Organised by" line; at most one blank line crossed
        List<Integer> candidates = new ArrayList<>();
        int gaps = 0;
        for (int k = d - 1; k >= 0 && k >= d - 6; k--) {
            if (v.lines.get(k + 1).blankBefore() && ++gaps > 1) {
                break;
            }
            if (stopsHeader(v, k, dateLines)) {
                break;
            }
            h.first = k;
            if (isByLine(v, k)) {
                h.byLine = h.byLine < 0 ? k : h.byLine;
            } else if (titleLike(v, k)) {
                candidates.add(k);
            }
        }
        if (candidates.size() >= 2 && isOrganizerLine(v, candidates.get(0)) && !isQuotedLine(v, candidates.get(0))) {
            h.orgLine = candidates.remove(0);
        }
        for (int i = 0; i < candidates.size(); i++) {
            int c = candidates.get(i);
            if (isGeneric(v, c)) {
                continue;
            }
            if (isQuotedLine(v, c) && i + 1 < candidates.size() && candidates.get(i + 1) == c - 1
                    && !v.lines.get(c).blankBefore() && !isGeneric(v, c - 1)) {
                h.titleLine = c - 1; // a quoted line under a title is its theme
            } else {
                h.titleLine = c;
            }
            h.titleConfidence = v.isHeading(h.titleLine) && v.headingOfLine[h.titleLine].fromMarkup() ? 0.95 : 0.85;
            break;
        }
        // downward: place line, organiser lines, labels, or the title when the date came first
        boolean blankCrossed = false;
        for (int k = d + 1; k < v.lines.size() && k <= d + 5; k++) {
            Line line = v.lines.get(k);
            if (line.blankBefore()) {
                if (blankCrossed || h.titleLine >= 0 && !dateLine.fromLabel()) {
                    break;
                }
                blankCrossed = true;
            }
            if (dateLines[k] != null || v.agendaOfLine[k] != null) {
                break;
            }
            LabeledLine label = v.labelOfLine[k];
            if (h.titleLine < 0 && (isQuotedLine(v, k) || (v.isHeading(k) && v.headingOfLine[k].fromMarkup()))
                    && !isGeneric(v, k)) {
                h.titleLine = k;
                h.titleConfidence = 0.85;
                h.last = k;
                continue;
            }
            if (blankCrossed && label == null) {
                break;
            }
            if (isByLine(v, k)) {
                h.byLine = h.byLine < 0 ? k : h.byLine;
            } else if (label != null && label.known()) {
                // fields of the same block are read by key later
            } else if (k == d + 1 && !blankCrossed && isPlaceLine(v, k)) {
                h.locationLine = k;
            } else if (k == d + 1 && !blankCrossed && h.orgLine < 0 && isOrganizerLine(v, k)) {
                h.orgLine = k;
            } else if (!isParenthetical(v, k)) {
                break;
            }
            h.last = k;
        }
        if (h.titleLine < 0 && dateLine.fromLabel()) {
            // an event page's facts ("Date: ...") far from its title: the page's main heading
            Heading top = topBefore[d];
            if (top != null) {
                h.titleLine = top.line();
                h.titleConfidence = 0.75;
            }
        }
        if (h.titleLine < 0) {
            return null;
        }
        h.first = Math.min(h.first, h.titleLine);
        return h;
    }

    private static boolean stopsHeader(DocumentView v, int k, DateLine[] dateLines) {
        Line line = v.lines.get(k);
        if (dateLines[k] != null || v.agendaOfLine[k] != null) {
            return true;
        }
        if (line.listItem() && !v.isHeading(k)) {
            return true;
        }
        for (EventDate d : v.datesIn(line)) {
            if (d.hasDay()) {
                return true; // a dated line that is no date line: a publication line, a sentence
            }
        }
        String body = v.text(line.body());
        int words = Phrases.words(v.text, line.body()).size();
        return words > 30 || (body.endsWith(".") && words > 6 && !isQuotedLine(v, k));
    }

    private static boolean titleLike(DocumentView v, int k) {
        for (EventDate d : v.datesIn(v.lines.get(k))) {
            if (d.hasDay()) {
                return false; // "Posted Monday, 3 May": a dated line is no title
            }
        }
        if (v.isHeading(k) || isQuotedLine(v, k)) {
            return true;
        }
        LabeledLine label = v.labelOfLine[k];
        if (label != null && label.known()) {
            return false;
        }
        String body = v.text(v.lines.get(k).body());
        return LayoutAnnotator.headingShape(body, true);
    }

    static boolean isQuotedLine(DocumentView v, int k) {
        Span body = Phrases.trim(v.text, v.lines.get(k).body(), ".,;:");
        if (body.length() < 4) {
            return false;
        }
        char first = v.text.charAt(body.start());
        char last = v.text.charAt(body.end() - 1);
        return (first == '\u201C' && last == '\u201D') || (first == '"' && last == '"') || (first == '\u00AB' && last == '\u00BB');
    }

    private static boolean isByLine(DocumentView v, int k) {
        return EventFields.BY_LINE.matcher(v.text(v.lines.get(k).body())).find();
    }

    private static boolean isParenthetical(DocumentView v, int k) {
        String body = v.text(v.lines.get(k).body());
        return body.startsWith("(") && body.endsWith(")");
    }

    /** A line listing organisations: their names make up most of it and no event is named. */
    static boolean isOrganizerLine(DocumentView v, int k) {
        Span body = v.lines.get(k).body();
        String text = v.text(body);
        List<Span> names = OrganizerNames.split(v.text, body, false);
        int covered = 0;
        boolean organization = false;
        for (Span n : names) {
            covered += n.length();
            organization |= OrganizerNames.looksLikeOrganization(OrganizerNames.withoutAcronym(v.text, n));
        }
        return organization && covered >= 0.6 * text.replace(",", "").replace(" and ", "").length();
    }

    /** A short line right under a date line that names a venue or a city. */
    private static boolean isPlaceLine(DocumentView v, int k) {
        Span body = v.lines.get(k).body();
        String text = v.text(body);
        List<Span> words = Phrases.words(v.text, body);
        if (words.isEmpty() || words.size() > 12 || text.endsWith(".") || isQuotedLine(v, k)
                || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        boolean venue = false;
        int lowercase = 0;
        for (Span w : words) {
            String word = v.text(w);
            if (!Phrases.capitalised(word) && !Vocabulary.isFunctionWord(word) && !Vocabulary.isVenueWord(word)) {
                lowercase++; // "Restaurant des délégués"
            }
            venue |= Vocabulary.isVenueWord(word);
        }
        if (lowercase > 2 || lowercase * 3 > words.size()) {
            return false;
        }
        String lastPart = text.contains(",") ? text.substring(text.lastIndexOf(',') + 1).strip() : text;
        return venue || Vocabulary.isCountry(lastPart) || text.contains(",");
    }

    /** A heading that organises the page rather than naming an event ("PROGRAMME", "DAY 1", "Speakers"). */
    static boolean isGeneric(DocumentView v, int k) {
        String body = v.text(v.lines.get(k).body()).replaceAll("\\([^)]*\\)", " ");
        List<String> words = OrganizerNames.wordList(body);
        if (words.isEmpty()) {
            return true;
        }
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'-]", "");
            if (lower.isEmpty() || lower.matches("\\d+|[ivx]+|(?:pre|post)-[\\p{L}-]+")) {
                continue;
            }
            if (!Vocabulary.GENERIC_HEADING_WORDS.contains(lower)) {
                return false;
            }
        }
        return true;
    }

    /** For each line, the top-level markup heading before it (the page's title), or null. */
    private static Heading[] topHeadings(DocumentView v) {
        Heading[] before = new Heading[v.lines.size()];
        Heading best = null;
        for (int k = 0; k < v.lines.size(); k++) {
            before[k] = best != null && best.level() <= 2 ? best : null;
            Heading h = v.headingOfLine[k];
            if (h != null && h.fromMarkup() && (best == null || h.level() < best.level()) && !isGeneric(v, k)) {
                best = h;
            }
        }
        return before;
    }

    /**
     * The text of each header's event: from its header to the next one; after a day divider ("DAY 2
     * - Friday 15 May") back to the event whose dates cover that day. One header owns the whole text.
     */
    private static List<List<Span>> regions(DocumentView v, List<Header> headers, DateLine[] dateLines) {
        List<List<Span>> regions = new ArrayList<>();
        for (int k = 0; k < headers.size(); k++) {
            regions.add(new ArrayList<>());
        }
        if (headers.size() == 1) {
            regions.get(0).add(Span.of(0, v.text.length()));
            return regions;
        }
        Set<Integer> headerDates = new HashSet<>();
        for (Header h : headers) {
            headerDates.add(h.date.line());
        }
        int owner = -1;
        int runStart = -1;
        int next = 0;
        for (int i = 0; i < v.lines.size(); i++) {
            int newOwner = owner;
            if (next < headers.size() && headers.get(next).first == i) {
                newOwner = next;
                next++;
            } else if (dateLines[i] != null && !headerDates.contains(i) && dateLines[i].date().hasDay()) {
                for (int k = 0; k < headers.size(); k++) {
                    EventDate covering = headers.get(k).date.date();
                    if (covering.isRange() && covering.covers(dateLines[i].date().startDate()) && k != owner) {
                        newOwner = k;
                        break;
                    }
                }
            }
            if (newOwner != owner) {
                if (owner >= 0) {
                    regions.get(owner).add(Span.of(v.lines.get(runStart).start(), v.lines.get(i - 1).end()));
                }
                owner = newOwner;
                runStart = i;
            }
        }
        if (owner >= 0) {
            regions.get(owner).add(Span.of(v.lines.get(runStart).start(), v.text.length()));
        }
        return regions;
    }

    private static EventCandidate candidate(DocumentView v, EventFields fields, Header h, List<Span> region, boolean only) {
        if (region.isEmpty()) {
            return null;
        }
        int start = region.get(0).start();
        int end = region.get(region.size() - 1).end();
        EventCandidate c = new EventCandidate(start, end, READER);
        if (region.size() > 1) {
            c.regions.addAll(region);
        }
        c.title = fields.title(v.lines.get(h.titleLine).body(), h.titleConfidence);
        if (c.title == null) {
            return null;
        }
        EventFields.setDates(c, h.date.date(), 0.95);
        if (c.startTime == null) {
            LabeledLine time = fields.label(h.first, h.last + 3, EventFields.TIME_LABELS);
            if (time != null) {
                for (EventDate t : v.datesIn(time)) {
                    if (t.startTime() != null) {
                        EventFields.setTimes(c, t, 0.9);
                        break;
                    }
                }
            }
        }
        // place: the date line's own, the line under it, a field, what the text says
        if (h.date.location() != null) {
            c.location = Slot.of(Phrases.clean(v.text(h.date.location())), h.date.location(), 0.85);
        } else if (h.locationLine >= 0) {
            Span body = Phrases.trimValue(v.text, v.lines.get(h.locationLine).body());
            c.location = Slot.of(Phrases.clean(v.text(body)), body, 0.8);
        } else {
            LabeledLine place = fields.label(h.first, h.last + 4, EventFields.LOCATION_LABELS);
            if (place != null) {
                c.location = fields.locationOfLabel(place, 0.9);
            }
        }
        if (c.location == null) {
            c.location = fields.locationInText(region);
        }
        // organisers: the header's list, an "Organised by" line, a field, what the text says
        if (h.orgLine >= 0) {
            c.organizers.addAll(fields.organizersOfLine(v.lines.get(h.orgLine).body(), false, 0.85));
        } else if (h.byLine >= 0) {
            c.organizers.addAll(fields.organizersOfLine(v.lines.get(h.byLine).body(), false, 0.85));
        } else {
            LabeledLine organiser = fields.label(h.first, only ? v.lines.size() - 1 : h.last + 4, EventFields.ORGANIZER_LABELS);
            if (organiser != null) {
                boolean single = !organiser.key().endsWith("s") && !organiser.key().endsWith("by");
                c.organizers.addAll(fields.organizersOfLine(organiser.value(), single, 0.9));
            } else {
                c.organizers.addAll(fields.organizersInText(region, 0.7));
            }
        }
        c.confidence = h.titleConfidence * (fields.speaksOfAnEvent(region) ? 1.0 : 0.5);
        return c;
    }
}
