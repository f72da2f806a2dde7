package io.eventlens.extraction.evaluation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When two values of the event-record format count as the same, following the published scoring
 * rules: titles by token overlap, people by name without honorifics (same surname and first initial
 * accepted), organisations when equal, an acronym of each other or overlapping in most words, roles
 * and locations loosely, times whatever their notation.
 */
final class Matching {

    /** Title slots are right when the titles are this close (Dice coefficient over tokens). */
    static final double SAME_TITLE = 0.9;
    /** Organisations with at least this overlap of their significant words are the same. */
    static final double SAME_ORGANIZATION = 0.8;
    /** Roles and locations with at least this overlap match loosely. */
    static final double LOOSE = 0.5;

    /** Words that an acronym may skip, and that say little about which organisation is meant. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "of", "the", "for", "and", "on", "in", "to", "at", "a", "an", "&",
            "de", "del", "des", "du", "la", "le", "les", "et", "y", "el", "der", "die", "das", "für", "und");

    /** Titles of address that are not part of a name; several may stand in a row ("Prof. dr. ir."). */
    private static final Set<String> HONORIFICS = Set.of(
            "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "ir", "eng", "ing", "he", "h.e",
            "ambassador", "amb", "sir", "dame", "lord", "lady", "judge", "justice", "rev", "reverend", "hon",
            "honourable", "honorable", "senator", "sen", "gen", "general", "col", "colonel", "capt", "captain",
            "president", "minister", "councillor", "councilor", "sister", "brother", "father", "mme", "mlle",
            "dna", "sr", "sra", "herr", "frau", "whaea", "matua");

    private static final Pattern TWELVE_HOUR = Pattern.compile(
            "(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    private Matching() {
    }

    /** Folded form for comparisons: NFKC, plain quotes and dashes, lower case, single spaces, no edge punctuation, no leading "the". */
    static String normalize(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u201e', '"').replace('\u00ab', '"').replace('\u00bb', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u2212', '-')
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        t = t.replaceAll("^[\\s.,;:\"'()\\[\\]*]+|[\\s.,;:\"'()\\[\\]*]+$", "");
        return t.startsWith("the ") ? t.substring(4) : t;
    }

    /** The words of a value, lower case and without accents ("Hadžiabdić" and "Hadziabdic" are one word). */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(stripAccents(normalize(s)));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static String stripAccents(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** Dice coefficient of two bags of words: 1 for the same words, 0 for none in common. */
    static double dice(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        a.forEach(w -> counts.merge(w, 1, Integer::sum));
        int common = 0;
        for (String w : b) {
            Integer left = counts.get(w);
            if (left != null && left > 0) {
                common++;
                counts.put(w, left - 1);
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    static double titleSimilarity(String a, String b) {
        return dice(tokens(a), tokens(b));
    }

    static boolean sameTitle(String gold, String predicted) {
        if (gold == null || predicted == null) {
            return false;
        }
        return normalize(gold).equals(normalize(predicted)) || titleSimilarity(gold, predicted) >= SAME_TITLE;
    }

    /** The words of a person's name with leading honorifics removed. */
    static List<String> nameWords(String name) {
        List<String> words = new ArrayList<>(List.of(stripAccents(normalize(name)).split("[\\s,]+")));
        while (words.size() > 1 && HONORIFICS.contains(words.get(0).replaceAll("\\.+$", ""))) {
            words.remove(0);
        }
        words.replaceAll(w -> w.replaceAll("^[.'\"]+|[.'\"]+$", ""));
        words.removeIf(String::isEmpty);
        return words;
    }

    /** Same person: equal names without honorifics, or the same surname and the same first initial. */
    static boolean samePerson(String gold, String predicted) {
        if (gold == null || predicted == null) {
            return false;
        }
        List<String> a = nameWords(gold);
        List<String> b = nameWords(predicted);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        String surnameA = a.get(a.size() - 1);
        String surnameB = b.get(b.size() - 1);
        return a.size() > 1 && b.size() > 1 && surnameA.equals(surnameB) && a.get(0).charAt(0) == b.get(0).charAt(0);
    }

    /** Same organisation: equal after normalisation, one the other's acronym, or most significant words shared. */
    static boolean sameOrganization(String gold, String predicted) {
        if (gold == null || predicted == null) {
            return false;
        }
        if (normalize(gold).equals(normalize(predicted))) {
            return true;
        }
        if (isAcronymOf(gold, predicted) || isAcronymOf(predicted, gold)) {
            return true;
        }
        return dice(significant(tokens(gold)), significant(tokens(predicted))) >= SAME_ORGANIZATION;
    }

    private static List<String> significant(List<String> words) {
        List<String> out = new ArrayList<>(words);
        out.removeIf(FUNCTION_WORDS::contains);
        return out.isEmpty() ? words : out;
    }

    /**
     * True when {@code shortForm} is written with the initials of {@code longForm}'s words, either of
     * every word or of every word but the function words ("HARN" for "Horn of Africa Resilience
     * Network"). Hyphenated words give one initial per part ("NBSCN" for "Nordic-Baltic Science ...").
     */
    static boolean isAcronymOf(String shortForm, String longForm) {
        String letters = stripAccents(shortForm).replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
        List<String> words = tokens(longForm);
        if (letters.length() < 2 || words.size() < 2 || shortForm.strip().contains(" ")) {
            return false;
        }
        StringBuilder all = new StringBuilder();
        StringBuilder content = new StringBuilder();
        for (String w : words) {
            all.append(w.charAt(0));
            if (!FUNCTION_WORDS.contains(w)) {
                content.append(w.charAt(0));
            }
        }
        return letters.contentEquals(all) || letters.contentEquals(content);
    }

    /** Loose match for roles and locations: equal, one inside the other (whole words), or half the words shared. */
    static boolean looselySame(String gold, String predicted) {
        if (gold == null || predicted == null) {
            return false;
        }
        String a = " " + String.join(" ", tokens(gold)) + " ";
        String b = " " + String.join(" ", tokens(predicted)) + " ";
        if (a.isBlank() || b.isBlank()) {
            return false;
        }
        return a.equals(b) || a.contains(b) || b.contains(a) || dice(tokens(gold), tokens(predicted)) >= LOOSE;
    }

    /** A time as 24-hour HH:MM, whatever its notation ("3:30 PM", "15.30", "noon"); unreadable times stay as they are. */
    static String canonicalTime(String time) {
        if (time == null) {
            return null;
        }
        String t = time.strip().toLowerCase(Locale.ROOT);
        if (t.equals("noon") || t.equals("12 noon") || t.equals("midday")) {
            return "12:00";
        }
        Matcher m = TWELVE_HOUR.matcher(t);
        if (!m.matches()) {
            return t;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String half = m.group(3);
        if (half != null && half.startsWith("p") && hour < 12) {
            hour += 12;
        } else if (half != null && half.startsWith("a") && hour == 12) {
            hour = 0;
        }
        return String.format(Locale.ROOT, "%02d:%02d", hour, minute);
    }

    static boolean sameTime(String gold, String predicted) {
        return gold != null && predicted != null && canonicalTime(gold).equals(canonicalTime(predicted));
    }
}
