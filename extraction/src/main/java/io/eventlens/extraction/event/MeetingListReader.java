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
        List<AgendaItem> items = document.get(AgendaItem.LAYER);
        if (items.size() < 3) {
            return;
        }
        DocumentView v = new DocumentView(document);
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
            int last = blockEnd(v, k, slotLine, days);
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
    private static int blockEnd(DocumentView v, int k, boolean[] slotLine, String[] days) {
        Line first = v.lines.get(k);
        int last = k;
        boolean indented = false;
        for (int j = k + 1; j < v.lines.size(); j++) {
            Line line = v.lines.get(j);
            if (slotLine[j] || days[j] != null && !days[j].equals(days[k]) || isRule(v, j)
                    || v.isHeading(j) && v.headingOfLine[j].fromMarkup()) {
                break;
            }
            if (j == k + 1) {
                indented = line.indent() > first.indent();
            } else if (indented && line.indent() <= first.indent()) {
                break; // the journal indents its blocks: a line flush with the slot opens what follows
            }
            if (!indented && line.blankBefore() && (isBodyHeading(v, j) || isSectionLabel(v, j))) {
                break;
            }
            last = j;
        }
        return last;
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
            if (m.room == null && isRoom(v.text(col))) {
                m.room = col;
            } else if (title == null && m.room == null) {
                title = col;
            }
        }
        if (title == null && m.room != null) {
            // "09:00 – 10:00 | Room 4 | Informal consultations on X | Convened by": the name follows the room
            for (Span col : columns) {
                if (col.start() > m.room.start()) {
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
                title = Span.of(title.start(), cols.get(0).end());
                if (m.room == null && cols.size() > 1 && isRoom(v.text(cols.get(cols.size() - 1)))) {
                    m.room = cols.get(cols.size() - 1);
                }
            }
        } else if (k <= last) {
            // "1:15 p.m. to 2:45 p.m.   Room 2": the name is the block's first paragraph
            Line line = v.lines.get(k);
            title = Span.of(line.bodyStart(), line.end());
            for (k++; k <= last && !v.lines.get(k).blankBefore(); k++) {
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
        int start = v.lines.get(m.line).start();
        EventCandidate c = new EventCandidate(start, Math.max(m.end, start + 1), READER);
        c.confidence = 0.9;
        String title = MODE.matcher(m.titleText).replaceAll("").strip();
        Matcher acronym = TRAILING_ACRONYM.matcher(title);
        if (acronym.find() && acronym.start() > 0) {
            title = title.substring(0, acronym.start()).strip();
        }
        if (m.body != null && BARE_NUMBERED.matcher(title).matches()) {
            title = title + " of the " + stripArticle(m.body); // "Fourth meeting" under the committee's name
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
            c.location = Slot.of(v.text(m.room).strip(), m.room, 0.85);
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
        if (m.body != null) {
            c.organizers.add(0, Slot.of(m.body, m.bodySpan, 0.8));
        } else if (c.organizers.isEmpty()) {
            String owner = ownerNamedByTitle(title, acronyms);
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
