package io.eventlens.extraction.participant;

import io.eventlens.contract.ParticipantKind;
import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.entity.OrganizationNames;
import io.eventlens.extraction.entity.PersonMention;
import io.eventlens.extraction.event.ParticipantCandidate;
import io.eventlens.extraction.event.Slot;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the sightings of one region into participants: sightings of the same person become one
 * (same name; a single word equal to a word of a fuller name; same last word and
 * initial; one name ending the other), keeping the fullest name, the first role and affiliation
 * stated after a name (else before it), and the most specific kind.
 */
final class Merger {

    // precompiled: String.replaceAll, split and matches compile their pattern on every call
    private static final java.util.regex.Pattern EDGE_PUNCTUATION = java.util.regex.Pattern.compile("^[,;:\\s]+|[,;:\\s]+$");

    private final Document document;
    private final OrganizationNames organisations;
    private final List<String> conveners;

    Merger(Document document, OrganizationNames organisations, List<String> conveners) {
        this.document = document;
        this.organisations = organisations;
        this.conveners = conveners;
    }

    /** Lower is more specific: a host who also moderates is reported as host. */
    static int priority(ParticipantKind kind) {
        if (kind == null) {
            return 9;
        }
        return switch (kind) {
            case HOST -> 0;
            case KEYNOTE -> 1;
            case MODERATOR -> 2;
            case PANELIST -> 3;
            case SPEAKER -> 4;
            case OTHER -> 5;
        };
    }

    private static final class Person {
        final List<Sighting> sightings = new ArrayList<>();
        final java.util.Set<String> names = new java.util.LinkedHashSet<>();
        final int order;
        boolean withdrawn;

        Person(int order) {
            this.order = order;
        }
    }

    List<ParticipantCandidate> merge(List<Sighting> sightings) {
        List<Person> people = new ArrayList<>();
        // participants first, so that a mention of a non-participant never absorbs a participant
        for (Sighting s : sightings) {
            if (s.participant) {
                Person p = find(people, s.name());
                if (p == null) {
                    p = new Person(people.size());
                    people.add(p);
                }
                p.sightings.add(s);
                index(p, s.name());
            }
        }
        // other mentions of the same people lend their roles and affiliations; a word alone ("Lima")
        // may be something else that shares a surname, so only full names and honorifics lend
        for (Sighting s : sightings) {
            if (!s.participant && (s.name().indexOf(' ') > 0 || s.mention.honorific() != null)) {
                Person p = find(people, s.name());
                if (p != null) {
                    p.sightings.add(s);
                }
            }
        }
        for (Sighting s : sightings) {
            if (s.withdrawn) {
                Person p = find(people, s.name());
                if (p != null) {
                    p.withdrawn = true;
                }
            }
        }
        List<ParticipantCandidate> out = new ArrayList<>();
        for (Person p : people) {
            if (p.withdrawn) {
                continue;
            }
            p.sightings.sort(java.util.Comparator.comparingInt(s -> s.mention.start()));
            ParticipantCandidate c = candidate(p);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /** People by every word of each of their names, for finding the same person again. */
    private final java.util.Map<String, List<Person>> byWord = new java.util.HashMap<>();

    private Person find(List<Person> people, String name) {
        String nameKey = key(name);
        String[] words = nameKey.split(" ");
        Person found = null;
        for (String w : words) {
            for (Person p : byWord.getOrDefault(w, List.of())) {
                for (String known : p.names) {
                    if (sameKey(known, nameKey) && (found == null || p.order > found.order)) {
                        found = p;
                    }
                }
            }
        }
        return found;
    }

    private void index(Person p, String name) {
        String nameKey = key(name);
        if (!p.names.add(nameKey)) {
            return;
        }
        for (String w : nameKey.split(" ")) {
            List<Person> list = byWord.computeIfAbsent(w, k -> new ArrayList<>());
            if (!list.contains(p)) {
                list.add(p);
            }
        }
    }

    static boolean samePerson(String a, String b) {
        return sameKey(key(a), key(b));
    }

    /** {@link #samePerson} on names already reduced by {@link #key}. */
    static boolean sameKey(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        if (String.join(" ", x).equals(String.join(" ", y))) {
            return true;
        }
        if (x.length == 1 || y.length == 1) {
            String single = x.length == 1 ? x[0] : y[0];
            String[] full = x.length == 1 ? y : x;
            for (String word : full) {
                if (single.equals(word)) {
                    return true; // "Mr. Ekiru" of "Lokol Ekiru Ngasike": any of the names a person is called by
                }
            }
            return false;
        }
        if (x[x.length - 1].equals(y[y.length - 1]) && x[0].charAt(0) == y[0].charAt(0)) {
            return true;
        }
        return endsWith(x, y) || endsWith(y, x);
    }

    private static boolean endsWith(String[] longer, String[] shorter) {
        if (shorter.length >= longer.length || shorter.length < 2) {
            return false;
        }
        for (int i = 0; i < shorter.length; i++) {
            if (!longer[longer.length - shorter.length + i].equals(shorter[i])) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern NOT_NAME_CHARS = java.util.regex.Pattern.compile("[^\\p{L}' -]");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    static String key(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        s = NOT_NAME_CHARS.matcher(s.replace('\u2019', '\'').toLowerCase(Locale.ROOT)).replaceAll("").strip();
        return SPACES.matcher(s).replaceAll(" ");
    }

    private ParticipantCandidate candidate(Person p) {
        Sighting best = null;
        ParticipantKind kind = null;
        Span kindSpan = null;
        double confidence = 0;
        for (Sighting s : p.sightings) {
            if (!s.participant) {
                continue;
            }
            if (best == null || s.name().split(" ").length > best.name().split(" ").length) {
                best = s;
            }
            if (kind == null || priority(s.kind) < priority(kind)) {
                kind = s.kind;
                kindSpan = s.kindSpan;
            }
            confidence = Math.max(confidence, s.confidence);
        }
        if (best == null) {
            return null;
        }
        for (Sighting s : p.sightings) {
            // "Nadia will read": the person's fullest name, also from a mention that was no participation
            if (s.name().split(" ").length > best.name().split(" ").length) {
                best = s;
            }
        }
        Span role = first(p, true, false);
        Span organization = first(p, false, false);
        boolean writtenBefore = false;
        if (role == null) {
            role = first(p, true, true);
            writtenBefore = role != null;
        }
        if (organization == null) {
            organization = first(p, false, true);
        }
        if (role == null) {
            role = titleFromHonorific(p); // "Professor Halima Diop, Faculty of Law": the professor's title
        }
        String roleText = role == null ? null : clean(statedRole(p, role));
        if (writtenBefore && roleText != null) {
            roleText = singular(roleText); // "trainers Nermin Pal and Goran Sest": each is a trainer
        }
        if (roleText != null && isConvener(roleText) && priority(kind) > priority(ParticipantKind.HOST)) {
            kind = ParticipantKind.HOST;
        }
        PersonMention named = best.mention.name().indexOf(' ') < 0 ? fullNameElsewhere(best.mention) : best.mention;
        ParticipantCandidate c = new ParticipantCandidate(Slot.of(named.name(), named.nameSpan(), confidence));
        if (roleText != null && !roleText.isEmpty()) {
            c.role = Slot.of(roleText, role, confidence * 0.9);
        }
        if (organization != null) {
            String org = organisations.fullest(organization);
            if (!org.isEmpty()) {
                c.organization = Slot.of(org, organization, confidence * 0.85);
            }
        }
        c.kind = Slot.of(kind == null ? ParticipantKind.SPEAKER : kind, kindSpan, confidence * 0.8);
        return c;
    }

    /**
     * "Arancibia opened the session" where the document gave "Diego Arancibia" outside the region read: the one fuller
     * name in the whole document that the single word belongs to (its last word, else any word); else the mention itself.
     */
    private PersonMention fullNameElsewhere(PersonMention single) {
        String word = key(single.name());
        PersonMention bySurname = null;
        PersonMention byAnyWord = null;
        boolean surnameAmbiguous = false;
        boolean anyAmbiguous = false;
        for (PersonMention m : document.get(PersonMention.LAYER)) {
            String[] words = key(m.name()).split(" ");
            if (words.length < 2) {
                continue;
            }
            if (words[words.length - 1].equals(word)) {
                surnameAmbiguous |= bySurname != null && !key(bySurname.name()).equals(key(m.name()));
                bySurname = bySurname == null ? m : bySurname;
            }
            if (java.util.Arrays.asList(words).contains(word)) {
                anyAmbiguous |= byAnyWord != null && !key(byAnyWord.name()).equals(key(m.name()));
                byAnyWord = byAnyWord == null ? m : byAnyWord;
            }
        }
        if (bySurname != null) {
            return surnameAmbiguous ? single : bySurname;
        }
        return byAnyWord != null && !anyAmbiguous ? byAnyWord : single;
    }

    /** Honorifics that are also titles when written in full: "Professor", "Ambassador", "Judge"... */
    private static final java.util.Set<String> TITLE_HONORIFICS = java.util.Set.of("professor", "ambassador", "judge",
            "justice", "senator", "admiral", "bishop", "archbishop", "rabbi", "imam", "cardinal", "sheikh");

    /** Where the person's last honorific is written when it is a title written in full ("Professor"), or null. */
    private static Span titleFromHonorific(Person p) {
        for (Sighting s : p.sightings) {
            String h = s.mention.honorific();
            if (h == null) {
                continue;
            }
            String[] words = h.split(" ");
            int n = words.length;
            boolean emeritus = n >= 2 && words[n - 1].equals("Emeritus"); // "Professor Emeritus"
            String last = words[emeritus ? n - 2 : n - 1];
            if (TITLE_HONORIFICS.contains(last.toLowerCase(Locale.ROOT))) {
                int end = s.mention.start() + h.length();
                return Span.of(h.lastIndexOf(last) + s.mention.start(), end);
            }
        }
        return null;
    }

    /** "apprentices" to "apprentice", "volunteer fixers" to "volunteer fixer": a plural title shared by several people. */
    static String singular(String role) {
        if (role.contains(" of ") || role.contains(" for ") || role.contains(" in ") || role.contains(" on ")) {
            return role;
        }
        int space = role.lastIndexOf(' ');
        String last = role.substring(space + 1);
        if (last.length() <= 3 || !Character.isLowerCase(last.charAt(0)) || !last.endsWith("s") || last.endsWith("ss")
                || last.endsWith("us") || last.endsWith("is")) {
            return role;
        }
        String one;
        if (last.endsWith("ies")) {
            one = last.substring(0, last.length() - 3) + "y";
        } else if (last.endsWith("ches") || last.endsWith("shes") || last.endsWith("xes")) {
            one = last.substring(0, last.length() - 2);
        } else {
            one = last.substring(0, last.length() - 1);
        }
        return role.substring(0, space + 1) + one;
    }

    private boolean isConvener(String role) {
        String r = key(role);
        for (String convener : conveners) {
            String k = key(convener);
            if (!k.isEmpty() && (r.equals(k) || r.endsWith(" " + k))) {
                return true;
            }
        }
        return false;
    }

    /** The first role (or affiliation) stated after the name, or with {@code before} the first stated before it. */
    private static Span first(Person p, boolean role, boolean before) {
        for (Sighting s : p.sightings) {
            Span span = before ? (role ? s.preRole : s.preOrganization) : (role ? s.role : s.organization);
            if (span != null && span.length() > 0) {
                return span;
            }
        }
        return null;
    }

    /** The role's words: the span's text, or the position a verb states there ("chairs the board": "Chair of the board"). */
    private String statedRole(Person p, Span role) {
        for (Sighting s : p.sightings) {
            if (s.roleValue != null && role.equals(s.role)) {
                return s.roleValue;
            }
        }
        return document.text(role);
    }

    private static String clean(String role) {
        return EDGE_PUNCTUATION.matcher(SPACES.matcher(role.strip()).replaceAll(" ")).replaceAll("");
    }
}
