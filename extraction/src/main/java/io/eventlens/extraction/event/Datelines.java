package io.eventlens.extraction.event;

import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.layout.Line;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates that say when a document was written rather than when its event happens: a news
 * dateline ("WASHINGTON, July 20, 2012 — ..."), a letter's place and date ("Geneva, 25 February
 * 2019"), a publication line ("Posted Sunday, January 31, 2021").
 */
final class Datelines {

    /** Text before a dateline's date on its line: nothing, or a place and a comma. */
    private static final Pattern PLACE_PREFIX = Pattern.compile("^[\\p{Lu}][\\p{L}.'\u2019 ,\u2013\u2014-]{0,50}[,\u2013\u2014-]?\\s*$");
    private static final Pattern PUBLICATION_PREFIX = Pattern.compile(
            "(?i)(?:posted|published|updated|last updated|issued|released|dated|as of|version of)\\s*(?:on)?\\s*:?\\s*$");
    /** A publication stamp after the date on its line: "| Updated 11.20 GMT", "· Last modified 14:02". */
    private static final Pattern UPDATED_LATER = Pattern.compile(
            "(?i)[|\u00B7\u2022]\\s*(?:last\\s+)?(?:updated|modified|published|posted|edited)\\b");
    /** Lines at the top of a newsletter that may hold its masthead. */
    private static final int MASTHEAD_LINES = 4;
    /** An issue's number or a periodical's name before the date on a masthead line. */
    private static final Pattern MASTHEAD = Pattern.compile(
            "(?i)\\b(?:no\\.?|nr\\.?|issue|vol\\.?|volume|number|edition)\\s*#?\\d+\\b"
                    + "|\\b(?:daily|weekly|fortnightly|monthly|quarterly|bi-?weekly|bi-?monthly)\\s+(?:briefing|bulletin|newsletter|digest|"
                    + "update|news|review|round-?up|report|letter)\\b|\\b(?:newsletter|bulletin|digest)\\b");
    /** A line that opens with a publication's label before its date: "News from the Institute —", "Press notice,". */
    private static final Pattern PUBLICATION_LABEL = Pattern.compile(
            "(?i)^(?:news(?:\\s+from\\b[^,\u2013\u2014]{0,60})?|latest\\s+news|press\\s+(?:notice|release|statement)|"
                    + "media\\s+(?:release|advisory|notice)|news\\s+release|(?:weekly\\s+|monthly\\s+)?(?:update|round-?up))\\s*[,:\u2013\u2014\u00B7|-]?$");
    private static final Pattern PRESS_MARKER = Pattern.compile(
            "(?i)^(?:for immediate release|press release|news release|media advisory|media release|press statement|"
                    + "news|for release)\\b");

    private Datelines() {
    }

    /** True when {@code date} dates the document itself. */
    private static final String GATHERING = "(?:meeting|meetings|edition|session|conference|seminar|workshop|forum|roundtable|"
            + "round-table|symposium|summit|dialogue|consultation|event|gathering|lecture|webinar|panel|congress|assembly|round)";
    /**
     * Before a date, words that give it to another gathering than the one the text announces: "following
     * the first meeting held in Lisbon in May 2023", "after its inaugural session in 2021", "the previous
     * edition (June 2022)", "building on last year's forum on 3 April".
     */
    private static final Pattern ANOTHER_EVENT = Pattern.compile(
            "(?i)\\b(?:(?:following|after|since|building\\s+on|succeeding)\\s+(?:the|its|our|their)\\s+(?:[\\w'-]+\\s+){0,2}?"
                    + "(?:first|inaugural|initial|earlier|\\d{1,2}(?:st|nd|rd|th))\\s+(?:[\\w'-]+\\s+){0,2}?" + GATHERING
                    + "|(?:previous|prior|preceding|earlier|past|last(?:\\s+year's)?|former)\\s+(?:[\\w'-]+\\s+){0,2}?" + GATHERING
                    + "|(?:first|second|third|inaugural)\\s+(?:[\\w'-]+\\s+){0,2}?" + GATHERING + ",?\\s+(?:was\\s+|were\\s+)?(?:held|convened|hosted|took\\s+place))"
                    + "\\b[^;:]*$");
    /** Words that bring the text back to the announced event: "..., and the second will take place on". */
    private static final Pattern BACK_TO_THIS = Pattern.compile("(?i)\\b(?:will|shall|is\\s+to|are\\s+to|to\\s+be|this\\s+year's)\\b");

    /**
     * The date belongs to another gathering the sentence mentions in passing ("following the first
     * meeting held in Wellington in March 2023"), never to the event the text announces.
     */
    static boolean isAnotherEventsDate(DocumentView v, EventDate date) {
        int s = v.sentenceAt(date.start());
        int from = Math.max(date.start() - 120, s >= 0 ? v.sentences.get(s).start() : 0);
        if (from >= date.start()) {
            return false;
        }
        Matcher m = ANOTHER_EVENT.matcher(v.text.substring(from, date.start()));
        return m.find() && !BACK_TO_THIS.matcher(m.group()).find();
    }

    static boolean isDocumentDate(DocumentView v, EventDate date) {
        int index = v.lineAt(date.start());
        if (index < 0) {
            return false;
        }
        Line line = v.lines.get(index);
        // a dateline's place, a publication word: a few words before the date at most
        int from = Math.max(line.bodyStart(), date.start() - 60);
        String before = v.text.substring(from, Math.max(from, date.start())).replace("*", "").strip();
        if (from > line.bodyStart()) {
            before = "\u2026 " + before; // not the line's start: no place prefix
        }
        if (PUBLICATION_PREFIX.matcher(before).find()) {
            return true;
        }
        if (index <= MASTHEAD_LINES && (MASTHEAD.matcher(before).find() || PUBLICATION_LABEL.matcher(before).find())) {
            return true; // "Weekly Briefing No. 27 — Friday, 18 October 2024", "Press notice, 19 June 2025": the date
        }
        if (index > 0 && index <= MASTHEAD_LINES && before.isEmpty() && MASTHEAD.matcher(v.text(v.lines.get(index - 1).body())).find()
                && date.end() + 2 >= line.end()) {
            return true; // "MEMBERS' BULLETIN / Monday 27 February 2017": the date under its name
        }
        if (startsWithByline(v, line)) {
            return true; // "By Dana Whitlock · 6 November 2024, 07:30"
        }
        if (POST_AUTHOR.matcher(before).find()
                || POST_VIEWS.matcher(v.text.substring(Math.min(date.end(), line.end()), line.end())).lookingAt()) {
            return true; // "Riverside Network @RiversideNet · Mar 4", "9:12 AM · Mar 4, 2025 · 2,104 Views": when a post went out
        }
        if (index > 6 || date.relative()) {
            return false;
        }
        if (UPDATED_LATER.matcher(v.text.substring(Math.min(date.end(), line.end()), line.end())).find()) {
            return true; // "Dakar | Wednesday 19 April 2023, 08.45 GMT | Updated 11.20 GMT": when the article went out
        }
        if (index > 0 && !line.blankBefore() && !startsWithByline(v, v.lines.get(index - 1))) {
            // "Title / Arequipa, Peru, 21-23 October 2025": a header's date line, not a dateline; but under
            // "By A, Correspondent" the place and date are the article's
            return false;
        }
        String after = v.text.substring(Math.min(date.end(), line.end()), Math.min(line.end(), date.end() + 8)).replace("*", "").strip();
        if (after.isEmpty() && index > 0 && v.isHeading(index - 1) && v.headingOfLine[index - 1].fromMarkup()) {
            return false; // "## Title" / "**Dakar, 12-13 November 2024**": the event's place and days under its heading
        }
        boolean placeBefore = before.isEmpty() || (PLACE_PREFIX.matcher(before).matches() && shortPlace(before));
        boolean dashOrEnd = after.isEmpty() || after.startsWith("\u2014") || after.startsWith("\u2013")
                || after.startsWith("-") || after.startsWith("(") || after.startsWith(":");
        return placeBefore && !before.isEmpty() && dashOrEnd;
    }

    /** A social-media post's author before its date: an account handle and a separator ("@handle · "). */
    private static final Pattern POST_AUTHOR = Pattern.compile("@[\\p{L}\\p{N}_.]{2,30}\\s*[\u00B7\u2022|]\\s*$");
    /** A post's reach or audience after its date: "· 2,104 Views", "· 12K impressions", "· Public". */
    private static final Pattern POST_VIEWS = Pattern.compile(
            "(?i)[\\s,:\\d]{0,8}[\u00B7\u2022|]\\s*(?:[\\d.,]+\\s*[KkMm]?\\s+(?:views|impressions|reads|plays)\\b"
                    + "|(?:public|unlisted|followers[ -]only|edited|everyone|connections only)\\s*$)");

    /** Characters of a line's start that can hold a dateline's place and date. */
    private static final int DATELINE_REACH = 200;
    /** Characters of a line's start that can hold a byline ("By" and a name of at most four words). */
    private static final int BYLINE_REACH = 120;

    /** "By Dana Whitlock, Lakeside Daily": the line opens with a byline. */
    static boolean isByline(DocumentView v, Line line) {
        return startsWithByline(v, line);
    }

    /** The line opens with a byline; only its first characters are read, however long the line. */
    private static boolean startsWithByline(DocumentView v, Line line) {
        Span head = Span.of(line.bodyStart(), Math.min(line.end(), line.bodyStart() + BYLINE_REACH));
        return BYLINE.matcher(v.text(head).replace("*", "").strip()).find();
    }

    private static final Pattern BYLINE = Pattern.compile("^(?:[Pp]osted\\s+by|[Ww]ritten\\s+by|[Bb]y)\\s+\\p{Lu}[\\p{L}.'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]+){0,3}\\b");

    static boolean isPressMarker(String line) {
        return PRESS_MARKER.matcher(line.replace("*", "").strip()).matches() || PRESS_MARKER.matcher(line.replace("*", "").strip()).lookingAt()
                && line.strip().length() < 30;
    }

    /** "SANTIAGO, Chile —", "Geneva,": a few capitalised words, no lower-case word (not "Roundtable, UN premises, Ankara"). */
    private static final java.util.Set<String> FIELD_WORDS = java.util.Set.of("date", "dates", "day", "when", "time",
            "starts", "start", "begins", "on");

    private static boolean shortPlace(String before) {
        String[] words = before.split("[\\s,\u2013\u2014-]+");
        int n = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (Character.isLowerCase(w.charAt(0)) || FIELD_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return false; // "Date Tue 28.01.2025", "When 4 May": a field's label, not a dateline's place
            }
            n++;
        }
        return n <= 4;
    }

    /** The document reads as news: a dateline leading into prose, a byline, a press-release marker near the top. */
    static boolean isNews(DocumentView v) {
        for (int k = 0; k < Math.min(6, v.lines.size()); k++) {
            Line line = v.lines.get(k);
            Span head = Span.of(line.bodyStart(), Math.min(line.end(), line.bodyStart() + BYLINE_REACH));
            String body = v.text(head).replace("*", "").strip();
            if (PRESS_MARKER.matcher(body).find() || startsWithByline(v, line)) {
                return true;
            }
            // a dateline opens its line: the dates of the line's first characters only
            for (EventDate d : v.datesIn(Span.of(line.start(), Math.min(line.end(), line.bodyStart() + DATELINE_REACH)))) {
                if (isDocumentDate(v, d)) {
                    String after = v.text.substring(d.end(), Math.min(line.end(), d.end() + 8)).replace("*", "").strip();
                    if (after.length() > 1 && (after.startsWith("\u2014") || after.startsWith("\u2013") || after.startsWith("-"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
