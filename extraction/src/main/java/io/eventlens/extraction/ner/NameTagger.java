package io.eventlens.extraction.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds names in tokenised sentences with a trained {@link NameTaggerModel}: the best label
 * sequence of each sentence (Viterbi over BILOU labels), and optionally each name's probability
 * under the model (forward-backward). Immutable and safe to share between threads.
 */
public final class NameTagger {

    /** The model shipped with the engine (trained on CoNLL-2003 English, see train-ner). */
    public static final String BUNDLED_MODEL = "/io/eventlens/extraction/ner/conll2003-en.model.gz";

    private static final float IMPOSSIBLE = Float.NEGATIVE_INFINITY;

    private final NameTaggerModel model;
    // exp(weight / temperature) of the transitions, first and last labels: the same for every
    // sentence, so forward-backward does not recompute them (0 where a transition is not allowed)
    private final double[] expTransitions;
    private final double[] expFirst;
    private final double[] expLast;

    public NameTagger(NameTaggerModel model) {
        this.model = model;
        TagScheme scheme = model.scheme;
        double t = model.temperature;
        int labels = model.labels;
        expTransitions = new double[labels * labels];
        for (int from = 0; from < labels; from++) {
            for (int to = 0; to < labels; to++) {
                expTransitions[from * labels + to] = scheme.allowed(from, to)
                        ? Math.exp(model.transitions[from * labels + to] / t) : 0;
            }
        }
        expFirst = new double[labels];
        expLast = new double[labels];
        for (int l = 0; l < labels; l++) {
            expFirst[l] = Math.exp(model.firstWeights[l] / t);
            expLast[l] = Math.exp(model.lastWeights[l] / t);
        }
    }

    /**
     * The tagger with the bundled model, loaded once per JVM (it is immutable and shared); fails
     * with a clear message when the build did not include the model.
     */
    public static NameTagger bundled() {
        NameTagger tagger = bundled;
        if (tagger == null) {
            synchronized (NameTagger.class) {
                if (bundled == null) {
                    bundled = loadBundled();
                }
                tagger = bundled;
            }
        }
        return tagger;
    }

    private static volatile NameTagger bundled;

    private static NameTagger loadBundled() {
        try (InputStream in = NameTagger.class.getResourceAsStream(BUNDLED_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the name tagger model " + BUNDLED_MODEL
                        + " is missing from the classpath; train it with `eventlens train-ner` or rebuild the engine");
            }
            return new NameTagger(NameTaggerModel.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name tagger model " + BUNDLED_MODEL, e);
        }
    }

    public NameTaggerModel model() {
        return model;
    }

    /**
     * The names in each sentence of one document (the document gives context: a word written in
     * lowercase elsewhere is less likely a name).
     *
     * @param withConfidence also compute each name's probability (costs about half as much again)
     */
    public List<List<NameSpan>> tag(List<String[]> sentences, boolean withConfidence) {
        Context context = newContext();
        sentences.forEach(context::add);
        List<List<NameSpan>> result = new ArrayList<>(sentences.size());
        for (String[] sentence : sentences) {
            result.add(tag(sentence, context, withConfidence));
        }
        return result;
    }

    /** A document's context for {@link #tag(String[], Context, boolean)}: add all its sentences first. */
    public Context newContext() {
        return new Context(new TokenFeatures.DocumentContext(model.commonWords), new TokenFeatures.History(model.labels));
    }

    /** The names of one sentence of a document whose sentences were all added to {@code context}. */
    public List<NameSpan> tag(String[] sentence, Context context, boolean withConfidence) {
        if (sentence.length == 0) {
            return List.of();
        }
        TokenFeatures.Normalised normalised = TokenFeatures.Normalised.of(sentence);
        long[][] features = TokenFeatures.sentence(normalised, context.features);
        long[][] history = context.history.features(normalised);
        float[][] emissions = emissions(features);
        int[] rows = new int[longest(history)];
        for (int t = 0; t < history.length; t++) {
            model.score(history[t], emissions[t], rows);
        }
        int[] labels = viterbi(emissions);
        context.history.add(normalised, labels);
        List<NameSpan> names = model.scheme.decode(labels);
        if (!withConfidence || names.isEmpty()) {
            return names;
        }
        Marginals marginals = new Marginals(emissions);
        List<NameSpan> scored = new ArrayList<>(names.size());
        for (NameSpan name : names) {
            scored.add(new NameSpan(name.first(), name.end(), name.type(), marginals.probability(labels, name)));
        }
        return scored;
    }

    /**
     * How the words of one document are written across it, and what the tagger made of the
     * sentences it has tagged so far; not thread-safe, one per document, sentences tagged in order.
     */
    public static final class Context {
        private final TokenFeatures.DocumentContext features;
        private final TokenFeatures.History history;

        private Context(TokenFeatures.DocumentContext features, TokenFeatures.History history) {
            this.features = features;
            this.history = history;
        }

        public void add(String[] sentence) {
            features.add(sentence);
        }
    }

    float[][] emissions(long[][] features) {
        float[][] emissions = new float[features.length][model.labels];
        int[] rows = new int[longest(features)];
        for (int t = 0; t < features.length; t++) {
            model.score(features[t], emissions[t], rows);
        }
        return emissions;
    }

    private static int longest(long[][] features) {
        int longest = 0;
        for (long[] f : features) {
            longest = Math.max(longest, f.length);
        }
        return longest;
    }

    /** The best valid label sequence. */
    int[] viterbi(float[][] emissions) {
        int n = emissions.length;
        int labels = model.labels;
        TagScheme scheme = model.scheme;
        float[] score = new float[labels];
        float[] next = new float[labels];
        int[][] back = new int[n][labels];
        for (int l = 0; l < labels; l++) {
            score[l] = scheme.allowedFirst(l) ? model.firstWeights[l] + emissions[0][l] : IMPOSSIBLE;
        }
        for (int t = 1; t < n; t++) {
            for (int to = 0; to < labels; to++) {
                float best = IMPOSSIBLE;
                int arg = 0;
                for (int from : scheme.allowedFrom(to)) {
                    if (score[from] == IMPOSSIBLE) {
                        continue;
                    }
                    float s = score[from] + model.transitions[from * labels + to];
                    if (s > best) {
                        best = s;
                        arg = from;
                    }
                }
                next[to] = best == IMPOSSIBLE ? IMPOSSIBLE : best + emissions[t][to];
                back[t][to] = arg;
            }
            float[] swap = score;
            score = next;
            next = swap;
        }
        int bestLast = TagScheme.OUTSIDE;
        float best = IMPOSSIBLE;
        for (int l = 0; l < labels; l++) {
            if (score[l] != IMPOSSIBLE && scheme.allowedLast(l) && score[l] + model.lastWeights[l] > best) {
                best = score[l] + model.lastWeights[l];
                bestLast = l;
            }
        }
        int[] path = new int[n];
        path[n - 1] = bestLast;
        for (int t = n - 1; t > 0; t--) {
            path[t - 1] = back[t][path[t]];
        }
        return path;
    }

    /**
     * Forward-backward over the valid label sequences with scores divided by the model's
     * temperature, in scaled probability space (no logarithms in the inner loop).
     */
    private final class Marginals {
        final int n;
        final int labels;
        final double[][] emit; // exp((emission - max) / T)
        final double[] trans; // exp(transition / T), 0 where not allowed
        final double[][] alpha;
        final double[][] beta;
        final double[] scale;

        Marginals(float[][] emissions) {
            TagScheme scheme = model.scheme;
            double t = model.temperature;
            n = emissions.length;
            labels = model.labels;
            emit = new double[n][labels];
            for (int k = 0; k < n; k++) {
                float max = IMPOSSIBLE;
                for (float e : emissions[k]) {
                    max = Math.max(max, e);
                }
                for (int l = 0; l < labels; l++) {
                    emit[k][l] = Math.exp((emissions[k][l] - max) / t);
                }
            }
            trans = expTransitions;
            alpha = new double[n][labels];
            beta = new double[n][labels];
            scale = new double[n];
            for (int l = 0; l < labels; l++) {
                alpha[0][l] = scheme.allowedFirst(l) ? expFirst[l] * emit[0][l] : 0;
            }
            normalize(alpha[0], 0);
            for (int k = 1; k < n; k++) {
                for (int to = 0; to < labels; to++) {
                    double sum = 0;
                    for (int from : scheme.allowedFrom(to)) {
                        sum += alpha[k - 1][from] * trans[from * labels + to];
                    }
                    alpha[k][to] = sum * emit[k][to];
                }
                normalize(alpha[k], k);
            }
            for (int l = 0; l < labels; l++) {
                beta[n - 1][l] = scheme.allowedLast(l) ? expLast[l] : 0;
            }
            // with alpha normalised per position, sum_l alpha[n-1][l] * beta[n-1][l] is the
            // probability mass; dividing beta by it makes marginals sum to one.
            double z = 0;
            for (int l = 0; l < labels; l++) {
                z += alpha[n - 1][l] * beta[n - 1][l];
            }
            for (int l = 0; l < labels; l++) {
                beta[n - 1][l] /= z;
            }
            for (int k = n - 2; k >= 0; k--) {
                for (int from = 0; from < labels; from++) {
                    double sum = 0;
                    for (int to : scheme.allowedTo(from)) {
                        sum += trans[from * labels + to] * emit[k + 1][to] * beta[k + 1][to];
                    }
                    beta[k][from] = sum / scale[k + 1];
                }
            }
        }

        private void normalize(double[] values, int k) {
            double sum = 0;
            for (double v : values) {
                sum += v;
            }
            scale[k] = sum == 0 ? 1 : sum;
            for (int l = 0; l < values.length; l++) {
                values[l] /= scale[k];
            }
        }

        /** Probability that the labels of the name's tokens are exactly those of the best path. */
        double probability(int[] path, NameSpan name) {
            double p = alpha[name.first()][path[name.first()]];
            for (int k = name.first() + 1; k < name.end(); k++) {
                p *= trans[path[k - 1] * labels + path[k]] * emit[k][path[k]] / scale[k];
            }
            p *= beta[name.end() - 1][path[name.end() - 1]];
            return Math.max(0, Math.min(1, p));
        }
    }
}
