package io.eventlens.extraction.event;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.language.LanguageAnnotator;
import io.eventlens.extraction.layout.Heading;
import io.eventlens.extraction.layout.LabeledLine;
import io.eventlens.extraction.pipeline.Annotator;
import io.eventlens.extraction.text.Sentence;
import java.util.List;

/**
 * Reads the one event of a press release, a news report or an event page that has no header block:
 * the event is what the lead paragraph is about. Its title is an "Event:" field, a quotation the lead
 * gives as the event's title ("a roundtable titled “...”"), the page's heading (not for news, whose
 * headline is a headline), or a capitalised event name in the lead ("the Regional Workshop on ...").
 * Its date is a "Date:" field or the lead's date of the event, never the dateline (relative dates
 * such as "yesterday" resolve against it). Runs only when no header announced the document's events.
 */
public final class LeadReader implements Annotator {

    public static final String READER = "lead";
    /** Sentences of the lead searched for the title and the date. */
    static final int LEAD_SENTENCES = 12;

    @Override
    public void annotate(Document document) {
        if (!LanguageAnnotator.readable(document)) {
            return;
        }
        List<EventCandidate> existing = document.get(EventCandidate.LAYER);
        int firstHeader = Integer.MAX_VALUE;
        for (EventCandidate c : existing) {
            if (c.reader().equals(HeaderReader.READER) && c.title != null
                    && c.confidence >= EventRecordAssembler.MIN_CONFIDENCE) {
                // a header the assembler will not use (an organisation masthead over a dateline) leaves the lead to read
                firstHeader = Math.min(firstHeader, c.start());
            }
        }
        DocumentView v = new DocumentView(document);
        if (v.sentences.isEmpty()) {
            return;
        }
        EventFields fields = new EventFields(v);
        boolean news = Datelines.isNews(v);
        // a release's or a report's lead names its event ("... will gather in Nairobi on March 3-4 for the Second
        // Forum on X"), and a later section ("Youth pre-forum") announces a side event under a header of its own:
        // the lead's event runs up to that section
        boolean beforeHeaders = firstHeader != Integer.MAX_VALUE;
        int limit = beforeHeaders ? firstHeader : v.text.length();
        if (beforeHeaders && !(news && namedBefore(v, fields, limit))) {
            return;
        }
        List<Sentence> lead = leadSentences(v);
        if (beforeHeaders) {
            lead = lead.stream().filter(s -> s.end() <= limit).toList();
        }
        EventCandidate c = new EventCandidate(0, limit, READER);
        Sentence titleSentence = null;
        String titleNoun = null;

        LabeledLine titleLabel = fields.label(0, v.lines.size() - 1, EventFields.TITLE_LABELS);
        if (titleLabel != null) {
            c.title = fields.title(titleLabel.value(), 0.9);
        }
        if (c.title == null) {
            for (Sentence s : lead) {
                List<SentenceCues.QuotedTitle> quoted = fields.cues().quotedTitles(s);
                if (!quoted.isEmpty()) {
                    c.title = fields.title(quoted.get(0).span(), 0.85);
                    titleSentence = s;
                    titleNoun = quoted.get(0).noun();
                    break;
                }
            }
        }
        Heading top = beforeHeaders ? null : topHeading(v);
        if (c.title == null && !news && top != null && top.fromMarkup()) {
            c.title = fields.title(v.lines.get(top.line()).body(), 0.8);
        }
        if (c.title == null) {
            for (Sentence s : lead.subList(0, Math.min(6, lead.size()))) {
                // "invite you to an expert roundtable on" + a title block: the title, not the kind of event
                Span name = fields.cues().invitedTitle(s);
                double confidence = 0.8;
                if (name == null) {
                    name = fields.cues().eventName(s);
                    confidence = 0.75;
                }
                if (name == null) {
                    // "we are delighted to invite you to an evening of Baltic music, to be held on ...": what
                    // the letter invites to, when it names the event with no capitalised name
                    name = fields.cues().invitedEvent(s);
                    confidence = 0.6;
                }
                if (name != null) {
                    c.title = fields.title(name, confidence);
                    titleSentence = s;
                    titleNoun = eventNounOf(v.text(name));
                    Span kind = titleNoun == null ? fields.cues().invitedEvent(s) : null;
                    if (kind != null) {
                        titleNoun = eventNounOf(v.text(kind)); // "an expert roundtable on" + its title: "the roundtable"
                    }
                    break;
                }
            }
        }
        if (c.title == null && top != null) {
            c.title = fields.title(v.lines.get(top.line()).body(), news ? 0.55 : 0.65);
        }
        if (c.title == null) {
            return;
        }
        if (top != null && namesADocument(v.text(v.lines.get(top.line()).body())) && c.title.confidence() < 0.85) {
            return; // "ANNUAL REPORT 2018-2019": a report, its dates are not an event's
        }

        EventDate date = null;
        LabeledLine dateLabel = fields.label(0, v.lines.size() - 1, java.util.Set.of("date", "dates", "when", "day"));
        if (dateLabel != null) {
            date = firstDate(v.datesIn(dateLabel));
        }
        if (date == null) {
            for (EventDate d : v.dates) {
                if (d.fromMarkup() && d.startDate() != null && !Datelines.isDocumentDate(v, d)) {
                    date = d;
                    break;
                }
            }
        }
        if (date == null) {
            date = leadDate(v, fields, lead, titleSentence, titleNoun);
        }
        date = closingDayOfARun(v, date, titleSentence);
        EventFields.setDates(c, date, date != null && date.relative() ? 0.85 : 0.95);
        if (c.startTime == null) {
            LabeledLine time = fields.label(0, v.lines.size() - 1, EventFields.TIME_LABELS);
            if (time != null) {
                for (EventDate t : v.datesIn(time)) {
                    if (t.startTime() != null) {
                        EventFields.setTimes(c, t, 0.9);
                        break;
                    }
                }
            }
        }

        List<Span> whole = List.of(Span.of(0, limit));
        LabeledLine place = fields.label(0, v.lines.size() - 1, EventFields.LOCATION_LABELS);
        if (place != null) {
            c.location = fields.locationOfLabel(place, 0.9);
        }
        if (c.location == null) {
            c.location = fields.locationInText(lead.isEmpty() ? whole : List.of(Span.of(lead.get(0).start(), lead.get(lead.size() - 1).end())));
        }
        LabeledLine organiser = fields.label(0, v.lines.size() - 1, EventFields.ORGANIZER_LABELS);
        if (organiser != null && !fields.startsWithPerson(organiser.value())) {
            boolean single = !organiser.key().endsWith("s") && !organiser.key().endsWith("by");
            c.organizers.addAll(fields.organizersOfLine(organiser.value(), single, 0.9));
        } else if (organiser != null && !fields.organizersBesidePeople(organiser.value(), 0.85).isEmpty()) {
            c.organizers.addAll(fields.organizersBesidePeople(organiser.value(), 0.85));
        } else {
            c.organizers.addAll(fields.organizersInText(whole, 0.7));
        }
        c.confidence = (date == null ? 0.45 : 0.75) * (fields.speaksOfAnEvent(whole) ? 1.0 : 0.6)
                + (c.title.confidence() >= 0.85 ? 0.1 : 0);
        List<EventCandidate> all = new java.util.ArrayList<>(existing);
        all.add(c);
        document.set(EventCandidate.LAYER, all);
    }

    /** The lead, before {@code limit}, names an event in its first sentences. */
    /** Sentences of a lead that may name its event: a blog post tells of the morning before it names the panel. */
    private static final int NAMING_SENTENCES = 5;

    static boolean namedBefore(DocumentView v, EventFields fields, int limit) {
        List<Sentence> lead = leadSentences(v);
        for (Sentence s : lead.subList(0, Math.min(NAMING_SENTENCES, lead.size()))) {
            if (s.end() <= limit && (fields.cues().eventName(s) != null || !fields.cues().quotedTitles(s).isEmpty())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern DAYS_LONG = java.util.regex.Pattern.compile(
            "(?i)\\b(two|three|four|five|2|3|4|5)-day\\b");
    private static final java.util.regex.Pattern CLOSED_ON = java.util.regex.Pattern.compile(
            "(?i)\\b(?:closed|ended|concluded|wrapped up|finished)\\s+(?:on\\s+)?$");

    /**
     * "a conference that closed on Tuesday" and "The two-day Conference on X": the day it closed is the
     * last of its days, and it opened the days before.
     */
    private static EventDate closingDayOfARun(DocumentView v, EventDate date, Sentence titleSentence) {
        if (date == null || date.isRange() || !date.hasDay() || titleSentence == null) {
            return date;
        }
        java.util.regex.Matcher days = DAYS_LONG.matcher(v.text(titleSentence));
        String before = v.text.substring(Math.max(0, date.start() - 40), date.start());
        if (!days.find() || !CLOSED_ON.matcher(before).find()) {
            return date;
        }
        int n = switch (days.group(1).toLowerCase(java.util.Locale.ROOT)) {
            case "two", "2" -> 2;
            case "three", "3" -> 3;
            case "four", "4" -> 4;
            default -> 5;
        };
        java.time.LocalDate last = java.time.LocalDate.parse(date.startDate());
        return new EventDate(date.start(), date.end(), last.minusDays(n - 1L).toString(), last.toString(), null, null,
                date.relative(), date.fromMarkup(), date.confidence());
    }

    /** The first sentences of running text (headings, labels and short lines skipped). */
    private static List<Sentence> leadSentences(DocumentView v) {
        List<Sentence> out = new java.util.ArrayList<>();
        for (Sentence s : v.sentences) {
            int line = v.lineAt(s.start());
            if (line >= 0 && (v.isHeading(line) || v.labelOfLine[line] != null) && s.tokenCount() < 12) {
                continue;
            }
            if (s.tokenCount() < 6) {
                continue;
            }
            out.add(s);
            if (out.size() == LEAD_SENTENCES) {
                break;
            }
        }
        return out;
    }

    /** A heading whose nouns name a document (a report, a statement) and no gathering. */
    private static boolean namesADocument(String heading) {
        boolean document = false;
        boolean organization = false;
        boolean complement = false;
        for (String w : OrganizerNames.wordList(heading)) {
            if (Vocabulary.isEventNoun(w)) {
                return false;
            }
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            if (Phrases.capitalised(w) && Vocabulary.isOrganizationWord(w) && !Vocabulary.isNonEventNoun(w)) {
                organization = true;
                complement = false;
            } else if (organization && (lower.equals("for") || lower.equals("of") || lower.equals("on"))) {
                complement = true;
            } else if (complement && Phrases.capitalised(w) && Vocabulary.isNonEventNoun(w)) {
                continue; // "INSTITUTE FOR MIGRATION POLICY": the policy is part of a body's name, not a document
            }
            document |= Phrases.capitalised(w) && Vocabulary.isNonEventNoun(w); // "ANNUAL REPORT", not "trade notes"
        }
        return document;
    }

    private static Heading topHeading(DocumentView v) {
        Heading best = null;
        for (Heading h : v.document.get(Heading.LAYER)) {
            if (HeaderReader.isGeneric(v, h.line())) {
                continue;
            }
            if (best == null || (h.fromMarkup() && (!best.fromMarkup() || h.level() < best.level()))) {
                best = h;
            }
        }
        return best;
    }

    private static EventDate firstDate(List<EventDate> dates) {
        for (EventDate d : dates) {
            if (d.startDate() != null) {
                return d;
            }
        }
        return null;
    }

    /**
     * The lead's date of the event: never a dateline. The title's sentence says it, unless it only
     * gives a relative day and a later sentence about "the workshop" gives a written date or range;
     * without a title sentence, the most specific date of the lead.
     */
    static EventDate leadDate(DocumentView v, EventFields fields, List<Sentence> lead, Sentence titleSentence, String noun) {
        if (titleSentence == null) {
            return bestDate(v, lead);
        }
        EventDate own = bestDate(v, List.of(titleSentence));
        Sentence goesOn = continuation(v, titleSentence);
        if (own == null && goesOn != null) {
            own = bestDate(v, List.of(goesOn)); // "... on" + a title block + "to be held on 22 October, from ..."
        }
        if (own != null && !own.relative()) {
            return own;
        }
        List<Sentence> aboutIt = new java.util.ArrayList<>();
        for (Sentence s : lead) {
            if (s != titleSentence && noun != null && mentions(v, s, noun) && fields.cues().quotedTitles(s).isEmpty()) {
                aboutIt.add(s);
            }
        }
        EventDate better = bestDate(v, aboutIt);
        if (better != null && !better.relative() && (own == null || better.covers(own.startDate()) || own.startDate() == null)) {
            return better;
        }
        return own != null ? own : bestDate(v, lead);
    }

    /**
     * The sentence after {@code s} when it goes on with it: a title block set off on lines of its own ends a
     * sentence, and the invitation goes on below it in lower case ("to be held on ...", "which will take place").
     */
    static Sentence continuation(DocumentView v, Sentence s) {
        int at = v.sentenceAt(s.start());
        if (at < 0 || at + 1 >= v.sentences.size()) {
            return null;
        }
        Sentence next = v.sentences.get(at + 1);
        String text = v.text(next);
        return !text.isEmpty() && Character.isLowerCase(text.charAt(0)) ? next : null;
    }

    /** "The workshop, held on ...": the sentence speaks of the event by its noun. */
    private static boolean mentions(DocumentView v, Sentence s, String noun) {
        String text = v.text(s).toLowerCase(java.util.Locale.ROOT);
        return text.contains("the " + noun) || text.contains("this " + noun);
    }

    private static String eventNounOf(String name) {
        for (String w : OrganizerNames.wordList(name)) {
            if (Vocabulary.isEventNoun(w)) {
                return Vocabulary.singular(w.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return null;
    }

    static EventDate bestDate(DocumentView v, List<Sentence> sentences) {
        EventDate best = null;
        int bestRank = 0;
        for (Sentence s : sentences) {
            v.document.checkDeadline();
            for (EventDate d : v.datesIn(s)) {
                if (d.startDate() == null || Datelines.isDocumentDate(v, d) || Datelines.isAnotherEventsDate(v, d)) {
                    continue;
                }
                int rank = d.isRange() && d.hasDay() ? 4 : d.hasDay() && !d.relative() ? 3 : d.hasDay() ? 2 : 1;
                if (rank > bestRank) {
                    best = d;
                    bestRank = rank;
                }
            }
        }
        return best;
    }
}
