package io.eventlens.extraction.announcement;

import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.ner.EntityMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds who gives an announced talk, from the cues of the genre: speaker fields ("Who:",
 * "Speaker:", "Presented by:"), phrases around a name ("a talk by X", "X will speak", "X, of Y,
 * will present"), a name alone on its line under the title, a name with an honorific, and the
 * subject line ("X Lecture", "Seminar/X/date"). Mentions of the same surname support each other;
 * people named as host, poster or contact are not speakers.
 */
final class SpeakerFinder {

    /** A speaker's name as found, with its cue's strength and the phrase after it (affiliation, role). */
    record Mention(int start, int end, double score, String cue, int afterStart, int afterEnd) implements Span {
    }

    /** Verbs that follow a speaker: "X will speak", "X, of Y, will present". */
    private static final Set<String> SPEAKING = Set.of("speak", "present", "talk", "discuss", "lecture", "give",
            "describe", "address", "deliver", "lead", "moderate", "show", "report", "review", "demonstrate",
            "explain", "examine", "explore", "outline", "argue", "share", "offer", "read", "introduce", "be");
    private static final Set<String> SPEAKING_NOW = Set.of("speaks", "presents", "talks", "discusses", "lectures",
            "describes", "addresses", "speaking", "presenting", "talking", "lecturing", "discussing");
    /** Words before a speaker: "a talk by X", "presents X", "featuring X". */
    private static final Set<String> BEFORE = Set.of("by", "presents", "present", "featuring", "features",
            "welcomes", "welcome", "announces", "hear", "introducing", "with");
    private static final Set<String> TALK_NOUNS = Set.of("talk", "lecture", "seminar", "presentation", "colloquium",
            "address", "keynote", "speech", "discussion", "lectures", "talks", "seminars", "workshop", "given",
            "presented", "delivered", "led", "hosted");
    private static final Set<String> NOT_SPEAKER_CUES = Set.of("contact", "call", "email", "e-mail", "mail", "send",
            "host", "hosted", "hosts", "arranged", "organized", "organised", "sponsored", "coordinator", "rsvp",
            "reply", "thanks", "questions", "posted", "forwarded", "contacting", "notify", "ask", "to");

    private static final Set<String> OTHERS = Set.of("others", "colleagues", "co-workers", "coworkers", "students",
            "collaborators", "friends", "guests");
    static final double PERSON_BONUS = 0.15;
    static final double NOT_PERSON_PENALTY = 0.0;

    private final TokenView t;
    private final NameShape names;
    private final Set<String> lowerWords = new HashSet<>();

    /** Per token: the statistical tagger's type for it (PER, ORG...), or null. */
    private final String[] entityType;

    SpeakerFinder(TokenView tokens) {
        this(tokens, List.of());
    }

    SpeakerFinder(TokenView tokens, List<EntityMention> entities) {
        this.t = tokens;
        this.names = new NameShape(tokens);
        this.entityType = new String[tokens.size()];
        for (EntityMention e : entities) {
            for (int k = tokens.firstAtOrAfter(e.start()); k < tokens.size() && tokens.start(k) < e.end(); k++) {
                entityType[k] = e.type();
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.word(i);
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !inAddress(tokens, i)) {
                lowerWords.add(w);
            }
        }
    }

    /** "penhallow@example.edu", "www.penhallow.org": a name in lower case inside an address is still a name. */
    private static boolean inAddress(TokenView t, int i) {
        int s = t.start(i);
        int e = t.end(i);
        String text = t.text;
        return s > 0 && (text.charAt(s - 1) == '@' || text.charAt(s - 1) == '.' || text.charAt(s - 1) == '/')
                || e < text.length() && (text.charAt(e) == '@' || text.charAt(e) == '.' && e + 1 < text.length()
                && Character.isLetter(text.charAt(e + 1)));
    }

    /** Names in a speaker field's value: "Ada Penhallow, Lindqvist College", "A and B". */
    List<Mention> fromField(Span value, double score) {
        List<Mention> out = new ArrayList<>();
        int from = t.firstAtOrAfter(value.start());
        int to = t.firstAtOrAfter(value.end());
        int lineEnd = from < t.size() ? Math.min(to, t.lineEnd(from)) : from;
        int i = from;
        while (i < lineEnd) {
            NameShape.Name name = names.at(i, lineEnd, allCapsLine(from, lineEnd));
            if (name == null) {
                break;
            }
            int after = skipDegrees(name.end(), lineEnd);
            out.add(mention(name, score, "field", after, lineEnd));
            // "A and B", "A, B and C", "A / B"
            int k = after;
            if (k < lineEnd && (t.is(k, "and") || t.is(k, "&") || t.is(k, "/") || t.is(k, ","))) {
                int next = t.is(k, ",") && t.is(k + 1, "and") ? k + 2 : k + 1;
                NameShape.Name other = names.at(next, lineEnd, allCapsLine(from, lineEnd));
                if (other != null && other.words() >= 2) {
                    i = next;
                    continue;
                }
            }
            break;
        }
        return out;
    }

    /** Name-shaped segments of a subject line: "Ada Penhallow Lecture", "Seminar/Ada Penhallow/May 3". */
    List<Mention> fromSubject(Span value) {
        List<Mention> out = new ArrayList<>();
        int from = t.firstAtOrAfter(value.start());
        int to = t.firstAtOrAfter(value.end());
        for (int i = from; i < to; i++) {
            boolean segmentStart = i == from || t.is(i - 1, "/") || t.is(i - 1, "-") || t.is(i - 1, ",")
                    || t.is(i - 1, ":") || t.is(i - 1, "--");
            if (!segmentStart) {
                continue;
            }
            NameShape.Name name = names.at(i, to, false);
            if (name == null || name.words() < 2 && !name.honorific()) {
                continue;
            }
            int e = name.end();
            boolean closes = e >= to || t.is(e, "/") || t.is(e, ",") || t.is(e, "-") || t.is(e, "--")
                    || t.is(e, "'s") && TALK_NOUNS.contains(t.lower(e + 1)) || TALK_NOUNS.contains(t.lower(e));
            if (closes) {
                out.add(mention(name, 0.45, "subject", e, e));
            }
        }
        return out;
    }

    /** Cues of the running text from token {@code from} on. */
    List<Mention> fromText(int from, int to) {
        List<Mention> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            t.tick(i);
            String w = t.word(i);
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                continue;
            }
            if (i > from && !t.startsLine(i) && !names.isHonorificAt(i) && (NameShape.isNameWord(t.word(i - 1), false)
                    || names.isHonorificAt(i - 1) || t.word(i - 1).length() == 1 && Character.isUpperCase(t.word(i - 1).charAt(0)))) {
                continue; // inside a name already tried
            }
            boolean lineStart = t.startsLine(i);
            int lineEnd = Math.min(to, t.lineEnd(i));
            NameShape.Name name = names.at(i, to, lineStart && allCapsLine(i, lineEnd));
            if (name == null) {
                continue;
            }
            double score = 0;
            String cue = null;
            int after = skipDegrees(name.end(), to);
            int afterEnd = appositionEnd(after, to);
            String before = t.lower(name.honorificStart() - 1);
            boolean inPhrase = before.equals("of") || before.equals("at") || before.equals("from") || before.equals("in");
            if (!inPhrase && (followedBySpeaking(afterEnd, to) || followedBySpeaking(after, to)
                    || coordinatedWithSpeaker(after, to, 3) || t.is(after, "'s") && TALK_NOUNS.contains(t.lower(after + 1))
                    || andOthers(after, to))) {
                score = 0.9;
                cue = "verb";
            } else if (precededByCue(name.honorificStart())) {
                score = 0.85;
                cue = "phrase";
            } else if (lineStart && standsAlone(after, lineEnd) && !listGoesOn(after, lineEnd)) {
                score = 0.6 + (name.honorific() || hasInitial(name) ? 0.1 : 0)
                        + (t.breaksAfter(i - 1) >= 2 || t.startsLine(i) && indented(i) ? 0.05 : 0)
                        + (affiliationLineFollows(lineEnd) ? 0.15 : 0)
                        - (titleGoesOn(i) ? 0.3 : 0)
                        - (nearTheEnd(lineEnd) ? 0.2 : 0);
                cue = "line";
            } else if (name.honorific()) {
                score = name.words() >= 2 ? 0.6 : 0.5;
                cue = "honorific";
            }
            if (cue == null) {
                continue;
            }
            if (!cue.equals("verb") && !cue.equals("phrase")) {
                score -= commonWordPenalty(name);
                score += taggerOpinion(name);
            }
            if (inPhrase && !cue.equals("phrase")) {
                score -= 0.2; // "the birthday of Dr. X", "U. of South Carolina"
            }
            if (precededByNonSpeakerCue(name.honorificStart())) {
                score -= 0.6;
                cue = "contact";
            }
            if (score > 0.3 || cue.equals("contact")) {
                out.add(mention(name, score, cue, after, cue.equals("verb") && afterEnd > after ? afterEnd : phraseEnd(after, lineEnd)));
            }
            i = name.end() - 1;
        }
        return out;
    }

    /**
     * Picks the speakers: mentions grouped by surname, each group scored by its best mention and
     * by how many different cues support it; returns the names of the best group and of other
     * groups found by an explicit cue as strong as it.
     */
    static List<Mention> choose(List<Mention> mentions, Set<String> excludedSurnames, TokenView t) {
        Map<String, List<Mention>> groups = new LinkedHashMap<>();
        for (Mention m : mentions) {
            String surname = surname(t, m);
            if (surname.isEmpty()) {
                continue;
            }
            groups.computeIfAbsent(surname, k -> new ArrayList<>()).add(m);
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Map.Entry<String, List<Mention>> e : groups.entrySet()) {
            double best = 0;
            Set<String> cues = new HashSet<>();
            boolean contact = false;
            for (Mention m : e.getValue()) {
                if (m.cue().equals("contact")) {
                    contact = true;
                    continue;
                }
                best = Math.max(best, m.score());
                cues.add(m.cue());
            }
            if (cues.isEmpty()) {
                continue;
            }
            double score = best + 0.12 * (cues.size() - 1) + 0.03 * Math.min(3, e.getValue().size() - 1);
            if ((excludedSurnames.contains(e.getKey()) || contact) && !cues.contains("field")) {
                score -= 0.5;
            }
            scores.put(e.getKey(), score);
        }
        String top = null;
        for (String k : scores.keySet()) {
            if (top == null || scores.get(k) > scores.get(top) + 1e-9
                    || Math.abs(scores.get(k) - scores.get(top)) <= 1e-9 && firstStart(groups.get(k)) < firstStart(groups.get(top))) {
                top = k;
            }
        }
        List<Mention> out = new ArrayList<>();
        if (top == null || scores.get(top) < 0.55) {
            return out;
        }
        Mention best = representative(groups.get(top), t);
        out.add(best);
        for (String k : scores.keySet()) {
            if (k.equals(top)) {
                continue;
            }
            Mention m = representative(groups.get(k), t);
            boolean explicit = m.cue().equals("field") || m.cue().equals("verb") || m.cue().equals("phrase");
            if (explicit && m.cue().equals(best.cue()) && scores.get(k) >= scores.get(top) - 0.15) {
                out.add(m);
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static int firstStart(List<Mention> group) {
        return group.stream().mapToInt(Mention::start).min().orElse(Integer.MAX_VALUE);
    }

    /** The mention that writes the name best: the strongest cue, then the fullest form. */
    private static Mention representative(List<Mention> group, TokenView t) {
        Mention best = null;
        for (Mention m : group) {
            if (m.cue().equals("contact")) {
                continue;
            }
            if (best == null || m.score() > best.score() + 0.2
                    || Math.abs(m.score() - best.score()) <= 0.2 && m.length() > best.length()) {
                best = m;
            }
        }
        return best;
    }

    static String surname(TokenView t, Mention m) {
        int i = t.firstAtOrAfter(m.end()) - 1;
        while (i >= 0 && t.start(i) >= m.start()) {
            String w = t.word(i);
            if (w.length() > 1 && !Words.GENERATIONAL.contains(Words.fold(w)) && Character.isLetter(w.charAt(0))) {
                return Words.fold(w);
            }
            i--;
        }
        return "";
    }

    /** Surnames of the names in a value (a "Host:" or "PostedBy:" field). */
    Set<String> surnamesIn(Span value) {
        Set<String> out = new HashSet<>();
        for (Mention m : fromField(value, 1)) {
            out.add(surname(t, m));
        }
        return out;
    }

    /** The phrase after a name ends with its sentence, its line, or after twelve tokens. */
    private int phraseEnd(int after, int lineEnd) {
        int k = after;
        while (k < lineEnd && k < after + 12 && !t.is(k, ".") && !t.is(k, ";") && !t.is(k, "!") && !t.is(k, "?")) {
            k++;
        }
        return k;
    }

    private Mention mention(NameShape.Name name, double score, String cue, int after, int afterEnd) {
        int afterStart = after < t.size() ? t.start(Math.min(after, t.size() - 1)) : t.text.length();
        int afterStop = afterEnd > after && afterEnd <= t.size() ? t.end(afterEnd - 1) : afterStart;
        return new Mention(t.start(name.start()), t.end(name.end() - 1), score, cue, afterStart, Math.max(afterStart, afterStop));
    }

    private int skipDegrees(int k, int to) {
        int j = k;
        while (j < to) {
            int d = t.is(j, ",") ? j + 1 : j;
            if (d < to && Words.DEGREES.contains(t.lower(d).replace(".", "")) && t.word(d).length() > 1) {
                j = d + 1;
                while (j < to && t.is(j, ".")) {
                    j++;
                }
            } else {
                break;
            }
        }
        return j;
    }

    /** After "X, Professor of Y at Z," the end of the apposition (its closing comma), else {@code after}. */
    private int appositionEnd(int after, int to) {
        if (!t.is(after, ",") && !t.is(after, "(") && !t.is(after, "of") && !t.is(after, "from")) {
            return after;
        }
        for (int k = after + 1, n = 0; k < to && n < 16; k++, n++) {
            String w = t.word(k);
            if (w.equals(".") && !(t.word(k - 1).length() <= 4 && Character.isUpperCase(t.word(k - 1).charAt(0)))
                    || w.equals(";")) {
                return after;
            }
            if (w.equals(",") || w.equals(")")) {
                return k + 1;
            }
            if (n > 0 && (t.is(k, "will") || t.is(k, "is"))) {
                return k;
            }
        }
        return after;
    }

    /** "A and B will speak", "A, B and C will speak": a name joined to a speaker's name by "and". */
    private boolean coordinatedWithSpeaker(int after, int to, int depth) {
        if (depth == 0 || after >= to || !(t.is(after, "and") || t.is(after, "&") || t.is(after, ","))) {
            return false;
        }
        int k = t.is(after, ",") && t.is(after + 1, "and") ? after + 2 : after + 1;
        NameShape.Name next = names.at(k, to, false);
        if (next == null) {
            return false;
        }
        int end = skipDegrees(next.end(), to);
        return followedBySpeaking(end, to) || followedBySpeaking(appositionEnd(end, to), to)
                || coordinatedWithSpeaker(end, to, depth - 1);
    }

    /** "X and others from Y will present", "X and colleagues will speak". */
    private boolean andOthers(int after, int to) {
        if (!t.is(after, "and") || !OTHERS.contains(t.lower(after + 1))) {
            return false;
        }
        return followedBySpeaking(after + 2, to) || followedBySpeaking(appositionEnd(after + 2, to), to);
    }

    private boolean followedBySpeaking(int k, int to) {
        if (k >= to) {
            return false;
        }
        String w = t.lower(k);
        if (SPEAKING_NOW.contains(w)) {
            return true;
        }
        if (w.equals("will") || w.equals("is") || w.equals("would")) {
            String v = t.lower(k + 1);
            if (v.equals("also")) {
                v = t.lower(k + 2);
            }
            if (v.equals("be")) {
                String v2 = t.lower(k + 2);
                return SPEAKING_NOW.contains(v2) || v2.equals("giving") || v2.equals("the")
                        && TALK_NOUNS.contains(t.lower(k + 4)) || v2.equals("moderating") || v2.equals("leading");
            }
            return SPEAKING.contains(v) || SPEAKING_NOW.contains(v) || v.equals("giving");
        }
        return false;
    }

    private boolean precededByCue(int i) {
        int p = i - 1;
        if (p < 0) {
            return false;
        }
        String w = t.lower(p);
        if (w.equals(":") && (t.lower(p - 1).startsWith("speaker") || t.is(p - 1, "by") || t.is(p - 1, "who"))) {
            return true;
        }
        if (w.equals("by")) {
            String v = t.lower(p - 1);
            return TALK_NOUNS.contains(v) || v.equals("given") || v.equals("presented") || t.lower(p - 2).equals("given");
        }
        if ((w.equals("is") || w.equals(":")) && t.is(p - 1, "name")) {
            return true; // "His name is X"
        }
        if (w.equals("is") || w.equals("be") || w.equals("are")) {
            return t.lower(p - 1).startsWith("speaker") || t.lower(p - 2).startsWith("speaker");
        }
        if (w.equals("artist") || w.equals("author") || w.equals("architect") || w.equals("speaker")) {
            return true;
        }
        return BEFORE.contains(w) && !w.equals("by") && !w.equals("with");
    }

    private boolean precededByNonSpeakerCue(int i) {
        for (int p = i - 1, n = 0; p >= 0 && n < 3 && t.breaksAfter(p) == 0; p--, n++) {
            String w = t.lower(p);
            if (w.equals(".") || w.equals(";") || TALK_NOUNS.contains(w)) {
                return false;
            }
            if (NOT_SPEAKER_CUES.contains(w) && !(w.equals("to") && n > 0)) {
                return !w.equals("to") || t.lower(p - 1).equals("send") || t.lower(p - 1).equals("mail")
                        || t.lower(p - 1).equals("reply") || t.lower(p - 1).equals("talk") || t.lower(p - 1).equals("speak");
            }
        }
        return false;
    }

    /** "Ada Penhallow, Rafe Quintal, and ..." is a list of names (authors, committee), not a speaker line. */
    private boolean listGoesOn(int after, int lineEnd) {
        if (after >= lineEnd || !t.is(after, ",")) {
            return false;
        }
        int k = t.is(after + 1, "and") ? after + 2 : after + 1;
        NameShape.Name next = names.at(k, lineEnd, false);
        return next != null && next.words() >= 2 && next.honorificStart() == k && !next.honorific();
    }

    /** After a name on its line: nothing, or an affiliation after a comma, a dash or a parenthesis. */
    private boolean standsAlone(int after, int lineEnd) {
        if (after >= lineEnd) {
            return true;
        }
        String w = t.word(after);
        int gapStart = after > 0 ? t.end(after - 1) : 0;
        String gap = t.text.substring(gapStart, Math.max(gapStart, t.start(after)));
        return w.equals(",") || w.equals("(") || w.equals("-") || w.equals("--") || w.equals("/")
                || gap.length() >= 3 || gap.indexOf('\t') >= 0; // a second column: "Ada Penhallow      ada@example.edu"
    }

    /** The next line names an organisation or a role: "Ada Penhallow" / "Lindqvist Ocean Institute". */
    private boolean affiliationLineFollows(int lineEnd) {
        if (lineEnd >= t.size() || t.breaksAfter(lineEnd - 1) > 2) {
            return false;
        }
        int end = t.lineEnd(lineEnd);
        for (int k = lineEnd; k < end && k < lineEnd + 10; k++) {
            String w = Words.fold(t.word(k));
            if (Participants.ORG_WORDS.contains(w) || Participants.ROLE_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A name line among the last lines of the text is a signature more often than a speaker. */
    private boolean nearTheEnd(int lineEnd) {
        int lines = 0;
        for (int k = lineEnd; k < t.size() && lines < 3; k = t.lineEnd(k)) {
            lines++;
        }
        return lines < 3;
    }

    /** The line before ends with a word that needs more ("SEMINAR SERIES ON" / "RATIONAL CHOICE"). */
    private boolean titleGoesOn(int i) {
        if (i == 0 || t.breaksAfter(i - 1) != 1) {
            return false;
        }
        String w = t.lower(i - 1);
        return w.equals("on") || w.equals("of") || w.equals("and") || w.equals("the") || w.equals("for")
                || w.equals("in") || w.equals("to") || w.equals("a") || w.equals("with") || w.equals(":")
                || w.equals("&");
    }

    private boolean indented(int i) {
        int s = t.start(i);
        return s > 0 && (t.text.charAt(s - 1) == ' ' || t.text.charAt(s - 1) == '\t');
    }

    private static boolean hasInitial(NameShape.Name name) {
        return name.words() > 2;
    }

    private boolean allCapsLine(int from, int to) {
        int letters = 0;
        for (int k = from; k < Math.min(to, from + 12); k++) {
            String w = t.word(k);
            for (int c = 0; c < w.length(); c++) {
                if (Character.isLowerCase(w.charAt(c))) {
                    return false;
                }
                letters += Character.isLetter(w.charAt(c)) ? 1 : 0;
            }
        }
        return letters > 3;
    }

    /** The statistical tagger's view of a name found by a weak cue: a person helps, an organisation or a place hurts. */
    private double taggerOpinion(NameShape.Name name) {
        boolean person = false;
        boolean other = false;
        for (int k = name.start(); k < name.end(); k++) {
            String type = entityType[k];
            person |= EntityMention.PERSON.equals(type);
            other |= type != null && !EntityMention.PERSON.equals(type);
        }
        return person ? PERSON_BONUS : other ? -NOT_PERSON_PENALTY : 0;
    }

    /** Capitalised words that the document also writes in lower case are words, not names ("Soft Matter"). */
    private double commonWordPenalty(NameShape.Name name) {
        int common = 0;
        int words = 0;
        for (int k = name.start(); k < name.end(); k++) {
            String w = t.word(k);
            if (w.length() < 2 || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            words++;
            if (lowerWords.contains(Words.fold(w))) {
                common++;
            }
        }
        return words == 0 ? 0 : 0.4 * common / words;
    }
}
