package io.eventlens.extraction.entity;

import java.util.Locale;
import java.util.Set;

/**
 * General English vocabulary the recognisers share: words that mark organisations, words that
 * name roles and occupations, and capitalised words that never belong to a person's name. No
 * name, title or organisation of any particular document is listed here.
 */
public final class Vocabulary {

    /** Head words of organisation names, in English and a few other European languages. */
    private static final Set<String> ORGANISATION_WORDS = words(
            "institute", "institution", "institut", "instituto", "istituto", "centre", "center", "centro", "foundation",
            "fondation", "fundación", "fundacion", "fundação", "stiftung", "mission", "office", "university",
            "université", "universität", "universidad", "universidade", "università", "universiteit", "college",
            "school", "academy", "akademie", "council", "coalition", "association", "union", "agency", "ministry",
            "ministère", "department", "programme", "program", "network", "museum", "bureau", "commission",
            "committee", "organization", "organisation", "society", "federation", "forum", "group", "trust", "fund",
            "bank", "corporation", "corp", "company", "inc", "ltd", "llc", "gmbh", "plc", "ag", "sa", "embassy", "consulate",
            "government", "parliament", "assembly", "secretariat", "court", "tribunal", "board", "authority",
            "observatory", "laboratory", "lab", "labs", "hospital", "clinic", "platform", "initiative", "alliance",
            "partnership", "league", "chamber", "congress", "conference", "division", "directorate", "branch",
            "unit", "panel", "forces", "navy", "army", "police", "corps", "caucus", "movement", "campaign",
            "municipality", "secretariat", "library", "archives", "consortium", "cooperative",
            "federation", "institutes", "centres", "centers", "universities", "agencies", "ministries", "watch",
            "society", "club", "guild", "syndicate", "party", "church", "diocese", "parish", "charity", "ngo",
            "think-tank", "dept", "observatoire", "institutet", "instituut", "hochschule", "universitet", "högskola",
            "ministerio", "ministerium", "ministero", "fundação", "stichting", "fondazione", "asociación", "associação",
            "verband", "gesellschaft", "kommission", "comisión", "comité", "conseil", "consejo", "centrum", "verein", "bund", "collective", "collaborative", "hub", "taskforce",
            "service", "services", "systems", "software", "technologies", "solutions", "press", "media",
            "broadcasting", "network", "radio", "television", "magazine", "newspaper", "post", "times", "journal",
            "gazette", "herald", "tribune", "chronicle", "observer", "faculty", "archive", "house", "city");

    /** Titles, functions and occupations, lower-case; the head of a role phrase. */
    private static final Set<String> ROLE_WORDS = words(
            "director", "director-general", "president", "vice-president", "chair", "chairman", "chairwoman",
            "chairperson", "co-chair", "vice-chair", "ceo", "cfo", "coo", "cto", "founder", "co-founder", "cofounder",
            "head", "chief", "executive", "officer", "manager", "secretary", "secretary-general",
            "under-secretary-general", "adviser", "advisor", "representative", "ambassador", "envoy", "consul",
            "minister", "commissioner", "rapporteur", "coordinator", "co-ordinator", "deputy", "professor", "lecturer",
            "fellow", "researcher", "scientist", "scholar", "analyst", "associate", "assistant", "counsel",
            "counsellor", "counselor", "attorney", "lawyer", "judge", "justice", "prosecutor", "editor",
            "editor-in-chief", "journalist", "reporter", "correspondent", "columnist", "writer", "author", "novelist",
            "poet", "historian", "economist", "engineer", "planner", "architect", "designer", "consultant", "advocate",
            "activist", "organiser", "organizer", "student", "member", "partner", "dean", "provost", "rector",
            "principal", "governor", "mayor", "senator", "congressman", "congresswoman", "mp", "mep", "chancellor",
            "king", "queen", "prince", "princess", "commander", "admiral", "general", "colonel", "captain",
            "spokesperson", "spokesman", "spokeswoman", "strategist", "futurist", "entrepreneur", "diplomat",
            "practitioner", "physician", "doctor", "nurse", "surgeon", "specialist", "expert", "leader", "trustee",
            "treasurer", "clerk", "registrar", "librarian", "curator", "ombudsman", "ombudsperson", "inspector",
            "auditor", "administrator", "superintendent", "chaplain", "pastor", "rabbi", "imam", "bishop",
            "archbishop", "priest", "teacher", "instructor", "candidate", "graduate", "postdoc", "intern", "delegate",
            "attaché", "attache", "emeritus", "chef", "councillor", "councilor", "alderman", "legislator", "lawmaker",
            "congressperson", "assemblymember", "governor-general", "viceroy", "commissioner-general", "magistrate", "envoy", "staffer", "aide", "official", "officials", "premier", "vice", "undersecretary", "comptroller", "producer",
            "filmmaker", "artist", "photographer", "musician", "composer", "conductor", "investor", "banker",
            "developer", "programmer", "maintainer", "contributor", "volunteer", "campaigner", "organiser",
            "negotiator", "mediator", "facilitator", "moderator", "host", "presenter", "speaker", "panelist",
            "panellist", "lecturer", "researcher", "epidemiologist", "psychologist", "sociologist", "anthropologist",
            "physicist", "chemist", "biologist", "geographer", "philosopher", "theologian", "linguist", "ethicist",
            "pharmacist", "dentist", "veterinarian", "paramedic", "midwife", "statistician", "mathematician",
            "technologist", "owner", "proprietor", "publisher", "broadcaster", "anchor", "commentator", "critic",
            "blogger", "podcaster", "creator", "curator", "envoy", "attorney-general", "solicitor", "barrister",
            "magistrate", "sheriff", "marshal", "lieutenant", "sergeant", "major", "brigadier", "officer-in-charge",
            "principal", "fellow", "chairs", "directors", "professors", "representatives", "ambassadors",
            "correspondents", "journalists", "trainer", "examiner", "supervisor", "promotor", "co-promotor",
            "convenor", "convener", "co-convenor", "lead", "constable", "investigator", "evaluator", "reviewer", "assessor");

    /**
     * Occupations that are also common surnames or first names ("Potter", "Fisher", "Singer"): role words,
     * but they do not end a name the way "Director" does.
     */
    private static final Set<String> OCCUPATIONS = words("coach", "mentor", "apprentice", "singer", "fiddler", "dancer",
            "actor", "actress", "storyteller", "comedian", "illustrator", "painter", "sculptor", "potter", "performer",
            "guide", "farmer", "herder", "fisher", "fisherman", "fisherwoman", "demographer", "gardener", "cook",
            "baker", "grocer", "greengrocer", "shopkeeper", "trader", "tutor", "promoter", "pianist", "drummer",
            "poet", "playwright", "chef", "carpenter", "weaver", "potter", "midwife", "pilot", "ranger", "warden", "skipper",
            "welder", "electrician", "plumber", "nurse", "boatbuilder", "carer", "caregiver");

    /** Capitalised words that open sentences or labels and are never part of a person's name. */
    private static final Set<String> NOT_NAME = words(
            "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "for", "from", "by", "with", "of",
            "and", "or", "but", "as", "if", "when", "while", "after", "before", "during", "since", "until", "its",
            "his", "her", "their", "our", "your", "my", "we", "i", "he", "she", "they", "it", "you", "there", "here",
            "what", "which", "who", "whom", "whose", "how", "why", "where", "all", "each", "every", "both", "some",
            "many", "most", "more", "several", "two", "three", "four", "five", "six", "first", "second", "third",
            "next", "last", "new", "also", "then", "today", "tomorrow", "yesterday", "tonight", "please", "note",
            "notes", "contact", "event", "events", "where", "access", "date", "time", "location", "venue", "place",
            "registration", "register", "lunch", "break", "coffee", "dinner", "reception", "welcome", "opening",
            "closing", "remarks", "keynote", "session", "panel", "panelists", "panellists", "speakers", "speaker",
            "moderator", "moderators", "chair", "chairs", "program", "programme", "agenda", "day", "room",
            "floor", "building", "street", "road", "avenue", "about", "more", "read", "see", "watch", "click", "join",
            "follow", "share", "subscribe", "home", "news", "update", "updates", "photos", "video", "videos",
            "january", "february", "march", "july", "september", "october",
            "november", "december", "feb", "apr", "aug", "sep", "sept", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
            "wed", "thu", "fri", "un", "us", "eu", "usa", "uk", "dear", "hello", "thanks", "thank",
            "yes", "no", "not", "to", "is", "are", "was", "were", "would", "can", "could", "should",
            "might", "must", "shall", "do", "does", "did", "has", "have", "had", "be", "been", "being", "via",
            "per", "against", "among", "between", "into", "over", "under", "within", "without", "upon", "across",
            "through", "toward", "towards", "because", "although", "though", "however", "therefore", "thus",
            "meanwhile", "moreover", "furthermore", "subsequently", "finally", "later", "earlier", "together",
            "according", "following", "including", "featuring", "regarding", "concerning", "despite", "unlike",
            "like", "such", "other", "another", "any", "only", "just", "even", "still", "again", "once", "twice",
            "north", "south", "east", "northern", "southern", "eastern", "western", "central", "global",
            "international", "national", "regional", "united", "nations", "states", "world", "human", "rights",
            "general", "special", "high", "level", "annual", "public", "private", "free", "online", "live",
            "webinar", "webcast", "conference", "summit", "forum", "meeting", "workshop", "seminar", "lecture",
            "symposium", "dialogue", "roundtable", "launch", "report", "press", "release", "media", "immediate",
            "for", "tba", "tbc", "tbd", "rsvp", "faq", "pm", "am", "et", "cet", "gmt", "utc", "edt", "est",
            "moderated", "hosted", "organised", "organized", "sponsored", "supported", "presented", "chaired",
            "background", "summary", "overview", "introduction", "conclusion", "questions", "answers", "discussion",
            "debate", "award", "awards", "prize", "prizes", "medal", "medals", "trophy", "laureate", "ceremony", "poster", "posters", "networking", "doors", "drinks", "food");

    /** Verbs whose subject is a person: "X will discuss", "Y spoke". */
    private static final Set<String> PERSON_VERBS = words("speak", "speaks", "spoke", "speaking", "talk", "talks",
            "talked", "talking", "present", "presents", "presented", "presenting", "discuss", "discusses", "discussed",
            "discussing", "lecture", "lectures", "lectured", "moderate", "moderates", "moderated", "moderating",
            "describe", "describes", "described", "argue", "argues", "argued", "explain", "explains", "explained",
            "give", "gives", "gave", "giving", "deliver", "delivers", "delivered", "chair", "chairs", "chaired",
            "visit", "visits", "visited", "visiting", "said", "says", "told", "noted", "added", "stressed", "warned",
            "urged", "highlighted", "emphasized", "emphasised", "welcomed", "thanked", "introduced", "reflected",
            "focused", "outlined", "recalled", "remarked", "suggested", "concluded", "joined", "joins", "join",
            "opened", "closed", "addressed", "answered", "responded", "replied", "asked", "wrote", "writes",
            "received", "earned", "studied", "taught", "teaches", "leads", "led", "heads", "headed", "founded",
            "directs", "directed", "serves", "served", "chairs", "recounted", "shared", "offered", "reviewed",
            "explores", "explored", "examines", "examined", "demonstrate", "demonstrates", "demonstrated", "report",
            "reports", "reported", "share", "describe", "review", "host", "hosts", "hosted", "introduce", "lead", "read",
            "reads", "sign", "signs", "perform", "performs", "performed", "teach", "tell", "tells", "show", "shows",
            "showed", "run", "runs", "facilitate", "facilitates", "facilitated", "defend", "defends", "defended");

    private Vocabulary() {
    }

    /** A verb whose subject is a person ("will discuss", "spoke", "is visiting"). */
    public static boolean isPersonVerb(String word) {
        return PERSON_VERBS.contains(word);
    }

    /** A set of words; the lists above may repeat a word without harm. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** "Institute", "Centre", "Foundation", "Ministry", "Université"... */
    public static boolean isOrganisationWord(String word) {
        return ORGANISATION_WORDS.contains(lower(stripPossessive(word)));
    }

    /**
     * "Director", "Professor", "journalist", "co-founder", "trainers"... lower-case occupation words in -ist,
     * and occupations in -logist, -grapher, -ician in either case ("Genealogist", "Electrician").
     */
    public static boolean isRoleWord(String word) {
        String w = lower(stripPossessive(word));
        if (OCCUPATIONS.contains(w)) {
            return true;
        }
        if (ROLE_WORDS.contains(w)) {
            // "lead" is a verb in running text; "Policy Lead", "Programme Lead" write it capitalised
            return !w.equals("lead") || Character.isUpperCase(word.charAt(0));
        }
        if (w.length() > 6 && (w.endsWith("logist") || w.endsWith("grapher") || w.endsWith("ician"))) {
            return true;
        }
        if (w.length() >= 8 && w.endsWith("ist") && !w.contains("-") && !w.endsWith("qvist") && !w.endsWith("kvist")
                && !w.endsWith("quist")) {
            return true; // "Archivist", "Genealogist" opening a sentence
        }
        // "trainers", "apprentices": a plural written in lower case
        if (w.length() > 4 && w.endsWith("s") && Character.isLowerCase(word.charAt(0))
                && (ROLE_WORDS.contains(w.substring(0, w.length() - 1)) || OCCUPATIONS.contains(w.substring(0, w.length() - 1)))
                && !w.equals("leads")) {
            return true;
        }
        // "Secretary-General", "Vice-Chair", "Co-Director": a hyphenated compound whose part is a role
        int dash = w.lastIndexOf('-');
        if (dash > 0 && (ROLE_WORDS.contains(w.substring(dash + 1)) || ROLE_WORDS.contains(w.substring(0, dash)))) {
            return true;
        }
        // lower-case occupations: "futurist", "strategist", "epidemiologist"
        return w.length() > 5 && w.endsWith("ist") && Character.isLowerCase(word.charAt(0));
    }

    /** Role words that are also common surnames ("Howard Dean"): they may continue a name. */
    private static final Set<String> SURNAME_ROLES = words("king", "dean", "major", "marshal", "bishop", "sheriff",
            "mayor", "judge", "priest", "fellow", "page", "porter", "cook", "baker", "taylor", "carter", "clerk",
            "chancellor", "prince", "chambers", "constable", "potter", "fisher", "singer", "painter", "farmer", "gardener",
            "coach", "guide", "trader", "cook", "baker", "weaver", "carpenter", "pilot", "ranger", "warden", "mentor");

    /** "Fellows", "Trainers": the plural of a role word, capitalised as at a sentence's start. */
    public static boolean isPluralRole(String word) {
        String w = lower(word);
        return w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")
                && (ROLE_WORDS.contains(w.substring(0, w.length() - 1)) || OCCUPATIONS.contains(w.substring(0, w.length() - 1)));
    }

    /** A role word that is also a common surname ("Dean", "King", "Fellow"). */
    public static boolean isSurnameRole(String word) {
        return SURNAME_ROLES.contains(lower(word));
    }

    /** True for a capitalised role word that ends a name ("Henry R. Luce Professor of..."). */
    public static boolean endsName(String word) {
        String w = lower(word);
        return !SURNAME_ROLES.contains(w) && (ROLE_WORDS.contains(w) || isRoleWord(word) && w.contains("-"));
    }

    /** Words that qualify a title ("Senior Fellow", "Chief Economist"); a name never begins with them. */
    private static final Set<String> TITLE_MODIFIERS = words("senior", "junior", "principal", "chief", "deputy",
            "assistant", "associate", "executive", "acting", "interim", "honorary", "visiting", "distinguished",
            "founding", "managing", "former", "emeritus", "adjunct", "general", "lead", "head", "vice", "co",
            "regional", "national", "international", "global", "technical", "special", "programme", "program",
            "policy", "research", "project", "marine", "data", "science", "legal", "finance", "communications");

    /** A word that qualifies a title: "Senior", "Chief", "Deputy", "Programme"... */
    public static boolean isTitleModifier(String word) {
        return TITLE_MODIFIERS.contains(lower(word));
    }

    /** Words that end the name of a periodical or a series ("Coastal Science Weekly", "Policy Digest"). */
    private static final Set<String> PUBLICATION_TAILS = words("weekly", "daily", "monthly", "quarterly", "bulletin",
            "newsletter", "digest", "review", "briefing", "brief", "update", "podcast", "blog", "series");

    /** "Weekly", "Digest", "Bulletin": a word that ends a periodical's name, never a person's. */
    public static boolean isPublicationWord(String word) {
        return PUBLICATION_TAILS.contains(lower(word));
    }

    /** Head words of venues and rooms that end a place's name ("Mwambao Auditorium", "Hollis Building"). */
    private static final Set<String> VENUE_TAILS = words("auditorium", "theatre", "theater", "hotel", "pavilion",
            "building", "stadium", "arena", "gallery", "campus", "boulevard", "avenue", "plaza", "station", "airport",
            "cathedral", "chapel", "mosque", "temple", "studio", "studios", "café", "cafe", "restaurant", "terrace",
            "lounge", "atrium", "foyer", "ballroom", "quay", "wharf", "square", "annex", "annexe", "wing", "tower");

    /** Words that open the name of a room, a building, a natural feature or a storm ("Salle Gorée", "Cyclone Tamaki"). */
    private static final Set<String> PLACE_HEADS = words("auditorium", "aula", "salle", "sala", "hôtel", "hotel", "room",
            "theatre", "teatro", "palais", "palazzo", "lake", "mount", "mt", "cape", "gulf", "cyclone", "hurricane",
            "typhoon", "storm", "tropical", "tornado", "volcano", "glacier", "river", "rio", "río");

    /** Words that end the name of an area ("Kwale County", "Lalitpur-Patan Metropolitan City"). */
    private static final Set<String> AREA_TAILS = words("city", "county", "district", "province", "region", "valley",
            "river", "bay", "island", "islands", "coast", "peninsula", "basin", "delta", "municipality", "prefecture",
            "oblast", "canton", "governorate", "township", "village", "town", "highlands", "lowlands", "plateau");

    /**
     * A capitalised run of words that names a place, a venue, a natural feature or a storm rather than a
     * person: it begins with a place head ("Lake", "Salle", "Cyclone") or ends with a venue or area word
     * ("Auditorium", "Hotel", "County").
     */
    public static boolean namesAPlace(String first, String last) {
        return PLACE_HEADS.contains(lower(first)) || VENUE_TAILS.contains(lower(last)) || AREA_TAILS.contains(lower(last))
                || ROOM_ADJECTIVES.contains(lower(first)) && isRoomWord(last);
    }

    /** Adjectives that open a room's or a building's name but no person's: "Great Hall", "Main Library", "Old Hall". */
    private static final Set<String> ROOM_ADJECTIVES = words("great", "main", "grand", "old", "new", "upper", "lower",
            "little", "small", "large", "central", "north", "south", "east", "west", "senate", "council", "assembly",
            "common", "lecture", "reading", "conference", "seminar", "meeting", "exhibition", "concert", "dining", "function");

    /** "Hall", "Room", "Centre": words that end a room's or a building's name, also after a person's name ("the Prof. Hoekstra Hall"). */
    public static boolean isRoomWord(String word) {
        String w = lower(word);
        return VENUE_TAILS.contains(w) || w.equals("hall") || w.equals("room") || w.equals("centre") || w.equals("center")
                || w.equals("library") || w.equals("lecture") || w.equals("suite");
    }

    private static final Set<String> MONTHS = words("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");

    /** "September", "Sept": a month's name or abbreviation. */
    public static boolean isMonth(String word) {
        return MONTHS.contains(lower(word));
    }

    /** Capitalised words that open sentences, labels and headings and never belong to a name. */
    public static boolean isNeverName(String word) {
        return NOT_NAME.contains(lower(word));
    }

    static String stripPossessive(String word) {
        if (word.endsWith("'s") || word.endsWith("\u2019s")) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }
}
