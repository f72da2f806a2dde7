package io.eventlens.extraction.event;

import io.eventlens.extraction.announcement.AnnouncementReader;
import io.eventlens.extraction.document.Document;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seminar mail announces this week's talk and then lists the series' next talks ("Coming up:", "Also in
 * the series this term (same time and place):"). The listed talks belong to the same series: the
 * organisers of the announced talk hold them too, unless a talk names its own, and when the mail says
 * so they share its time and place.
 */
final class SeriesMessages {

    private SeriesMessages() {
    }

    /**
     * Both on one stated day: the body's account of the announced talk itself (a seminar mail's header fields and
     * its prose), not a further talk of the series, which is on a day of its own. Month and day are compared,
     * so that a year resolved differently in one of the two ("Friday, March 17" in the prose) does not make
     * them two talks.
     */
    private static boolean sameDay(EventCandidate a, EventCandidate b) {
        return a.startDate != null && b.startDate != null && monthDay(a.startDate.value()).equals(monthDay(b.startDate.value()));
    }

    /** "MM-DD" of an ISO date, the value itself when it has no day. */
    private static String monthDay(String isoDate) {
        return isoDate.length() == 10 ? isoDate.substring(5) : isoDate;
    }

    /** "same time and place", "same venue", "same room and time": the listed talks share the first one's. */
    private static final Pattern SAME = Pattern.compile(
            "(?i)\\bsame\\s+(time|place|venue|room|location)(?:\\s*(?:and|&|,)\\s*(time|place|venue|room|location))?\\b");

    static void inherit(Document document, List<EventCandidate> events) {
        if (events.size() < 2 || !AnnouncementReader.isMessage(document)) {
            return;
        }
        EventCandidate announced = null;
        for (EventCandidate c : events) {
            if (AnnouncementReader.READER.equals(c.reader())) {
                announced = c;
                break;
            }
        }
        if (announced == null || announced.title == null || announced.title.span() == null) {
            return;
        }
        boolean sameTime = false;
        boolean samePlace = false;
        Matcher same = SAME.matcher(document.text());
        while (same.find()) {
            for (int g = 1; g <= 2; g++) {
                String w = same.group(g);
                if (w != null) {
                    sameTime |= w.equalsIgnoreCase("time");
                    samePlace |= !w.equalsIgnoreCase("time");
                }
            }
        }
        int announcedAt = announced.title.span().start();
        if (announced.organizers.isEmpty()) {
            // the announced talk's mail names no organiser, the listed ones got the sender's: the series is the sender's
            for (EventCandidate c : events) {
                if (c != announced && !c.organizers.isEmpty()) {
                    announced.organizers.addAll(c.organizers);
                    break;
                }
            }
        }
        if (announced.location != null && announced.location.span() != null) {
            // a place read from a listed talk's line is that talk's; the mail's default place ("All talks are in X")
            // stands before the announced talk
            for (EventCandidate c : events) {
                if (announced.location != null && c != announced && c.title != null && c.title.span() != null
                        && c.title.span().start() > announcedAt && !sameDay(c, announced)
                        && c.textCovers(announced.location.span().start())) {
                    announced.location = null;
                }
            }
            for (EventCandidate c : events) {
                if (announced.location == null && c != announced && c.location != null && c.location.span() != null
                        && c.location.span().start() < announcedAt) {
                    announced.location = c.location;
                }
            }
        }
        for (EventCandidate c : events) {
            if (c == announced || c.title == null || c.title.span() == null || c.title.span().start() <= announcedAt) {
                continue;
            }
            boolean stated = false;
            for (Slot<String> o : c.organizers) {
                stated |= o.confidence() > Publisher.CONFIDENCE && !MailHeaders.isHeaderValue(o.value());
            }
            if (!stated && !announced.organizers.isEmpty()) {
                c.organizers.clear();
                for (Slot<String> o : announced.organizers) {
                    c.organizers.add(Slot.of(o.value(), o.span(), o.confidence() * 0.8));
                }
            }
            if (samePlace && c.location == null) {
                c.location = announced.location;
            }
            if (sameTime && c.startTime == null && announced.startTime != null) {
                c.startTime = announced.startTime;
                c.endTime = announced.endTime;
            }
        }
    }
}
