package io.eventlens.extraction.participant;

import io.eventlens.contract.ParticipantKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that say a person took an active part in an event, and in which capacity. All
 * patterns are English function words, verbs and event vocabulary; none names anyone.
 */
final class Cues {

    private Cues() {
    }

    /** Verbs whose subject took part: "X, Director of Y, gave an overview / moderated / argued". */
    static final Set<String> PARTICIPATION_VERBS = Set.copyOf(java.util.List.of(
            "gave", "give", "gives", "giving", "delivered", "deliver", "delivers", "presented", "present", "presents",
            "spoke", "speak", "speaks", "discussed", "discuss", "discusses", "described", "describe", "describes",
            "moderated", "moderate", "moderates", "chaired", "chair", "chairs", "opened", "open", "opens", "closed",
            "close", "closes", "stressed", "stresses", "highlighted", "highlights", "highlight", "emphasized",
            "emphasised", "emphasizes", "emphasises", "argued", "argue", "argues", "reflected", "reflect", "reflects",
            "focused", "focussed", "focuses", "echoed", "provided", "provide", "provides", "remarked", "suggested",
            "suggests", "noted", "notes", "explained", "explain", "explains", "outlined", "outline", "outlines",
            "welcomed", "welcome", "welcomes", "thanked", "thanks", "introduced", "introduce", "introduces",
            "underscored", "underlined", "urged", "urges", "called", "concluded", "shared", "share", "shares",
            "offered", "offer", "offers", "addressed", "address", "addresses", "raised", "pointed", "warned",
            "praised", "connected", "recalled", "conceded", "took", "take", "led", "lead", "leads", "hosted", "host",
            "hosts", "joined", "join", "joins", "reacted", "responded", "respond", "asked", "pressed", "debated",
            "answered", "summarized", "summarised", "examined", "explored", "reviewed", "showcased", "demonstrated",
            "observed", "insisted", "cautioned", "acknowledged", "proposed", "recommended", "stated", "maintained",
            "contended", "added", "affirmed", "reaffirmed", "reiterated", "expressed", "commended", "questioned",
            "challenged", "agreed", "announced", "reported", "illustrated", "elaborated", "detailed", "contributed",
            "talked", "talk", "talks", "lectured", "recounted", "reminded", "walked", "guided", "facilitated",
            "facilitate", "facilitates", "kicked", "launched", "unveiled", "participated", "presided", "briefed",
            "updated", "encouraged", "identified", "analysed", "analyzed", "considered", "presenting", "speaking",
            "delivering", "moderating", "chairing", "leading", "joining", "sharing", "discussing", "offering",
            "explores", "examines", "reviews", "considers", "asks", "answers", "argued", "underlines", "concludes",
            "brought", "invited", "served", "serves", "acted", "acts", "appeared", "appears", "set", "laid", "made",
            "makes", "told", "tell", "tells", "show", "shows", "showed", "teach", "teaches", "taught", "run", "runs",
            "ran", "read", "reads", "perform", "performs", "performed", "defend", "defends", "defended", "demonstrate",
            "demonstrates", "sign", "signs", "signing", "presided", "convene", "convenes", "guide", "guides",
            "facilitating", "responding", "reading", "performing", "showing", "teaching"));

    /**
     * Verbs that report what someone said rather than what they did at an event: they make a
     * participant only where the paragraph is about an event ("warned" of a ruling in a news story is
     * no contribution to a panel).
     */
    static final Set<String> STATEMENT_VERBS = Set.copyOf(java.util.List.of(
            "stressed", "stresses", "highlighted", "highlights", "highlight", "emphasized", "emphasised", "emphasizes",
            "emphasises", "argued", "argue", "argues", "reflected", "reflect", "reflects", "focused", "focussed",
            "focuses", "echoed", "remarked", "suggested", "suggests", "noted", "notes", "explained", "explain",
            "explains", "underscored", "underlined", "urged", "urges", "called", "concluded", "raised", "pointed",
            "warned", "praised", "connected", "recalled", "conceded", "reacted", "responded", "respond", "asked",
            "pressed", "observed", "insisted", "cautioned", "acknowledged", "proposed", "recommended", "stated",
            "maintained", "contended", "added", "affirmed", "reaffirmed", "reiterated", "expressed", "commended",
            "questioned", "challenged", "agreed", "announced", "reported", "illustrated", "elaborated", "detailed",
            "recounted", "reminded", "encouraged", "identified", "analysed", "analyzed", "considered", "underlines",
            "concludes", "asks", "answers", "answered", "explores", "examines", "reviews", "considers", "described",
            "describe", "describes", "discussed", "discuss", "discusses", "shared", "share", "shares", "made", "makes",
            "set", "laid", "brought", "served", "serves", "acted", "acts", "appeared", "appears", "invited", "thanks",
            "thanked", "welcomed", "welcome", "welcomes", "told", "show", "shows", "showed", "read", "reads", "defend",
            "defends", "defended"));

    /**
     * Present-tense verbs of presenting ("Dr. X shows how to search the records"): in an announcement they say
     * what the person will do at the event, wherever they stand.
     */
    static final Set<String> PRESENTING_NOW = Set.of("shows", "explains", "demonstrates", "discusses", "explores",
            "examines", "introduces", "presents", "describes", "reviews", "considers", "outlines");

    /** Words of a paragraph about an event: statement verbs in it report contributions. */
    static final Pattern EVENT_CONTEXT = Pattern.compile("(?i)\\b(?:panel\\w*|event|discussion|debate|meeting|sessions?|"
            + "conference|forum|round-?table|lecture|workshop|webinar|seminar|symposium|dialogue|briefing|keynote|"
            + "remarks|presentations?|speakers?|moderat\\w+|audience|participants|launch|ceremony|evening|opened|respond\\w*|lectures?|"
            + "opening|closing|summit|hearing|consultation|conversation|talk|meetup|gathering|colloquium|programme|"
            + "program|agenda|floor|attendees|delegates|convened|host|hosts|hosted|guests|organi[sz]ed|defen[cs]e)\\b");

    /** A single word naming a kind of event or session ("panel", "discussion", "lecture"). */
    static final Pattern EVENT_NOUN = Pattern.compile("(?i)panel\\w*|discussions?|debates?|conversations?|sessions?|lectures?|"
            + "talks?|presentations?|workshops?|seminars?|webinars?|meetings?|conferences?|events?|q&a|questions|screening|"
            + "reception|launch|keynote|address|remarks|speech|film|reading|tour");

    /** Words that may stand between a subject and its verb without changing who acts. */
    static final Set<String> ADVERBS = Set.of("also", "then", "later", "further", "briefly", "subsequently", "again",
            "first", "finally", "jointly", "next", "formally", "officially", "warmly", "will", "shall", "would",
            "has", "have", "is", "was", "be", "both", "each", "in", "turn", "too", "himself", "herself", "themselves",
            "personally", "virtually", "remotely", "afterwards", "likewise", "similarly", "notably", "especially",
            "additionally", "all", "expressly", "specifically", "strongly", "passionately", "eloquently", "candidly",
            "opening", "closing", "to", "publicly");

    /** "moderated by", "Keynote Address by", "with a response by", "her statement was read out by": the person after "by" took part. */
    static final Pattern BY = Pattern.compile("(?i)\\b(moderated|chaired|hosted|facilitated|led|introduced|opened|closed|"
            + "given|delivered|presented|offered|made|joined|followed|convened|conducted|run|headed|read\\s+out|read\\s+aloud|read\\s+on\\s+(?:his|her|their|its)\\s+behalf|"
            + "handed\\s+over|handed|awarded|conferred|"
            + "(?:(?:keynote|opening|closing|welcoming|welcome|introductory|concluding|special|guest)\\s+)?"
            + "(?:remarks|address(?:es)?|speech(?:es)?|lectures?|talks?|presentations?|keynotes?|responses?|introductions?|"
            + "welcome|sessions?|briefings?|readings?|performances?|contributions?|comments|reflections|overviews?|"
            + "tours?|demonstrations?|demos?|workshops?|masterclass(?:es)?|conversations?|interviews?|panel))"
            + "\\s+(?:will\\s+be\\s+given\\s+|are\\s+|is\\s+)?by\\s+"
            // "by the author, Dr. X"; "by our own colleague X", "by retired electrician X", "by trainers X and Y"
            + "(?:(?:the\\s+)?representatives?\\s+(?:of|from)\\s+(?:the\\s+)?|(?:the|our|its|their|his|her)\\s+[\\p{L}'’\\-]+(?:\\s+[\\p{L}'’\\-]+)?\\s*,\\s*"
            + "|(?:(?:the|our|its|their|his|her|a|an)\\s+)?(?<words>(?:\\p{Ll}[\\p{L}'’\\-]*\\s+){0,3}))?$");

    /**
     * "presented by the Director to X", "awarded this year to X", "handed over to journalist X", "went to X": the
     * person after "to" received what the sentence awards (see {@link #AWARD}).
     */
    static final Pattern RECIPIENT = Pattern.compile("(?i)\\b(awarded|presented|handed(?:\\s+over)?|given|conferred|bestowed|went)\\b"
            + "[^.;:!?]{0,90}?\\bto\\s+(?:(?:the|a|an|our)\\s+)?(?:\\p{Ll}[\\p{L}'\u2019\\-]*\\s+){0,3}$");
    /** Words of a prize, an award or an honour. */
    static final Pattern AWARD = Pattern.compile("(?i)\\b(?:prizes?|awards?|medals?|trophy|trophies|laureates?|honou?rs?|"
            + "fellowships?|distinctions?|decorations?|certificates?|diplomas?|scholarships?)\\b");

    /** "a response from Prof. X", "remarks from the Mayor, Y": a contribution from the person after "from". */
    static final Pattern FROM = Pattern.compile("(?i)\\b((?:(?:keynote|opening|closing|welcoming|welcome|introductory|concluding)\\s+)?"
            + "(?:remarks|address(?:es)?|speech(?:es)?|lectures?|talks?|presentations?|responses?|introductions?|"
            + "welcome|contributions?|comments|reflections|greetings|message\\s+in\\s+person|"
            + "(?:opening|closing|welcoming|welcome|introductory|concluding)\\s+words))\\s+from\\s+"
            + "(?:(?:the|our|its|their)\\s+[\\p{L}'’\\-]+(?:\\s+[\\p{L}'’\\-]+)?\\s*,\\s*)?$");

    /**
     * "A panel followed, with Prof. X", "...; with A and B", "With A, Title, and B", "with apprentices A and B":
     * after a separator or at the start, "with" opens a list of the people taking part.
     */
    static final Pattern WITH_LIST = Pattern.compile("(?:^|[,;:|(\\u2013\\u2014]\\s*)[Ww]ith\\s+((?:\\p{Ll}[\\p{L}'’\\-]*\\s+){0,3})$");

    /** "The series begins on 3 June with Dr. X", "the evening closes with Y": the event starts or ends with a person. */
    static final Pattern OPENS_WITH = Pattern.compile("(?i)\\b(?:begins?|began|starts?|started|opens?|opened|kicks?\\s+off|kicked\\s+off|"
            + "continues?|continued|ends?|ended|closes?|closed|concludes?|concluded|will\\s+(?:begin|start|open|close|end|conclude))"
            + "\\b[^.;:!?]{0,50}\\bwith\\s+(?:(?:the|a|an|our)\\s+)?(?:\\p{Ll}[\\p{L}'’-]*\\s+){0,3}$");

    /** "A panel on apprenticeships will follow with X", "a round-table discussion with the planners X and Y". */
    static final Pattern DISCUSSION_WITH = Pattern.compile("(?i)\\b(?:debate|discussion|panel|conversation|round-?table)\\b[^.;:!?]{0,60}?"
            + "\\bwith\\s+(?:(?:the|a|an|our)\\s+)?((?:\\p{Ll}[\\p{L}'’-]*\\s+){0,3})$");

    /** "sketching with illustrator X", "a conversation with the poet and critic Y": "with" and a role noun. */
    static final Pattern WITH_ROLE = Pattern.compile("\\b[Ww]ith\\s+(?:the\\s+|our\\s+|a\\s+|an\\s+)?((?:\\p{Ll}[\\p{L}'’\\-]*\\s+){1,4})$");

    /** "in partnership with", "in collaboration with": organisations follow, not people who speak. */
    static final Pattern PARTNERSHIP_WITH = Pattern.compile("(?i)\\b(?:partnership|collaboration|cooperation|co-operation|association|"
            + "conjunction|agreement|consultation|contact|touch|line|accordance|compliance|together)\\s+with\\s+$");

    /** "Speakers: A, Title, and B" or "Discussant: X" written inside a paragraph (after a sentence's end). */
    static final Pattern INLINE_LABEL = Pattern.compile("(?i)(?:^|[.;!?]\\s+|\\n\\s*)\\W*(speakers?|panel(?:l)?ists?|moderators?|chairs?|"
            + "chairpersons?|co-chairs?|discussants?|respondents?|presenters?|hosts?|facilitators?|trainers?|instructors?|"
            + "keynote(?:\\s+speakers?)?|opponents?|examiners?|promotors?|co-promotors?|rapporteurs?|guests?|lecturers?|"
            + "witness(?:es)?|presiding|(?:led|presented|moderated|chaired|hosted|facilitated|presided)\\s+by)\\s*:\\s*$"
            // "asked the speakers (Ms. A and Ms. B) and the discussants (Mr. C)"
            + "|(?i)\\b(?:the\\s+)?(?:lead\\s+)?(speakers?|panel(?:l)?ists?|discussants?|respondents?|moderators?|presenters?|"
            + "keynote\\s+speakers?|co-chairs?|chairs?)\\s*\\(\\s*$");

    /** "contact X", "write to X", "RSVP to X", "For media enquiries: X": a contact person, not a participant. */
    static final Pattern CONTACT = Pattern.compile("(?i)\\b(?:contact(?:ing)?|write\\s+to|e-?mail|call|phone|reach|ask|rsvp\\s+to|"
            + "enquiries\\s+to|inquiries\\s+to|questions\\s+to|register\\s+with|registration\\s+with|"
            + "(?:forms?|replies|responses)\\s+to|returning\\s+[^,;]{0,60}\\s+to|"
            + "(?:media|press)\\s+(?:enquiries|inquiries|contacts?)\\s*:)\\s+$");

    /** After a name and its description: "as co-facilitator", "as discussant": the person's part in the event. */
    static final Pattern AS_CAPACITY = Pattern.compile("(?i)^\\s*,?\\s*as\\s+(?:the\\s+|a\\s+|an\\s+|our\\s+)?((?:co-)?(?:moderator|"
            + "facilitator|chair|chairperson|host|speaker|keynote\\s+speaker|presenter|discussant|respondent|panel(?:l)?ist|"
            + "rapporteur|lecturer|trainer|leader|guide|interviewer|commentator|guest))\\b");

    /** After a name and its description: "in her opening address", "during his keynote": speaking at the event. */
    static final Pattern IN_CAPACITY = Pattern.compile("(?i)^\\s*,?\\s*(?:in|during)\\s+(?:her|his|their|the|an?)\\s+"
            + "((?:(?:opening|closing|keynote|welcoming|welcome|introductory|concluding|inaugural)\\s+)?"
            + "(?:address|remarks|speech|statement|presentation|talk|lecture|keynote))\\b");

    /** "a 2019 study led by", "a documentary produced by": the person after "by" made a work, not the event. */
    static final Pattern WORK_BEFORE_BY = Pattern.compile("(?i)\\b(?:study|studies|report|paper|book|survey|research|"
            + "analysis|article|film|documentary|project|investigation|review|poll|letter|petition|resolution|law|bill|"
            + "decision|judgment|ruling|exhibition|photographs?|photos?|video|album|novel|essay|blog|series|team|"
            + "expedition|campaign|delegation|mission|effort|initiative|index|dataset|database|model)\\s+(?:[\\p{L}\\d-]+\\s+){0,2}$");

    /** "Speakers included", "brought together", "features", "joined by": a list of participants follows. */
    static final Pattern LIST = Pattern.compile("(?i)\\b(?:(speakers|panel(?:l)?ists|special\\s+guests|guests|participants|"
            + "presenters|discussants|respondents|lecturers|experts|keynote\\s+speakers|moderators|hosts|line-?up|opponents|"
            + "examiners|trainers|facilitators)\\s+"
            + "(?:include[sd]?|are|were|will\\s+be|will\\s+include|included|including)|"
            + "((?:brought|brings|bring|bringing|will\\s+bring)\\s+together|(?:taking|took|take)\\s+part\\s+(?:are|were|will\\s+be))|"
            // "Also speaking were A, Title, and B", "Presenting will be ..."
            + "(?:also\\s+)?(?:speaking|presenting|contributing)\\s+(?:are|were|will\\s+be)|"
            + "(featur(?:es|ed|ing|e))|"
            // "The meeting also heard from Ms. A, ...; Ms. B, ...; and Mr. C"
            + "(?:heard|hear|hears|hearing)\\s+(?:(?:statements|presentations|briefings|remarks|testimon(?:y|ies))\\s+)?(?:from|by)|"
            // "Responses came from A, ..., and from Dr. B", "with comments from A and B"
            + "(?:responses?|comments|contributions|reactions|interventions|inputs?)\\s+(?:(?:came|come|will\\s+come)\\s+)?from|"
            + "(?:will\\s+be\\s+|was\\s+|were\\s+|is\\s+|are\\s+)?(joined\\s+by)|"
            + "(?:in|a)\\s+(conversation|dialogue|discussion)\\s+(?:with|between)|in\\s+conversation(?=\\s*:)|"
            + "(?:panel|discussion|conversation|dialogue|debate|chat|q&a|interview|exchange|roundtable)\\s+(?:with|between)|"
            + "(?<=\\b(?:panel|panels|programme|program|line-?up|session|sessions|event|debate|discussion|roundtable|"
            + "evening|meeting|webinar|conference|forum|workshop|seminar|symposium)\\s{1,3}(?:will\\s+)?)(include[sd]?|including))"
            // "Panels featured, among others, A ...": a hedge between the cue and the list
            + "\\b(?:\\s*,?\\s*(?:among(?:st)?\\s+others|inter\\s+alia|in\\s+particular|notably)\\s*,)?\\s*:?\\s*$");

    /** Between two people of one list: "; ", ", and ", "; as well as ", ", and by ". */
    static final Pattern LIST_SEPARATOR = Pattern.compile("(?i)^\\)?(?:,?\\s*(?:who|which|whose)\\b[^;]{0,200}?)?\\s*(?:[;,]\\s*)?(?:(?:and|as\\s+well\\s+as|plus|along\\s+with|"
            + "together\\s+with)\\s+)?(?:(?:by|from)\\s+)?$");

    /** "Opening the workshop on Monday, Dr. X": a participle clause opens the sentence. */
    static final Pattern OPENER = Pattern.compile("(?i)^\\W*(opening(?!\\s+(?:remarks|address|speech|statement|session|keynote|plenary|words))|closing(?!\\s+(?:remarks|address|speech|statement|session|keynote|plenary|words))|welcoming(?!\\s+(?:remarks|address|speech|words))|introducing|concluding|chairing|"
            // "Presenting the findings, lead author X", "Responding to the study, Y", "Speaking at the launch, Z"
            + "presenting|responding|speaking\\s+(?:at|during|on)|"
            + "moderating|hosting|kicking\\s+off|wrapping\\s+up|summing\\s+up|in\\s+closing|at\\s+the\\s+close\\s+of|"
            + "to\\s+open|to\\s+close|in\\s+(?:her|his|their|a|an|the)\\s+(?:opening|closing|keynote|welcoming|introductory|"
            + "concluding)\\s+(?:remarks|address|speech|lecture|presentation|talk|statement))"
            + "\\b[^,;]{0,80},\\s*(?:(?:the|our)\\s+[^,;]{1,80},\\s*)?$");

    /** "the moderator, Mr. X", "The evening's lecturer, Prof. Y", "The host, Ambassador Z". */
    static final Pattern ROLE_NOUN_BEFORE = Pattern.compile("(?i)(?:^|[\\s,;:(])(?:the|our|its|this\\s+\\p{L}+['’]s|"
            // "the evening's lecturer, X" names the event's; "the council's chair, X" only a title
            + "(?:evening|event|night|day|session|panel|debate|meeting|conference|forum|seminar|workshop|lecture|webinar|"
            + "symposium|summit|discussion|programme|program|festival|launch|dialogue|roundtable)['’]s)?\\s*"
            + "(?:first|second|third|fourth|final|last|main|featured|invited|closing|opening|other|two|three)?\\s*"
            + "(moderator|co-moderator|host|co-host|hosts|speaker|speakers|keynote\\s+speaker|lecturer|presenter|chair|"
            + "chairperson|co-chair|panel(?:l)?ist|respondent|discussant|guest|special\\s+guest|facilitator|"
            + "interviewer|emcee|master\\s+of\\s+ceremonies)\\s*,\\s*$");

    /** After a name: "is the moderator", "served as host". */
    static final Pattern ROLE_NOUN_AFTER = Pattern.compile("(?i)^\\s*,?\\s*(?:is|was|will\\s+be|would\\s+be|served\\s+as|"
            + "serves\\s+as|acted\\s+as|acts\\s+as|will\\s+serve\\s+as|will\\s+act\\s+as)\\s+(?:the\\s+|a\\s+|an\\s+|our\\s+)?"
            + "(?:event['’]s\\s+|evening['’]s\\s+|session['’]s\\s+|panel['’]s\\s+)?"
            + "(moderator|host|keynote\\s+speaker|speaker|lecturer|presenter|chair|panel(?:l)?ist|respondent|discussant|facilitator)\\b");

    /**
     * "on behalf of [the President,] X", "a statement from X", "a message by X": someone else spoke for them.
     * "read out by X" is not here: the reader is the one who spoke at the event.
     */
    static final Pattern SPOKEN_FOR = Pattern.compile("(?i)(?:on\\s+behalf\\s+of|statement\\s+(?:of|from|by)|message\\s+(?:of|from|by)|"
            + "letter\\s+(?:of|from|by)|remarks\\s+(?:prepared\\s+)?by\\s+.{0,30}\\s+(?:were|was)\\s+read|read\\s+out\\s+on\\s+behalf\\s+of|"
            + "in\\s+the\\s+name\\s+of)\\s*(?:the\\s+[\\p{L}\\s\\-’']{1,60},\\s*)?$");

    /**
     * "in memory of Constable X", "the late Professor Y", "a tribute to Z": the person is remembered, not present.
     * Up to three title words may stand between the cue and the name.
     */
    static final Pattern COMMEMORATED = Pattern.compile("(?i)(?:\\bmemory\\s+of|\\bthe\\s+late|\\btributes?\\s+to|\\bin\\s+remembrance\\s+of|"
            + "\\bremembering|\\bmourn(?:s|ed|ing)?|\\bobituary\\s+(?:of|for))\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}$");

    /** A cheap test before {@link #SPOKEN_FOR}: its words appear in the (lower-case) text before a name. */
    /*
     * Cheap tests that say when one of the long case-blind regexes below cannot match, so that it is not tried at every
     * position of the text: CONTACT and LIST match only at the end of the text before a name, so their match ends with
     * one of a few words followed by spaces and colons only; every match of WITHDRAWN holds one of a few words.
     */
    private static final Set<String> CONTACT_LAST_WORDS = Set.of("contact", "contacting", "contacts", "to", "mail", "email",
            "call", "phone", "reach", "ask", "with", "enquiries", "inquiries");
    private static final Set<String> LIST_LAST_WORDS = Set.of("include", "includes", "included", "including", "are", "were",
            "be", "together", "feature", "features", "featured", "featuring", "from", "by", "with", "between", "conversation",
            "others", "alia", "particular", "notably"); // "featured, among others, A"
    private static final List<String> WITHDRAWN_WORDS = List.of("withdr", "cancel", "postponed", "been", "able", "not",
            "regrets", "send", "sent", "expected", "absent", "who", "longer");

    static boolean mayEndWithContact(String before) {
        return CONTACT_LAST_WORDS.contains(lastWord(before));
    }

    static boolean mayEndWithList(String before) {
        return LIST_LAST_WORDS.contains(lastWord(before));
    }

    static boolean mayBeWithdrawn(String after) {
        String lower = after.toLowerCase(Locale.ROOT);
        for (String w : WITHDRAWN_WORDS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The last run of letters of {@code s}, lower-cased ("" when it has none). */
    private static String lastWord(String s) {
        int end = s.length();
        while (end > 0 && !Character.isLetter(s.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        return s.substring(start, end).toLowerCase(Locale.ROOT);
    }

    static boolean mayBeSpokenFor(String lowerBefore) {
        return lowerBefore.contains("behalf") || lowerBefore.contains("statement") || lowerBefore.contains("message")
                || lowerBefore.contains("letter") || lowerBefore.contains("read") || lowerBefore.contains("name of");
    }

    /** Words after a name saying the person will not take part after all. */
    static final Pattern WITHDRAWN = Pattern.compile("(?i)\\b(?:withdrawn|withdrew|has\\s+withdrawn|cancell?ed|postponed|"
            + "(?:has|have|had)\\s+been\\s+(?:moved|replaced|rescheduled|dropped)|unable\\s+to\\s+(?:attend|join|speak|take\\s+part|participate)|"
            + "could\\s+not\\s+(?:attend|join|come)|will\\s+not\\s+(?:attend|speak|appear|testify|take\\s+part|be\\s+(?:able|attending|speaking|appearing|testifying))|"
            + "regrets|sends?\\s+(?:her|his|their)\\s+apologies|had\\s+been\\s+expected|was\\s+expected\\s+to|"
            // "did not attend but sent a message", "was not able to join us", "sent a written statement", "in absentia"
            + "(?:did|does|do|could|can|would)\\s+not\\s+(?:attend|join|come|participate|take\\s+part|be\\s+present|make\\s+it)|"
            + "(?:not|un)\\s*able\\s+to\\s+(?:attend|join|come|be\\s+(?:present|with|here|there)|travel|make\\s+it)|"
            + "(?:sent|sends|send|will\\s+send)\\s+(?:a\\s+|an\\s+|her\\s+|his\\s+|their\\s+)?(?:short\\s+|brief\\s+|written\\s+|recorded\\s+|video\\s+)?"
            + "(?:message|statement|letter|apologies|greetings)|was\\s+absent|were\\s+absent|in\\s+absentia|"
            + "(?:was|were|is|are|will)\\s+not\\s+(?:be\\s+)?(?:present|there|in\\s+attendance)|"
            + "^\\s*,?\\s*who\\s+(?:died|passed\\s+away|was\\s+killed|lost\\s+(?:her|his)\\s+life)|"
            + "(?:will|can)\\s+no\\s+longer\\s+(?:attend|participate|take\\s+part|speak|join|be\\s+(?:able|attending|participating|speaking|joining)))\\b");

    /** Section labels above people who are contacts or staff, not participants. */
    static final Pattern NOT_PARTICIPANTS = Pattern.compile("(?i)^\\W*(?:related\\s+staff|staff|(?:[\\p{L}-]+\\s+)?team|contacts?|"
            + "media\\s+(?:contacts?|enquiries|inquiries)|press\\s+(?:contacts?|enquiries|inquiries|office)|for\\s+more\\s+information|enquiries|inquiries|rsvp|further\\s+information|"
            + "organi[sz]ing\\s+committee|editor|editors|author|authors|written\\s+by|posted\\s+by|photo(?:s|graphs)?\\s+by|"
            + "sponsors?|partners?|about\\s+the\\s+author|see\\s+also|related|more\\s+events|you\\s+may\\s+also|"
            + "(?:additional\\s+)?(?:reporting|writing|editing|research|photography|translation|text|words|interviews?|"
            + "illustrations?|graphics)\\s+by|by)\\b");

    /** "Venue: Great Hall, Old College": a line's own label that makes its capitalised words a place, not people. */
    static final Pattern VENUE_LABEL = Pattern.compile("(?i)^\\W*(?:venue|location|place|where|address|room)\\s*[:|]");

    /** A letter's closing ("Yours sincerely,", "Kind regards,") or an e-mail signature's "--": the signer follows. */
    static final Pattern VALEDICTION = Pattern.compile("(?i)^\\W*(?:yours(?:\\s+\\p{L}+)?|sincerely(?:\\s+yours)?|"
            + "(?:kind|warm|warmest|best|kindest|with\\s+(?:kind|warm|best))\\s+(?:regards|wishes)|regards|best|all\\s+(?:the\\s+)?best|"
            + "cheers|in\\s+solidarity|(?:with\\s+)?(?:many\\s+)?thanks|respectfully(?:\\s+yours)?|cordially|faithfully|"
            + "with\\s+gratitude|warmly|on\\s+behalf\\s+of\\s+[^,]{1,80})\\s*[,.!]?\\s*$|^\\s*--\\s*$");

    private static final Pattern KEYNOTE = Pattern.compile("(?i)\\bkey-?note");
    private static final Pattern MODERATOR = Pattern.compile("(?i)\\b(?:moderat\\w*|co-moderat\\w*|chair(?:s|ed|ing|person|man|woman)?\\b(?!\\s+of)|emcee|master\\s+of\\s+ceremonies|interviewer|interviewed)");
    private static final Pattern HOST = Pattern.compile("(?i)\\b(?:welcom\\w*|host(?:s|ed|ing)?\\b|co-host\\w*|presid(?:ing|ed|es)\\b|"
            + "open(?:ed|s|ing)?\\s+(?:the\\s+)?(?:event|meeting|conference|workshop|session|discussion|debate|seminar|"
            + "dialogue|forum|panel|evening|proceedings|symposium|roundtable|day|summit|programme|program|ceremony|launch))");
    private static final Pattern PANELIST = Pattern.compile("(?i)\\b(?:panel(?:l)?ists?|respon(?:se|ses|dent|dents)|discussants?|opponents?|"
            + "taking\\s+part|took\\s+part|"
            + "^\\W*(?:for|against)\\s*:|brought\\s+together|brings\\s+together|bring\\s+together|debaters?)");
    private static final Pattern OTHER = Pattern.compile("(?i)\\b(?:rapporteurs?|note-?takers?|interpreters?|sign\\s+language|"
            + "(?:co-)?promot(?:o|e)rs?|vote\\s+of\\s+thanks|performers?|performances?)\\b");
    private static final Pattern DISCUSSION = Pattern.compile("(?i)\\b(?:debate|discussion|panel|conversation|talk\\s+show|podcast|interview|q&a)\\b");
    private static final Pattern PANEL = Pattern.compile("(?i)\\bpanel\\b");

    private static final Pattern PREDICATE_KEYNOTE = Pattern.compile("(?i)^\\w+\\s+(?:\\w+\\s+){0,3}?(?:the\\s+|a\\s+)?(?:opening\\s+|closing\\s+)?key-?note");
    private static final Pattern PREDICATE_MODERATOR = Pattern.compile("(?i)^(?:moderat\\w*|co-moderat\\w*|chair(?:s|ed|ing|person)?|"
            + "co-facilitat\\w*|co-chair\\w*|interviewer|"
            + "facilitat\\w*|(?:will\\s+)?lead\\s+the\\s+(?:discussion|debate|conversation)|led\\s+the\\s+(?:discussion|debate|conversation))\\b");
    private static final Pattern PREDICATE_PANELIST = Pattern.compile("(?i)^(?:discussant|respondent|panel(?:l)?ist)\\b|"
            + "^(?:took|take|takes|taking|will\\s+take)\\s+part\\s+in\\s+"
            + "(?:the\\s+|a\\s+)?(?:panel|discussion|debate|roundtable|round\\s+table|conversation)|^(?:offered|offer|offers|gave|give|gives)\\s+"
            + "(?:\\w+\\s+)?(?:responses|response|reactions|comments)\\b");
    private static final Pattern PREDICATE_HOST = Pattern.compile("(?i)^(?:(?:gave|give|gives|provided|provides|provide|delivered|delivers|deliver|offered|offers|made|makes|will\\s+give)\\s+(?:the\\s+|a\\s+|some\\s+|brief\\s+|short\\s+)*(?:warm\\s+)?welcom\\w*|"
            + "welcomed\\s+(?:the\\s+|all\\s+)?(?:participants|guests|audience|attendees|delegates|everyone|those|panel(?:l)?ists|speakers|visitors)|"
            + "(?:introduced?|introduces|will\\s+introduce)\\s+(?:the\\s+)?(?:speakers?|panel(?:l)?ists|panel|guests?|lecturer|evening|event|session)|"
            + "(?:opened|opens|open|will\\s+open|hosted|hosts|host|will\\s+host)\\s+(?:the\\s+|this\\s+|today['’]s\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?(?:event|meeting|conference|workshop|session|discussion|debate|seminar|"
            + "dialogue|forum|panel|evening|proceedings|symposium|roundtable|day|summit|programme|program|ceremony|launch|webinar|gathering|"
            + "festival|fair|exhibition|season|series|celebration|congress|convention|meetup|colloquium|lecture))\\b");

    /**
     * The kind a verb phrase names ("moderated the event", "gave the keynote address", "provided
     * the welcoming remarks", "opened the discussion"), or null for any other contribution.
     */
    static ParticipantKind kindOfPredicate(CharSequence predicate) {
        if (PREDICATE_MODERATOR.matcher(predicate).find()) {
            return ParticipantKind.MODERATOR;
        }
        if (PREDICATE_KEYNOTE.matcher(predicate).find()) {
            return ParticipantKind.KEYNOTE;
        }
        if (PREDICATE_HOST.matcher(predicate).find()) {
            return ParticipantKind.HOST;
        }
        if (PREDICATE_PANELIST.matcher(predicate).find()) {
            return ParticipantKind.PANELIST;
        }
        return null;
    }

    /** "told the meeting", "told participants": "told" makes a participant only when its object is the event's audience. */
    static final Pattern TOLD_AUDIENCE = Pattern.compile("(?i)^told\\s+(?:the\\s+|fellow\\s+)?(?:meeting|participants|delegates|audience|"
            + "conference|forum|workshop|panel|attendees|gathering|guests|summit|session|symposium|seminar|assembly|"
            + "consultation|dialogue|crowd|room|hall|gathered|those\\s+present|members)\\b");

    /** The kind a cue (a label, a verb phrase, a sentence opening) names, or null when it names none. */
    static ParticipantKind kindOf(CharSequence cue) {
        if (cue == null) {
            return null;
        }
        if (KEYNOTE.matcher(cue).find()) {
            return ParticipantKind.KEYNOTE;
        }
        if (MODERATOR.matcher(cue).find()) {
            return ParticipantKind.MODERATOR;
        }
        if (HOST.matcher(cue).find()) {
            return ParticipantKind.HOST;
        }
        if (PANELIST.matcher(cue).find()) {
            return ParticipantKind.PANELIST;
        }
        if (OTHER.matcher(cue).find()) {
            return ParticipantKind.OTHER;
        }
        return null;
    }

    /** "hosted by" a person is a debate's moderator, otherwise its host. */
    static ParticipantKind hostedBy(CharSequence sentenceBefore) {
        return DISCUSSION.matcher(sentenceBefore).find() ? ParticipantKind.MODERATOR : ParticipantKind.HOST;
    }

    /** "The discussion was led by X": a discussion, debate or panel is spoken of. */
    static boolean mentionsDiscussion(CharSequence s) {
        return DISCUSSION.matcher(s).find();
    }

    static boolean mentionsPanel(CharSequence s) {
        return PANEL.matcher(s).find();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
