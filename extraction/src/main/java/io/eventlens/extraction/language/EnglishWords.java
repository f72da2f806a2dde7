package io.eventlens.extraction.language;

import java.util.Locale;
import java.util.Set;

/**
 * A cheap first look at a prose sample: when 15% of its words are English function words, it is
 * English, and the statistical detector need not run. The words are ones other languages written in
 * Latin letters rarely use ("a", "in", "is", "on", "to", "die" are left out: they are common words of
 * Spanish, German, Dutch, French or Polish); German or Danish text reaches a few percent, English prose a fifth to
 * a quarter or more, agendas and lists of names less (they go to the detector).
 */
final class EnglishWords {

    /** Share of the sample's words that must be English function words. */
    static final double MIN_SHARE = 0.15;
    /** Fewer words than this say too little to skip the detector. */
    static final int MIN_WORDS = 40;

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "and", "of", "for", "with", "that", "this", "will", "from", "which", "are", "were", "have", "has",
            "been", "their", "they", "by", "at", "it", "its", "be", "our", "we", "or", "not", "would", "who",
            "these", "there", "into", "about", "after", "than", "can", "his", "her", "she", "he", "you", "your", "but");

    private EnglishWords() {
    }

    static boolean clearlyEnglish(String sample) {
        int words = 0;
        int english = 0;
        int n = sample.length();
        int k = 0;
        while (k < n) {
            if (!Character.isLetter(sample.charAt(k))) {
                k++;
                continue;
            }
            int start = k;
            while (k < n && Character.isLetter(sample.charAt(k))) {
                k++;
            }
            words++;
            // function words are short: longer words need no lookup
            if (k - start <= 5 && FUNCTION_WORDS.contains(sample.substring(start, k).toLowerCase(Locale.ROOT))) {
                english++;
            }
        }
        return words >= MIN_WORDS && english >= MIN_SHARE * words;
    }
}
