package io.eventlens.extraction.event;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.entity.AcronymDefinition;
import io.eventlens.extraction.language.LanguageAnnotator;
import io.eventlens.extraction.layout.AgendaItem;
import io.eventlens.extraction.layout.Line;
import io.eventlens.extraction.pipeline.Annotator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a journal of meetings: the daily programme an intergovernmental body or a parliament
 * publishes. Under a day heading ("Wednesday, 11 June 2025") come many short blocks, each opened by a
 * time slot with the meeting's name and its room on the slot line or just below, often under the
 * name of the body that meets, with a paragraph of its own (who presides, who organises, who speaks):
 *
 * <pre>
 * Wednesday, 11 June 2025
 *
 * Committee on Budget and Finance
 * 10 a.m. to 1 p.m.    Fourth meeting (closed)            Room 6
 *
 * 1:15 p.m. to 2:45 p.m.   Room 2
 *     Title of the side event
 *     Organized by the Permanent Mission of X.
 * </pre>
 *
 * Each block is an event of the day above it. A conference programme lists slots too; a journal's
 * slots are meetings: most carry a room of their own and name a meeting, a hearing, consultations or
 * a briefing, and none is a coffee or lunch break. When a journal is recognised, its blocks replace
 * what the other readers made of that stretch of text (the journal's masthead, "Seventh session",
 * is its context, not an event).
 */
public final class MeetingListReader implements Annotator {

    public static final String READER = "meeting-list";

    /** Columns of a plain-text journal line: two spaces or more, a tab, a bar or a middle dot. */
    private static final Pattern COLUMN_GAP = Pattern.compile("\\s{2,}|\\t|\\s+[|·•]\\s+");
    /** Words that make a column a room: "Room 6 (Level 1)", "Conference Room 2", "2172 Rayburn House Office Building". */
    private static final Set<String> ROOM_WORDS = Set.of("room", "rooms", "salle", "sala", "hall", "chamber",
            "auditorium", "building", "annex", "annexe", "wing", "floor", "level", "palais", "foyer", "lounge", "suite",
            "gallery", "library", "boardroom", "committee-room", "cr", "offices", "saal", "zaal", "sal", "aula");
    /** Words naming what a journal lists: meetings of bodies, hearings, consultations, briefings. */
    private static final Set<String> MEETING_WORDS = Set.of("meeting", "meetings", "consultation", "consultations",
            "briefing", "briefings", "hearing", "hearings", "session", "sessions", "plenary", "markup", "mark-up",
            "negotiations", "negotiation", "dialogue", "debate", "caucus", "bureau", "committee", "subcommittee",
            "sub-committee", "group", "delegation", "delegations", "commission", "council", "assembly", "board",
            "launch", "event", "closed", "informal", "coordination", "consideration", "election", "vote", "voting",
            "sitting", "panel", "roundtable", "discussion", "presentation", "exchange", "review", "interactive");
    /** A slot that is a pause of one programme, never a meeting of a journal. */
    private static final Set<String> BREAK_WORDS = Set.of("coffee", "lunch", "break", "tea", "registration",
            "dinner", "breakfast", "networking", "arrival", "welcome");
    /** "(closed)", "(private meeting)": how the meeting is held, not part of its name. */
    private static final Pattern MODE = Pattern.compile(
            "\\s*\\((?:closed|open|private|public|in camera|closed meeting|private meeting|public meeting|open meeting|hybrid|in person|virtual)\\)",
            Pattern.CASE_INSENSITIVE);
    /** A trailing "(GRULAC)": the body's acronym, not part of the meeting's name. */
    private static final Pattern TRAILING_ACRONYM = Pattern.compile("\\s*\\(\\p{Lu}[\\p{Lu}&-]{1,11}\\)\\s*$");
    /** "Fourth meeting", "11th meeting": a meeting named only by its number, which the body above completes. */
    private static final Pattern BARE_NUMBERED = Pattern.compile(
            "(?i)^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
                    + "fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|\\d{1,3}(?:st|nd|rd|th))"
                    + "\\s+(?:meeting|session|sitting)$");
    /** "Second plenary meeting", "5th meeting", "Third formal sitting": a meeting known by its number. */
    private static final Pattern NUMBERED = Pattern.compile(
            "(?i)^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
                    + "fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|\\d{1,3}(?:st|nd|rd|th))"
                    + "(?:\\s+(?:plenary|formal|informal|public|private|closed|open|resumed))?\\s+(?:meeting|session|sitting)$");
    /** "(convened by the Bureau)", "(pursuant to decision X/2)", "(ABC/PC/DEC/2025/4)": a note closing a name, not part of it. */
    private static final Pattern CLOSING_NOTE = Pattern.compile(
            "\\s*\\((?:(?:convened|organi[sz]ed|co-organi[sz]ed|hosted|requested|chaired)\\s+by|pursuant\\s+to|in\\s+accordance\\s+with"
                    + "|at\\s+the\\s+request\\s+of|[\\p{Lu}\\d][\\p{L}\\d.-]*(?:/[\\p{L}\\d.-]+){2,})[^()]{0,120}\\)\\s*$");
    /** "the delegations of Uruguay and Ghana", "Permanent Missions of Ghana and Ireland": one body per country. */
    private static final Pattern BODIES_OF_STATES = Pattern.compile(
            "\\b(delegation|permanent mission|mission|government)(s?) of ((?:the )?(?-i:\\p{Lu})[\\p{L}'’-]*(?: (?-i:\\p{Lu})[\\p{L}'’-]*){0,2})"
                    + "((?:, (?:the )?(?-i:\\p{Lu})[\\p{L}'’-]*(?: (?-i:\\p{Lu})[\\p{L}'’-]*){0,2})*,? and (?:the )?(?-i:\\p{Lu})[\\p{L}'’-]*(?: (?-i:\\p{Lu})[\\p{L}'’-]*){0,2})?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern AGENDA_ITEM_LINE = Pattern.compile("(?i)(?:agenda\\s+)?items?\\s+\\d");
    private static final Pattern RULE = Pattern.compile("^[-=_*~.\\s]{4,}$");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");
    private static final Set<String> ORGANISER_CUES = Set.of("organized", "organised", "co-organized", "co-organised",
            "convened", "hosted", "co-hosted", "sponsored", "co-sponsored");

    @Override
    public void annotate(Document document) {
        if (!LanguageAnnotator.readable(document)) {
            return;
        }
        DocumentView v = new DocumentView(document);
        List<AgendaItem> items = withColumnSlots(v, document.get(AgendaItem.LAYER));
        if (items.size() < 3) {
            return;
        }
        String[] days = dayHeadings(v);
        List<Meeting> meetings = meetings(v, items, days);
        if (!isJournal(meetings)) {
            return;
        }
        EventFields fields = new EventFields(v);
        java.util.Map<String, String> acronyms = new java.util.HashMap<>();
        for (AcronymDefinition d : document.get(AcronymDefinition.LAYER)) {
            acronyms.putIfAbsent(d.acronym(), d.longForm());
        }
        for (Meeting m : meetings) {
            // "Group of Latin American and Caribbean / States (GRULAC)": a name broken over lines defines its acronym too
            Matcher acronym = m.titleText == null ? null : TRAILING_ACRONYM.matcher(m.titleText);
            if (acronym != null && acronym.find() && acronym.start() > 0) {
                String a = m.titleText.substring(acronym.start()).replaceAll("[\\s()]", "");
                acronyms.putIfAbsent(a, MODE.matcher(m.titleText.substring(0, acronym.start())).replaceAll("").strip());
            }
        }
        List<EventCandidate> found = new ArrayList<>();
        Span house = house(v, meetings.get(0).line);
        for (Meeting m : meetings) {
            EventCandidate c = candidate(v, fields, m, acronyms, house);
            if (c != null) {
                found.add(c);
            }
            document.checkDeadline();
        }
        if (found.size() < 3) {
            return;
        }
        int from = v.lines.get(meetings.get(0).line).start();
        List<EventCandidate> all = new ArrayList<>();
        for (EventCandidate c : document.get(EventCandidate.LAYER)) {
            if (c.textCovers(from) || insideABlock(v, meetings, c.start()) || coversASlot(v, meetings, c)
                    || c.start() < from && enclosesTheJournal(c, meetings)) {
                // the journal's masthead or its session ("Seventh session, 2-13 June") read as an event, or
                // meetings the blocks read one by one
                continue;
            }
            int line = v.lineAt(c.start());
            if (line >= 0 && days[line] != null && c.startDate != null && c.startDate.span() != null
                    && RELATIVE_DAY.matcher(v.text(c.startDate.span())).matches()) {
                // "today from 9 a.m." in a journal's announcements: the journal's day, not the day it was anchored to
                java.time.LocalDate day = java.time.LocalDate.parse(days[line]);
                if (v.text(c.startDate.span()).toLowerCase(Locale.ROOT).startsWith("tomorrow")) {
                    day = day.plusDays(1);
                }
                c.startDate = Slot.of(day.toString(), c.startDate.span(), c.startDate.confidence());
            }
            all.add(c);
        }
        all.addAll(found);
        document.set(EventCandidate.LAYER, all);
        document.note("read " + found.size() + " meetings of a journal of meetings");
    }

    private static final Pattern RELATIVE_DAY = Pattern.compile("(?i)\\s*(?:today|this (?:morning|afternoon|evening)|tonight|tomorrow)\\b.*");

    private static boolean coversASlot(DocumentView v, List<Meeting> meetings, EventCandidate c) {
        for (Meeting m : meetings) {
            if (c.textCovers(v.lines.get(m.line).start())) {
                return true;
            }
        }
        return false;
    }

    /** The candidate's dates run over several days including the journal's first day: the session it reports on. */
    private static boolean enclosesTheJournal(EventCandidate c, List<Meeting> meetings) {
        String day = meetings.get(0).day;
        return c.startDate != null && c.endDate != null && !c.startDate.value().equals(c.endDate.value())
                && c.startDate.value().compareTo(day) <= 0 && day.compareTo(c.endDate.value()) <= 0;
    }

    private static boolean insideABlock(DocumentView v, List<Meeting> meetings, int offset) {
        for (Meeting m : meetings) {
            if (v.lines.get(m.line).start() <= offset && offset < m.end) {
                return true;
            }
        }
        return false;
    }

    /** One block of the journal. */
    private static final class Meeting {
        int line;          // the slot's line
        int end;           // end offset of the block's text
        String from;
        String to;
        String day;        // ISO day of the heading above
        Span title;
        String titleText;
        Span room;
        String body;       // the body named above the block ("Committee on Budget and Finance")
        Span bodySpan;
        boolean meetingLike;
        boolean pause;
        int nameFrom = -1;  // first line of a name set above the slot line, or -1
    }

    /**
     * The agenda's slots plus the lines of a journal table whose time stands in a later column, after the
     * meeting's name, beside a room: "5th meeting      10 a.m. – 1 p.m.      Room XVIII".
     */
    private static List<AgendaItem> withColumnSlots(DocumentView v, List<AgendaItem> agenda) {
        boolean[] taken = new boolean[v.lines.size()];
        for (AgendaItem a : agenda) {
            taken[a.line()] = true;
        }
        List<AgendaItem> out = new ArrayList<>(agenda);
        boolean added = false;
        for (int k = 0; k < v.lines.size(); k++) {
            Line line = v.lines.get(k);
            if (taken[k] || line.end() - line.bodyStart() > 200) {
                continue;
            }
            List<Span> cols = columns(v, Span.of(line.bodyStart(), line.end()));
            if (cols.size() < 3) {
                continue;
            }
            String[] slot = null;
            boolean room = false;
            for (int i = 1; i < cols.size(); i++) {
                Span col = cols.get(i);
                String[] t = slot == null ? io.eventlens.extraction.layout.LayoutAnnotator.timeColumn(v.text, col.start(), col.end()) : null;
                if (t != null) {
                    slot = t;
                } else if (slot != null && isRoom(v.text(col))) {
                    room = true;
                }
            }
            if (slot != null && room) {
                out.add(new AgendaItem(line.start(), line.end(), k, k, slot[0], slot[1], line.bodyStart()));
                added = true;
            }
        }
        if (added) {
            out.sort(java.util.Comparator.comparingInt(AgendaItem::line));
        }
        return out;
    }

    private static boolean isTimeColumn(DocumentView v, Span col) {
        return io.eventlens.extraction.layout.LayoutAnnotator.timeColumn(v.text, col.start(), col.end()) != null;
    }

    /** "Online (Webex)", "Zoom": the place of a meeting held online, never its name. */
    private static boolean isOnlineColumn(String column) {
        String c = column.strip().toLowerCase(Locale.ROOT);
        return c.length() <= 40 && (c.startsWith("online") || c.startsWith("virtual") || c.equals("zoom") || c.startsWith("zoom ")
                || c.startsWith("webex") || c.startsWith("webinar (") || c.startsWith("microsoft teams"));
    }

    /**
     * A name set above its slot line: the slot line ("11 a.m. – 1 p.m.      Room 25") names no meeting, is
     * indented under a short paragraph flush to its left, and that paragraph is no heading, field or sentence:
     * <pre>
     * Informal consultations on draft resolution X
     * (convened by the delegation of Y)
     *
     *    11 a.m. – 1 p.m.                      Room 25
     *    Facilitator: ...
     * </pre>
     * Returns the paragraph's first line, or -1.
     */
    private static int nameAbove(DocumentView v, AgendaItem a, boolean[] slotLine) {
        int k = a.line();
        Line slot = v.lines.get(k);
        for (Span col : columns(v, Span.of(a.bodyStart(), slot.end()))) {
            String c = v.text(col);
            if (!isNote(c) && !isRoom(c) && !isOnlineColumn(c) && !isTimeColumn(v, col)) {
                return -1; // the slot line names its meeting
            }
        }
        if (k == 0 || k + 1 < v.lines.size() && !v.lines.get(k + 1).blankBefore() && v.lines.get(k + 1).indent() >= slot.indent()
                && !opensAField(v, k + 1)) {
            return -1; // the name follows the slot line
        }
        int p = k - 1;
        int q = p;
        while (q > 0 && !v.lines.get(q).blankBefore() && p - q < 4) {
            q--;
        }
        if (p - q >= 4 || !v.lines.get(q).blankBefore() && q > 0) {
            return -1;
        }
        for (int j = q; j <= p; j++) {
            Line line = v.lines.get(j);
            if (slotLine[j] || line.indent() >= slot.indent() || isRule(v, j)) {
                return -1;
            }
        }
        Line first = v.lines.get(q);
        String s = v.text.substring(first.bodyStart(), v.lines.get(p).end()).strip();
        if (s.isEmpty() || s.endsWith(".") || s.length() > 300 || opensAField(v, q) || Phrases.allCaps(v.text.substring(first.bodyStart(), first.end()))
                || !Character.isUpperCase(s.charAt(0)) && "\"“«'‘".indexOf(s.charAt(0)) < 0) {
            return -1;
        }
        return q;
    }

    /** The paragraph from line {@code q} to the line before {@code slot} without a closing line wholly in brackets. */
    private static Span nameSpan(DocumentView v, int q, int slot) {
        int p = slot - 1;
        while (p > q && isNote(v.text.substring(v.lines.get(p).bodyStart(), v.lines.get(p).end()))) {
            p--; // "(convened by the Bureau)": a note under the name
        }
        return Span.of(v.lines.get(q).bodyStart(), v.lines.get(p).end());
    }

    private static final Set<String> ACTIVITY_WORDS = Set.of("dialogue", "panel", "discussion", "debate", "briefing",
            "hearing", "consultations", "roundtable", "round-table", "presentation", "exchange", "launch", "seminar",
            "workshop", "forum", "lecture", "commemoration", "ceremony");

    /**
     * "5th meeting" names a meeting by its number only; the block often gives the activity its own line,
     * "Interactive dialogue with the Special Rapporteur on X": a paragraph that is no field, no agenda item
     * and no sentence, and says what is held (a dialogue, a panel, a briefing).
     */
    private static Span activityName(DocumentView v, Meeting m) {
        for (int k = m.line + 1; k < v.lines.size() && v.lines.get(k).start() < m.end; k++) {
            Line line = v.lines.get(k);
            if (!line.blankBefore()) {
                continue;
            }
            int last = k;
            while (last + 1 < v.lines.size() && v.lines.get(last + 1).start() < m.end && !v.lines.get(last + 1).blankBefore()) {
                last++;
            }
            if (last - k > 2) {
                continue;
            }
            String s = v.text.substring(line.bodyStart(), v.lines.get(last).end()).strip();
            if (s.isEmpty() || s.endsWith(".") || !Character.isUpperCase(s.charAt(0)) || opensAField(v, k)
                    || s.regionMatches(true, 0, "item ", 0, 5) || isNote(s)) {
                continue;
            }
            String lower = s.toLowerCase(Locale.ROOT);
            for (String w : (lower.contains("round table") ? "roundtable" : lower).split("[^\\p{L}-]+")) {
                if (ACTIVITY_WORDS.contains(w)) {
                    int p = last;
                    while (p > k && isNote(v.text.substring(v.lines.get(p).bodyStart(), v.lines.get(p).end()))) {
                        p--;
                    }
                    return Span.of(line.bodyStart(), v.lines.get(p).end());
                }
            }
        }
        return null;
    }

    /** For every line, the ISO day of the latest day heading at or above it (null before the first). */
    private static String[] dayHeadings(DocumentView v) {
        String[] days = new String[v.lines.size()];
        String current = null;
        int d = 0;
        for (int k = 0; k < v.lines.size(); k++) {
            Line line = v.lines.get(k);
            while (d < v.dates.size() && v.dates.get(d).end() <= line.start()) {
                d++;
            }
            for (int i = d; i < v.dates.size() && v.dates.get(i).start() < line.end(); i++) {
                EventDate date = v.dates.get(i);
                if (date.hasDay() && !date.isRange() && date.startTime() == null && headsTheLine(v, line, date)) {
                    current = date.startDate();
                    break;
                }
            }
            days[k] = current;
        }
        return days;
    }

    /** The line says nothing but the date: "Wednesday, 11 June 2025", "THURSDAY 12 JUNE". */
    private static boolean headsTheLine(DocumentView v, Line line, EventDate date) {
        String rest = v.text.substring(line.bodyStart(), Math.max(line.bodyStart(), Math.min(date.start(), line.end())))
                + " " + v.text.substring(Math.min(Math.max(date.end(), line.bodyStart()), line.end()), line.end());
        for (String w : rest.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!w.isEmpty() && !WEEKDAYS.contains(w) && !w.equals("on") && !w.equals("the") && !w.equals("of")) {
                return false;
            }
        }
        return true;
    }

    private static List<Meeting> meetings(DocumentView v, List<AgendaItem> items, String[] days) {
        List<Meeting> out = new ArrayList<>();
        boolean[] slotLine = new boolean[v.lines.size()];
        for (AgendaItem a : items) {
            slotLine[a.line()] = true;
        }
        int[] nameFrom = new int[v.lines.size()];
        boolean[] nameLine = new boolean[v.lines.size()];
        for (AgendaItem a : items) {
            nameFrom[a.line()] = nameAbove(v, a, slotLine);
            for (int j = Math.max(0, nameFrom[a.line()]); nameFrom[a.line()] >= 0 && j < a.line(); j++) {
                nameLine[j] = true;
            }
        }
        String body = null;
        Span bodySpan = null;
        int next = 0;
        for (int k = 0; k < v.lines.size() && next < items.size(); k++) {
            while (next < items.size() && items.get(next).line() < k) {
                next++; // a slot inside the name of the block above
            }
            if (next >= items.size()) {
                break;
            }
            AgendaItem a = items.get(next);
            if (k < a.line()) {
                if (nameLine[k]) {
                    continue; // the name of the slot below
                }
                if (days[k] != null && (k == 0 || !java.util.Objects.equals(days[k], days[k - 1]))) {
                    body = null; // a new day
                    bodySpan = null;
                } else if (isBodyHeading(v, k)) {
                    bodySpan = bodyName(v, k);
                    body = v.text(bodySpan);
                } else if (isSectionLabel(v, k)) {
                    body = null;
                    bodySpan = null;
                }
                continue;
            }
            next++;
            Meeting m = new Meeting();
            m.line = k;
            m.from = a.from();
            m.to = a.to();
            m.day = days[k];
            m.body = body;
            m.bodySpan = bodySpan;
            m.nameFrom = nameFrom[k];
            int last = blockEnd(v, k, slotLine, nameLine, days);
            m.end = v.lines.get(last).end();
            read(v, a, m, last);
            out.add(m);
            k = Math.max(last, lastTitleLine(v, m));
        }
        return out;
    }

    private static int lastTitleLine(DocumentView v, Meeting m) {
        int k = m.line;
        if (m.title != null) {
            k = Math.max(k, v.lineAt(m.title.end() - 1));
        }
        return k;
    }

    /** The last line of the block opened by slot line {@code k}. */
    private static int blockEnd(DocumentView v, int k, boolean[] slotLine, boolean[] nameLine, String[] days) {
        Line first = v.lines.get(k);
        int last = k;
        boolean indented = false;
        for (int j = k + 1; j < v.lines.size(); j++) {
            Line line = v.lines.get(j);
            if (slotLine[j] || nameLine[j] || days[j] != null && !days[j].equals(days[k]) || isRule(v, j)
                    || v.isHeading(j) && v.headingOfLine[j].fromMarkup()) {
                break;
            }
            if (j == k + 1) {
                indented = line.indent() > first.indent();
            } else if (indented && line.indent() <= first.indent()) {
                break; // the journal indents its blocks: a line flush with the slot opens what follows
            }
            if (!indented && line.blankBefore() && (isBodyHeading(v, j) && slotFollows(v, j, slotLine) || isSectionLabel(v, j))) {
                break;
            }
            last = j;
        }
        return last;
    }

    /** A body's name heads the slots that follow it: one of the next two lines is a slot line. */
    private static boolean slotFollows(DocumentView v, int k, boolean[] slotLine) {
        return k + 1 < slotLine.length && slotLine[k + 1] || k + 2 < slotLine.length && slotLine[k + 2];
    }

    private static boolean isRule(DocumentView v, int k) {
        Line line = v.lines.get(k);
        return RULE.matcher(v.text.substring(line.start(), line.end())).matches();
    }

    /** Title, room and kind of the block's slot. */
    private static void read(DocumentView v, AgendaItem a, Meeting m, int last) {
        Line first = v.lines.get(a.line());
        List<Span> columns = columns(v, Span.of(a.bodyStart(), first.end()));
        Span title = null;
        for (Span col : columns) {
            if (isNote(v.text(col)) || isTimeColumn(v, col) || isOnlineColumn(v.text(col))) {
                continue; // "[Closed]", "(public meeting)", "Online (Webex)": how the meeting is held, never its name
            }
            if (m.room == null && isRoom(v.text(col))) {
                m.room = col;
            } else if (title == null && m.room == null) {
                title = col;
            }
        }
        if (title == null && m.room != null) {
            // "09:00 – 10:00 | Room 4 | Informal consultations on X | Convened by": the name follows the room
            for (Span col : columns) {
                if (col.start() > m.room.start() && !isNote(v.text(col)) && !isTimeColumn(v, col) && !isOnlineColumn(v.text(col))) {
                    title = col;
                    break;
                }
            }
        }
        if (m.room == null && columns.size() >= 2 && title != columns.get(columns.size() - 1)
                && isPlaceColumn(v.text(columns.get(columns.size() - 1)))) {
            m.room = columns.get(columns.size() - 1); // "| Permanent Council | Neuer Saal": a table's last column
        }
        int titleColumn = title == null ? -1 : title.start() - first.start() + first.indent();
        int k = a.line() + 1;
        if (title != null) {
            // "Informal consultations on the draft omnibus / resolution (X)   Room 3": the name runs on below
            for (; k <= last; k++) {
                Line line = v.lines.get(k);
                if (line.blankBefore() || Math.abs(line.indent() - titleColumn) > 1) {
                    break;
                }
                List<Span> cols = columns(v, Span.of(line.bodyStart(), line.end()));
                if (!isNote(v.text(cols.get(0)))) {
                    title = Span.of(title.start(), cols.get(0).end());
                }
                if (m.room == null && cols.size() > 1 && isRoom(v.text(cols.get(cols.size() - 1)))) {
                    m.room = cols.get(cols.size() - 1);
                }
            }
        } else if (m.nameFrom >= 0) {
            title = nameSpan(v, m.nameFrom, a.line());
        } else if (k <= last && !opensAField(v, k)) {
            // "1:15 p.m. to 2:45 p.m.   Room 2": the name is the block's first paragraph
            Line line = v.lines.get(k);
            title = Span.of(line.bodyStart(), line.end());
            for (k++; k <= last && !v.lines.get(k).blankBefore() && !opensAField(v, k); k++) {
                title = Span.of(title.start(), v.lines.get(k).end());
            }
            if (endsSentence(v.text(title)) && v.text(title).length() > 160) {
                title = null; // a paragraph of prose, not a name
            }
        }
        m.title = title;
        if (title != null) {
            String t = v.text(title).replaceAll("\\s+", " ").strip();
            m.titleText = t;
            String lower = t.toLowerCase(Locale.ROOT);
            for (String w : lower.split("[^\\p{L}-]+")) {
                if (MEETING_WORDS.contains(w)) {
                    m.meetingLike = true;
                }
                if (BREAK_WORDS.contains(w)) {
                    m.pause = true;
                }
            }
        }
        m.meetingLike |= m.room != null && (m.body != null || statesOrganiser(v, a.line() + 1, last));
    }

    /** "Organized by: ...", "Convened by the Mission of X": a block in a room of its own that someone holds is a meeting. */
    private static boolean statesOrganiser(DocumentView v, int from, int last) {
        for (int k = from; k <= last && k < from + 6; k++) {
            Line line = v.lines.get(k);
            String s = v.text.substring(line.bodyStart(), line.end()).toLowerCase(Locale.ROOT);
            for (String cue : ORGANISER_CUES) {
                int at = s.indexOf(cue);
                if (at >= 0 && s.startsWith(" by", at + cue.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A column wholly in brackets: "[Closed]", "(public meeting)", "[webcast]". */
    private static boolean isNote(String column) {
        String c = column.strip();
        return c.length() >= 3 && (c.charAt(0) == '[' && c.charAt(c.length() - 1) == ']'
                || c.charAt(0) == '(' && c.charAt(c.length() - 1) == ')');
    }

    /** "Organisers:", "Convened by": a label of up to four words, or a participle with "by", opening a line. */
    private static final Pattern FIELD_OPENING = Pattern.compile(
            "((?-i:\\p{Lu})[\\p{L}'’-]*(?:[ /-][\\p{L}'’().-]+){0,3})\\s*:\\s*(\\S*)|(?:co-)?(?:organi[sz]ed|convened|hosted|sponsored|presented|chaired|moderated|facilitated)\\s+by\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The head word of a label that names a field of a block rather than a title's first half ("Launch: X"). */
    private static final Set<String> FIELD_WORDS = Set.of("organiser", "organizer", "co-organiser", "co-organizer",
            "convener", "convenor", "host", "co-host", "hosts", "sponsor", "co-sponsor", "partner", "speaker", "moderator",
            "chair", "co-chair", "chairperson", "facilitator", "panellist", "panelist", "presenter", "briefer", "respondent",
            "discussant", "lecturer", "trainer", "presiding", "remarks", "statement", "opening", "closing", "welcome",
            "keynote", "interpretation", "contact", "registration", "note", "language", "languages", "documents",
            "participant", "rapporteur", "introduction", "webcast", "livestream", "venue", "room", "time", "date", "place",
            "location", "with", "by", "featuring", "guest", "guests", "also", "format", "cost", "admission", "rsvp");

    /**
     * The line opens a labelled field ("Organiser: X", "Speakers: ...", "Convened by the Delegation of Y",
     * "Presenting the findings: Ms. X"): the name of the block above it has ended even when no blank line
     * parts them. "Launch: Title of the report" is a name, not a field.
     */
    static boolean opensAField(DocumentView v, int k) {
        Line line = v.lines.get(k);
        int end = Math.min(line.end(), line.bodyStart() + 80);
        Matcher m = FIELD_OPENING.matcher(v.text).region(line.bodyStart(), end);
        if (!m.lookingAt()) {
            return false;
        }
        if (m.group(1) == null) {
            return true;
        }
        String[] words = m.group(1).toLowerCase(Locale.ROOT).split("[^\\p{L}-]+");
        String head = words.length == 0 ? "" : words[words.length - 1];
        if (head.endsWith("s") && FIELD_WORDS.contains(head.substring(0, head.length() - 1))) {
            return true;
        }
        String next = m.group(2) == null ? "" : m.group(2).replace(".", "");
        return FIELD_WORDS.contains(head) || !next.isEmpty()
                && io.eventlens.extraction.entity.Honorifics.isHonorific(next, m.group(2).endsWith("."));
    }

    private static boolean endsSentence(String s) {
        String t = s.strip();
        return t.endsWith(".");
    }

    /** A short capitalised column naming no meeting: the room of a table row. */
    private static boolean isPlaceColumn(String column) {
        String c = column.strip();
        if (c.isEmpty() || !Character.isUpperCase(c.charAt(0)) || c.endsWith(".")) {
            return false;
        }
        String[] words = c.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+");
        if (words.length > 6) {
            return false;
        }
        for (String w : words) {
            if (MEETING_WORDS.contains(w) || BREAK_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static List<Span> columns(DocumentView v, Span span) {
        List<Span> out = new ArrayList<>();
        Matcher gap = COLUMN_GAP.matcher(v.text).region(span.start(), span.end());
        int s = span.start();
        while (s < span.end() && (v.text.charAt(s) == '|' || v.text.charAt(s) == '·' || Character.isWhitespace(v.text.charAt(s)))) {
            s++; // "10:00–13:00 | Title | Room": the bar after the slot
        }
        while (gap.find()) {
            if (gap.start() > s) {
                out.add(Span.of(s, gap.start()));
            }
            s = gap.end();
        }
        if (s < span.end()) {
            out.add(Span.of(s, span.end()));
        }
        if (out.isEmpty()) {
            out.add(span);
        }
        return out;
    }

    static boolean isRoom(String column) {
        String[] words = column.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+");
        int n = 0;
        boolean roomWord = false;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            n++;
            roomWord |= ROOM_WORDS.contains(w);
        }
        return roomWord && n <= 8 && !column.strip().endsWith(".");
    }

    /** A short line naming the body whose meetings follow: "Committee on Budget and Finance (CBF)". */
    private static boolean isBodyHeading(DocumentView v, int k) {
        Line line = v.lines.get(k);
        String s = v.text.substring(line.bodyStart(), line.end()).strip();
        if (s.isEmpty() || s.length() > 120 || s.endsWith(".") || s.endsWith(":") || !Character.isUpperCase(s.charAt(0))
                || s.contains(": ")) {
            return false; // "Organized by: Mission of X" is a labelled field of the block, not a body's name
        }
        String[] words = s.split("\\s+");
        if (words.length > 14 || Phrases.allCaps(s)) {
            return false;
        }
        for (String w : words) {
            String bare = w.replaceAll("[^\\p{L}-]", "");
            if (io.eventlens.extraction.entity.Vocabulary.isOrganisationWord(bare) && Character.isUpperCase(bare.isEmpty() ? 'x' : bare.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static Span bodyName(DocumentView v, int k) {
        Line line = v.lines.get(k);
        String s = v.text.substring(line.bodyStart(), line.end());
        Matcher acronym = TRAILING_ACRONYM.matcher(s);
        int end = acronym.find() ? line.bodyStart() + acronym.start() : line.end();
        return Phrases.trim(v.text, Span.of(line.bodyStart(), end), " \t");
    }

    /** "OFFICIAL MEETINGS", "Other activities", "Announcements": a heading of the journal's own parts. */
    private static boolean isSectionLabel(DocumentView v, int k) {
        Line line = v.lines.get(k);
        String s = v.text.substring(line.bodyStart(), line.end()).strip();
        // a line in quotation marks is a name (a side event's title), never a heading of the journal's parts
        return !s.isEmpty() && s.length() <= 80 && !s.endsWith(".") && !s.endsWith(",") && "\"“«'‘".indexOf(s.charAt(0)) < 0
                && !AGENDA_ITEM_LINE.matcher(s).lookingAt() // "Agenda item 3  Water quality": what the meeting takes up
                && !opensAField(v, k) // "Presiding: Ms. X, President": a field of the block above
                && (line.blankBefore() || v.isHeading(k)) && s.split("\\s+").length <= 8;
    }

    private static boolean isJournal(List<Meeting> meetings) {
        int meetingLike = 0;
        int rooms = 0;
        int dated = 0;
        for (Meeting m : meetings) {
            if (m.pause) {
                return false; // "10:30 Coffee break": one event's programme
            }
            meetingLike += m.meetingLike ? 1 : 0;
            rooms += m.room != null ? 1 : 0;
            dated += m.day != null ? 1 : 0;
        }
        int n = meetings.size();
        return n >= 3 && dated == n && meetingLike * 3 >= n * 2 && rooms * 2 >= n;
    }

    private static final Pattern PLENARY = Pattern.compile("(?i)\\b(?:plenary|sitting)\\b");

    /**
     * The body whose journal this is: the last line of the masthead (above the first date) that names an
     * organisation, the most specific ("Senate of X" / "Standing Committee on Y": the committee).
     */
    private static Span house(DocumentView v, int before) {
        Span found = null;
        for (int k = 0; k < before && k < 12; k++) {
            Line line = v.lines.get(k);
            if (!v.datesIn(line).isEmpty()) {
                return found; // the masthead ends where the session's dates or the day begin
            }
            String s = v.text.substring(line.bodyStart(), line.end()).strip();
            if (s.isEmpty() || s.length() > 100 || s.endsWith(".")) {
                continue;
            }
            for (io.eventlens.extraction.entity.OrganizationMention o : v.document.get(io.eventlens.extraction.entity.OrganizationMention.LAYER)) {
                if (o.start() > line.end()) {
                    break;
                }
                if (o.start() >= line.bodyStart() && o.source() != io.eventlens.extraction.entity.OrganizationMention.Source.UNDEFINED_ACRONYM
                        && o.end() - o.start() >= (line.end() - line.bodyStart()) * 2 / 3) {
                    found = Span.of(o.start(), o.end());
                    break;
                }
            }
        }
        return found;
    }

    private static EventCandidate candidate(DocumentView v, EventFields fields, Meeting m, java.util.Map<String, String> acronyms,
                                            Span house) {
        if (m.title == null || m.day == null) {
            return null;
        }
        int start = v.lines.get(m.nameFrom >= 0 ? m.nameFrom : m.line).start();
        EventCandidate c = new EventCandidate(start, Math.max(m.end, start + 1), READER);
        c.confidence = 0.9;
        String title = MODE.matcher(m.titleText).replaceAll("").strip();
        Matcher acronym = TRAILING_ACRONYM.matcher(title);
        if (acronym.find() && acronym.start() > 0) {
            title = title.substring(0, acronym.start()).strip();
        }
        Span activity = NUMBERED.matcher(title).matches() ? activityName(v, m) : null;
        if (activity != null) {
            // "5th meeting" holding "Interactive dialogue with the Special Rapporteur on X": the activity is its name
            m.title = activity;
            title = v.text(activity).replaceAll("\\s+", " ").strip();
        } else if (m.body != null && BARE_NUMBERED.matcher(title).matches()) {
            title = title + " of the " + stripArticle(m.body); // "Fourth meeting" under the committee's name
        }
        Matcher note = CLOSING_NOTE.matcher(title);
        if (note.find() && note.start() > 10) {
            title = title.substring(0, note.start()); // the name without the note that closes it
        }
        title = Phrases.clean(title);
        if (title.length() > 2 && "\"“«".indexOf(title.charAt(0)) >= 0 && "\"”»".indexOf(title.charAt(title.length() - 1)) >= 0) {
            title = title.substring(1, title.length() - 1).strip(); // a side event's name set in quotation marks
        }
        if (Phrases.allCaps(title)) {
            title = Phrases.titleCase(title);
        }
        c.title = Slot.of(title, m.title, 0.9);
        Span dayLine = m.title;
        c.startDate = Slot.of(m.day, dayLine, 0.85);
        Span slot = Span.of(v.lines.get(m.line).start(), v.lines.get(m.line).bodyStart());
        c.startTime = Slot.of(m.from, slot, 0.9);
        if (m.to != null) {
            c.endTime = Slot.of(m.to, slot, 0.9);
        }
        if (m.room != null) {
            c.location = Slot.of(v.text(m.room).replaceAll("\\s*\\[[^\\]]*\\]", "").strip(), m.room, 0.85);
        }
        Span block = Span.of(start, c.end());
        for (Slot<String> o : fields.organizersInText(List.of(block), 0.8)) {
            if (stated(v, o)) {
                c.organizers.add(o);
            }
        }
        for (io.eventlens.extraction.entity.OrganizationMention o : v.document.get(io.eventlens.extraction.entity.OrganizationMention.LAYER)) {
            // "with the support of the Permanent Mission of X": a supporter the organiser cue reaches
            if (o.start() >= block.start() && o.end() <= block.end() && o.source() != io.eventlens.extraction.entity.OrganizationMention.Source.UNDEFINED_ACRONYM
                    && stated(v, Slot.of(o.name(), o, 0.7)) && !named(c.organizers, o)) {
                c.organizers.add(Slot.of(o.name(), o, 0.7));
            }
        }
        statesBodies(v, block, c);
        if (m.body != null) {
            c.organizers.add(0, Slot.of(m.body, m.bodySpan, 0.8));
        } else if (c.organizers.isEmpty()) {
            String owner = activity != null ? null : ownerNamedByTitle(title, acronyms); // "dialogue with the Panel of X" names a guest, not the holder
            if (owner != null) {
                c.organizers.add(Slot.of(owner, m.title, 0.7));
            } else if (house != null) {
                // the plenary is the house the journal is of; a committee's own schedule lists its own hearings
                c.organizers.add(Slot.of(v.text(house), house, 0.6));
            }
        }
        if (m.room != null && m.room.start() > block.start() && m.room.end() <= block.end()) {
            // the room ("Neuer Saal") is no one taking part: the block's text around it
            c.regions.add(Span.of(block.start(), m.room.start()));
            if (m.room.end() < block.end()) {
                c.regions.add(Span.of(m.room.end(), block.end()));
            }
        } else {
            c.regions.add(block);
        }
        return c;
    }

    /**
     * "Convened by the delegations of Uruguay and Ghana", "Organisers: Permanent Missions of Ghana and Ireland":
     * each State's delegation or mission organises; they replace what the organiser reading made of the phrase.
     */
    private static void statesBodies(DocumentView v, Span block, EventCandidate c) {
        Matcher m = BODIES_OF_STATES.matcher(v.text).region(block.start(), block.end());
        while (m.find()) {
            Span phrase = Span.of(m.start(), m.end());
            if (!stated(v, Slot.of("", phrase, 0))) {
                continue;
            }
            String head = m.group(1).toLowerCase(Locale.ROOT);
            head = Character.toUpperCase(head.charAt(0)) + head.substring(1);
            head = head.replace("permanent mission", "Permanent Mission").replace("Permanent mission", "Permanent Mission");
            List<String> states = new ArrayList<>();
            states.add(m.group(3));
            if (m.group(4) != null) {
                for (String part : m.group(4).split(",\\s*|\\s+and\\s+")) {
                    if (!part.isBlank()) {
                        states.add(part.strip());
                    }
                }
            }
            c.organizers.removeIf(o -> o.span() != null && o.span().start() < phrase.end() + 2 && phrase.start() - 20 < o.span().end()
                    && o.span().start() >= phrase.start() - 20);
            for (String state : states) {
                c.organizers.add(Slot.of(head + " of " + state.replaceAll("\\s+", " "), phrase, 0.75));
            }
        }
    }

    private static boolean named(List<Slot<String>> organisers, Span span) {
        for (Slot<String> o : organisers) {
            if (o.span() != null && o.span().start() < span.end() && span.start() < o.span().end()) {
                return true;
            }
        }
        return false;
    }

    private static String stripArticle(String s) {
        return s.regionMatches(true, 0, "the ", 0, 4) ? s.substring(4) : s;
    }

    /** An organiser the block states with a verb ("Organized by", "Convened by"), not one merely named in it. */
    private static boolean stated(DocumentView v, Slot<String> o) {
        Span s = o.span();
        int sentence = v.sentenceAt(s.start());
        int from = sentence < 0 ? s.start() : v.sentences.get(sentence).start();
        String before = v.text.substring(from, s.start()).toLowerCase(Locale.ROOT);
        for (String cue : ORGANISER_CUES) {
            if (before.contains(cue)) {
                return true;
            }
        }
        if (before.contains("organiser") || before.contains("organizer") || before.contains("convener") || before.contains("convenor")) {
            return true; // "Organisers: X", "Co-organizers: Y"
        }
        return before.contains("with the support of") || before.contains("in cooperation with")
                || before.contains("in partnership with");
    }

    /** "Group of African States", "GRULAC (coordination)": a meeting named after the body that holds it. */
    private static final Pattern OWNER_END = Pattern.compile("\\s*(?:\\(|[:,;]\\s|\\s[-–—]\\s)");

    private static String ownerNamedByTitle(String title, java.util.Map<String, String> acronyms) {
        Matcher cut = OWNER_END.matcher(title);
        String name = (cut.find() && cut.start() > 0 ? title.substring(0, cut.start()) : title).strip();
        String[] words = name.split("\\s+");
        String first = words[0].replaceAll("[^\\p{L}]", "");
        if (words.length == 1 && acronyms.containsKey(first)) {
            return acronyms.get(first);
        }
        if (words.length > 10 || Character.isLowerCase(words[words.length - 1].charAt(0))) {
            return null;
        }
        for (String w : words) {
            String bare = w.replaceAll("[^\\p{L}-]", "");
            if (!bare.isEmpty() && Character.isUpperCase(bare.charAt(0))
                    && io.eventlens.extraction.entity.Vocabulary.isOrganisationWord(bare)) {
                // "Working Group on X (informal consultations)", "Permanent Council, 1061st plenary meeting"
                return name;
            }
        }
        return null;
    }
}
