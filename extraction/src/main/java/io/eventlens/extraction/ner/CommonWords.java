package io.eventlens.extraction.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How often each word was written in lowercase in the training text, in four frequency classes,
 * kept with the model as word hashes. It tells the tagger that a capitalised "Lunch" or
 * "Remarks" in a heading is an ordinary word, including for the many words that training saw
 * too rarely capitalised to learn so from examples. Holds ordinary words only: names are
 * written with capitals.
 */
final class CommonWords {

    private final long[] keys;
    private final byte[] classes;

    private CommonWords(long[] keys, byte[] classes) {
        this.keys = keys;
        this.classes = classes;
    }

    static CommonWords empty() {
        return new CommonWords(new long[16], new byte[16]);
    }

    /** Counts the lowercase words of training sentences. */
    static CommonWords count(List<String[]> sentences) {
        Map<String, Integer> counts = new HashMap<>();
        for (String[] sentence : sentences) {
            for (String token : sentence) {
                String word = TokenFeatures.normalize(token);
                if (isLowercaseWord(word)) {
                    counts.merge(word, 1, Integer::sum);
                }
            }
        }
        CommonWords words = sized(counts.size());
        counts.forEach((word, count) -> words.put(TokenFeatures.hash(word), frequencyClass(count)));
        return words;
    }

    private static boolean isLowercaseWord(String word) {
        boolean letter = false;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isUpperCase(c)) {
                return false;
            }
            letter |= Character.isLowerCase(c);
        }
        return letter;
    }

    private static byte frequencyClass(int count) {
        return (byte) (count < 3 ? 1 : count < 10 ? 2 : count < 100 ? 3 : 4);
    }

    private static CommonWords sized(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        return new CommonWords(new long[capacity], new byte[capacity]);
    }

    /** 0 for a word never seen in lowercase, else 1 (rare) to 4 (very common). */
    int frequencyClass(String lowercaseWord) {
        long key = nonZero(TokenFeatures.hash(lowercaseWord));
        int mask = keys.length - 1;
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (keys[slot] != 0) {
            if (keys[slot] == key) {
                return classes[slot];
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    private void put(long hash, byte frequencyClass) {
        long key = nonZero(hash);
        int mask = keys.length - 1;
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        classes[slot] = frequencyClass;
    }

    private static long nonZero(long key) {
        return key == 0 ? 1 : key;
    }

    void write(DataOutputStream out) throws IOException {
        int size = 0;
        for (long key : keys) {
            if (key != 0) {
                size++;
            }
        }
        out.writeInt(size);
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != 0) {
                out.writeLong(keys[slot]);
                out.writeByte(classes[slot]);
            }
        }
    }

    static CommonWords read(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0 || size > 10_000_000) {
            throw new IOException("name tagger model has a word list of " + size + " entries");
        }
        CommonWords words = sized(size);
        for (int k = 0; k < size; k++) {
            words.put(in.readLong(), in.readByte());
        }
        return words;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CommonWords[%d slots]", keys.length);
    }
}
