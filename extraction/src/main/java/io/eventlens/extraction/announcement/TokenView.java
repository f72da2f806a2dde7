package io.eventlens.extraction.announcement;

import io.eventlens.extraction.text.Token;
import java.util.List;

/** The document's tokens with their strings and the layout around them (line breaks, blank lines). */
final class TokenView {

    final String text;
    private final int[] starts;
    private final int[] ends;
    private final String[] words;
    private final String[] lowers;

    private final Runnable deadline;

    TokenView(String text, List<Token> tokens) {
        this(text, tokens, () -> { });
    }

    /** {@code deadline} is called now and then in loops over all tokens (the document's deadline check). */
    TokenView(String text, List<Token> tokens, Runnable deadline) {
        this.text = text;
        this.deadline = deadline;
        int n = tokens.size();
        starts = new int[n];
        ends = new int[n];
        words = new String[n];
        lowers = new String[n];
        for (int i = 0; i < n; i++) {
            starts[i] = tokens.get(i).start();
            ends[i] = tokens.get(i).end();
        }
    }

    private int[] lineEnds;

    /** The index after the last token on the line of token {@code i}. */
    int lineEnd(int i) {
        if (lineEnds == null) {
            int n = starts.length;
            lineEnds = new int[n];
            int end = n;
            for (int k = n - 1; k >= 0; k--) {
                if (k + 1 < n && breaksAfter(k) > 0) {
                    end = k + 1;
                }
                lineEnds[k] = end;
            }
        }
        return lineEnds[i];
    }

    /** Called in loops over the tokens: checks the document's deadline every 4096 tokens. */
    void tick(int i) {
        if ((i & 0xFFF) == 0) {
            deadline.run();
        }
    }

    int size() {
        return starts.length;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    String word(int i) {
        if (i < 0 || i >= starts.length) {
            return "";
        }
        String w = words[i];
        if (w == null) {
            w = text.substring(starts[i], ends[i]);
            words[i] = w;
        }
        return w;
    }

    String lower(int i) {
        if (i < 0 || i >= starts.length) {
            return "";
        }
        String w = lowers[i];
        if (w == null) {
            w = Words.fold(word(i));
            lowers[i] = w;
        }
        return w;
    }

    boolean is(int i, String word) {
        return i >= 0 && i < starts.length && word(i).equalsIgnoreCase(word);
    }

    /** Number of line breaks between token {@code i} and the next one (0 on the same line). */
    int breaksAfter(int i) {
        if (i < 0 || i + 1 >= starts.length) {
            return 2;
        }
        int breaks = 0;
        for (int k = ends[i]; k < starts[i + 1]; k++) {
            if (text.charAt(k) == '\n') {
                breaks++;
            }
        }
        return breaks;
    }

    /** Whether token {@code i} is the first on its line. */
    boolean startsLine(int i) {
        return i == 0 || breaksAfter(i - 1) > 0;
    }

    /** Whether token {@code i} is the last on its line. */
    boolean endsLine(int i) {
        return i == starts.length - 1 || breaksAfter(i) > 0;
    }

    /** First token index whose start is at or after {@code offset}. */
    int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
