package io.eventlens.extraction.entity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Courtesy titles that precede a person's name and are not part of it (Mr., Ms., Dr., H.E.,
 * Prof., Ambassador, Admiral, Judge, Sir...). A title such as "Ambassador" is only an honorific
 * when a name follows it directly; "Germany's Ambassador, Ms. X" keeps it as a role.
 */
public final class Honorifics {

    /** Words that open a compound form of address before an honorific: "Right Honourable", "Most Reverend", "Her Excellency". */
    private static final Set<String> ADDRESS_OPENERS = Set.of("right", "most", "very", "her", "his", "their", "royal");

    /** Lower-case, without the final period. */
    private static final Set<String> WORDS = Set.of(
            "mr", "mrs", "ms", "mx", "miss", "messrs", "mme", "mlle", "dr", "prof", "professor", "h.e", "hon",
            "honourable", "honorable", "sir", "dame", "lord", "lady", "ambassador", "amb", "admiral", "adm",
            "judge", "justice", "senator", "sen", "rep", "gov", "gen", "col", "capt", "lt", "maj", "sgt", "rev",
            "reverend", "rabbi", "imam", "sheikh", "father", "sister", "brother", "bishop", "archbishop",
            "cardinal", "excellency", "dott", "ing", "herr", "frau", "eng", "baroness", "baron", "countess", "viscount",
            "viscountess", "marchioness", "highness", "eminence", "rt", "canon", "venerable", "mother", "maître", "maitre",
            "adv", "advocate", "dra", "lic", "abg");

    /** Words that are honorifics only when written with their period or in a known abbreviation form. */
    private static final Set<String> NEED_PERIOD = Set.of("sen", "rep", "gov", "gen", "col", "capt", "lt", "maj",
            "sgt", "adm", "amb", "dott", "ing", "father", "sister", "brother", "eng", "mother", "adv", "advocate",
            "dra", "lic", "abg"); // Spanish "Dra." (doctora), "Lic." (licenciado/a), "Abg." (abogado/a)

    /** Words that are honorifics without their period only when a full name follows ("Sister Agnes Kabore"). */
    private static final Set<String> BEFORE_FULL_NAME = Set.of("father", "sister", "brother", "mother", "sri", "shri", "smt", "shrimati",
            "alhaji", "alhaja", "hajiya", "hajia", "pastor", "père", "padre", "abbé", "sœur", "soeur", "frère",
            "me", // "Me Anne Dubois": the French "Maître" of a lawyer, written "Me"
            "pr"); // "Pr Anne Dubois": the French "Professeur"

    /** Academic titles written in lower case after a first honorific ("Prof. dr. ir. X", "Dr. h.c."). */
    private static final Set<String> LOWER_CASE_TITLES = Set.of("dr", "ir", "drs", "ing", "mr", "prof", "em", "h.c", "dipl");

    private static final Pattern LEADING = Pattern.compile(
            "^(?:(?:H\\.\\s?E\\.|Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Professor|Sir|Dame|Ambassador|Amb|Admiral|Judge|Justice|"
                    + "Senator|Sen|Hon|Rev|Rabbi|Imam|Sheikh)\\.?\\s+|(?:Eng|dr|ir|drs|Dra|Lic|Abg)\\.\\s+"
                    + "|(?-i:Me|Pr)\\s+(?=\\p{Lu}[\\p{L}'’-]+\\s+\\p{Lu}))+",
            Pattern.CASE_INSENSITIVE);

    private Honorifics() {
    }

    /**
     * True when {@code word} (a token, possibly with its final period, e.g. "Mr." or "H.E.") is an
     * honorific; {@code followedByPeriod} tells whether the next token is a period ("Mr" ".").
     */
    public static boolean isHonorific(String word, boolean followedByPeriod) {
        String w = word.toLowerCase(Locale.ROOT);
        boolean period = followedByPeriod || w.endsWith(".");
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        if (!WORDS.contains(w)) {
            return false;
        }
        if (NEED_PERIOD.contains(w) && !period) {
            return false;
        }
        // "He" is a pronoun, only "H.E." is the honorific; all forms must start with a capital
        return Character.isUpperCase(word.charAt(0));
    }

    /**
     * "Right" of "Right Honourable", "Most" of "Most Reverend", "Her" of "Her Excellency", "Royal" of "Royal Highness":
     * a word that opens a form of address when an honorific follows it.
     */
    public static boolean opensAddress(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && ADDRESS_OPENERS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "Sister", "Father", "Brother": an honorific without its period when a full name of two or more words follows. */
    public static boolean isHonorificBeforeFullName(String word) {
        if (word.equalsIgnoreCase("me")) {
            return word.equals("Me"); // not "ME" in a line of capitals
        }
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && BEFORE_FULL_NAME.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "dr", "ir", "drs" (with or without the period): a lower-case academic title continuing "Prof. dr. ir.". */
    public static boolean isLowerCaseTitle(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && LOWER_CASE_TITLES.contains(w);
    }

    /** The name with any leading honorifics removed ("H.E. Mr. Desra Percaya" -> "Desra Percaya"). */
    public static String strip(String name) {
        if (name == null) {
            return null;
        }
        return LEADING.matcher(name.strip()).replaceFirst("");
    }
}
