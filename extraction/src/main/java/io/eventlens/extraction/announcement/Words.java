package io.eventlens.extraction.announcement;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Small general vocabularies of English announcements: calendar words, honorifics, degrees,
 * words that head a building or a room, words that mark organisations or events. Nothing here
 * names a particular person, building or organisation.
 */
final class Words {

    private Words() {
    }

    static final Set<String> MONTHS = set("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");

    static final Set<String> WEEKDAYS = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "today",
            "tomorrow", "tonight", "noon", "midnight");

    /** Titles written before a name; dropped from participant names. */
    static final Set<String> HONORIFICS = set("dr", "prof", "professor", "professors", "mr", "mrs", "ms", "miss",
            "sir", "rev", "reverend", "president", "chancellor", "provost", "dame", "lord", "lady", "hon",
            "judge", "justice", "senator", "sen", "rep", "representative", "gov", "governor", "ambassador", "amb",
            "mayor", "father", "fr", "sister", "brother", "rabbi", "capt", "captain", "col", "colonel", "gen",
            "general", "lt", "major", "admiral", "commissioner", "secretary", "minister", "his", "her",
            "excellency", "excellencies", "he", "she");

    /** Words that may stand before an honorific: "Assistant Professor", "Visiting Prof.". */
    static final Set<String> HONORIFIC_PREFIXES = set("assistant", "asst", "associate", "assoc", "adjunct",
            "visiting", "emeritus", "distinguished", "research");

    /** Degrees and other letters written after a name; dropped from participant names. */
    static final Set<String> DEGREES = set("phd", "ph.d", "ph.d.", "ph", "md", "m.d", "m.d.", "mba", "jd", "j.d",
            "dsc", "d.sc", "scd", "sc.d", "msc", "ms", "m.s", "ma", "m.a", "bs", "b.s", "ba", "b.a", "pe", "p.e",
            "rn", "mph", "dphil", "edd", "ed.d", "faia", "aia", "esq", "cpa", "frs", "d", "m");

    static final Set<String> GENERATIONAL = set("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    /** Words that head the name of a building, a room or an address ("Larkspur Hall", "Seminar Room"). */
    static final Set<String> PLACE_HEADS = set("hall", "building", "bldg", "center", "centre", "auditorium",
            "lounge", "library", "ballroom", "theater", "theatre", "chapel", "tower", "quad", "quadrangle", "lab",
            "laboratory", "labs", "wing", "annex", "annexe", "pavilion", "gym", "gymnasium", "museum", "union",
            "club", "hotel", "inn", "arena", "stadium", "studio", "gallery", "cafe", "cafeteria", "church", "house",
            "room", "commons", "atrium", "courtyard", "plaza", "street", "avenue", "ave", "blvd", "boulevard",
            "road", "drive", "lane", "square", "suite", "floor", "basement", "rotunda", "amphitheater",
            "amphitheatre", "hallway", "lobby", "foyer", "conservatory", "observatory", "cinema", "arcade",
            "campus", "quadrangle", "chamber", "chambers", "classroom", "boardroom",
            // head words of venue names in other languages, which usually come first ("Aula Magna", "Salle 204")
            "aula", "salle", "sala", "saal", "hörsaal", "palais", "palazzo", "palácio", "palacio", "casa", "maison",
            "teatro", "théâtre", "biblioteca", "bibliothèque", "museo", "musée", "auditorio", "auditório",
            "amphithéâtre", "amphi", "hôtel");

    /** Heads that open a venue's name rather than close it: "Aula Magna", "Salle Pierre Mendès", "Hotel Europa". */
    static final Set<String> LEADING_HEADS = set("aula", "salle", "sala", "saal", "hörsaal", "palais", "palazzo", "palácio",
            "palacio", "casa", "maison", "teatro", "théâtre", "biblioteca", "bibliothèque", "museo", "musée", "auditorio",
            "auditório", "amphithéâtre", "amphi", "hôtel", "hotel");

    /** Words that introduce a room number ("Room 12", "Rm. 4B"). */
    static final Set<String> ROOM_WORDS = set("room", "rm", "rooms", "suite", "ste", "office");

    /** Lower-case words that may sit inside a place name before its head ("EPP conference room"). */
    static final Set<String> PLACE_MODIFIERS = set("conference", "seminar", "lecture", "meeting", "reading",
            "dining", "class", "board", "computer", "main", "large", "small", "new", "old", "student", "faculty",
            "common", "multipurpose", "multi-purpose", "graduate", "staff", "red", "blue", "green", "general",
            "purpose", "media", "music", "recital", "east", "west", "north", "south", "upper", "lower", "ground",
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "top", "executive", "research", "private", "demo", "demonstration", "hearing", "banquet", "function");

    /** Words that make a capitalised phrase an organisation, an event or a document rather than a person. */
    static final Set<String> NOT_NAME_WORDS = set(
            // organisations
            "university", "univ", "institute", "institution", "department", "dept", "school", "college",
            "center", "centre", "laboratory", "laboratories", "lab", "labs", "corporation", "corp", "inc",
            "company", "co", "group", "society", "association", "council", "foundation", "program", "programme",
            "project", "office", "agency", "bureau", "division", "committee", "board", "commission", "ministry",
            "academy", "faculty", "club", "team", "network", "systems", "technologies", "technology", "research",
            "sciences", "science", "engineering", "international", "national", "federal", "american", "state",
            "government", "services", "service", "industries", "partners", "press", "news", "bank", "fund",
            "alliance", "union", "league", "federation", "organization", "organisation", "graduate", "studies",
            // events and documents
            "seminar", "seminars", "lecture", "lectures", "talk", "talks", "colloquium", "colloquia", "workshop",
            "series", "symposium", "meeting", "conference", "presentation", "forum", "discussion", "panel",
            "session", "reception", "lunch", "luncheon", "dinner", "breakfast", "coffee", "refreshments",
            "course", "class", "tutorial", "demo", "abstract", "title", "topic", "speaker", "speakers", "host",
            "date", "dates", "time", "place", "location", "room", "hall", "building", "auditorium", "announcement",
            "reminder", "note", "notice", "update", "change", "cancelled", "canceled", "postponed", "schedule",
            "agenda", "special", "event", "events", "invitation", "welcome", "thesis", "proposal", "defense",
            "oral", "exam", "examination", "lab", "all", "everyone", "please", "refreshment", "fall", "spring",
            "summer", "winter", "semester", "term", "part", "introduction", "overview", "review", "report",
            // roles
            "director", "manager", "professor", "president", "chair", "chairman", "fellow", "executive", "vice",
            "associate", "assistant", "senior", "principal", "chief", "officer", "candidate", "student",
            "students", "member", "members", "staff", "founder", "editor", "head", "coordinator", "visiting",
            "lecturer", "lecturers", "distinguished", "memorial", "annual", "award", "prize", "guest", "keynote",
            "honors", "honor", "honour", "emeritus", "panel", "panelists", "moderator", "respondent",
            // places
            "north", "south", "east", "west", "new", "county", "city", "town", "river", "rivers", "lake", "mount",
            "america", "europe", "asia", "africa",
            // function words that start capitalised headings
            "the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "about",
            "this", "that", "these", "those", "our", "your", "their", "its", "we", "you", "they", "it", "there",
            "is", "are", "was", "will", "be", "how", "what", "why", "when", "where", "who", "which", "new", "not",
            "no", "yes", "if", "as", "into", "over", "under", "between", "toward", "towards", "via", "vs",
            "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "i", "ii", "my", "me", "us", "free", "open", "public",
            "re", "fwd", "fw", "subject", "cc", "to", "from", "sent", "wednesday", "dear", "hi", "hello",
            "thanks", "thank", "regards", "sincerely", "cheers", "best", "attn", "attention", "contact",
            "information", "info", "details", "questions", "question", "room", "tel", "phone", "fax", "email",
            "e-mail", "mail", "web", "internet", "computer", "software", "hardware", "data", "model", "models",
            "theory", "analysis", "design", "learning", "approach", "applications", "application", "problems",
            "problem", "using", "based", "towards", "beyond", "future", "issues", "methods", "case", "study");

    private static Set<String> set(String... words) {
        return Set.copyOf(Arrays.asList(words)); // tolerates a word listed twice
    }

    /** Words after a room that name its institution or a remark rather than its building. */
    static final Set<String> NOT_PLACE_TAIL = set("university", "college", "institute", "school", "department",
            "dept", "inc", "corporation", "company", "laboratories", "please", "refreshments", "reception", "lunch",
            "coffee", "note", "everyone", "all", "room", "rooms", "campus");

    static String fold(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    static boolean isCalendarWord(String word) {
        String w = stripPeriod(fold(word));
        return MONTHS.contains(w) || WEEKDAYS.contains(w);
    }

    static String stripPeriod(String w) {
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }
}
