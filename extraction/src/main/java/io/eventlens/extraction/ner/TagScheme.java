package io.eventlens.extraction.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * The BILOU labels the tagger predicts for each token (Begin, Inside, Last, Outside, Unit-length
 * name), which name boundaries better than plain BIO, and the transitions between them that
 * form valid name spans. Label 0 is O; each type T has labels B-T, I-T, L-T, U-T.
 */
final class TagScheme {

    static final int OUTSIDE = 0;
    private static final int B = 0;
    private static final int I = 1;
    private static final int L = 2;
    private static final int U = 3;

    private final List<String> types;
    private final boolean[][] allowed;
    private final boolean[] allowedFirst;
    private final boolean[] allowedLast;
    private final int[][] allowedFrom;
    private final int[][] allowedTo;

    TagScheme(List<String> types) {
        this.types = List.copyOf(types);
        int n = size();
        allowed = new boolean[n][n];
        allowedFirst = new boolean[n];
        allowedLast = new boolean[n];
        for (int to = 0; to < n; to++) {
            allowedFirst[to] = opensOrOutside(to);
            allowedLast[to] = closesOrOutside(to);
            for (int from = 0; from < n; from++) {
                allowed[from][to] = isAllowed(from, to);
            }
        }
        allowedFrom = new int[n][];
        allowedTo = new int[n][];
        for (int label = 0; label < n; label++) {
            final int l = label;
            allowedFrom[label] = java.util.stream.IntStream.range(0, n).filter(from -> allowed[from][l]).toArray();
            allowedTo[label] = java.util.stream.IntStream.range(0, n).filter(to -> allowed[l][to]).toArray();
        }
    }

    /** The labels that may precede {@code to}, for decoders that skip the impossible pairs. */
    int[] allowedFrom(int to) {
        return allowedFrom[to];
    }

    /** The labels that may follow {@code from}. */
    int[] allowedTo(int from) {
        return allowedTo[from];
    }

    List<String> types() {
        return types;
    }

    int size() {
        return 1 + 4 * types.size();
    }

    boolean allowed(int from, int to) {
        return allowed[from][to];
    }

    boolean allowedFirst(int label) {
        return allowedFirst[label];
    }

    boolean allowedLast(int label) {
        return allowedLast[label];
    }

    private boolean isAllowed(int from, int to) {
        if (from == OUTSIDE || part(from) == L || part(from) == U) {
            return opensOrOutside(to);
        }
        // from B or I: the same name goes on (I) or ends (L)
        return to != OUTSIDE && type(to) == type(from) && (part(to) == I || part(to) == L);
    }

    private boolean opensOrOutside(int label) {
        return label == OUTSIDE || part(label) == B || part(label) == U;
    }

    private boolean closesOrOutside(int label) {
        return label == OUTSIDE || part(label) == L || part(label) == U;
    }

    private static int part(int label) {
        return (label - 1) % 4;
    }

    private static int type(int label) {
        return (label - 1) / 4;
    }

    String typeOf(int label) {
        return types.get(type(label));
    }

    String name(int label) {
        if (label == OUTSIDE) {
            return "O";
        }
        return "BILU".charAt(part(label)) + "-" + typeOf(label);
    }

    /** The label sequence of a sentence of {@code length} tokens holding these non-overlapping names. */
    int[] encode(int length, List<NameSpan> names) {
        int[] labels = new int[length];
        for (NameSpan name : names) {
            int t = types.indexOf(name.type());
            if (t < 0) {
                continue; // a type this model does not learn
            }
            int base = 1 + 4 * t;
            if (name.end() - name.first() == 1) {
                labels[name.first()] = base + U;
            } else {
                labels[name.first()] = base + B;
                for (int k = name.first() + 1; k < name.end() - 1; k++) {
                    labels[k] = base + I;
                }
                labels[name.end() - 1] = base + L;
            }
        }
        return labels;
    }

    /** The names of a valid label sequence (one the decoder produced). */
    List<NameSpan> decode(int[] labels) {
        List<NameSpan> names = new ArrayList<>();
        int k = 0;
        while (k < labels.length) {
            int label = labels[k];
            if (label == OUTSIDE) {
                k++;
                continue;
            }
            int first = k;
            if (part(label) == B) {
                while (k < labels.length && part(labels[k]) != L && labels[k] != OUTSIDE) {
                    k++;
                }
            }
            int end = Math.min(k + 1, labels.length);
            names.add(new NameSpan(first, end, typeOf(label), Double.NaN));
            k = end;
        }
        return names;
    }
}
