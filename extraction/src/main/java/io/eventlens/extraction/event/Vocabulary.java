package io.eventlens.extraction.event;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * General English words the event readers rely on: what names a gathering, what names a document
 * instead, which verbs introduce organisers, which words mark an organisation or a venue. No names
 * of any particular organisation, place or event belong here.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /** Nouns naming a gathering (singular, lower case). */
    static final Set<String> EVENT_NOUNS = words(
            "conference", "seminar", "workshop", "panel", "roundtable", "round-table", "meeting", "symposium", "forum",
            "dialogue", "dialog", "debate", "lecture", "talk", "webinar", "briefing", "launch", "summit", "colloquium",
            "consultation", "hearing", "session", "event", "meetup", "meet-up", "ceremony", "celebration", "screening",
            "reception", "dinner", "breakfast", "luncheon", "lunch", "exhibition", "festival", "fair", "course",
            "training", "masterclass", "hackathon", "retreat", "convening", "gathering", "commemoration", "concert",
            "discussion", "conversation", "presentation", "congress", "convention", "plenary", "tour", "evening",
            "webcast", "livestream", "teach-in", "defence", "defense", "viva", "slam", "supper", "swap", "townhall", "town-hall", "open-house", "expo", "vigil", "rally",
            "retreat", "bootcamp", "clinic", "party", "networking", "showcase", "assembly", "school", "exchange", "visit",
            "encounter");
    /** Event nouns that also name standing bodies ("the Forum", "the Assembly"): weak evidence of an event. */
    static final Set<String> AMBIGUOUS_EVENT_NOUNS = words("forum", "assembly", "congress", "school", "panel",
            "session", "course", "fair", "evening", "party", "clinic", "training", "tour", "convention", "exchange", "visit");
    /** Nouns naming a document or an abstraction that a quoted title may belong to instead of an event. */
    static final Set<String> NON_EVENT_NOUNS = words(
            "report", "book", "study", "paper", "article", "documentary", "film", "movie", "publication", "resolution",
            "declaration", "statement", "strategy", "plan", "poll", "survey", "project", "toolkit", "brief", "guide",
            "handbook", "volume", "album", "song", "poem", "essay", "chapter", "letter", "op-ed", "blog",
            "podcast", "episode", "exhibit", "video", "campaign", "initiative", "programme", "program", "policy",
            "law", "bill", "treaty", "convention-text", "newsletter", "memo", "note", "novel", "play", "website",
            "database", "map", "framework", "agenda", "manifesto", "charter", "recommendations", "principles",
            "speech", "address", "remarks", "question", "theme", "motto", "slogan", "title", "headline", "phrase",
            "words", "tweet", "message", "app", "course-book", "prize", "award");
    /** Verbs (inflected forms) whose subject or "by" agent organised the event. */
    static final Set<String> ORGANIZER_VERBS = words(
            "host", "hosts", "hosted", "hosting", "co-host", "co-hosts", "co-hosted", "co-hosting", "cohosted",
            "organize", "organizes", "organized", "organizing", "organise", "organises", "organised", "organising",
            "co-organize", "co-organized", "co-organise", "co-organised", "co-organizes", "co-organises",
            "convene", "convenes", "convened", "convening", "co-convene", "co-convened", "co-convenes",
            "hold", "holds", "held", "holding", "present", "presents", "presented", "presenting", "sponsor",
            "co-sponsored", "co-sponsor", "co-sponsors", "run", "runs", "ran", "running", "co-organising", "co-organizing", "stage", "stages", "staged", "launch",
            "launches", "launched", "invite", "invites", "invited", "inviting");
    /** Of {@link #ORGANIZER_VERBS}, those whose "by" agent is an organiser ("organised by X"). */
    static final Set<String> BY_ORGANIZER_VERBS = words(
            "hosted", "co-hosted", "cohosted", "organized", "organised", "co-organized", "co-organised", "convened",
            "co-convened", "presented", "held", "run", "staged", "arranged", "coordinated", "co-sponsored");
    /** Words that head or end an organisation's name ("... Institute", "University of ..."). */
    static final Set<String> ORGANIZATION_WORDS = words(
            "institute", "institution", "centre", "center", "foundation", "mission", "office", "university", "council",
            "association", "society", "group", "network", "coalition", "committee", "commission", "museum", "embassy",
            "ministry", "department", "school", "college", "academy", "hospital", "agency", "union", "federation",
            "forum", "lab", "laboratory", "labs", "platform", "initiative", "trust", "fund", "bank", "organization",
            "organisation", "faculty", "secretariat", "government", "parliament", "assembly", "authority", "board", "bureau",
            "corps", "service", "services", "panel", "alliance", "partnership", "consortium", "company", "inc",
            "ltd", "llc", "gmbh", "software", "press", "books", "publishers", "publishing", "editions", "review", "magazine", "observatory", "congress", "club",
            "chamber", "court", "tribunal", "league", "party", "church", "programme", "program", "project",
            "secretary-general", "presidency", "delegation", "directorate", "division", "unit", "team", "studio",
            "studios", "library", "archive", "archives", "gallery", "theatre", "theater", "orchestra", "choir",
            "cooperative", "guild", "circle", "collective", "movement", "watch", "times", "post", "journal",
            "news", "radio", "television", "tv", "broadcasting", "corporation", "systems", "technologies",
            "solutions", "consulting", "stiftung", "fondation", "fundación", "fundacion",
            "institut", "instituto", "istituto", "universität", "université", "universidad", "università",
            "ministerio", "ministère", "gesellschaft", "verein", "museo", "musée", "nations",
            "conference", "initiative", "hub", "caucus", "cluster", "working", "task", "force", "council's", "faculty",
            "polytechnic", "collaborative", "municipality", "county", "fellowship", "chapter", "house", "station",
            "conservatory", "seminary", "observatory", "registry", "directorate-general", "parliamentary", "senate",
            "cabinet", "administration", "commissariat", "foundation's", "co-op", "coop", "trustees", "friends");
    /** Words that mark a venue ("Congress Centre", "Room 4", "Palais des Nations"). */
    static final Set<String> VENUE_WORDS = words(
            "hall", "room", "auditorium", "theatre", "theater", "centre", "center", "house", "building", "palais",
            "palace", "headquarters", "hq", "campus", "premises", "hotel", "library", "museum", "gallery", "venue",
            "floor", "level", "suite", "chamber", "arena", "stadium", "park", "square", "street", "st", "avenue",
            "road", "rd", "residence", "embassy", "church", "cathedral", "castle", "villa", "pavilion", "lounge",
            "restaurant", "café", "cafe", "studio", "space", "forum", "court", "courtyard", "garden", "gardens",
            "club", "school", "university", "college", "institute", "hospital", "station", "terminal", "port",
            "harbour", "harbor", "lobby", "basement", "annex", "wing", "block", "tower", "plaza", "hub", "barn",
            "farm", "lodge", "inn", "bar", "pub", "cinema", "opera", "amphitheatre", "amphitheater", "atrium",
            "palácio", "palacio", "palazzo", "palau", "salle", "sala", "salon", "manor", "mansion", "auditorio", "auditório");
    /** Parts of a body that are named after the body they belong to ("Program at the X Centre", "Unit of the Y"). */
    static final Set<String> UNIT_WORDS = words("programme", "program", "project", "initiative", "unit", "department",
            "division", "section", "lab", "laboratory", "desk", "team", "chair", "clinic", "group", "observatory", "hub");
    /** Headings that organise a page rather than name an event. */
    static final Set<String> GENERIC_HEADING_WORDS = words(
            "programme", "program", "agenda", "schedule", "provisional", "preliminary", "tentative", "annotated", "speakers", "speaker", "panelists", "panellists",
            "background", "about", "contact", "contacts", "notes", "note", "information", "practical", "registration",
            "register", "overview", "details", "summary", "introduction", "day", "days", "invitation", "invitations",
            "final", "draft", "version", "updated", "update", "press", "release", "media", "advisory", "news", "immediate",
            "responses", "response", "moderator", "moderators", "participants", "venue", "location", "date", "dates",
            "time", "times", "organisers", "organizers", "partners", "sponsors", "resources", "documents", "photos",
            "gallery", "video", "recording", "recordings", "further", "more", "other", "next", "previous", "upcoming",
            "past", "events", "event", "getting", "there", "annual", "public", "special", "weekly", "monthly", "guest",
            "we", "our", "us", "you", "your", "i", "my", "did", "do", "does", "is", "are", "was", "were", "happened", "coming",
            "up", "ahead", "looking", "back", "new", "recent", "latest", "highlights", "month", "week", "year", "season", "directions", "faq", "tickets", "cost", "fees", "for",
            "delegations", "and", "the", "of", "a", "to", "in", "on", "with", "separate", "only", "series", "in-person",
            "online", "virtual", "hybrid", "pre-conference", "post-conference", "side", "opening", "closing",
            "welcome", "remarks", "keynote", "plenary", "parallel", "sessions", "session", "workshop", "workshops",
            "seminar", "seminars", "conference", "meeting", "meetings", "panel", "panels", "lecture", "lectures",
            "roundtable", "webinar", "webinars", "reception", "meetup", "meetups", "talk", "talks", "lecture-series", "dinner", "lunch", "break", "coffee", "networking",
            "report", "meeting-report", "bio", "bios", "biographies", "profile", "speaker's", "description",
            "highlights", "key", "takeaways", "outcomes", "conclusions", "recommendations", "context", "objectives",
            "purpose", "format", "rsvp", "access", "admission", "accessibility", "this", "what", "who", "where",
            "when", "why", "how", "to", "expect", "you", "need", "know", "all", "list", "schedule:", "livestream",
            "earlier", "later", "related", "materials", "steps", "also", "see", "archive", "archives", "forthcoming",
            "contact", "editors", "ends", "follow-up", "readings", "way", "forward", "reading", "slides", "links", "useful", "watch", "again");
    /** Time-zone abbreviations that follow a time ("12:00 PM ET"). */
    static final Pattern TIME_ZONE = Pattern.compile("^(?:[ECMP][SD]?T|UTC|GMT|CES?T|BST|IST|JST|EAT|WAT|CAT|SAST|AES?T|NZS?T)$");
    /** Words of place-free participation: such an event has no location. */
    static final Set<String> ONLINE_WORDS = words("online", "virtual", "virtually", "webinar", "zoom", "livestream",
            "webcast", "remote", "teams");

    static final Set<String> FUNCTION_WORDS = words(
            "a", "an", "the", "of", "to", "for", "and", "or", "in", "on", "at", "by", "with", "from", "as", "into",
            "about", "between", "vs", "via", "de", "du", "des", "la", "le", "les", "et", "y", "von", "van", "der",
            "den", "del", "della", "di", "da", "do", "dos", "das", "per", "&", "upon", "under", "over", "after",
            "before", "towards", "toward", "through", "within", "without", "across", "beyond", "amid", "among");

    private static final Set<String> COUNTRY_NAMES = countryNames();

    /** A set of words; repeats in the lists above are harmless. */
    static Set<String> words(String... words) {
        return Set.copyOf(new HashSet<>(java.util.Arrays.asList(words)));
    }

    static boolean isEventNoun(String word) {
        return EVENT_NOUNS.contains(singular(lower(word)));
    }

    static boolean isNonEventNoun(String word) {
        return NON_EVENT_NOUNS.contains(singular(lower(word)));
    }

    static boolean isOrganizationWord(String word) {
        String w = lower(word);
        return ORGANIZATION_WORDS.contains(w) || ORGANIZATION_WORDS.contains(singular(w));
    }

    static boolean isVenueWord(String word) {
        String w = lower(word);
        return VENUE_WORDS.contains(w) || VENUE_WORDS.contains(singular(w));
    }

    static boolean isUnitWord(String word) {
        String w = lower(word);
        return UNIT_WORDS.contains(w) || UNIT_WORDS.contains(singular(w));
    }

    static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(lower(word));
    }

    /** A country's English name as the JDK knows it ("Spain", "Denmark", "United States"). */
    static boolean isCountry(String phrase) {
        return COUNTRY_NAMES.contains(lower(phrase));
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    static String singular(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static Set<String> countryNames() {
        Set<String> names = new HashSet<>();
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (!name.isEmpty() && !name.equals(code)) {
                names.add(lower(name));
                if (name.contains(" & ")) {
                    names.add(lower(name.replace(" & ", " and ")));
                }
                int paren = name.indexOf(" (");
                if (paren > 0 && name.endsWith(")")) { // "Myanmar (Burma)"
                    names.add(lower(name.substring(0, paren)));
                    names.add(lower(name.substring(paren + 2, name.length() - 1)));
                }
                names.add(lower(name.replace('\u2019', '\'')));
            }
        }
        names.add("usa");
        names.add("uk");
        names.add("the united states");
        names.add("the netherlands");
        // official short names the JDK's English display names do not use
        names.addAll(java.util.List.of("cabo verde", "türkiye", "turkiye", "czech republic", "republic of korea",
                "the gambia", "the bahamas", "state of palestine", "palestine", "holy see", "ivory coast", "swaziland",
                "east timor", "republic of moldova", "russian federation", "viet nam", "lao pdr", "syrian arab republic"));
        return Set.copyOf(names);
    }
}
