package io.eventlens.extraction.event;

import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.layout.LabeledLine;
import io.eventlens.extraction.layout.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that states when an event takes place and little else: "8 September 2014", "Monday,
 * February 1, 2021, 12:00-1:30 PM ET", "14-15 September 2023 | Harbourside Congress Centre, Aarhus",
 * "Roundtable, United Nations premises, Ankara — Friday, 17 December 2021", "Date: 4 May 2022".
 * What the line says besides the date is kept as segments: a place, an event type, a day label.
 * Publication lines ("Posted Sunday, ...", "(version of 8 September)") are not date lines.
 *
 * @param location   the first segment that reads as a place, or null
 * @param dayLabel   the line labels a day of a longer event ("DAY 1 - Thursday 14 September")
 * @param fromLabel  the line is a "Date:" field or a calendar pictogram line
 * @param title      on a listing line ("07.03.2019 | 18:00 | Science Slam | Klubas, Vilnius"), the event's title
 * @param organizers on a facts line ("Org A and Org B | 13:15–14:45 | Room 4") or an event line ("“Title”,
 *                   organized by X and Y, 13:15, Room 4"), the organisers' part, or null
 * @param dayOfSection the line states only a time; its day is the one its section heading names
 */
record DateLine(int line, EventDate date, Span location, String eventType, boolean dayLabel, boolean fromLabel,
                Span title, Span organizers, boolean dayOfSection) {

    private static final Pattern PUBLICATION = Pattern.compile(
            "(?i)^(?:posted|published|updated|last updated|last modified|issued|released|printed|version|as of|"
                    + "date of (?:issue|publication)|dated|deadline|rsvp|register by|registration)\\b|\\((?:version|as) of\\b"
                    + "|\\b(?:version|updated|revised)\\s+(?:of|on)\\s|\\b(?:published|posted|updated)\\b"
                    + "|^by\\s+\\p{Lu}|\\b(?:issue|vol\\.|volume|no\\.)\\s*\\d|\\b(?:newsletter|bulletin|digest|edition)\\b"
                    + "|^(?:financial|fiscal|academic|reporting|school|calendar)\\s+year\\b|^(?:reporting\\s+)?period\\b|^valid\\b|^effective\\b");
    private static final Pattern CLOCK_RANGE = Pattern.compile(
            "\\b\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[aApP]\\.?\\s?[mM]\\.?)?\\s*(?:[-–—]|to)\\s*\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[aApP]\\.?\\s?[mM]\\.?)?"
                    + "|\\b\\d{1,2}[:.]\\d{2}\\s*(?:[aApP]\\.?\\s?[mM]\\.?)?|\\b\\d{1,2}\\s*[aApP]\\.?\\s?[mM]\\.?|\\bnoon\\b|\\bmidnight\\b");
    private static final Pattern DAY_LABEL = Pattern.compile("(?i)^(?:day|part|week|session)\\s+(?:\\d+|[ivx]+|one|two|three|four|five)$");
    private static final Pattern NUMBERED_SESSION = Pattern.compile(
            "(?i)^(?:session|part|episode|lecture|talk|webinar|seminar|meeting|panel|workshop|module|conversation|class)"
                    + "\\s+(?:\\d+|[ivx]+)\\b");
    private static final Set<String> DATE_WORDS = Vocabulary.words(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
            "thu", "thur", "thurs", "fri", "sat", "sun", "from", "to", "until", "till", "on", "at", "and", "or", "each",
            "every", "between", "starting", "beginning", "ending", "through", "the", "of", "am", "pm", "a.m.", "p.m.",
            "noon", "midnight", "local", "time", "hours", "hrs", "h", "daily", "doors", "open", "opens", "mondays", "tuesdays",
            "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "weekly", "weekdays", "weekends");
    private static final Set<String> DATE_LABELS = Vocabulary.words("date", "dates", "day", "when", "date and time", "date & time",
            "date/time", "dates and times", "time and date", "start");

    /** The date line at {@code index}, or null when the line is not one. */
    /** Longest line read as a row of a call's timetable rather than an event's date line. */
    private static final int DEADLINE_ROW_CHARS = 90;
    private static final Pattern DEADLINE_ROW = Pattern.compile("(?i)\\b(?:deadline|due\\s+date|closing\\s+date|apply\\s+by"
            + "|applications?\\s+(?:due|close|closes|open|opens)|(?:applicants|authors|candidates)\\s+(?:will\\s+be\\s+)?notified"
            + "|notification\\s+of\\s+(?:acceptance|results|selection)|submissions?\\s+(?:due|close|closes|open|opens)"
            + "|confirmation\\s+of\\s+(?:attendance|participation)|registration\\s+(?:closes|deadline)|abstracts?\\s+due)\\b");

    static DateLine of(DocumentView v, int index) {
        Line line = v.lines.get(index);
        LabeledLine label = v.labelOfLine[index];
        if (HeaderReader.isMailHeader(v, index)) {
            return null; // an e-mail's "Date:" dates the message
        }
        if (v.coveredBy(Span.of(line.bodyStart(), line.end()), io.eventlens.extraction.normalize.Markup.Kind.LINK)
                || linkText(v, line) * 2 > line.end() - line.bodyStart()) {
            return null; // an event only linked to is not an event of the page
        }
        boolean fromLabel = label != null && DATE_LABELS.contains(label.key());
        if (label != null && !fromLabel && label.known()) {
            return null; // "Deadline: ...", "Registration: ..."
        }
        Span body = fromLabel ? label.value() : line.body();
        if (body.length() > 1000) {
            return null;
        }
        if (!fromLabel && body.length() <= DEADLINE_ROW_CHARS && DEADLINE_ROW.matcher(v.text(body)).find()) {
            return null; // "31 Oct 2025   Deadline for applications", "Applicants notified: 21 November": a call's timetable
        }
        if (!fromLabel) {
            DateLine titled = titledWithParenthesis(v, index, body);
            if (titled != null) {
                return titled;
            }
            DateLine listed = EventLine.of(v, index, body);
            if (listed != null) {
                return listed;
            }
        }
        // "Thursday 20 November, 4pm, Room G.12. Dr X presents ...": a line that begins with its date ends
        // with its first sentence
        Span whole = body;
        if (!(v.isHeading(index) && v.headingOfLine[index].fromMarkup())) {
            body = firstSentence(v.text, body); // a marked-up heading is one line whatever its marks ("Means? Protection of ...")
        }
        boolean cut = body.length() < whole.length();
        if (body.length() > 400) {
            return null;
        }
        String bodyText = v.text(body);
        if (bodyText.isBlank()) {
            return null;
        }
        List<EventDate> dates = v.datesIn(body);
        EventDate date = null;
        for (EventDate d : dates) {
            if (d.startDate() != null) {
                date = d;
                break;
            }
        }
        if (date == null && !fromLabel) {
            return EventLine.facts(v, index, body, dates);
        }
        // the publication pattern is costly and most lines hold no date: it is tried on lines with one
        if (date == null || PUBLICATION.matcher(bodyText).find()) {
            return null;
        }
        if (date.relative() && !weekdayOpens(v, date, body) || !date.hasDay() || Datelines.isDocumentDate(v, date)
                || inLink(v.text, date)) {
            return null;
        }
        if (cut && date.start() > body.start() + 2) {
            return null; // "The conference took place in X on 4 June. It was ...": prose, not a date line
        }
        if (Phrases.words(v.text, body).size() > 28) {
            return null;
        }
        // what is left once dates and times are taken out
        StringBuilder rest = new StringBuilder(bodyText);
        for (EventDate d : dates) {
            blank(rest, Math.max(0, d.start() - body.start()), Math.min(rest.length(), d.end() - body.start()));
        }
        Matcher clock = CLOCK_RANGE.matcher(rest);
        while (clock.find()) {
            blank(rest, clock.start(), clock.end());
        }
        Span quoted = fromLabel ? null : quotedAfterLeadingDate(v, index, date, body);
        StringBuilder unquoted = rest;
        if (quoted != null) {
            unquoted = new StringBuilder(rest); // a talk's quoted title is no prose that would make the line a sentence
            blank(unquoted, quoted.start() - body.start(), quoted.end() - body.start());
        }
        int proseWords = 0;
        for (Span w : Phrases.words(unquoted.toString(), Span.of(0, unquoted.length()))) {
            String word = unquoted.substring(w.start(), w.end());
            String lower = word.toLowerCase(Locale.ROOT);
            if (Character.isLowerCase(word.charAt(0)) && !DATE_WORDS.contains(lower) && !Vocabulary.isFunctionWord(lower)
                    && !Vocabulary.isVenueWord(lower) && !Vocabulary.ONLINE_WORDS.contains(lower)) {
                proseWords++;
            }
        }
        String trimmed = unquoted.toString().strip();
        if (proseWords > 3 || (trimmed.endsWith(".") && proseWords > 0)) {
            return null;
        }
        return segments(v, index, date, body, rest, fromLabel);
    }

    private static final Pattern WEEKDAY_FIRST = Pattern.compile(
            "(?i)(?:(?:this|next)\\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b");

    /**
     * "Thursday, 6.30pm for 7pm" opening its line in a bulletin dated by its masthead: a weekday the
     * document's date resolves is the event's date line.
     */
    private static boolean weekdayOpens(DocumentView v, EventDate date, Span body) {
        return v.document.anchorDate().isPresent() && date.start() <= body.start() + 1
                && WEEKDAY_FIRST.matcher(v.text).region(date.start(), date.end()).lookingAt();
    }

    /** Words of a title before its parenthesised date and place. */
    private static final int MAX_TITLE_WORDS = 20;

    /**
     * A heading that carries its event's date and place in brackets at its end, as a report lists
     * what it did: "Water Diplomacy Forum 2024 (14–15 May, Vienna)", "Briefing for Donor Agencies
     * (October, Washington, D.C.)". The title is what comes before the bracket; a month alone will do
     * for the date, since the heading names its event.
     */
    private static DateLine titledWithParenthesis(DocumentView v, int index, Span body) {
        String text = v.text(body);
        if (!text.endsWith(")") || !v.isHeading(index)) {
            return null;
        }
        int open = text.lastIndexOf('(');
        if (open <= 0 || text.indexOf(')') < open) {
            return null;
        }
        Span title = Phrases.trim(v.text, Span.of(body.start(), body.start() + open), " -\u2013\u2014:,");
        List<Span> titleWords = Phrases.words(v.text, title);
        if (titleWords.size() < 2 || titleWords.size() > MAX_TITLE_WORDS
                || !io.eventlens.extraction.layout.LayoutAnnotator.headingShape(v.text(title), true)) {
            return null;
        }
        Span inside = Span.of(body.start() + open + 1, body.end() - 1);
        EventDate date = null;
        for (EventDate d : v.datesIn(inside)) {
            if (d.startDate() != null && d.startDate().length() >= 7 && !d.relative()) {
                date = d;
                break;
            }
        }
        if (date == null) {
            return null;
        }
        // the place stands after the date ("(14–15 May, Vienna)") or before it ("(Jakarta, 8 September)",
        // "(online, 23–24 March)"); any other words make the bracket a remark ("(the second since 2019)")
        Span before = Phrases.trim(v.text, Span.of(inside.start(), date.start()), " ,;|\u00B7-\u2013\u2014");
        if (before.length() > 0 && (!v.text.substring(before.end(), date.start()).contains(",") || !placeWords(v, before))) {
            return null;
        }
        Span after = Phrases.trimValue(v.text, Phrases.trim(v.text, Span.of(date.end(), inside.end()), " ,;|\u00B7-\u2013\u2014"));
        if (after.length() > 0 && !placeWords(v, after)) {
            return null;
        }
        Span rest = before.length() > 0 ? before : after;
        Span location = null;
        if (rest.length() > 0) {
            location = onlineOnly(v.text(rest).toLowerCase(Locale.ROOT)) ? null : withoutOnline(v, rest);
        }
        return new DateLine(index, date, location, null, false, false, title, null, false);
    }

    /** A segment of a date line whose every word is a generic heading word ("News", "Latest updates", "Issue 12"). */
    private static boolean namesNoPlace(String segment) {
        List<String> words = OrganizerNames.wordList(segment);
        if (words.isEmpty()) {
            return true;
        }
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (!Vocabulary.GENERIC_HEADING_WORDS.contains(lower) && !NOT_PLACES.contains(lower) && !w.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    /** Words of a place or of "online": capitalised, function words, online words ("Chiang Mai and online"). */
    private static boolean placeWords(DocumentView v, Span span) {
        for (Span w : Phrases.words(v.text, span)) {
            String word = v.text(w);
            if (!Phrases.capitalised(word) && !Vocabulary.isFunctionWord(word)
                    && !Vocabulary.ONLINE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return false; // words of a sentence, not a place
            }
        }
        return true;
    }

    private static final Set<String> NOT_PLACES = Vocabulary.words("issue", "newsletter", "bulletin", "blog", "digest",
            "no", "vol", "volume", "edition", "posted", "published", "article", "story", "stories", "announcements", "notice");

    private static final Pattern AND_ONLINE = Pattern.compile("(?i)\\s*(?:,|\\band|\\bor|&|\\+|/)\\s*(?:online|virtual(?:ly)?|livestream(?:ed)?)$");

    /** "Chiang Mai and online": the physical place of a hybrid event. */
    private static Span withoutOnline(DocumentView v, Span place) {
        Matcher m = AND_ONLINE.matcher(v.text).region(place.start(), place.end());
        return m.find() && m.start() > place.start() ? Span.of(place.start(), m.start()) : place;
    }

    private static final Set<String> ABBREVIATIONS = Vocabulary.words("dr", "prof", "st", "mr", "mrs", "ms", "no", "vol",
            "jr", "sr", "rev", "hon", "gen", "col", "capt", "lt", "sgt", "amb", "mt", "ft", "ave", "rd", "blvd", "approx");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+(?=[\\p{Lu}\\d\"\u201C])");

    /** {@code body} up to the end of its first sentence (an abbreviation's period does not end it). */
    static Span firstSentence(String text, Span body) {
        Matcher m = SENTENCE_END.matcher(text).region(body.start(), body.end());
        while (m.find()) {
            int end = m.start();
            int wordStart = end;
            while (wordStart > body.start() && Character.isLetterOrDigit(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            String word = text.substring(wordStart, end);
            if ((word.length() == 1 && Character.isLetter(word.charAt(0))) || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) {
                continue; // "Dr.", "J.", "St."
            }
            return Span.of(body.start(), end);
        }
        return body;
    }

    /** "https://example.org/events/2016-04-12-talk": a date inside an address. */
    static boolean inLink(String text, Span date) {
        int s = date.start();
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        String token = text.substring(s, Math.min(text.length(), date.end() + 1));
        return token.contains("://") || token.startsWith("www.") || token.contains("/") && token.indexOf('/') < date.start() - s;
    }

    static int linkText(DocumentView v, Line line) {
        int linked = 0;
        for (io.eventlens.extraction.normalize.Markup m : v.markup) {
            if (m.start() >= line.end()) {
                break;
            }
            if (m.kind() == io.eventlens.extraction.normalize.Markup.Kind.LINK && m.overlaps(line)) {
                linked += Math.min(m.end(), line.end()) - Math.max(m.start(), line.start());
            }
        }
        return linked;
    }

    private static void blank(StringBuilder s, int from, int to) {
        for (int k = from; k < to; k++) {
            s.setCharAt(k, ' ');
        }
    }

    /** Splits what is left into "|"-groups of comma parts and reads a place, a type and a day label from them. */
    private static DateLine segments(DocumentView v, int index, EventDate date, Span body, StringBuilder rest,
                                     boolean fromLabel) {
        Span location = null;
        String type = null;
        boolean dayLabel = false;
        boolean seriesLabel = false;
        Span typeSpan = null;
        int labelEnd = -1;
        List<Span> groups = new ArrayList<>();
        for (Span group : split(rest, 0, rest.length(), "|•·\u2014\u2013")) {
            List<Span> kept = new ArrayList<>();
            for (Span part : split(rest, group.start(), group.end(), ",;")) {
                Span p = Phrases.trim(rest.toString(), part, "-()[]");
                if (p.length() == 0) {
                    if (kept.size() == 1 && namesEvent(rest.substring(kept.get(0).start(), kept.get(0).end()))) {
                        // "Preparatory Meeting, 26 November, 16:00, Seminar Room 3": the date parts divide the
                        // event's name from its place
                        addGroup(v, body, kept, groups);
                        kept.clear();
                    }
                    continue;
                }
                String value = rest.substring(p.start(), p.end()).strip();
                String lower = value.toLowerCase(Locale.ROOT);
                if (DAY_LABEL.matcher(value).matches() || NUMBERED_SESSION.matcher(value).matches()) {
                    dayLabel |= DAY_LABEL.matcher(value).matches();
                    seriesLabel = true;
                    labelEnd = p.end();
                } else if (Vocabulary.TIME_ZONE.matcher(value).matches() || DATE_WORDS.contains(lower)
                        || DATE_LABELS.contains(lower)) {
                    // "ET", "local time"
                } else if (eventTypeOnly(value)) {
                    if (type == null) {
                        type = value;
                        typeSpan = p;
                    }
                } else if (onlineOnly(lower)) {
                    // an online event has no place
                } else if ((Character.isUpperCase(value.charAt(0)) || Character.isDigit(value.charAt(0))
                        || value.charAt(0) == '\u201C' || value.charAt(0) == '"') && hasNameWord(value)) {
                    kept.add(p);
                }
            }
            addGroup(v, body, kept, groups);
        }
        Span title = null;
        Span quoted = fromLabel ? null : quotedAfterLeadingDate(v, index, date, body);
        if (quoted != null) {
            // "Wed 12 March, 3:30 pm - Dr A (Org): “Title”": a talk listed by its day; what stands between the
            // day and the quotation is the speaker, unless a place comes first ("2:00 pm, Room 3.14 - Dr A ...")
            title = quoted;
            List<Span> places = new ArrayList<>();
            for (Span g : groups) {
                Span head = g.start() < quoted.start() ? beforeSpeaker(v, Span.of(g.start(), Math.min(g.end(), quoted.start()))) : null;
                if (head != null) {
                    places.add(head);
                }
            }
            groups = places;
        }
        if (seriesLabel && !fromLabel && !groups.isEmpty() && groups.get(0).start() >= body.start() + labelEnd
                && !v.isHeading(index)) {
            // "Session 1 — Mapping the Shoreline (25 January 2024)": a session of a series listed with its
            // title, not a day of a longer event
            dayLabel = false;
            title = groups.remove(0);
        }
        if (title == null && !fromLabel && groups.size() == 1 && groups.get(0).end() <= date.start()
                && v.text.substring(groups.get(0).end(), date.start()).strip().equals("(")
                && v.lines.get(index).listItem()) {
            title = groups.remove(0); // "- Who Owns the Silt? (8 February 2024)": an item listed with its date
        }
        if (title == null && !fromLabel && groups.size() == 1 && v.isHeading(index) && date.start() <= body.start() + 1
                && NO_SESSION.matcher(v.text(groups.get(0))).find()) {
            return null; // "Tue 12/11 — No seminar (reading week)": a day of the series without a session
        }
        boolean dayFirstHeading = !fromLabel && v.isHeading(index) && date.start() <= body.start() + 2;
        if (title == null && dayFirstHeading && groups.size() == 1 && groups.get(0).start() >= date.end()
                && DAY_TITLE_SEPARATOR.matcher(v.text.substring(date.end(), groups.get(0).start())).matches()) {
            // only what follows the day after a dash or colon: not "Saturday 22 May, 10:00 · Meeting point: X"
            Span named = sectionTitle(v, groups.get(0));
            if (named != null) {
                groups.remove(0);
                title = named; // "## Mon 3/3 — Public hearing: “Title”": a section headed by its day and its meeting
            }
        }
        if (title == null && dayFirstHeading && groups.isEmpty() && typeSpan != null
                && OrganizerNames.wordList(type).size() >= 2) {
            // "## Fri 7/3 — Closing press conference": a meeting named by its kind alone
            title = Phrases.trimValue(v.text, Span.of(body.start() + typeSpan.start(), body.start() + typeSpan.end()));
        }
        boolean listed = v.lines.get(index).listItem() && date.start() <= v.lines.get(index).bodyStart() + 2;
        if (title == null && (groups.size() >= 2 || (listed && groups.size() == 1)) && !fromLabel
                && !Vocabulary.isCountry(lastPart(v.text(groups.get(0))))
                && (v.lines.get(index).listItem() || namesEvent(v.text(groups.get(0))))) {
            title = groups.remove(0); // a listing line: date | time | title | place
        }
        if (title == null && !fromLabel && groups.size() == 1 && datedHeadingTitle(v, index, date, body, groups.get(0))) {
            title = groups.remove(0); // "Tue 15/10 — Title of the talk": a series' session headed by its day
        }
        if (!groups.isEmpty() && !namesNoPlace(v.text(groups.get(0)))) {
            location = groups.get(0); // not "News | 3 December 2025", "Issue 12 | May 2025": a page's section or issue
        }
        return new DateLine(index, date, location, type, dayLabel, fromLabel, title, null, false);
    }

    /**
     * On a line that opens with its date, a quotation of two words or more after the date: curly or straight
     * double quotes, or single quotes that open after a non-letter and close before one (an apostrophe inside,
     * "Widows' petitions", does not close it). Null when there is none.
     */
    static Span quotedAfterLeadingDate(DocumentView v, int index, EventDate date, Span body) {
        if (date.start() > body.start() + 2 || date.end() >= body.end()) {
            return null;
        }
        String text = v.text;
        for (int i = date.end(); i < body.end(); i++) {
            char c = text.charAt(i);
            char close = c == '\u201C' ? '\u201D' : c == '"' ? '"' : c == '\u2018' ? '\u2019'
                    : c == '\'' && !Character.isLetter(text.charAt(i - 1)) ? '\'' : 0;
            if (close == 0) {
                continue;
            }
            int end;
            if (close == '\'' || close == '\u2019') {
                // the last closing single quote of the line: "'Widows' petitions and the language of need'"
                end = body.end() - 1;
                while (end > i && !(text.charAt(end) == close
                        && (end + 1 >= text.length() || !Character.isLetter(text.charAt(end + 1))))) {
                    end--;
                }
            } else {
                end = text.indexOf(close, i + 1);
            }
            if (end <= i || end >= body.end()) {
                return null;
            }
            Span q = Phrases.trim(text, Span.of(i + 1, end), " ,.");
            return Phrases.words(text, q).size() >= 2 ? q : null;
        }
        return null;
    }

    /** The part of a group before the speaker's name that follows a spaced dash, when it names a place; else null. */
    private static Span beforeSpeaker(DocumentView v, Span group) {
        String g = v.text(group);
        Matcher dash = SPACED_DASH.matcher(g);
        if (!dash.find()) {
            return null;
        }
        Span head = Phrases.trimValue(v.text, Span.of(group.start(), group.start() + dash.start()));
        for (String w : OrganizerNames.wordList(v.text(head))) {
            if (Vocabulary.isVenueWord(w)) {
                return head;
            }
        }
        return null;
    }

    private static final Pattern SPACED_DASH = Pattern.compile("\s[-\u2013\u2014]\s");

    /** Words that say a session does not take place ("No seminar (reading week)", "Cancelled"). */
    private static final Pattern NO_SESSION = Pattern.compile(
            "(?i)^(?:no\\s|cancel+ed\\b|postponed\\b|tba\\b|tbc\\b|to be (?:announced|confirmed)\\b|(?:reading|study|half-term)\\s+week\\b|(?:bank\\s+)?holiday\\b|break\\b)");
    /** Separators between a heading's day and its title: a dash, a colon, a bar. */
    private static final Pattern DAY_TITLE_SEPARATOR = Pattern.compile("^[\\s,]*[-\u2013\u2014:|]\\s*$");

    /**
     * A heading that opens with its day and names its event after a dash: "Tue 15/10 — Title of the talk",
     * "3 March: Title". The part after the date is the title when it reads like one: capitalised like a
     * heading, two words at least, no venue word (else it is the place: "12 May — Seminar Room 4"), and
     * no note that the session is off ("No seminar (reading week)").
     */
    private static boolean datedHeadingTitle(DocumentView v, int index, EventDate date, Span body, Span group) {
        if (!v.isHeading(index) || date.start() > body.start() + 1 || group.start() < date.end()
                || !DAY_TITLE_SEPARATOR.matcher(v.text.substring(date.end(), group.start())).matches()) {
            return false;
        }
        String text = v.text(group);
        List<String> words = OrganizerNames.wordList(text);
        if (words.size() < 2 || NO_SESSION.matcher(text).find()
                || !io.eventlens.extraction.layout.LayoutAnnotator.headingShape(text, true)) {
            return false;
        }
        for (String w : words) {
            if (Vocabulary.isVenueWord(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * What a heading names after its day: the quoted title in it ("Public hearing: “X”"), or the whole
     * of it when it names a gathering ("Closing press conference", "Launch of the report X"); null for a
     * place or anything else.
     */
    private static Span sectionTitle(DocumentView v, Span group) {
        String text = v.text(group);
        int open = text.indexOf('\u201C');
        int close = open < 0 ? -1 : text.indexOf('\u201D', open + 1);
        if (open < 0) {
            open = text.indexOf('"');
            close = open < 0 ? -1 : text.indexOf('"', open + 1);
        }
        if (close > open + 1) {
            Span quoted = Phrases.trim(v.text, Span.of(group.start() + open + 1, group.start() + close), " ,.");
            return Phrases.words(v.text, quoted).size() >= 2 ? quoted : null;
        }
        return namesEvent(text) && !Vocabulary.isCountry(lastPart(text)) ? group : null;
    }

    /** "Session 1 — Title (date)": the line lists one numbered session of a series. */
    static boolean numberedSession(DocumentView v, DateLine line) {
        return NUMBERED_SESSION.matcher(v.text(v.lines.get(line.line()).body())).find();
    }

    private static void addGroup(DocumentView v, Span body, List<Span> kept, List<Span> groups) {
        if (kept.isEmpty()) {
            return;
        }
        int from = body.start() + kept.get(0).start();
        int to = body.start() + kept.get(kept.size() - 1).end();
        if (!v.text.substring(from, to).isBlank()) {
            groups.add(Phrases.trimValue(v.text, Span.of(from, to)));
        }
    }

    private static String lastPart(String place) {
        int comma = place.lastIndexOf(',');
        return comma < 0 ? place : place.substring(comma + 1).strip();
    }

    private static boolean namesEvent(String text) {
        for (String w : OrganizerNames.wordList(text)) {
            if (Vocabulary.isEventNoun(w) && !Vocabulary.AMBIGUOUS_EVENT_NOUNS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Precompiled: String.matches compiles its pattern on every call. */
    private static final Pattern EVENT_QUALIFIER = Pattern.compile("\\d+(st|nd|rd|th)?|(?:pre|post)-[\\p{L}-]+|annual|technical|scientific|consultative|preparatory|thematic|joint|global|high-level|open|public|closed|private|informal|formal|expert|special|international|regional|national|hybrid|in-person"
            // access and format qualifiers of a kicker ("CLOSED-DOOR ROUNDTABLE", "INVITATION-ONLY BRIEFING", "BOOK LAUNCH")
            + "|closed-door|off-the-record|invitation-only|invite-only|by-invitation|members-only|ministerial|interactive|book|memorial|inaugural|keynote|guest");

    /** A word of three letters or more that is no date word: "Room 4" has one, "200PM" and "3 Wednesdays" have none. */
    static boolean hasNameWord(String value) {
        for (String w : value.split("[^\\p{L}]+")) {
            if (w.length() >= 3 && !DATE_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    static boolean eventTypeOnly(String value) {
        List<String> words = OrganizerNames.wordList(value);
        if (words.isEmpty() || words.size() > 4) {
            return false;
        }
        boolean noun = false;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (Vocabulary.isEventNoun(lower)) {
                noun = true;
            } else if (!Vocabulary.GENERIC_HEADING_WORDS.contains(lower) && !eventCompound(lower) && !EVENT_QUALIFIER.matcher(lower).matches()) {
                return false;
            }
        }
        return noun;
    }

    /** "eve-of-symposium", "end-of-conference": a compound that places an item relative to an event. */
    static boolean eventCompound(String word) {
        String[] parts = word.split("-");
        return parts.length >= 2 && Vocabulary.isEventNoun(parts[parts.length - 1]);
    }

    private static boolean onlineOnly(String lower) {
        for (String w : lower.split("[^\\p{L}]+")) {
            if (!w.isEmpty() && !Vocabulary.ONLINE_WORDS.contains(w) && !Vocabulary.isFunctionWord(w)
                    && !w.equals("only") && !w.equals("event") && !w.equals("via")) {
                return false;
            }
        }
        return true;
    }

    private static List<Span> split(CharSequence s, int from, int to, String separators) {
        List<Span> out = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            if (separators.indexOf(s.charAt(i)) >= 0) {
                out.add(Span.of(start, i));
                start = i + 1;
            }
        }
        out.add(Span.of(start, to));
        return out;
    }
}
