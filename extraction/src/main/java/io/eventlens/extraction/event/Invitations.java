package io.eventlens.extraction.event;

import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who invites in an invitation letter: "The Ambassador of X and the Director of the Institute for Y have
 * the honour to invite you to ..." names the hosts as the subject of its invitation (office-holders stand
 * for their bodies), and the letterhead above the letter names them again ("EMBASSY OF X" / "INSTITUTE
 * FOR Y"). Both are the organisers of the event the letter invites to.
 */
final class Invitations {

    private Invitations() {
    }

    /** The writer invites: "have the honour to invite you", "cordially invite you", "invites you". */
    private static final Pattern INVITES = Pattern.compile(
            "(?i)\\b(?:invite|invites)\\s+you\\b");
    /** The inviters before the verb: "X and Y have the honour to invite", "X, together with Y, cordially invite". */
    private static final Pattern INVITERS = Pattern.compile(
            "(?i)\\s+(?:((?:have|has)\\s+the\\s+(?:honou?r|pleasure|privilege)\\s+(?:of\\s+inviting|to\\s+invite)"
                    + "|(?:are|is)\\s+(?:\\w+\\s+){0,2}(?:pleased|delighted|honou?red|happy)\\s+to\\s+invite)|(?:\\w+ly\\s+)?invites?)\\s+you\\b");
    /** A letter's salutation: "Dear colleagues,", "Excellency,", "Dear Madam, Dear Sir,". */
    private static final Pattern SALUTATION = Pattern.compile("(?i)(?:dear\\b|excellenc(?:y|ies)\\b|your\\s+excellenc|madam\\b|sir\\b)");
    /** "On behalf of X and Y, we invite you": the bodies the writer speaks for. */
    private static final Pattern BEHALF = Pattern.compile("(?i)on\\s+behalf\\s+of\\b");
    private static final Pattern LETTERHEAD_NOISE = Pattern.compile("[:@<>|\u2014\u2013]|\\s-\\s");
    private static final Pattern TRAILING_ACRONYM = Pattern.compile("\\s*\\(\\p{Lu}[\\p{Lu}\\d&-]{1,11}\\)$");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(?:on\\s+behalf\\s+of\\s+)?(?:the\\s+)?");
    private static final Pattern ROLE_OF = Pattern.compile("(?i)^(?:the\\s+)?[\\p{L} -]{2,60}?\\s+of\\s+(?:the\\s+)?");

    /** Sentences of a letter's opening looked at for its invitation. */
    private static final int OPENING_SENTENCES = 15;

    /** The opening's sentence that invites the reader ("... have the honour to invite you to ..."), or null. */
    static Sentence invitation(DocumentView v) {
        int n = 0;
        for (Sentence s : v.sentences) {
            if (s.tokenCount() < 6) {
                continue;
            }
            if (s.tokenCount() <= SentenceCues.MAX_SENTENCE_TOKENS && INVITES.matcher(v.text(s)).find()) {
                return s;
            }
            if (++n == OPENING_SENTENCES) {
                break;
            }
        }
        return null;
    }

    /**
     * Adds the inviting bodies to the event the invitation is about: the candidate whose text holds the
     * invitation sentence (the first such, a letter's main event).
     */
    static void addInviters(DocumentView v, List<EventCandidate> events) {
        Sentence invitation = invitation(v);
        if (invitation == null) {
            return;
        }
        for (EventCandidate c : events) {
            if (!c.textCovers(invitation.start())) {
                continue;
            }
            for (Slot<String> inviter : inviters(v, invitation)) {
                if (c.organizers.stream().noneMatch(o -> EventRecordAssembler.sameOrganization(o.value(), inviter.value()))) {
                    c.organizers.add(inviter);
                }
            }
            return;
        }
    }

    /**
     * Who invites in a letter: the organisations the inviting sentence names as its subject ("The Ambassador
     * of X and the Director of the Institute for Y have the honour to invite you": the Institute), and the
     * organisations of the letterhead, the short lines above the letter's first sentence ("EMBASSY OF X").
     */
    static List<Slot<String>> inviters(DocumentView v, Sentence invitation) {
        List<Slot<String>> out = new ArrayList<>();
        int firstLine = v.lineAt(invitation.start());
        int salutation = -1;
        for (int k = Math.max(0, firstLine - 4); k < firstLine; k++) {
            if (SALUTATION.matcher(v.text(v.lines.get(k).body())).lookingAt()) {
                salutation = k; // a letter: "Dear colleagues," or "Excellency," above its first paragraph
                break;
            }
        }
        for (int k = 0; k < salutation && k < 12; k++) {
            io.eventlens.extraction.layout.Line line = v.lines.get(k);
            Span body = Phrases.trimValue(v.text, line.body());
            if (v.labelOfLine[k] == null && !LETTERHEAD_NOISE.matcher(v.text(body)).find()) {
                addInviter(v, out, body, 0.7); // not "From: ...", "X — Members' Newsletter", "Home | Events"
            }
        }
        Matcher verb = INVITERS.matcher(v.text(invitation));
        if (verb.find() && (verb.group(1) != null || BEHALF.matcher(v.text(invitation)).lookingAt())) {
            int subjectEnd = invitation.start() + verb.start();
            for (Span part : subjectParts(v.text, invitation.start(), subjectEnd)) {
                Matcher article = LEADING_ARTICLE.matcher(v.text(part));
                if (article.find()) {
                    part = Span.of(part.start() + article.end(), part.end());
                }
                Matcher role = ROLE_OF.matcher(v.text(part));
                List<String> words = OrganizerNames.wordList(v.text(part));
                boolean office = !words.isEmpty() && io.eventlens.extraction.entity.Vocabulary.isRoleWord(words.get(0));
                if ((office || !OrganizerNames.looksLikeOrganization(v.text(part))) && role.find()) {
                    part = Span.of(part.start() + role.end(), part.end()); // "the Director of the Institute for Y"
                }
                addInviter(v, out, part, 0.7);
            }
        }
        return out;
    }

    private static final Pattern SUBJECT_JOINS = Pattern.compile(
            "\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s+together\\s+with\\s+|\\s*&\\s*");

    /** The parts of an inviting subject: "The Ambassador of X and the Director of Y" gives both. */
    private static List<Span> subjectParts(String text, int start, int end) {
        List<Span> parts = new ArrayList<>();
        if (end - start > 300) {
            return parts; // a long clause is no subject written out by an inviter
        }
        Matcher join = SUBJECT_JOINS.matcher(text).region(start, end);
        int from = start;
        while (join.find()) {
            if (join.group().strip().equals("and") && !startsAnotherParty(text.substring(join.end(), end))) {
                continue; // "the Institute for Privacy and Human Rights": one name
            }
            parts.add(Span.of(from, join.start()));
            from = join.end();
        }
        parts.add(Span.of(from, end));
        return parts;
    }

    /** After "and", another inviter: "the Director of ...", "the Embassy of ...", "Director ...". */
    private static boolean startsAnotherParty(String rest) {
        List<String> words = OrganizerNames.wordList(rest);
        return !words.isEmpty() && (words.get(0).equalsIgnoreCase("the")
                || io.eventlens.extraction.entity.Vocabulary.isRoleWord(words.get(0)));
    }

    private static void addInviter(DocumentView v, List<Slot<String>> out, Span body, double confidence) {
        String text = v.text(body);
        if (text.length() < 6 || text.length() > 120 || text.indexOf(',') >= 0 || text.chars().anyMatch(Character::isDigit)) {
            return;
        }
        Matcher acronym = TRAILING_ACRONYM.matcher(text);
        if (acronym.find()) {
            body = Span.of(body.start(), body.start() + acronym.start());
            text = text.substring(0, acronym.start());
        }
        String value = Phrases.allCaps(text) ? Phrases.titleCase(text) : Phrases.clean(text);
        if (!OrganizerNames.looksLikeOrganization(value)) {
            return;
        }
        for (Slot<String> o : out) {
            if (EventRecordAssembler.sameOrganization(o.value(), value)) {
                return;
            }
        }
        out.add(Slot.of(value, body, confidence));
    }

}
