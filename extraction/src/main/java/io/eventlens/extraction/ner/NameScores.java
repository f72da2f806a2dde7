package io.eventlens.extraction.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Exact-match precision, recall and F1 of names, per type and over chosen types (as conlleval counts). */
public final class NameScores {

    private final Map<String, int[]> counts = new TreeMap<>(); // type -> {correct, predicted, gold}

    /** Counts the names of one sentence. */
    public void add(List<NameSpan> gold, List<NameSpan> predicted) {
        Set<String> goldKeys = new HashSet<>();
        for (NameSpan g : gold) {
            goldKeys.add(g.first() + ":" + g.end() + ":" + g.type());
            counts(g.type())[2]++;
        }
        for (NameSpan p : predicted) {
            int[] c = counts(p.type());
            c[1]++;
            if (goldKeys.contains(p.first() + ":" + p.end() + ":" + p.type())) {
                c[0]++;
            }
        }
    }

    private int[] counts(String type) {
        return counts.computeIfAbsent(type, t -> new int[3]);
    }

    /** F1 over the given types together. */
    public double f1(Set<String> types) {
        int[] sum = sum(types);
        return f1(sum[0], sum[1], sum[2]);
    }

    private int[] sum(Set<String> types) {
        int[] sum = new int[3];
        counts.forEach((type, c) -> {
            if (types.contains(type)) {
                for (int k = 0; k < 3; k++) {
                    sum[k] += c[k];
                }
            }
        });
        return sum;
    }

    private static double f1(int correct, int predicted, int gold) {
        double p = predicted == 0 ? 0 : (double) correct / predicted;
        double r = gold == 0 ? 0 : (double) correct / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** One line per type and one for {@code combined} together: precision, recall, F1 in percent. */
    public String report(Set<String> combined) {
        StringBuilder sb = new StringBuilder();
        counts.forEach((type, c) -> sb.append(line(type, c)));
        sb.append(line(String.join("+", new java.util.TreeSet<>(combined)), sum(combined)));
        return sb.toString();
    }

    private static String line(String label, int[] c) {
        double p = c[1] == 0 ? 0 : 100.0 * c[0] / c[1];
        double r = c[2] == 0 ? 0 : 100.0 * c[0] / c[2];
        return String.format(Locale.ROOT, "%-14s P %6.2f  R %6.2f  F1 %6.2f  (%d found, %d gold)%n",
                label, p, r, f1(c[0], c[1], c[2]) * 100, c[1], c[2]);
    }
}
