package io.eventlens.extraction.event;

import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.layout.Line;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schedule often heads each block with a running label ("HEARING 2 (Meeting No. 38)", "Session III",
 * "Panel 4:") and gives the event's name on the next line, in quotation marks:
 *
 * <pre>
 * SITTING 3
 * "Water, Debt and the Next Drought"
 * </pre>
 *
 * The label only counts the blocks; the quoted line is the title.
 */
final class LabelTitles {

    /** A kind of gathering, a number (digits, roman or a letter, maybe "No."), maybe a parenthesis. */
    private static final Pattern LABEL = Pattern.compile(
            "(?i)(?:\\p{L}+\\s+)?(?:hearing|meeting|session|sitting|panel|part|seminar|workshop|lecture|talk|webinar"
                    + "|roundtable|round\\s?table|briefing|day|debate|dialogue|consultation|colloquium|forum|event)"
                    + "\\s+(?:no\\.?\\s*|number\\s+|#\\s*)?(?:\\d{1,3}|[ivxlc]{1,6}|\\p{L})"
                    + "\\s*(?:\\([^()\\n]{0,60}\\))?\\s*[:.]?");
    /** A line wholly in quotation marks. */
    private static final Pattern QUOTED = Pattern.compile("\\s*[\"“”«„‘']\\s*([^\"“”«»„\\n]{6,300}?)\\s*[\"“”»’']\\s*");

    private LabelTitles() {
    }

    /** Replaces every label title with the quoted name on the line below it. */
    static void apply(DocumentView v, List<EventCandidate> candidates) {
        for (EventCandidate c : candidates) {
            if (c.title == null || c.title.span() == null || c.title.value() == null
                    || !LABEL.matcher(c.title.value().strip()).matches()) {
                continue;
            }
            Span quoted = quotedLineAfter(v, c.title.span());
            if (quoted != null) {
                c.title = Slot.of(Phrases.clean(v.text(quoted).replaceAll("\\s+", " ").strip()), quoted, c.title.confidence());
            }
        }
    }

    /** The inside of the quotation marks of the line right after the one ending at {@code span}, or null. */
    static Span quotedLineAfter(DocumentView v, Span span) {
        int k = v.lineAt(Math.max(span.start(), span.end() - 1));
        if (k < 0 || k + 1 >= v.lines.size()) {
            return null;
        }
        Line next = v.lines.get(k + 1);
        Matcher q = QUOTED.matcher(v.text).region(next.bodyStart(), next.end());
        return q.matches() ? Span.of(q.start(1), q.end(1)) : null;
    }
}
