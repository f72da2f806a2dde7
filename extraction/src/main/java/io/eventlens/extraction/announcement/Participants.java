package io.eventlens.extraction.announcement;

import io.eventlens.contract.ParticipantKind;
import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.event.ParticipantCandidate;
import io.eventlens.extraction.event.Slot;
import java.util.Set;

/**
 * Turns a found name into a participant: the name without honorific, and from the phrase after
 * it ("Ada Penhallow, Associate Professor, Lindqvist College") a role and an affiliation.
 */
final class Participants {

    static final Set<String> ROLE_WORDS = Set.of("professor", "director", "manager", "engineer", "president",
            "fellow", "scientist", "student", "candidate", "chair", "chairman", "chairwoman", "dean", "lecturer",
            "researcher", "head", "curator", "artist", "author", "editor", "founder", "officer", "chief", "partner",
            "consultant", "analyst", "architect", "economist", "member", "secretary", "coordinator", "administrator",
            "advisor", "adviser", "vice", "ceo", "cto", "postdoc", "instructor", "provost", "chancellor", "writer",
            "journalist", "commissioner", "specialist", "physician", "attorney", "lawyer", "designer", "leader");
    static final Set<String> ORG_WORDS = Set.of("university", "institute", "college", "school", "department",
            "dept", "laboratory", "laboratories", "labs", "lab", "corporation", "corp", "inc", "company", "center",
            "centre", "group", "foundation", "agency", "council", "association", "society", "hospital", "museum",
            "office", "division", "bureau", "ministry", "commission", "academy", "program", "clinic", "bank");

    /** Words before an affiliation: "of the Institute", "from Tarn College". */
    private static final String[] LEADS = {"of ", "from ", "at ", "the "};

    private Participants() {
    }

    static ParticipantCandidate of(String text, SpeakerFinder.Mention m, ParticipantKind kind) {
        Span name = Span.of(m.start(), m.end());
        ParticipantCandidate p = new ParticipantCandidate(Slot.of(Texts.fold(text, name), name, Math.min(0.95, m.score())));
        p.kind = Slot.of(kind, name, Math.min(0.9, m.score()));
        int s = m.afterStart();
        int e = m.afterEnd();
        // the phrase after the name: up to three comma-separated segments
        int segments = 0;
        int i = s;
        while (i < e && segments < 3) {
            char c = text.charAt(i);
            if (c == ',' || c == '(' || c == ')' || c == '-' || Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int j = i;
            while (j < e && text.charAt(j) != ',' && text.charAt(j) != '(' && text.charAt(j) != ')') {
                j++;
            }
            Span seg = Texts.trim(text, Span.of(i, j), ".;:-");
            String lower = text.substring(seg.start(), seg.end()).toLowerCase();
            for (String lead : LEADS) {
                if (lower.startsWith(lead)) {
                    seg = Texts.trim(text, Span.of(seg.start() + lead.length(), seg.end()), " ");
                    lower = text.substring(seg.start(), seg.end()).toLowerCase();
                }
            }
            if (seg.length() > 1 && seg.length() < 120) {
                if (p.role == null && containsWord(lower, ROLE_WORDS)) {
                    p.role = Slot.of(Texts.fold(text, seg), seg, 0.6);
                } else if (p.organization == null && (containsWord(lower, ORG_WORDS) || isAcronym(lower, text, seg))) {
                    p.organization = Slot.of(Texts.fold(text, seg), seg, 0.6);
                }
            }
            segments++;
            i = j;
        }
        return p;
    }

    private static boolean containsWord(String lower, Set<String> words) {
        for (String w : lower.split("[^a-z]+")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAcronym(String lower, String text, Span seg) {
        String s = text.substring(seg.start(), seg.end());
        return s.length() >= 2 && s.length() <= 6 && s.chars().allMatch(Character::isUpperCase);
    }
}
