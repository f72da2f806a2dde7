package io.eventlens.extraction.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The weights of a trained name tagger: one row of label weights per feature key, label
 * transition weights, and the temperature that turns scores into calibrated probabilities.
 *
 * <p>File format (gzip): magic, format version, feature version, types, temperature, the
 * common-word frequency classes, transitions, then the feature rows, each a key and its non-zero label weights quantised to
 * 16 bits with one scale for the whole model.
 */
public final class NameTaggerModel {

    private static final int MAGIC = 0x454c4e52; // "ELNR"
    private static final int FORMAT = 1;

    final TagScheme scheme;
    final int labels;
    final FeatureIndex index;
    /** row * labels + label */
    final float[] weights;
    /** from * labels + to */
    final float[] transitions;
    final float[] firstWeights;
    final float[] lastWeights;
    final double temperature;
    final CommonWords commonWords;

    NameTaggerModel(TagScheme scheme, CommonWords commonWords, FeatureIndex index, float[] weights,
            float[] transitions, float[] firstWeights, float[] lastWeights, double temperature) {
        this.commonWords = commonWords;
        this.scheme = scheme;
        this.labels = scheme.size();
        this.index = index;
        this.weights = weights;
        this.transitions = transitions;
        this.firstWeights = firstWeights;
        this.lastWeights = lastWeights;
        this.temperature = temperature;
    }

    NameTaggerModel withTemperature(double t) {
        return new NameTaggerModel(scheme, commonWords, index, weights, transitions, firstWeights, lastWeights, t);
    }

    /**
     * How often the training text wrote {@code word} in lower case: 0 never, 1 rarely (fewer than 3 times) to 4 very
     * often (100 times or more). "warning" and "early" are ordinary words; "akello" is none.
     */
    public int lowercaseFrequency(String word) {
        return commonWords.frequencyClass(TokenFeatures.normalize(word.toLowerCase(java.util.Locale.ROOT)));
    }

    public List<String> types() {
        return scheme.types();
    }

    public int featureCount() {
        return index.size();
    }

    /** Adds the label scores of one token's features to {@code out}. */
    void score(long[] features, float[] out) {
        score(features, out, new int[features.length]);
    }

    /** As {@link #score(long[], float[])} with room for the rows of the features ({@code rows.length >= features.length}). */
    void score(long[] features, float[] out, int[] rows) {
        // all rows first, then their weights: the look-ups miss the cache and, free of the sums, can overlap
        for (int f = 0; f < features.length; f++) {
            rows[f] = index.row(features[f]);
        }
        for (int f = 0; f < features.length; f++) {
            int row = rows[f];
            if (row >= 0) {
                int base = row * labels;
                for (int l = 0; l < labels; l++) {
                    out[l] += weights[base + l];
                }
            }
        }
    }

    public void write(OutputStream stream) throws IOException {
        float scale = 0f;
        for (float w : weights) {
            scale = Math.max(scale, Math.abs(w));
        }
        float step = scale == 0f ? 1f : scale / Short.MAX_VALUE;
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(stream), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(TokenFeatures.VERSION);
            out.writeInt(scheme.types().size());
            for (String type : scheme.types()) {
                out.writeUTF(type);
            }
            out.writeDouble(temperature);
            commonWords.write(out);
            writeFloats(out, transitions);
            writeFloats(out, firstWeights);
            writeFloats(out, lastWeights);
            out.writeFloat(step);
            long[] keys = index.keysByRow();
            out.writeInt(keys.length);
            for (int row = 0; row < keys.length; row++) {
                out.writeLong(keys[row]);
                int nonZero = 0;
                for (int l = 0; l < labels; l++) {
                    if (Math.round(weights[row * labels + l] / step) != 0) {
                        nonZero++;
                    }
                }
                out.writeByte(nonZero);
                for (int l = 0; l < labels; l++) {
                    int q = Math.round(weights[row * labels + l] / step);
                    if (q != 0) {
                        out.writeByte(l);
                        out.writeShort(q);
                    }
                }
            }
        }
    }

    public static NameTaggerModel read(InputStream stream) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(stream), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a name tagger model (bad magic number)");
            }
            int format = in.readInt();
            int featureVersion = in.readInt();
            if (format != FORMAT || featureVersion != TokenFeatures.VERSION) {
                throw new IOException("name tagger model of format " + format + " with features v" + featureVersion
                        + ", this code reads format " + FORMAT + " with features v" + TokenFeatures.VERSION
                        + ": retrain it with `eventlens train-ner`");
            }
            int typeCount = in.readInt();
            List<String> types = new ArrayList<>();
            for (int t = 0; t < typeCount; t++) {
                types.add(in.readUTF());
            }
            TagScheme scheme = new TagScheme(types);
            int labels = scheme.size();
            double temperature = in.readDouble();
            CommonWords commonWords = CommonWords.read(in);
            float[] transitions = readFloats(in, labels * labels);
            float[] first = readFloats(in, labels);
            float[] last = readFloats(in, labels);
            float step = in.readFloat();
            int rows = in.readInt();
            FeatureIndex index = new FeatureIndex(rows);
            float[] weights = new float[rows * labels];
            for (int row = 0; row < rows; row++) {
                int added = index.add(in.readLong());
                if (added != row) {
                    throw new IOException("name tagger model repeats feature key of row " + row);
                }
                int nonZero = in.readUnsignedByte();
                for (int k = 0; k < nonZero; k++) {
                    int label = in.readUnsignedByte();
                    if (label >= labels) {
                        throw new IOException("name tagger model has label " + label + " of " + labels + " in row " + row);
                    }
                    weights[row * labels + label] = in.readShort() * step;
                }
            }
            return new NameTaggerModel(scheme, commonWords, index, weights, transitions, first, last, temperature);
        }
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        out.writeInt(values.length);
        for (float v : values) {
            out.writeFloat(v);
        }
    }

    private static float[] readFloats(DataInputStream in, int expected) throws IOException {
        int n = in.readInt();
        if (n != expected) {
            throw new IOException("name tagger model has " + n + " values where " + expected + " were expected");
        }
        float[] values = new float[n];
        for (int k = 0; k < n; k++) {
            values[k] = in.readFloat();
        }
        return values;
    }
}
