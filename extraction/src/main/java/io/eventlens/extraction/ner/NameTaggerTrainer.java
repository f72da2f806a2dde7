package io.eventlens.extraction.ner;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Trains a {@link NameTaggerModel} with the averaged structured perceptron: for each training
 * sentence, decode with the current weights and, where the best sequence differs from the gold
 * one, move weight from the predicted labels' features to the gold labels' features; the model
 * keeps the average of the weights over all steps. Sentences are visited in an order shuffled
 * with a fixed seed, so training is deterministic.
 */
public final class NameTaggerTrainer {

    /**
     * @param epochs          passes over the training data
     * @param seed            seed of the shuffling and of the choice of augmented sentences
     * @param titleCaseShare  share of ordinary sentences also trained in a Title-Cased copy, so that
     *                        title-case headings do not read as names just for their capitals
     * @param fragmentShare   share of ordinary sentences from which a short Title-Cased fragment
     *                        (2-6 tokens, never cutting a name) is also trained as a line of its own,
     *                        like a heading or an agenda item
     */
    public record Options(int epochs, long seed, double titleCaseShare, double fragmentShare) {
        public static Options defaults() {
            return new Options(15, 20030601L, 0.5, 0.6);
        }
    }

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "of", "in", "on", "at", "for", "and", "or", "to", "with", "by", "from", "as");

    private final Options options;
    private final PrintStream log;

    public NameTaggerTrainer(Options options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    /**
     * One training sentence: its tokens, the rows of its fixed features and its gold labels; a
     * copy (title-cased sentence or fragment) is trained without prediction history.
     */
    private record Example(String[] tokens, int[][] rows, int[] gold, boolean copy) {
    }

    /** Trains on annotated documents; reports progress on {@code dev} after each epoch when given. */
    public NameTaggerModel train(List<ConllDocument> training, List<ConllDocument> dev) {
        TagScheme scheme = new TagScheme(List.of(EntityMention.PERSON, EntityMention.ORGANIZATION,
                EntityMention.LOCATION, EntityMention.MISC));
        int labels = scheme.size();
        Random random = new Random(options.seed());
        FeatureIndex index = new FeatureIndex(1 << 20);
        List<String[]> allSentences = new ArrayList<>();
        training.forEach(document -> allSentences.addAll(document.tokens()));
        CommonWords commonWords = CommonWords.count(allSentences);
        List<List<Example>> documents = new ArrayList<>();
        TokenFeatures.History noHistory = new TokenFeatures.History(labels);
        for (long key : noHistory.allKeys()) {
            index.add(key);
        }
        int sentenceCount = 0;
        long started = System.nanoTime();
        int augmented = 0;
        for (ConllDocument document : training) {
            List<String[]> sentences = new ArrayList<>();
            List<int[]> gold = new ArrayList<>();
            for (ConllDocument.Sentence sentence : document.sentences()) {
                sentences.add(sentence.tokens());
                gold.add(scheme.encode(sentence.tokens().length, ConllDocument.names(sentence.lastColumn())));
            }
            // the document context comes from the document as written, not from the added copies
            TokenFeatures.DocumentContext context = new TokenFeatures.DocumentContext(commonWords);
            sentences.forEach(context::add);
            int originals = sentences.size();
            for (int s = 0; s < originals; s++) {
                String[] tokens = sentences.get(s);
                if (tokens.length < 4 || TokenFeatures.lineClass(tokens) != TokenFeatures.LINE_NORMAL) {
                    continue;
                }
                if (random.nextDouble() < options.titleCaseShare()) {
                    sentences.add(titleCase(tokens));
                    gold.add(gold.get(s));
                    augmented++;
                }
                if (random.nextDouble() < options.fragmentShare()) {
                    int[] window = fragment(gold.get(s), tokens, random);
                    if (window != null) {
                        sentences.add(titleCase(Arrays.copyOfRange(tokens, window[0], window[1])));
                        gold.add(Arrays.copyOfRange(gold.get(s), window[0], window[1]));
                        augmented++;
                    }
                }
            }
            List<Example> examples = new ArrayList<>();
            for (int s = 0; s < sentences.size(); s++) {
                long[][] features = TokenFeatures.sentence(sentences.get(s), context);
                int[][] rows = new int[features.length][];
                for (int t = 0; t < rows.length; t++) {
                    long[] keys = features[t];
                    rows[t] = new int[keys.length];
                    for (int k = 0; k < keys.length; k++) {
                        rows[t][k] = index.add(keys[k]);
                    }
                }
                examples.add(new Example(sentences.get(s), rows, gold.get(s), s >= originals));
            }
            documents.add(examples);
            sentenceCount += examples.size();
        }
        log.printf(Locale.ROOT, "%d sentences (%d of them title-cased copies or fragments), %d features, prepared in %.1f s%n",
                sentenceCount, augmented, index.size(), seconds(started));

        int rowCount = index.size();
        float[] weights = new float[rowCount * labels];
        double[] weighted = new double[rowCount * labels]; // sum of step * update, for averaging
        float[] transitions = new float[labels * labels];
        double[] transitionsWeighted = new double[labels * labels];
        float[] first = new float[labels];
        double[] firstWeighted = new double[labels];
        float[] last = new float[labels];
        double[] lastWeighted = new double[labels];
        NameTaggerModel current = new NameTaggerModel(scheme, commonWords, index, weights, transitions, first, last, 1.0);
        NameTagger decoder = new NameTagger(current);
        int[] order = new int[documents.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        long step = 1;
        NameTaggerModel averaged = null;
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            long epochStarted = System.nanoTime();
            shuffle(order, random);
            int mistakes = 0;
            for (int d : order) {
                // sentences in document order: the history holds this epoch's predictions so far
                TokenFeatures.History history = new TokenFeatures.History(labels);
                for (Example example : documents.get(d)) {
                    int[][] rows = example.copy ? example.rows : withHistory(example, history, index);
                    int[] predicted = decoder.viterbi(emissions(rows, weights, labels));
                    if (!example.copy) {
                        history.add(example.tokens, predicted);
                    }
                    int[] gold = example.gold;
                    boolean wrong = false;
                    for (int t = 0; t < gold.length; t++) {
                        if (predicted[t] != gold[t]) {
                            wrong = true;
                            for (int row : rows[t]) {
                                update(weights, weighted, row * labels + gold[t], 1, step);
                                update(weights, weighted, row * labels + predicted[t], -1, step);
                            }
                        }
                        if (t > 0 && (predicted[t] != gold[t] || predicted[t - 1] != gold[t - 1])) {
                            update(transitions, transitionsWeighted, gold[t - 1] * labels + gold[t], 1, step);
                            update(transitions, transitionsWeighted, predicted[t - 1] * labels + predicted[t], -1, step);
                        }
                    }
                    if (predicted[0] != gold[0]) {
                        update(first, firstWeighted, gold[0], 1, step);
                        update(first, firstWeighted, predicted[0], -1, step);
                    }
                    int n = gold.length - 1;
                    if (predicted[n] != gold[n]) {
                        update(last, lastWeighted, gold[n], 1, step);
                        update(last, lastWeighted, predicted[n], -1, step);
                    }
                    if (wrong) {
                        mistakes++;
                    }
                    step++;
                }
            }
            String devReport = "";
            if (dev != null && !dev.isEmpty() && (epoch % 5 == 0 || epoch == options.epochs())) {
                averaged = average(scheme, commonWords, index, weights, weighted, transitions, transitionsWeighted, first,
                        firstWeighted, last, lastWeighted, step);
                devReport = String.format(Locale.ROOT, ", dev F1 PER+ORG+LOC %.4f",
                        evaluate(new NameTagger(averaged), dev).f1(Set.of("PER", "ORG", "LOC")));
            }
            log.printf(Locale.ROOT, "epoch %d: %d of %d sentences wrong, %.1f s%s%n",
                    epoch, mistakes, sentenceCount, seconds(epochStarted), devReport);
        }
        averaged = average(scheme, commonWords, index, weights, weighted, transitions, transitionsWeighted, first, firstWeighted,
                last, lastWeighted, step);
        NameTaggerModel pruned = prune(averaged);
        log.printf(Locale.ROOT, "kept %d of %d features; trained in %.1f s%n", pruned.featureCount(), rowCount,
                seconds(started));
        if (dev != null && !dev.isEmpty()) {
            pruned = pruned.withTemperature(calibrate(new NameTagger(pruned), dev));
            log.printf(Locale.ROOT, "temperature %.2f%n%s", pruned.temperature,
                    evaluate(new NameTagger(pruned), dev).report(Set.of("PER", "ORG", "LOC")));
        }
        return pruned;
    }

    /** The example's feature rows with its prediction-history features added. */
    private static int[][] withHistory(Example example, TokenFeatures.History history, FeatureIndex index) {
        long[][] keys = history.features(example.tokens);
        int[][] rows = new int[example.rows.length][];
        for (int t = 0; t < rows.length; t++) {
            if (keys[t].length == 0) {
                rows[t] = example.rows[t];
                continue;
            }
            rows[t] = Arrays.copyOf(example.rows[t], example.rows[t].length + keys[t].length);
            for (int k = 0; k < keys[t].length; k++) {
                rows[t][example.rows[t].length + k] = index.row(keys[t][k]);
            }
        }
        return rows;
    }

    private static float[][] emissions(int[][] rows, float[] weights, int labels) {
        float[][] emissions = new float[rows.length][labels];
        for (int t = 0; t < rows.length; t++) {
            for (int row : rows[t]) {
                int base = row * labels;
                for (int l = 0; l < labels; l++) {
                    emissions[t][l] += weights[base + l];
                }
            }
        }
        return emissions;
    }

    private static void update(float[] w, double[] weighted, int at, int delta, long step) {
        w[at] += delta;
        weighted[at] += (double) step * delta;
    }

    /** The averaged weights: w - weighted / step (Daume's trick for averaging without copies). */
    private static NameTaggerModel average(TagScheme scheme, CommonWords commonWords, FeatureIndex index, float[] weights, double[] weighted,
            float[] transitions, double[] transitionsWeighted, float[] first, double[] firstWeighted, float[] last,
            double[] lastWeighted, long step) {
        return new NameTaggerModel(scheme, commonWords, index, average(weights, weighted, step),
                average(transitions, transitionsWeighted, step), average(first, firstWeighted, step),
                average(last, lastWeighted, step), 1.0);
    }

    private static float[] average(float[] w, double[] weighted, long step) {
        float[] avg = new float[w.length];
        for (int k = 0; k < w.length; k++) {
            avg[k] = (float) (w[k] - weighted[k] / step);
        }
        return avg;
    }

    /** Drops the features whose weights are all (nearly) zero: most features never took part in a mistake. */
    private static NameTaggerModel prune(NameTaggerModel model) {
        int labels = model.labels;
        long[] keys = model.index.keysByRow();
        float max = 0;
        for (float w : model.weights) {
            max = Math.max(max, Math.abs(w));
        }
        float threshold = max / Short.MAX_VALUE; // below one quantisation step of the file format
        FeatureIndex index = new FeatureIndex(keys.length / 4);
        List<Integer> keptRows = new ArrayList<>();
        for (int row = 0; row < keys.length; row++) {
            boolean keep = false;
            for (int l = 0; l < labels && !keep; l++) {
                keep = Math.abs(model.weights[row * labels + l]) >= threshold;
            }
            if (keep) {
                index.add(keys[row]);
                keptRows.add(row);
            }
        }
        float[] weights = new float[keptRows.size() * labels];
        for (int k = 0; k < keptRows.size(); k++) {
            System.arraycopy(model.weights, keptRows.get(k) * labels, weights, k * labels, labels);
        }
        return new NameTaggerModel(model.scheme, model.commonWords, index, weights, model.transitions, model.firstWeights,
                model.lastWeights, model.temperature);
    }

    /**
     * The temperature that makes the names' probabilities honest on held-out data: the one with
     * the smallest log loss of "this predicted name is correct".
     */
    private double calibrate(NameTagger tagger, List<ConllDocument> dev) {
        double best = 1;
        double bestLoss = Double.MAX_VALUE;
        for (double t = 0.5; t <= 64; t *= 1.25) {
            NameTagger candidate = new NameTagger(tagger.model().withTemperature(t));
            double loss = 0;
            int count = 0;
            for (ConllDocument document : dev) {
                List<List<NameSpan>> predicted = candidate.tag(document.tokens(), true);
                for (int s = 0; s < predicted.size(); s++) {
                    List<NameSpan> gold = ConllDocument.names(document.sentences().get(s).lastColumn());
                    for (NameSpan p : predicted.get(s)) {
                        boolean correct = gold.stream().anyMatch(g -> g.first() == p.first() && g.end() == p.end()
                                && g.type().equals(p.type()));
                        double q = Math.min(1 - 1e-6, Math.max(1e-6, p.confidence()));
                        loss -= correct ? Math.log(q) : Math.log(1 - q);
                        count++;
                    }
                }
            }
            loss /= Math.max(1, count);
            if (loss < bestLoss) {
                bestLoss = loss;
                best = t;
            }
        }
        log.printf(Locale.ROOT, "calibration: log loss %.4f at temperature %.2f%n", bestLoss, best);
        return best;
    }

    static NameScores evaluate(NameTagger tagger, List<ConllDocument> documents) {
        NameScores scores = new NameScores();
        for (ConllDocument document : documents) {
            List<List<NameSpan>> predicted = tagger.tag(document.tokens(), false);
            for (int s = 0; s < predicted.size(); s++) {
                scores.add(ConllDocument.names(document.sentences().get(s).lastColumn()), predicted.get(s));
            }
        }
        return scores;
    }

    /**
     * A window of 2-6 tokens of a sentence that starts and ends on words and cuts no name, or
     * null when the chosen one does not qualify.
     */
    private static int[] fragment(int[] labels, String[] tokens, Random random) {
        int length = 2 + random.nextInt(5);
        if (length >= tokens.length) {
            return null;
        }
        int first = random.nextInt(tokens.length - length + 1);
        int end = first + length;
        boolean cutsName = (first > 0 && continuesName(labels[first]))
                || (end < labels.length && continuesName(labels[end]));
        if (cutsName || !isWord(tokens[first]) || !isWord(tokens[end - 1])) {
            return null;
        }
        return new int[] {first, end};
    }

    /** I or L labels continue a name begun before them. */
    private static boolean continuesName(int label) {
        return label != TagScheme.OUTSIDE && ((label - 1) % 4 == 1 || (label - 1) % 4 == 2);
    }

    private static boolean isWord(String token) {
        return Character.isLetter(token.charAt(0));
    }

    /** "the talks in geneva ended" -> "The Talks in Geneva Ended" (function words stay lowercase). */
    static String[] titleCase(String[] tokens) {
        String[] out = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            boolean functionWord = i > 0 && FUNCTION_WORDS.contains(token.toLowerCase(Locale.ROOT));
            if (!functionWord && !token.isEmpty() && Character.isLowerCase(token.charAt(0))) {
                token = Character.toUpperCase(token.charAt(0)) + token.substring(1);
            }
            out[i] = token;
        }
        return out;
    }

    private static void shuffle(int[] order, Random random) {
        for (int k = order.length - 1; k > 0; k--) {
            int j = random.nextInt(k + 1);
            int swap = order[k];
            order[k] = order[j];
            order[j] = swap;
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
