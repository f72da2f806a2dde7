package io.eventlens.extraction.ner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the tokens of a document into feature keys, one array of 64-bit hashed keys per token.
 * Features describe the token (word, lowercase word, shape, prefixes, suffixes), its neighbours
 * (words and shapes two to each side), the line it stands on (running text, all capitals, Title
 * Case, a short line of capitalised words), general word lists ({@link Gazetteer}), how common
 * the word is in lowercase ({@link CommonWords}), the document (whether the same word appears in
 * lowercase, or capitalised in mid-sentence, elsewhere in it) and the labels given to the same
 * word earlier in the document ({@link History}). Keys are hashes rather than strings so that
 * tagging allocates little; training and tagging share this code, so a model is only valid with
 * the {@link #VERSION} it was trained with.
 */
final class TokenFeatures {

    /** Changes whenever the features change: a model records the version it was trained with. */
    static final int VERSION = 5;

    /** How a sentence stands in the document: its line class. */
    static final int LINE_NORMAL = 0;
    static final int LINE_UPPER = 1;
    static final int LINE_TITLE = 2;
    /** One or two capitalised words alone on a line: a byline, a name in a list, a short heading. */
    static final int LINE_SHORT = 3;

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "of", "in", "on", "at", "for", "and", "or", "to", "with", "by", "from", "into", "de",
            "la", "le", "du", "des", "van", "von", "der", "den", "vs", "v", "via", "per", "as", "but", "nor", "&");

    // document-level flags of a lowercase word
    private static final int SEEN_LOWERCASE = 1;
    private static final int SEEN_CAPITALISED_MID_SENTENCE = 2;

    // feature templates
    private static final int BIAS = 1;
    private static final int WORD = 2;
    private static final int LOWER = 3;
    private static final int SHAPE = 4;
    private static final int SHORT_SHAPE = 5;
    private static final int PREFIX = 6; // 6..9
    private static final int SUFFIX = 10; // 10..13
    private static final int LOWER_PREV = 14;
    private static final int LOWER_NEXT = 15;
    private static final int LOWER_PREV2 = 16;
    private static final int LOWER_NEXT2 = 17;
    private static final int SHAPE_PREV = 18;
    private static final int SHAPE_NEXT = 19;
    private static final int SHAPE_PREV_CUR = 20;
    private static final int SHAPE_CUR_NEXT = 21;
    private static final int SHAPE_PREV_CUR_NEXT = 22;
    private static final int LOWER_PREV_CUR = 23;
    private static final int LOWER_CUR_NEXT = 24;
    private static final int LOWER_PREV_SHAPE_CUR = 25;
    private static final int SHAPE_CUR_LOWER_NEXT = 26;
    private static final int FIRST_SHAPE = 27;
    private static final int FIRST_LOWER = 28;
    private static final int LINE_SHAPE = 29;
    private static final int DOCUMENT_CASE = 30;
    private static final int GAZETTEER = 31;
    private static final int GAZETTEER_PREV = 32;
    private static final int GAZETTEER_NEXT = 33;
    private static final int HYPHEN_LAST = 34;
    private static final int LINE_DOCUMENT_CASE = 35;
    private static final int COMMON_WORD = 36;
    private static final int COMMON_WORD_CONTEXT = 37;
    private static final int HISTORY = 38;
    private static final int HISTORY_MAJORITY = 39;
    private static final int LINE_COMMON_WORDS = 40;

    private static final long BOUNDARY = hash("<s>");

    private TokenFeatures() {
    }

    /**
     * What the features need to know about a whole document: how each word is written across it.
     * Fill it with every sentence first ({@link #add}), then compute features sentence by sentence.
     */
    static final class DocumentContext {
        private final Map<String, Integer> documentCase = new HashMap<>();
        private final CommonWords commonWords;

        DocumentContext(CommonWords commonWords) {
            this.commonWords = commonWords;
        }

        void add(String[] tokens) {
            // capitals only say something in running text, not in headings, bylines or lists
            boolean runningText = lineClass(tokens) == LINE_NORMAL && hasLowercaseContentWord(tokens);
            String previous = "";
            for (int i = 0; i < tokens.length; i++) {
                String word = normalize(tokens[i]);
                String lw = word.toLowerCase(Locale.ROOT);
                int flags = 0;
                if (isLowercaseWord(word)) {
                    flags = SEEN_LOWERCASE;
                } else if (i > 0 && runningText && isCapitalised(word) && !opensSentence(previous)) {
                    flags = SEEN_CAPITALISED_MID_SENTENCE;
                }
                if (flags != 0) {
                    documentCase.merge(lw, flags, (a, b) -> a | b);
                }
                previous = lw;
            }
        }

        int flags(String lowercaseWord) {
            return documentCase.getOrDefault(lowercaseWord, 0);
        }
    }

    /**
     * The labels the tagger gave to capitalised words in the sentences of a document tagged so
     * far (the "extended prediction history"): a surname tagged as the last word of a person's
     * name early in an article is likely a person when it later stands alone.
     */
    static final class History {
        private final Map<String, int[]> counts = new HashMap<>();
        private final int labels;

        History(int labels) {
            this.labels = labels;
        }

        /** Records the labels predicted for one sentence. */
        void add(String[] tokens, int[] predicted) {
            Normalised n = Normalised.of(tokens);
            add(n, predicted);
        }

        void add(Normalised n, int[] predicted) {
            for (int i = 0; i < n.words.length; i++) {
                String key = n.historyWord(i);
                if (key != null) {
                    counts.computeIfAbsent(key, k -> new int[labels])[predicted[i]]++;
                }
            }
        }

        /** History feature keys of each token of a sentence. */
        long[][] features(String[] tokens) {
            return features(Normalised.of(tokens));
        }

        long[][] features(Normalised n) {
            long[][] out = new long[n.words.length][];
            for (int i = 0; i < n.words.length; i++) {
                String key = n.historyWord(i);
                int[] seen = key == null ? null : counts.get(key);
                if (seen == null) {
                    out[i] = NONE;
                    continue;
                }
                int caseClass = caseClass(n.words[i]);
                int present = 0;
                int majority = 0;
                for (int l = 0; l < labels; l++) {
                    if (seen[l] > 0) {
                        present++;
                        if (seen[l] > seen[majority]) {
                            majority = l;
                        }
                    }
                }
                long[] keys = new long[present + 1];
                int f = 0;
                for (int l = 0; l < labels; l++) {
                    if (seen[l] > 0) {
                        keys[f++] = key(HISTORY, l * 4 + caseClass);
                    }
                }
                keys[f] = key(HISTORY_MAJORITY, majority * 4 + caseClass);
                out[i] = keys;
            }
            return out;
        }

        /** Every key {@link #features} can produce, so a trainer can give them rows up front. */
        long[] allKeys() {
            long[] keys = new long[labels * 4 * 2];
            int f = 0;
            for (int l = 0; l < labels; l++) {
                for (int c = 0; c < 4; c++) {
                    keys[f++] = key(HISTORY, l * 4 + c);
                    keys[f++] = key(HISTORY_MAJORITY, l * 4 + c);
                }
            }
            return keys;
        }

    }

    /**
     * The words of one sentence as the features read them ({@link #normalize}d) and lower-cased, made once
     * for the sentence's features and its history.
     */
    static final class Normalised {
        final String[] tokens;
        final String[] words;
        final String[] lower;

        private Normalised(String[] tokens, String[] words, String[] lower) {
            this.tokens = tokens;
            this.words = words;
            this.lower = lower;
        }

        static Normalised of(String[] tokens) {
            int n = tokens.length;
            String[] words = new String[n];
            String[] lower = new String[n];
            for (int i = 0; i < n; i++) {
                words[i] = normalize(tokens[i]);
                lower[i] = words[i].toLowerCase(Locale.ROOT);
            }
            return new Normalised(tokens, words, lower);
        }

        /** The word the history keeps for token i: its lower case when it is capitalised or all capitals. */
        String historyWord(int i) {
            int cls = caseClass(words[i]);
            return cls == CASE_CAPITALISED || cls == CASE_UPPER ? lower[i] : null;
        }
    }

    private static final long[] NONE = new long[0];

    /** Feature keys of each token of one sentence of a document. */
    static long[][] sentence(String[] tokens, DocumentContext context) {
        return sentence(Normalised.of(tokens), context);
    }

    static long[][] sentence(Normalised n, DocumentContext context) {
        return sentence(n.words, n.lower, lineClass(n.tokens), context);
    }

    private static long[][] sentence(String[] words, String[] lower, int lineClass, DocumentContext context) {
        int n = words.length;
        long[] word = new long[n];
        long[] lw = new long[n];
        long[] shape = new long[n];
        long[] shortShape = new long[n];
        int[] frequency = new int[n];
        int[] cases = new int[n]; // read three times per token below
        for (int i = 0; i < n; i++) {
            cases[i] = caseClass(words[i]);
            frequency[i] = context.commonWords.frequencyClass(lower[i]);
            word[i] = hash(words[i]);
            lw[i] = hash(lower[i]);
            shape[i] = shapeHash(words[i], 4);
            shortShape[i] = shapeHash(words[i], 1);
        }
        int commonShare = commonShare(cases, frequency);
        byte[][] gazetteer = Gazetteer.instance().match(lower);
        long[][] out = new long[n][];
        long[] buffer = new long[80]; // at most 62 features: 34 fixed, 27 from word lists, 1 hyphen
        for (int i = 0; i < n; i++) {
            int f = 0;
            long prevLw = i > 0 ? lw[i - 1] : BOUNDARY;
            long nextLw = i + 1 < n ? lw[i + 1] : BOUNDARY;
            long prevShape = i > 0 ? shortShape[i - 1] : BOUNDARY;
            long nextShape = i + 1 < n ? shortShape[i + 1] : BOUNDARY;
            buffer[f++] = key(BIAS, 0);
            buffer[f++] = key(WORD, word[i]);
            buffer[f++] = key(LOWER, lw[i]);
            buffer[f++] = key(SHAPE, shape[i]);
            buffer[f++] = key(SHORT_SHAPE, shortShape[i]);
            String l = lower[i];
            for (int k = 1; k <= 4 && k < l.length(); k++) {
                buffer[f++] = key(PREFIX + k - 1, hash(l, 0, k));
                buffer[f++] = key(SUFFIX + k - 1, hash(l, l.length() - k, l.length()));
            }
            buffer[f++] = key(LOWER_PREV, prevLw);
            buffer[f++] = key(LOWER_NEXT, nextLw);
            buffer[f++] = key(LOWER_PREV2, i > 1 ? lw[i - 2] : BOUNDARY);
            buffer[f++] = key(LOWER_NEXT2, i + 2 < n ? lw[i + 2] : BOUNDARY);
            buffer[f++] = key(SHAPE_PREV, prevShape);
            buffer[f++] = key(SHAPE_NEXT, nextShape);
            buffer[f++] = key(SHAPE_PREV_CUR, prevShape, shortShape[i]);
            buffer[f++] = key(SHAPE_CUR_NEXT, shortShape[i], nextShape);
            buffer[f++] = key(SHAPE_PREV_CUR_NEXT, combine(prevShape, shortShape[i]), nextShape);
            buffer[f++] = key(LOWER_PREV_CUR, prevLw, lw[i]);
            buffer[f++] = key(LOWER_CUR_NEXT, lw[i], nextLw);
            buffer[f++] = key(LOWER_PREV_SHAPE_CUR, prevLw, shortShape[i]);
            buffer[f++] = key(SHAPE_CUR_LOWER_NEXT, shortShape[i], nextLw);
            if (i == 0) {
                buffer[f++] = key(FIRST_SHAPE, shortShape[i]);
                buffer[f++] = key(FIRST_LOWER, lw[i]);
            }
            buffer[f++] = key(LINE_SHAPE, lineClass, shortShape[i]);
            int caseClass = cases[i];
            if (caseClass != CASE_OTHER) {
                int flags = context.flags(l);
                boolean weakPosition = i == 0 || lineClass != LINE_NORMAL || opensSentence(i > 0 ? lower[i - 1] : "");
                buffer[f++] = key(DOCUMENT_CASE, flags * 16 + caseClass * 2 + (weakPosition ? 1 : 0));
                buffer[f++] = key(LINE_DOCUMENT_CASE, lineClass, flags * 16 + caseClass);
                buffer[f++] = key(COMMON_WORD, frequency[i] * 64 + lineClass * 8 + caseClass * 2 + (i == 0 ? 1 : 0));
            }
            if (caseClass == CASE_CAPITALISED || caseClass == CASE_UPPER) {
                buffer[f++] = key(LINE_COMMON_WORDS, lineClass * 64 + commonShare * 16 + caseClass * 4
                        + Math.min(frequency[i], 3));
            }
            int prevFrequency = i > 0 ? frequency[i - 1] * 4 + cases[i - 1] : -1;
            int nextFrequency = i + 1 < n ? frequency[i + 1] * 4 + cases[i + 1] : -1;
            buffer[f++] = key(COMMON_WORD_CONTEXT, (prevFrequency + 1) * 1024 + (nextFrequency + 1) * 32
                    + frequency[i] * 4 + caseClass);
            f = gazetteerFeatures(gazetteer, i, buffer, f);
            int hyphen = l.lastIndexOf('-');
            if (hyphen > 0 && hyphen < l.length() - 1) {
                buffer[f++] = key(HYPHEN_LAST, hash(l, hyphen + 1, l.length()));
            }
            out[i] = Arrays.copyOf(buffer, f);
        }
        return out;
    }

    private static int gazetteerFeatures(byte[][] marks, int i, long[] buffer, int f) {
        if (marks[i] != null) {
            for (int c = 0; c < Gazetteer.CATEGORIES; c++) {
                if (marks[i][c] != 0) {
                    buffer[f++] = key(GAZETTEER, c * 8 + marks[i][c]);
                }
            }
        }
        if (i > 0 && marks[i - 1] != null) {
            for (int c = 0; c < Gazetteer.CATEGORIES; c++) {
                if (marks[i - 1][c] != 0) {
                    buffer[f++] = key(GAZETTEER_PREV, c);
                }
            }
        }
        if (i + 1 < marks.length && marks[i + 1] != null) {
            for (int c = 0; c < Gazetteer.CATEGORIES; c++) {
                if (marks[i + 1][c] != 0) {
                    buffer[f++] = key(GAZETTEER_NEXT, c);
                }
            }
        }
        return f;
    }

    private static final int CASE_OTHER = 0;
    private static final int CASE_CAPITALISED = 1;
    private static final int CASE_UPPER = 2;
    private static final int CASE_LOWER = 3;

    private static int caseClass(String word) {
        boolean upper = false;
        boolean lower = false;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c < 128) { // ASCII answered here: the Unicode tables give the same, more slowly
                upper |= c >= 'A' && c <= 'Z';
                lower |= c >= 'a' && c <= 'z';
            } else {
                upper |= Character.isUpperCase(c);
                lower |= Character.isLowerCase(c);
            }
        }
        if (!upper && !lower) {
            return CASE_OTHER;
        }
        if (!upper) {
            return CASE_LOWER;
        }
        if (!lower) {
            return word.length() > 1 ? CASE_UPPER : CASE_CAPITALISED;
        }
        return Character.isUpperCase(word.charAt(0)) ? CASE_CAPITALISED : CASE_OTHER;
    }

    /** Quotes, apostrophes, dashes folded to ASCII, digits to 0: "1996-08-22" -> "0000-00-00". */
    static String normalize(String token) {
        StringBuilder sb = null;
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            char d = fold(c);
            if (d != c && sb == null) {
                sb = new StringBuilder(token.length()).append(token, 0, k);
            }
            if (sb != null) {
                sb.append(d);
            }
        }
        return sb == null ? token : sb.toString();
    }

    private static char fold(char c) {
        if (c >= '0' && c <= '9') {
            return '0';
        }
        return switch (c) {
            case '\u2018', '\u2019', '\u201a', '\u201b', '`', '\u00b4' -> '\'';
            case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
            default -> Character.isDigit(c) ? '0' : c;
        };
    }

    /**
     * The hash of the word's shape: upper X, lower x, digit d, others kept; runs of one class cut
     * at {@code maxRun}: "Blackburn" -> "Xxxxx" (4) or "Xx" (1), "U.S." -> "X.X.",
     * "0000-00-00" -> "dddd-dd-dd" / "d-d-d". Hashed as it is read, the string is never built.
     */
    static long shapeHash(String word, int maxRun) {
        long h = 0xcbf29ce484222325L;
        char last = 0;
        int run = 0;
        int length = 0;
        for (int k = 0; k < word.length() && length < 12; k++) {
            char c = word.charAt(k);
            char cls = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x'
                    : Character.isDigit(c) ? 'd' : Character.isLetter(c) ? 'x' : c;
            run = cls == last ? run + 1 : 1;
            last = cls;
            if (run <= maxRun) {
                h ^= cls;
                h *= 0x100000001b3L;
                length++;
            }
        }
        return mix(h);
    }

    /** All-capital lines (news headlines, banners) and title-case lines (headings) read differently. */
    static int lineClass(String[] tokens) {
        int words = 0;
        int capitalised = 0;
        int upper = 0;
        for (String token : tokens) {
            int cls = caseClass(token);
            if (cls == CASE_OTHER && !hasLetter(token)) {
                continue;
            }
            words++;
            if (cls == CASE_UPPER || (cls == CASE_CAPITALISED && token.length() == 1)) {
                upper++;
            }
            if (cls != CASE_LOWER || FUNCTION_WORDS.contains(token.toLowerCase(Locale.ROOT))) {
                capitalised++;
            }
        }
        if (words >= 2 && upper == words) {
            return LINE_UPPER;
        }
        if (words >= 3 && capitalised == words) {
            return LINE_TITLE;
        }
        if (words >= 1 && capitalised == words) {
            return LINE_SHORT;
        }
        return LINE_NORMAL;
    }

    /**
     * How many of the line's capitalised words are ordinary words: 0 none, 1 some, 2 all, 3 no
     * capitalised word. "Networking Lunch" is all ordinary words, "Paul Henderson" none.
     */
    private static int commonShare(int[] cases, int[] frequency) {
        int capitalised = 0;
        int common = 0;
        for (int i = 0; i < cases.length; i++) {
            int cls = cases[i];
            if (cls == CASE_CAPITALISED || cls == CASE_UPPER) {
                capitalised++;
                if (frequency[i] >= 2) {
                    common++;
                }
            }
        }
        return capitalised == 0 ? 3 : common == 0 ? 0 : common == capitalised ? 2 : 1;
    }

    private static boolean hasLowercaseContentWord(String[] tokens) {
        for (String token : tokens) {
            if (caseClass(token) == CASE_LOWER && !FUNCTION_WORDS.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String token) {
        for (int k = 0; k < token.length(); k++) {
            if (Character.isLetter(token.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLowercaseWord(String word) {
        return caseClass(word) == CASE_LOWER;
    }

    private static boolean isCapitalised(String word) {
        return caseClass(word) == CASE_CAPITALISED && word.length() > 1;
    }

    /** Tokens after which a capital letter says nothing: quotes, colons, bullets, opening brackets. */
    private static boolean opensSentence(String previous) {
        return previous.equals("\"") || previous.equals(":") || previous.equals("-") || previous.equals("(")
                || previous.equals("*") || previous.equals(".") || previous.equals("'") || previous.equals("--");
    }

    // hashing: FNV-1a over chars, finished with murmur3's fmix64

    static long hash(String s) {
        return hash(s, 0, s.length());
    }

    static long hash(String s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int k = from; k < to; k++) {
            h ^= s.charAt(k);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private static long combine(long a, long b) {
        return mix(a * 0x9E3779B97F4A7C15L + b);
    }

    private static long key(int template, long value) {
        return mix(value + template * 0xC2B2AE3D27D4EB4FL);
    }

    private static long key(int template, long a, long b) {
        return key(template, combine(a, b));
    }

    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
