package io.eventlens.extraction.layout;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.SourceFormat;
import io.eventlens.extraction.normalize.Markup;
import io.eventlens.extraction.pipeline.Annotator;
import io.eventlens.extraction.time.DateMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Describes what the text looks like on the page: its {@link Line}s and {@link Block}s, the lines
 * that head what follows ({@link Heading}), "Label: value" lines ({@link LabeledLine}) and agenda
 * slots ({@link AgendaItem}). A bulletin's event header ("Title" / "Organisers" / "Date") and a
 * programme's "13:40-13:55 Keynote" lines are read from these layers.
 */
public final class LayoutAnnotator implements Annotator {

    /** The pictographs posts and newsletters use as bullets ("🔹 Name, Role", "▶️ Item", "✅ Item"). */
    public static final String EMOJI_BULLET = "(?:[\\x{1F539}\\x{1F538}\\x{1F537}\\x{1F536}\\x{1F53A}\\x{1F53B}\\x{25B6}\\x{27A1}\\x{1F449}\\x{2705}\\x{2714}\\x{2611}\\x{25AA}\\x{25AB}\\x{25B8}\\x{25B9}\\x{2794}\\x{27A4}]\\x{FE0F}?)";

    private static final Pattern BULLET = Pattern.compile("^(?:[•·▪◦‣∙●○■□➢►✓*+\\-–—]|\\(?\\d{1,3}[.)]|" + EMOJI_BULLET + ")\\s+"
            // a report's sub-section number, "3.1 Title", "2.4.1. Title"; not a clock time ("9.30 Coffee")
            + "|^\\d{1,2}(?:\\.\\d(?!\\d)){1,3}\\.?\\s+(?=\\p{Lu})");
    private static final String CLOCK = "(\\d{1,2})(?:[:.hH](\\d{2}))?\\s*([aApP]\\.?\\s?[mM]\\.?)?";
    private static final Pattern AGENDA_TIME = Pattern.compile(
            "^" + CLOCK + "(?:\\s*(?:[-–—]|to)\\s*" + CLOCK + ")?[,:]?(?=\\s)");
    private static final Pattern ZONE_ONLY = Pattern.compile("^\\(?(?:[A-Z]{2,5}(?:[+-]\\d{1,2})?|local time|[A-Z]{2,4} time)\\)?\\.?$");
    private static final Pattern ROW_LABEL = Pattern.compile("^([\\p{Lu}][\\p{L}’'&/ .()-]{0,40}?)[ ]*(?:\\||\t)\\s*(?=\\S)");
    private static final Pattern LABEL = Pattern.compile("^([\\p{Lu}][\\p{L}’'&/ .()-]{0,40}?)\\s*:(?![0-9/])\\s*");
    /** Field names of event notices, in lower case. */
    static final Set<String> KNOWN_LABELS = Set.of(
            "date", "dates", "day", "time", "times", "when", "where", "venue", "location", "place", "address", "room",
            "event", "title", "topic", "theme", "subject", "what", "who", "organiser", "organisers", "organizer",
            "organizers", "organised by", "organized by", "host", "hosts", "hosted by", "convened by", "convener",
            "conveners", "convenor", "convenors", "co-hosts", "co-organisers", "co-organizers", "partner", "partners",
            "in partnership with", "in cooperation with", "with the support of", "sponsor", "sponsors", "speaker",
            "speakers", "moderator", "moderators", "moderated by", "chair", "chairs", "chaired by", "panelist",
            "panelists", "panellist", "panellists", "panel", "keynote", "keynote speaker", "keynote speakers",
            "facilitator", "facilitators", "facilitated by", "presenter", "presenters", "respondent", "respondents",
            "discussant", "discussants", "lecturer", "featuring", "with", "introduction", "welcome", "opening",
            "closing", "remarks by", "opening remarks", "closing remarks", "contact", "registration", "register",
            "rsvp", "cost", "price", "fee", "fees", "admission", "access", "tickets", "language", "format", "type",
            "category", "programme", "program", "agenda", "schedule", "note", "notes", "deadline", "city", "country",
            "online", "livestream", "webcast", "audience", "duration", "start", "end", "starts", "ends", "from",
            "until", "for", "against", "series", "source", "posted", "published", "updated", "meeting point", "led by",
            "trainer", "trainers", "hosted at", "venue and time");
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "of", "to", "for", "and", "or", "in", "on", "at", "by", "with", "from", "as", "into",
            "about", "between", "is", "are", "be", "vs", "via", "de", "du", "des", "la", "le", "et", "y", "von", "van",
            "der", "den", "per", "its", "their", "our", "after", "before", "over", "under", "through", "within",
            "without", "towards", "toward", "can", "we", "what", "why", "how", "when", "where", "who", "it", "not");

    @Override
    public void annotate(Document document) {
        String text = document.text();
        List<Markup> markup = document.get(Markup.LAYER);
        List<Line> lines = lines(document, text, markup);
        document.set(Line.LAYER, lines);
        document.set(Block.LAYER, blocks(lines));
        List<AgendaItem> agenda = agendaItems(text, lines);
        document.set(AgendaItem.LAYER, agenda);
        List<LabeledLine> labels = labeledLines(text, lines, markup);
        document.set(LabeledLine.LAYER, labels);
        document.set(Heading.LAYER, headings(document, text, lines, markup, agenda, labels));
    }

    private static List<Line> lines(Document document, String text, List<Markup> markup) {
        List<int[]> raw = new ArrayList<>();
        int n = text.length();
        int pos = 0;
        boolean blankSeen = true;
        List<Boolean> blankBefore = new ArrayList<>();
        while (pos <= n) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = n;
            }
            int s = pos;
            int indent = 0;
            while (s < end && (text.charAt(s) == ' ' || text.charAt(s) == '\t')) {
                indent += text.charAt(s) == '\t' ? 4 : 1;
                s++;
            }
            int e = end;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                raw.add(new int[] {s, e, indent});
                blankBefore.add(blankSeen);
                blankSeen = false;
            } else {
                blankSeen = true;
            }
            if ((raw.size() & 0x3FF) == 0) {
                document.checkDeadline();
            }
            if (end >= n) {
                break;
            }
            pos = end + 1;
        }
        List<Line> lines = new ArrayList<>(raw.size());
        int m = 0;
        for (int i = 0; i < raw.size(); i++) {
            int[] r = raw.get(i);
            boolean blankAfter = i + 1 == raw.size() || blankBefore.get(i + 1);
            while (m < markup.size() && markup.get(m).end() <= r[0]) {
                m++;
            }
            boolean listItem = false;
            for (int k = m; k < markup.size() && markup.get(k).start() < r[1]; k++) {
                Markup mk = markup.get(k);
                if (mk.kind() == Markup.Kind.LIST_ITEM && mk.start() <= r[0] + 1 && mk.start() >= r[0] - 1) {
                    listItem = true;
                }
            }
            int bodyStart = r[0];
            Matcher bullet = BULLET.matcher(text).region(r[0], r[1]);
            if (bullet.lookingAt() && bullet.end() < r[1]) {
                listItem = true;
                bodyStart = bullet.end();
            }
            lines.add(new Line(r[0], r[1], i, r[2], blankBefore.get(i), blankAfter, listItem, bodyStart));
        }
        return lines;
    }

    private static List<Block> blocks(List<Line> lines) {
        List<Block> blocks = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).blankAfter()) {
                blocks.add(new Block(lines.get(first).start(), lines.get(i).end(), first, i + 1));
                first = i + 1;
            }
        }
        return blocks;
    }

    private static List<AgendaItem> agendaItems(String text, List<Line> lines) {
        List<AgendaItem> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Matcher m = AGENDA_TIME.matcher(text).region(line.bodyStart(), line.end());
            if (!m.lookingAt()) {
                continue;
            }
            String from = clock(m.group(1), m.group(2), m.group(3) != null ? m.group(3) : m.group(6));
            String to = m.group(4) == null ? null : clock(m.group(4), m.group(5), m.group(6));
            if (from == null || (m.group(4) != null && to == null)) {
                continue;
            }
            int body = m.end();
            while (body < line.end() && Character.isWhitespace(text.charAt(body))) {
                body++;
            }
            if (body >= line.end() || ZONE_ONLY.matcher(text.substring(body, line.end())).matches()) {
                continue; // "13:15-14:30 (CET)": the time of an event, not a slot of its programme
            }
            int last = i;
            while (last + 1 < lines.size()) {
                Line next = lines.get(last + 1);
                if (next.blankBefore() || next.indent() <= line.indent()
                        || AGENDA_TIME.matcher(text).region(next.bodyStart(), next.end()).lookingAt()) {
                    break;
                }
                last++;
            }
            items.add(new AgendaItem(line.start(), lines.get(last).end(), i, last, from, to, body));
        }
        return items;
    }

    /**
     * The slot a column of a table-like line states, when the column says nothing else: "10 a.m. – 1 p.m.",
     * "09:00-10:30", "1:15 – 2:45 p.m.". Returns {from, to} (to may be null), or null when the text between
     * {@code start} and {@code end} is more than a time.
     */
    public static String[] timeColumn(CharSequence text, int start, int end) {
        Matcher m = AGENDA_TIME.matcher(text).region(start, end).useTransparentBounds(true);
        if (!m.lookingAt()) {
            return null;
        }
        for (int i = m.end(); i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != ',') {
                return null;
            }
        }
        String from = clock(m.group(1), m.group(2), m.group(3) != null ? m.group(3) : m.group(6));
        String to = m.group(4) == null ? null : clock(m.group(4), m.group(5), m.group(6));
        if (from == null || m.group(4) != null && to == null) {
            return null;
        }
        return new String[] {from, to};
    }

    /** "9", "30", "pm" to "21:30"; null when it is no time of day (a bare number without minutes or am/pm). */
    static String clock(String hours, String minutes, String meridiem) {
        int h = Integer.parseInt(hours);
        int min = minutes == null ? 0 : Integer.parseInt(minutes);
        if (minutes == null && meridiem == null) {
            return null;
        }
        if (meridiem != null) {
            boolean pm = Character.toLowerCase(meridiem.charAt(0)) == 'p';
            if (h < 1 || h > 12) {
                return null;
            }
            h = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
        }
        if (h > 24 || min > 59) {
            return null;
        }
        return String.format(Locale.ROOT, "%02d:%02d", h, min);
    }

    /** Field labels whose value may stand on the next line ("## Where" / "Venue:" then the venue). */
    static final Set<String> FIELD_LABELS = Set.of("date", "dates", "day", "time", "times", "when", "where", "venue",
            "location", "place", "address", "room", "event", "title", "topic", "organiser", "organisers", "organizer",
            "organizers", "host", "hosts", "hosted by", "organised by", "organized by", "convened by", "date and time",
            "date & time", "cost", "price", "admission", "registration", "language", "format", "city", "meeting point");

    private static List<LabeledLine> labeledLines(String text, List<Line> lines, List<Markup> markup) {
        List<LabeledLine> out = new ArrayList<>();
        String pendingKey = null;
        int mk = 0;
        for (Line line : lines) {
            String carried = pendingKey;
            pendingKey = null;
            while (mk < markup.size() && markup.get(mk).end() <= line.start()) {
                mk++;
            }
            boolean heading = false;
            for (int k = mk; k < markup.size() && markup.get(k).start() < line.end(); k++) {
                heading |= markup.get(k).kind() == Markup.Kind.HEADING;
            }
            String whole = text.substring(line.bodyStart(), line.end()).strip();
            String bare = (whole.endsWith(":") ? whole.substring(0, whole.length() - 1) : whole).strip().toLowerCase(Locale.ROOT);
            if (FIELD_LABELS.contains(bare) && (heading || whole.endsWith(":"))) {
                pendingKey = bare; // "## Where", "Venue:": the value is the next line
                if (!whole.endsWith(":")) {
                    continue;
                }
            } else if (carried != null && !heading) {
                out.add(new LabeledLine(line.start(), line.end(), line.index(), carried, true, line.bodyStart(),
                        line.bodyStart()));
                continue;
            }
            int s = line.bodyStart();
            int cp = text.codePointAt(s);
            String pictogram = pictogramKey(cp);
            int afterSymbols = afterPictograms(text, s, line.end());
            if (afterSymbols > s) {
                // "📅 Date: Thu 29 Feb", "🎤 Speakers:": the word label after the pictogram says what the value is
                Matcher worded = LABEL.matcher(text).region(afterSymbols, line.end());
                if (!worded.lookingAt()) {
                    worded = ROW_LABEL.matcher(text).region(afterSymbols, line.end()); // "📅 Date | Thu 29 Feb"
                }
                boolean known = worded.lookingAt()
                        && KNOWN_LABELS.contains(worded.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
                if (pictogram != null && !known) {
                    out.add(new LabeledLine(line.start(), line.end(), line.index(), pictogram, true, afterSymbols, afterSymbols));
                    continue;
                }
                s = afterSymbols;
            }
            Matcher m = LABEL.matcher(text).region(s, line.end());
            if (!m.lookingAt()) {
                // a table row copied as text, "Venue | Corn Exchange": only a known label makes it a field
                m = ROW_LABEL.matcher(text).region(s, line.end());
                if (!m.lookingAt() || !KNOWN_LABELS.contains(m.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))) {
                    continue;
                }
            }
            String label = m.group(1).strip();
            String key = label.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (key.split(" ").length > 5) {
                continue;
            }
            out.add(new LabeledLine(line.start(), line.end(), line.index(), key, KNOWN_LABELS.contains(key),
                    s + m.group(1).length(), m.end()));
        }
        return out;
    }

    /** Where the text after leading pictograms (emoji, dingbats, their variation selectors) and spaces starts. */
    public static int afterPictograms(String text, int from, int to) {
        int k = from;
        boolean symbol = false;
        while (k < to) {
            int c = text.codePointAt(k);
            if (isPictogram(c) || (symbol && (c == 0xFE0F || c == 0x200D || Character.isWhitespace(c)))) {
                symbol = true;
                k += Character.charCount(c);
            } else {
                break;
            }
        }
        return symbol ? k : from;
    }

    private static boolean isPictogram(int c) {
        return c >= 0x2190 && Character.getType(c) == Character.OTHER_SYMBOL;
    }

    /** Pictograms used as field labels on event pages: a pin, a calendar, a clock. */
    static String pictogramKey(int codePoint) {
        if (codePoint == 0x1F4CD || codePoint == 0x1F4CC || codePoint == 0x1F3DB || codePoint == 0x1F5FA) {
            return "location";
        }
        if (codePoint == 0x1F4C5 || codePoint == 0x1F4C6 || codePoint == 0x1F5D3) {
            return "date";
        }
        if ((codePoint >= 0x1F550 && codePoint <= 0x1F567) || codePoint == 0x23F0 || codePoint == 0x23F1
                || codePoint == 0x23F2) {
            return "time";
        }
        return null;
    }

    private static List<Heading> headings(Document document, String text, List<Line> lines, List<Markup> markup,
                                          List<AgendaItem> agenda, List<LabeledLine> labels) {
        boolean[] agendaLine = new boolean[lines.size()];
        for (AgendaItem item : agenda) {
            for (int k = item.line(); k <= item.lastLine(); k++) {
                agendaLine[k] = true;
            }
        }
        boolean[] knownLabel = new boolean[lines.size()];
        for (LabeledLine label : labels) {
            knownLabel[label.line()] = label.known();
        }
        boolean[] signature = signatureLines(text, lines);
        List<Heading> out = new ArrayList<>();
        int m = 0;
        for (Line line : lines) {
            while (m < markup.size() && markup.get(m).end() <= line.start()) {
                m++;
            }
            int level = 0;
            boolean strong = false;
            for (int k = m; k < markup.size() && markup.get(k).start() < line.end(); k++) {
                Markup mk = markup.get(k);
                if (mk.kind() == Markup.Kind.HEADING && mk.level() > 0) {
                    level = level == 0 ? mk.level() : Math.min(level, mk.level());
                }
                if (mk.kind() == Markup.Kind.STRONG && mk.start() <= line.bodyStart() && mk.end() >= line.end() - 1) {
                    strong = true;
                }
            }
            String body = text.substring(line.bodyStart(), line.end());
            boolean caps = allCaps(body);
            if (level > 0) {
                out.add(new Heading(line.start(), line.end(), line.index(), level, true, caps));
                continue;
            }
            boolean numberedSection = line.listItem() && numberedSection(document, text, lines, line);
            if (agendaLine[line.index()] || knownLabel[line.index()] || line.listItem() && !numberedSection
                    || !line.blankBefore() || signature[line.index()] || isEditorialLine(body)) {
                continue;
            }
            boolean byShape = document.format() != SourceFormat.HTML || strong;
            if (byShape && (headingShape(body, line.blankAfter()) || leadsParagraph(text, lines, line)
                    || numberedSection && sentenceCaseHeading(body))) {
                // a numbered section's heading starts after its number ("2. Title" is titled "Title")
                int start = numberedSection ? line.bodyStart() : line.start();
                out.add(new Heading(start, line.end(), line.index(), 0, false, caps));
            }
        }
        return out;
    }

    private static final Pattern EDITORIAL_MARK = Pattern.compile(
            "(?i)^[-–—*#=\\s]*(?:ends?|end of (?:release|text|statement)|[-*#]{3,})[-–—*#=\\s]*$");
    private static final Pattern EDITORIAL_OPENING = Pattern.compile(
            "(?i)^(?:(?:media|press|communications|for media|for press)\\s+(?:contacts?|enquiries|inquiries|office|relations)"
                    + "|contacts?\\s*:|notes?\\s+(?:to|for)\\s+editors?|editors?'?\\s+notes?|for (?:further|more) information"
                    + "|follow us\\b|issued by\\b|press release no\\b"
                    // "Share: Facebook | X | Email", "In person & online", "(Jointly) organised by X": no event's name
                    + "|share(?:\\s+this(?:\\s+\\w+)?)?\\s*:|(?:in[ -]person|hybrid|online)\\s*(?:&|and|\\+|/)\\s*(?:online|in[ -]person|livestream)\\s*$"
                    + "|(?:jointly\\s+|co-)?(?:organi[sz]ed|hosted|convened)\\s+(?:jointly\\s+)?by\\b)");
    private static final Pattern CONTACT_DETAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+|\\+\\d[\\d ()./-]{6,}|\\bhttps?://\\S");

    /**
     * The apparatus of a press release or a page, never a heading nor an event's title: "-ENDS-", "###",
     * "Media contact: ...", "Notes to editors", a line of e-mail addresses and phone numbers.
     */
    public static boolean isEditorialLine(String body) {
        String line = body.strip();
        if (line.isEmpty() || line.length() > 300) {
            return false;
        }
        return EDITORIAL_MARK.matcher(line).matches() || EDITORIAL_OPENING.matcher(line).lookingAt()
                || mayHoldContactDetail(line) && CONTACT_DETAIL.matcher(line).find();
    }

    /** Every match of CONTACT_DETAIL holds one of these; most lines hold none. */
    private static boolean mayHoldContactDetail(String line) {
        return line.indexOf('@') >= 0 || line.indexOf('+') >= 0 || line.contains("http");
    }

    private static final Pattern SECTION_NUMBER = Pattern.compile("^(?:\\(?\\d{1,2}[.)]|\\d{1,2}(?:\\.\\d(?!\\d)){1,3}\\.?)\\s+");
    /** How far into its line a date may start and still open it ("Monday, 4 March"). */
    private static final int DATE_OPENS_LINE = 16;
    /** Words a paragraph of running text has at least. */
    private static final int PROSE_WORDS = 10;

    /**
     * A numbered line that heads a section rather than an item of a list: "2. Title" with a blank
     * line before it, shaped like a heading, and followed by what a section holds: a paragraph of
     * running text ("1. Seasonal Work / On Monday, the Council co-hosted ..."), the sub-sections of a
     * chapter ("3. CONVENING AND OUTREACH" over "3.1 ..."), or a line that opens with a date
     * ("Tuesday, 12 March 2024, 15:00"). A chapter heading in capitals heads a section by itself.
     * Items of a numbered list follow each other, or hold sentences themselves.
     */
    private static boolean numberedSection(Document document, String text, List<Line> lines, Line line) {
        Matcher number = SECTION_NUMBER.matcher(text).region(line.start(), line.end());
        if (!line.blankBefore() || line.index() + 1 >= lines.size() || !number.lookingAt()) {
            return false;
        }
        String body = text.substring(line.bodyStart(), line.end());
        Line next = lines.get(line.index() + 1);
        boolean paragraph = opensParagraph(text, lines, next.index());
        if (!headingShape(body, true)) {
            // "4.1 Listening first: the regional consultation" over a paragraph: a numbered heading in sentence case
            return paragraph && sentenceCaseHeading(body);
        }
        if (paragraph || allCaps(body) && line.blankAfter()) {
            return true;
        }
        String own = sectionNumber(text, line);
        String nextNumber = next.listItem() ? sectionNumber(text, next) : null;
        if (own != null && nextNumber != null && nextNumber.startsWith(own + ".")) {
            return true; // "3. CONVENING AND OUTREACH" over "3.1 Regional Dialogue ..."
        }
        if (line.blankAfter()) {
            return false;
        }
        for (DateMention d : document.get(DateMention.LAYER)) {
            if (d.start() >= next.start() && d.start() <= next.bodyStart() + DATE_OPENS_LINE && d.start() < next.end()) {
                return true;
            }
            if (d.start() > next.end()) {
                break;
            }
        }
        return false;
    }

    /**
     * The number a section heading starts with, without its final period ("3", "3.1"), or null
     * when the line has none.
     */
    public static String sectionNumber(String text, Line line) {
        Matcher m = SECTION_NUMBER.matcher(text).region(line.start(), line.end());
        if (!m.lookingAt()) {
            return null;
        }
        String n = text.substring(line.start(), m.end()).strip();
        n = n.replaceAll("^\\(", "");
        while (!n.isEmpty() && !Character.isDigit(n.charAt(n.length() - 1))) {
            n = n.substring(0, n.length() - 1);
        }
        return n.isEmpty() ? null : n;
    }

    /** Lines of a paragraph looked at for the sentence ending it. */
    private static final int PARAGRAPH_LINES = 12;

    /**
     * Line {@code k} opens a paragraph of running text: it is prose itself, or its paragraph goes on
     * over lines that were not joined (a quoted title broken over two lines) and ends like a sentence.
     */
    private static boolean opensParagraph(String text, List<Line> lines, int k) {
        Line first = lines.get(k);
        if (isProse(text, first)) {
            return true;
        }
        if (first.listItem() || first.blankAfter() || first.end() - first.bodyStart() < 60) {
            return false;
        }
        for (int j = k + 1; j < lines.size() && j <= k + PARAGRAPH_LINES; j++) {
            Line line = lines.get(j);
            if (line.listItem() || line.blankBefore()) {
                return false;
            }
            if (line.blankAfter() || j + 1 == lines.size()) {
                return endsSentence(text, line); // a paragraph's last line may be short
            }
        }
        return false;
    }

    /** A short heading in sentence case, no final stop and no comma: "Listening first: the regional consultation". */
    private static boolean sentenceCaseHeading(String body) {
        String b = body.strip();
        if (b.isEmpty() || !Character.isUpperCase(b.charAt(0)) || GREETING.matcher(b).lookingAt()) {
            return false;
        }
        char last = b.charAt(b.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || last == '?' || b.contains(", ")) {
            return false;
        }
        int words = b.split("\\s+").length;
        return words >= 2 && words <= LEAD_HEADING_WORDS;
    }

    /** A line of running text: no list item, many words, ending like a sentence. */
    static boolean isProse(String text, Line line) {
        if (line.listItem() || line.end() - line.bodyStart() < 60) {
            return false;
        }
        int words = 0;
        for (int i = line.bodyStart(); i < line.end() && words < PROSE_WORDS; i++) {
            if (Character.isWhitespace(text.charAt(i)) && i > line.bodyStart() && !Character.isWhitespace(text.charAt(i - 1))) {
                words++;
            }
        }
        return words >= PROSE_WORDS && endsSentence(text, line);
    }

    private static boolean endsSentence(String text, Line line) {
        if (line.end() <= line.bodyStart()) {
            return false;
        }
        char last = text.charAt(line.end() - 1);
        return last == '.' || last == '!' || last == '?' || last == ')' || last == '"' || last == '\u201D' || last == ':';
    }

    /** Greetings that open a letter; the line under them is its first paragraph, and they head nothing. */
    private static final Pattern GREETING = Pattern.compile("(?i)^(?:dear|hi|hello|hey|greetings|good (?:morning|afternoon|evening)|to)\\b");
    /** Words of a heading in sentence case ("Field visit to the upper wetlands"). */
    private static final int LEAD_HEADING_WORDS = 10;

    /**
     * A short line in sentence case right over a paragraph of running text, with a blank line above
     * it: the heading of a newsletter's section ("Public hearing on the abstraction licences" / "The
     * County Committee held a public hearing on ..."). A heading in title case is recognised by its
     * shape alone.
     */
    private static boolean leadsParagraph(String text, List<Line> lines, Line line) {
        if (line.blankAfter() || line.listItem() || line.index() + 1 >= lines.size()
                || !isProse(text, lines.get(line.index() + 1))) {
            return false;
        }
        String body = text.substring(line.bodyStart(), line.end()).strip();
        if (body.isEmpty() || !Character.isUpperCase(body.charAt(0)) || GREETING.matcher(body).lookingAt()) {
            return false;
        }
        char last = body.charAt(body.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || body.contains(", ")) {
            return false;
        }
        int words = body.split("\\s+").length;
        return words >= 2 && words <= LEAD_HEADING_WORDS;
    }

    /** A letter's closing formula on a line of its own: "Kind regards,", "Yours sincerely", "Best wishes,". */
    private static final java.util.regex.Pattern VALEDICTION = java.util.regex.Pattern.compile(
            "(?i)^(?:(?:with )?(?:kind|best|warm|warmest|kindest)(?: personal)? (?:regards|wishes)|regards|"
                    + "(?:yours )?(?:sincerely|faithfully|truly|cordially)(?: yours)?|yours|cordially|all (?:the )?best|"
                    + "best|cheers|many thanks|thanks|thank you|with (?:many )?thanks|respectfully|"
                    + "(?:mit )?(?:freundlichen|besten) gr(?:ü|ue)(?:ß|ss)en|cordialement|saludos(?: cordiales)?|"
                    + "atentamente|cordiali saluti|met vriendelijke groet)[,.!]?$");
    /** Lines of a signature after its closing formula: a name, a post, an organisation, an address. */
    private static final int SIGNATURE_LINES = 6;

    /**
     * The lines signing a letter or an e-mail: those after a closing formula ("Kind regards,") up to
     * the paragraph after the signature. A signature's name line is shaped like a heading, and
     * heads nothing.
     */
    private static boolean[] signatureLines(String text, List<Line> lines) {
        boolean[] signature = new boolean[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            Line line = lines.get(k);
            if (line.end() - line.bodyStart() > 40
                    || !VALEDICTION.matcher(text.substring(line.bodyStart(), line.end()).strip()).matches()) {
                continue;
            }
            boolean started = false;
            for (int j = k + 1; j < lines.size() && j <= k + SIGNATURE_LINES; j++) {
                if (started && lines.get(j).blankBefore()) {
                    break;
                }
                signature[j] = true;
                started = true;
            }
        }
        return signature;
    }

    /** Short, no final period or comma, starts like a title, capitalised like one (or very short and alone). */
    public static boolean headingShape(String body, boolean standsAlone) {
        if (body.length() > 200) {
            return false;
        }
        char last = body.charAt(body.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':') {
            return false;
        }
        char first = body.charAt(0);
        if (Character.isLowerCase(first)) {
            return false;
        }
        String[] words = body.split("\\s+");
        if (words.length > 28 || words.length > 8 && holdsSentenceBreak(words)) {
            return false;
        }
        if (allCaps(body)) {
            return true;
        }
        int content = 0;
        int capitalised = 0;
        for (String w : words) {
            String core = stripPunctuation(w);
            if (core.isEmpty() || FUNCTION_WORDS.contains(core.toLowerCase(Locale.ROOT))) {
                continue;
            }
            content++;
            char c = core.charAt(0);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                capitalised++;
            }
        }
        if (content == 0) {
            return false;
        }
        return capitalised >= 0.6 * content || (words.length <= 6 && standsAlone);
    }

    /** Abbreviations whose period ends no sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("prof", "govt", "corp", "dept", "univ", "assn", "intl", "approx",
            "sept", "dist", "est", "nos", "vols", "eds", "repr", "capt", "sgt", "supt", "mrs", "messrs", "hon", "rev", "gen", "col",
            "maj", "cmdr", "adm", "sen", "rep", "gov", "ave", "blvd", "inc", "ltd", "vol", "fig", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
            "sun", "etc", "cf", "resp", "ibid", "incl", "excl");

    /**
     * "... Programme Director at GLIJR. GLIJR's President, Professor": a period after a word of prose or an
     * acronym, then a capital: two sentences of a paragraph, never one heading.
     */
    private static boolean holdsSentenceBreak(String[] words) {
        for (int i = 0; i + 1 < words.length; i++) {
            String w = words[i];
            if (w.length() < 4 || !w.endsWith(".") || !Character.isUpperCase(words[i + 1].charAt(0))) {
                continue;
            }
            String core = w.substring(0, w.length() - 1);
            if (core.indexOf('.') >= 0 || ABBREVIATIONS.contains(core.toLowerCase(Locale.ROOT))) {
                continue; // "U.S.", "Prof."
            }
            boolean lower = true;
            boolean upper = true;
            for (int k = 0; k < core.length(); k++) {
                char c = core.charAt(k);
                lower &= Character.isLowerCase(c) || k == 0;
                upper &= Character.isUpperCase(c);
            }
            if (lower && Character.isLowerCase(core.charAt(core.length() - 1)) || upper) {
                return true;
            }
        }
        return false;
    }

    static boolean allCaps(String s) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper >= 4 && lower <= upper / 8;
    }

    private static String stripPunctuation(String w) {
        int s = 0;
        int e = w.length();
        while (s < e && !Character.isLetterOrDigit(w.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(w.charAt(e - 1))) {
            e--;
        }
        return w.substring(s, e);
    }
}
