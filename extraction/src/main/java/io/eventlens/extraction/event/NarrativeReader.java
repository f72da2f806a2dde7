package io.eventlens.extraction.event;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.language.LanguageAnnotator;
import io.eventlens.extraction.layout.Block;
import io.eventlens.extraction.pipeline.Annotator;
import io.eventlens.extraction.text.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads events that running text mentions in passing: a sentence that names an event (a quotation
 * given as its title, or a capitalised event name) and dates it to a day: "The Initiative was
 * launched on 12 December 2019 at a public meeting ..., entitled “...”", "The fourth lecture, “...”,
 * will take place on Thursday 11 May". What the rest of the paragraph says belongs to that event.
 * Candidates that repeat an event a header or the lead already found merge with it in the assembler.
 */
public final class NarrativeReader implements Annotator {

    public static final String READER = "narrative";

    @Override
    public void annotate(Document document) {
        if (!LanguageAnnotator.readable(document)) {
            return;
        }
        DocumentView v = new DocumentView(document);
        EventFields fields = new EventFields(v);
        List<Block> blocks = document.get(Block.LAYER);
        List<EventCandidate> all = new ArrayList<>(document.get(EventCandidate.LAYER));
        int added = 0;
        java.util.Set<Integer> datedByHeaders = new java.util.HashSet<>();
        java.util.Set<String> daysOfOtherReaders = new java.util.HashSet<>();
        for (EventCandidate c : all) {
            if (c.reader().equals(HeaderReader.READER) && c.startDate != null && c.startDate.span() != null) {
                datedByHeaders.add(c.startDate.span().start());
            }
            if (c.startDate != null && c.startDate.value() != null) {
                daysOfOtherReaders.add(c.startDate.value());
            }
        }
        for (int i = 0; i < v.sentences.size() && added < 50; i++) {
            Sentence s = v.sentences.get(i);
            if ((i & 0xF) == 0) {
                document.checkDeadline();
            }
            EventDate date = dayOf(v, s);
            if (date == null || datedByHeaders.contains(date.start())) {
                continue; // "3. ANNUAL COLLOQUIUM, PARIS, 16-17 MARCH" dates the event a header already read
            }
            if (daysOfOtherReaders.contains(date.startDate()) && SUBJECT_LINE.matcher(v.text(s)).lookingAt()) {
                continue; // a message's subject line names the talk its body announces on that day
            }
            List<SentenceCues.QuotedTitle> quoted = fields.cues().quotedTitles(s);
            Slot<String> title = null;
            double confidence = 0.6;
            if (!quoted.isEmpty()) {
                title = fields.title(quoted.get(0).span(), 0.8);
            } else if (!date.relative()) {
                // an event named without quotes needs a written date: "yesterday" may date another clause
                Span name = fields.cues().eventName(s);
                if (name != null && !yearDisagrees(v.text(name), date)) {
                    title = fields.title(name, 0.7);
                    confidence = 0.55;
                }
            }
            if (title == null) {
                continue;
            }
            Span region = Span.of(s.start(), paragraphEnd(blocks, s, v, i));
            EventCandidate c = new EventCandidate(region.start(), region.end(), READER);
            c.title = title;
            EventFields.setDates(c, date, date.relative() ? 0.8 : 0.9);
            EventDate times = c.startTime == null ? EventFields.timesOf(v.text, v.datesIn(s)) : null;
            if (times != null) {
                EventFields.setTimes(c, times, 0.8); // "On Tuesday, X hosted “Y” in Room 3, from 1:15 to 2:45 pm"
            }
            List<Span> regions = List.of(region);
            c.location = fields.locationInText(regions);
            c.organizers.addAll(fields.organizersInText(regions, 0.7));
            c.confidence = confidence;
            all.add(c);
            added++;
        }
        document.set(EventCandidate.LAYER, all);
    }

    private static final java.util.regex.Pattern SUBJECT_LINE = java.util.regex.Pattern.compile("(?i)\\s*subject\\s*:");

    /** "the 2005 World Summit" dated 2020: the name's own year says it is another event. */
    private static boolean yearDisagrees(String name, EventDate date) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b").matcher(name);
        return m.find() && !date.startDate().startsWith(m.group(1));
    }

    /**
     * The sentence's date of a day (a written one before a relative one), not the document's own date;
     * a month will do for an event the sentence says is planned ("is planned for Kigali in September 2022").
     */
    private static EventDate dayOf(DocumentView v, Sentence s) {
        EventDate best = null;
        EventDate month = null;
        for (EventDate d : v.datesIn(s)) {
            if (d.startDate() == null || Datelines.isDocumentDate(v, d) || Datelines.isAnotherEventsDate(v, d)) {
                continue;
            }
            if (!d.hasDay()) {
                month = month == null && !d.relative() && d.startDate().length() == 7 ? d : month;
                continue;
            }
            if (best == null || (best.relative() && !d.relative())) {
                best = d;
            }
        }
        if (best == null && month != null && s.tokenCount() <= SentenceCues.MAX_SENTENCE_TOKENS
                && PLANNED.matcher(v.text(s)).find()) {
            return month;
        }
        return best;
    }

    /** How a text announces an event still to come without its day. */
    private static final java.util.regex.Pattern PLANNED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:is|are|was|were)\\s+(?:being\\s+|now\\s+|tentatively\\s+)?(?:planned|scheduled|expected|set|slated|foreseen)"
                    + "\\s+(?:for|to)\\b|\\bwill\\s+(?:be\\s+(?:held|convened|hosted|organi[sz]ed)|take\\s+place|meet|convene)\\b");

    /** Where the paragraph of sentence {@code i} ends, or earlier, where another dated sentence begins. */
    private static int paragraphEnd(List<Block> blocks, Sentence s, DocumentView v, int i) {
        int end = s.end();
        for (Block b : blocks) {
            if (b.start() <= s.start() && s.start() < b.end()) {
                end = b.end();
                break;
            }
        }
        for (int k = i + 1; k < v.sentences.size(); k++) {
            Sentence next = v.sentences.get(k);
            if (next.start() >= end) {
                break;
            }
            if (dayOf(v, next) != null) {
                return v.sentences.get(k - 1).end();
            }
        }
        return Math.max(end, s.end());
    }
}
