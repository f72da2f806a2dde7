package io.eventlens.extraction.entity;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Country names from the JDK ({@link Locale#getISOCountries()} in English), with the usual
 * variants ("and" for "&", "Saint" for "St.", "the Republic of X" handled by callers). Used to
 * tell a country ("Permanent Representative of Fiji") from an organisation.
 */
public final class Places {

    // precompiled: String.replaceAll, split and matches compile their pattern on every call
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern TRAILING_PUNCTUATION = java.util.regex.Pattern.compile("[,.;:]+$");

    private static final Set<String> COUNTRIES = countries();

    private Places() {
    }

    private static Set<String> countries() {
        Set<String> names = new HashSet<>();
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            add(names, name);
            add(names, name.replace("&", "and"));
            add(names, name.replace("St. ", "Saint "));
            int cut = indexOfAny(name, " (", " - ", " SAR ");
            if (cut > 0) {
                add(names, name.substring(0, cut));
            }
        }
        for (String extra : new String[] {"Turkey", "Türkiye", "Czech Republic", "Ivory Coast", "Burma", "Holland",
                "Great Britain", "Britain", "England", "Scotland", "Wales", "Northern Ireland", "Swaziland", "Vatican",
                "Democratic Republic of the Congo", "Republic of the Congo", "USA", "U.S.", "U.S.A.", "US", "UK", "Kosovo",
                "Palestine", "Taiwan", "Macedonia", "Cabo Verde", "Timor-Leste", "East Timor"}) {
            add(names, extra);
        }
        return Set.copyOf(names);
    }

    private static int indexOfAny(String s, String... parts) {
        for (String p : parts) {
            int i = s.indexOf(p);
            if (i > 0) {
                return i;
            }
        }
        return -1;
    }

    private static void add(Set<String> names, String name) {
        names.add(key(name));
    }

    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC).replace('\u2019', '\'').replace('\u2018', '\'')
                .toLowerCase(Locale.ROOT).strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        if (s.startsWith("republic of ")) {
            s = s.substring("republic of ".length());
        } else if (s.startsWith("federal republic of ")) {
            s = s.substring("federal republic of ".length());
        } else if (s.startsWith("kingdom of ")) {
            s = s.substring("kingdom of ".length());
        }
        return SPACES.matcher(s).replaceAll(" ");
    }

    /** True for a country name, with or without "the" and "Republic of" ("the Republic of Indonesia"). */
    public static boolean isCountry(String name) {
        return name != null && !name.isBlank() && COUNTRIES.contains(key(name));
    }

    /** True when the text begins with a country name followed by nothing or a non-letter. */
    public static boolean startsWithCountry(String text) {
        String k = key(text);
        String[] words = k.split(" ");
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < Math.min(words.length, 6); i++) {
            if (i > 0) {
                prefix.append(' ');
            }
            prefix.append(words[i]);
            if (COUNTRIES.contains(TRAILING_PUNCTUATION.matcher(prefix).replaceAll(""))) {
                return true;
            }
        }
        return false;
    }
}
