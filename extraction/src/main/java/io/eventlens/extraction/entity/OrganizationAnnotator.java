package io.eventlens.extraction.entity;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.pipeline.Annotator;
import io.eventlens.extraction.text.Sentence;
import io.eventlens.extraction.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds organisation mentions (needs {@link AcronymDefinition#LAYER}):
 * <ul>
 * <li>capitalised words around an organisation word, with "of / for / on / to / in / and / the"
 * inside when capitalised words follow ("Office of the High Commissioner for Human Rights",
 * "Permanent Mission of the Republic of Indonesia to the United Nations"); a second organisation
 * after "of" starts a mention of its own ("Geneva Human Rights Platform" of the "Geneva Academy");</li>
 * <li>long forms of acronym definitions, and every use of a defined acronym ("IPI's");</li>
 * <li>other all-capital tokens ("CNN", "OHCHR"), as weaker evidence.</li>
 * </ul>
 * Adds {@link OrganizationMention#LAYER}.
 */
public final class OrganizationAnnotator implements Annotator {

    // precompiled: String.replaceAll, split and matches compile their pattern on every call
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Lower-case words allowed inside a name when capitalised words follow them. */
    private static final Set<String> CONNECTORS = Set.of("of", "for", "on", "to", "in", "and", "the", "&", "de",
            "des", "du", "la", "le", "für", "del", "della", "di", "y", "et");

    /** Capitalised words that stop a name from growing leftwards. */
    private static final Set<String> LEFT_STOP = Set.of("the", "a", "an", "this", "that", "these", "those", "in",
            "on", "at", "for", "from", "by", "with", "of", "and", "or", "but", "as", "if", "when", "while", "after",
            "before", "its", "their", "his", "her", "our", "each", "every", "both", "senior", "junior", "deputy",
            "assistant", "associate", "acting", "interim", "former", "emeritus", "then", "dear", "contact", "where",
            "organiser", "organizer", "organised", "organized", "hosted", "convened", "sponsored", "supported",
            "see", "visit", "about", "join", "welcome", "register", "watch", "read", "click", "follow");

    /** Words of event names: an organisation name does not run on into them ("Panel Discussion"). */
    private static final Set<String> EVENT_WORDS = Set.of("discussion", "meeting", "dialogue", "workshop", "launch",
            "seminar", "lecture", "session", "anniversary", "debate", "roundtable", "briefing", "webinar", "summit",
            "symposium", "reception", "ceremony", "series", "evening", "breakfast", "lunch", "dinner", "report",
            "review", "conversation", "event", "events", "meetup", "talk", "talks");

    /** All-capital tokens that are not organisations. */
    private static final Set<String> NOT_ACRONYM = Set.of("AM", "PM", "ET", "EST", "EDT", "CET", "CEST", "GMT",
            "UTC", "RSVP", "TBA", "TBC", "TBD", "FAQ", "NOTE", "PS", "OK", "ID", "PDF", "URL", "USD", "EUR", "CEO",
            "CFO", "COO", "CTO", "MP", "MEP", "PHD", "MA", "MSC", "BA", "BSC", "II", "III", "IV", "VI", "VII",
            "VIII", "IX", "XI", "XII", "COVID-19", "HIV", "AIDS", "SDG", "SDGS", "Q&A", "R2P", "RTOP", "AI", "IT",
            "TV", "CV", "DC", "NYC", "A/V", "AV", "WIFI");

    @Override
    public void annotate(Document document) {
        String text = document.text();
        List<Token> tokens = document.get(Token.LAYER);
        String[] words = Words.of(text, tokens);
        List<AcronymDefinition> definitions = document.get(AcronymDefinition.LAYER);
        Map<String, AcronymDefinition> defined = new HashMap<>();
        for (AcronymDefinition d : definitions) {
            defined.putIfAbsent(d.acronym(), d);
        }
        List<OrganizationMention> found = new ArrayList<>();
        for (AcronymDefinition d : definitions) {
            if (Words.isCapitalised(d.longForm()) && !Places.isCountry(d.longForm())) {
                found.add(new OrganizationMention(d.longStart(), d.longEnd(), d.longForm(), OrganizationMention.Source.DEFINED, 0.9));
            }
        }
        int[] persons = PersonAnnotator.taggedPersons(document, tokens, PersonAnnotator.WEAK_STATISTICAL_CONFIDENCE);
        for (Sentence sentence : document.get(Sentence.LAYER)) {
            boolean shouting = isShouting(words, sentence);
            int i = sentence.firstToken();
            int floor = i; // names do not grow back into the name found before them
            while (i < sentence.endToken()) {
                String w = words[i];
                if (Words.isCapitalised(w) && Vocabulary.isOrganisationWord(w) && !shouting) {
                    int[] span = named(words, tokens, sentence, i, persons, floor);
                    if (span != null) {
                        found.add(mention(text, tokens, span[0], span[1], OrganizationMention.Source.NAMED, 0.8));
                        i = span[1];
                        floor = span[1];
                        continue;
                    }
                } else if (Words.isAcronym(w) && !shouting) {
                    AcronymDefinition d = defined.get(w);
                    if (d != null && d.start() != tokens.get(i).start()) {
                        found.add(mention(text, tokens, i, i + 1, OrganizationMention.Source.ACRONYM, 0.85));
                    } else if (d == null && Words.isAllCaps(w) && !NOT_ACRONYM.contains(w.toUpperCase(Locale.ROOT))
                            && !Places.isCountry(w) && !Vocabulary.isNeverName(w)) {
                        found.add(mention(text, tokens, i, i + 1, OrganizationMention.Source.UNDEFINED_ACRONYM, 0.4));
                    }
                }
                i++;
            }
            document.checkDeadline();
        }
        document.set(OrganizationMention.LAYER, withoutOverlaps(found));
    }

    /** Token range [start, end) of the name built around the organisation word at {@code anchor}, or null. */
    private static int[] named(String[] words, List<Token> tokens, Sentence sentence, int anchor, int[] persons, int floor) {
        int start = anchor;
        while (start > sentence.firstToken()) {
            if (extendsLeft(words[start - 1])) {
                start--;
            } else if (start - 2 >= sentence.firstToken() && (words[start - 1].equals("and") || words[start - 1].equals("&"))
                    && extendsLeft(words[start - 2]) && !Vocabulary.isOrganisationWord(words[start - 2])
                    && (start - 3 < sentence.firstToken() || !extendsLeft(words[start - 3]))) {
                start -= 2; // "Family and Children Services": one capitalised word joined by "and"
            } else if (start == anchor && start - 2 >= sentence.firstToken() && Words.isCapitalised(words[start - 1])
                    && Vocabulary.isRoleWord(words[start - 1]) && !Vocabulary.isRoleWord(words[start - 2])
                    && extendsLeft(words[start - 2])) {
                start -= 2; // "Nuuk Graduate School", "Lakeside Nurses Union": a role word naming the members
            } else if (start - 2 >= sentence.firstToken() && (words[start - 1].equals("\u2013") || words[start - 1].equals("/"))
                    && tokens.get(start - 2).end() == tokens.get(start - 1).start()
                    && tokens.get(start - 1).end() == tokens.get(start).start() && extendsLeft(words[start - 2])) {
                start -= 2; // "Swedish–Finnish Institute", "Asia/Pacific Centre": two names joined without spaces
            } else if (start - 2 >= sentence.firstToken() && insideWord(words[start - 1]) && extendsLeft(words[start - 2])) {
                start -= 2; // "Lagos Home Carers' Collective", "Northern Media Network": a common word inside the name
            } else if (start - 2 >= sentence.firstToken() && Words.isPossessive(words[start - 1])
                    && words[start - 1].length() == 1 && words[start - 2].endsWith("s") && extendsLeft(words[start - 2])) {
                start -= 2; // "Community Pharmacists' Forum"
            } else if (crossesOfLeft(words, sentence, start, floor)) {
                start -= 2; // "House of Lords Justice Committee", "Court of Appeal Bar Association": one name
            } else {
                break;
            }
        }
        int end = anchor + 1;
        boolean complement = false; // inside "for the Advancement of ..." after the head
        while (end < sentence.endToken()) {
            String w = words[end];
            if (Words.isCapitalised(w) && !Words.isPossessive(w)) {
                String lower = w.toLowerCase(Locale.ROOT);
                boolean period = end + 1 < sentence.endToken() && words[end + 1].equals(".");
                int afterTitle = end + (period ? 2 : 1);
                boolean nameFollows = afterTitle < sentence.endToken() && Words.isCapitalised(words[afterTitle]);
                // "Parliament for Mayuge" + "Dr. Harriet Lubega"; "Institute for Transitional Justice, who" keeps its "Justice"
                if (nameFollows && Honorifics.isHonorific(w, period)
                        || Honorifics.isHonorificBeforeFullName(w) && !Places.startsWithCountry(w + " " + (end + 1 < sentence.endToken() ? words[end + 1] : ""))) {
                    break; // "Parliament for Mayuge" + "Dr. Harriet Lubega"
                }
                if (complement && persons[end] > end && persons[end] <= sentence.endToken() && end > anchor + 2) {
                    break; // "Parliament for Kalangala East" + "Joseph Mukasa", where the tagger starts a person
                }
                // "Panel Discussion", "Institute Director": event and role words end a name, except in its
                // complement ("Office of the High Commissioner", "Centre for ... Global Dialogue")
                if (!complement && (EVENT_WORDS.contains(lower) || Vocabulary.endsName(w) && !Vocabulary.isOrganisationWord(w))
                        || isMonthOrDay(lower)) {
                    break;
                }
                end++;
                continue;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (!CONNECTORS.contains(lower)) {
                break;
            }
            // a connector joins only when capitalised words follow (possibly after "the")
            int next = end + 1;
            while (next < sentence.endToken() && (words[next].equals("the") || words[next].equals("la") || words[next].equals("l'"))) {
                next++;
            }
            if (next >= sentence.endToken() || !Words.isCapitalised(words[next]) || isMonthOrDay(words[next].toLowerCase(Locale.ROOT))) {
                break;
            }
            if (lower.equals("and") && (!complement || startsAnotherOrganisation(words, sentence, next))) {
                break; // "Hacettepe University and the University for Peace" are two
            }
            if ((lower.equals("of") || lower.equals("in") || lower.equals("to")) && startsAnotherOrganisation(words, sentence, next)) {
                break; // "Platform of the Geneva Academy", "Division of the UN DPKO/DFS"
            }
            if (!lower.equals("and") && !lower.equals("&")) {
                complement = true;
            }
            end = next;
        }
        if (end - start < 2) {
            return null;
        }
        if (end - start == 2 && Words.isAcronym(words[start]) && end < sentence.endToken() && Vocabulary.isRoleWord(words[end])) {
            return null; // "PCMA Board member", "MDCP Programme Manager": the acronym is the organisation, the rest a role
        }
        return new int[] {start, end};
    }

    /**
     * A name grown left up to a bare "of" goes on over it when a capitalised word that names a body stands
     * before it ("House of Lords Justice Committee", "Council of Europe Commissioner for Human Rights' Office"):
     * an organisation word, or a capitalised word after "the" or starting the sentence. A role word ("Clerk of
     * Lords Committee"), an event word ("Report of ..."), "of the" ("Platform of the Geneva Academy") and a
     * name found just before stop it.
     */
    private static boolean crossesOfLeft(String[] words, Sentence sentence, int start, int floor) {
        int of = start - 1;
        int head = start - 2;
        if (head < Math.max(floor, sentence.firstToken()) || !words[of].equals("of")) {
            return false;
        }
        String w = words[head];
        if (!extendsLeft(w) || Words.isAcronym(w) || EVENT_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (Vocabulary.isOrganisationWord(w)) {
            return true;
        }
        return head == sentence.firstToken() || head - 1 >= floor && words[head - 1].equalsIgnoreCase("the");
    }

    private static boolean extendsLeft(String w) {
        if (!Words.isCapitalised(w) || Words.isPossessive(w)) {
            return w.equals("&");
        }
        String lower = w.toLowerCase(Locale.ROOT);
        return !LEFT_STOP.contains(lower) && !isMonthOrDay(lower) && !Vocabulary.isRoleWord(w)
                && !Honorifics.isHonorific(w, false) && !(Vocabulary.isNeverName(w) && !isNameModifier(lower));
    }

    /** Words of labels, schedules and time that do not stand inside an organisation's name. */
    private static final Set<String> NOT_INSIDE = Set.of("today", "tomorrow", "yesterday", "tonight", "please", "note",
            "notes", "also", "then", "registration", "lunch", "break", "coffee", "dinner", "welcome", "opening", "closing",
            "remarks", "keynote", "panel", "panelists", "panellists", "speakers", "speaker", "moderator", "moderators",
            "chair", "chairs", "agenda", "date", "time", "location", "venue", "place", "doors", "drinks", "food",
            "questions", "answers", "summary", "overview", "background", "introduction", "conclusion", "read", "see",
            "watch", "click", "join", "follow", "share", "subscribe", "dear", "hello", "thanks", "thank", "yes", "not");

    /**
     * A capitalised common word ("Home", "News", "Street") that stops a name growing leftwards when it would begin
     * it, but belongs to the name when a name word stands before it.
     */
    private static boolean insideWord(String w) {
        if (!Words.isCapitalised(w) || Words.isPossessive(w) || !Vocabulary.isNeverName(w)) {
            return false;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        return !LEFT_STOP.contains(lower) && !isMonthOrDay(lower) && !EVENT_WORDS.contains(lower) && !NOT_INSIDE.contains(lower)
                && !Vocabulary.isRoleWord(w) && !Honorifics.isHonorific(w, false) && lower.length() > 2;
    }

    /** Capitalised adjectives that commonly begin organisation names although they never begin a person's. */
    private static boolean isNameModifier(String lower) {
        return switch (lower) {
            case "international", "national", "regional", "global", "united", "nations", "states", "world", "human",
                    "rights", "general", "special", "high", "level", "north", "south", "east", "northern", "southern",
                    "eastern", "western", "central", "public", "private", "new", "annual", "conference", "forum",
                    "press", "media", "free", "online", "live", "un", "us", "eu", "uk", "usa" -> true;
            default -> false;
        };
    }

    /** The words from {@code from} begin an organisation of their own: an acronym or a name with its own organisation word. */
    private static boolean startsAnotherOrganisation(String[] words, Sentence sentence, int from) {
        if (Words.isAllCaps(words[from])) {
            return true;
        }
        for (int k = from; k < sentence.endToken() && k < from + 6; k++) {
            String w = words[k];
            if (!Words.isCapitalised(w)) {
                return false;
            }
            if (Vocabulary.isOrganisationWord(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMonthOrDay(String lower) {
        return switch (lower) {
            case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                    "sunday" -> true;
            default -> false;
        };
    }

    /** A line written in capitals ("PANEL OF EXPERTS") says nothing about names. */
    private static boolean isShouting(String[] words, Sentence sentence) {
        int caps = 0;
        int letters = 0;
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            String w = words[i];
            if (Character.isLetter(w.charAt(0))) {
                letters++;
                if (Words.isAllCaps(w) || w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
                    caps++;
                }
            }
        }
        return letters >= 3 && caps * 10 >= letters * 8;
    }

    private static OrganizationMention mention(String text, List<Token> tokens, int first, int end,
            OrganizationMention.Source source, double confidence) {
        int start = tokens.get(first).start();
        int stop = tokens.get(end - 1).end();
        return new OrganizationMention(start, stop, SPACES.matcher(text.substring(start, stop)).replaceAll(" "), source, confidence);
    }

    /** Keeps the longer of two overlapping mentions (a definition's long form over a name found inside it). */
    static List<OrganizationMention> withoutOverlaps(List<OrganizationMention> found) {
        List<OrganizationMention> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(OrganizationMention::start));
        List<OrganizationMention> kept = new ArrayList<>();
        for (OrganizationMention m : sorted) {
            OrganizationMention last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && last.overlaps(m)) {
                if (m.length() > last.length()) {
                    kept.set(kept.size() - 1, m);
                }
            } else {
                kept.add(m);
            }
        }
        return kept;
    }
}
