package io.eventlens.extraction.ner;


/**
 * Maps 64-bit feature keys to dense row numbers (open addressing, linear probing, no boxing).
 * Key 0 stands for "empty", so a real key 0 is stored as 1.
 */
final class FeatureIndex {

    private long[] keys;
    private int[] rows;
    private int size;

    FeatureIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        rows = new int[capacity];
    }

    int size() {
        return size;
    }

    /** The row of a key, or -1. */
    int row(long key) {
        long k = key == 0 ? 1 : key;
        int mask = keys.length - 1;
        int slot = (int) (k ^ (k >>> 32)) & mask;
        while (true) {
            long found = keys[slot];
            if (found == k) {
                return rows[slot];
            }
            if (found == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The row of a key, adding it with the next free row number when new. */
    int add(long key) {
        long k = key == 0 ? 1 : key;
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = (int) (k ^ (k >>> 32)) & mask;
        while (true) {
            long found = keys[slot];
            if (found == k) {
                return rows[slot];
            }
            if (found == 0) {
                keys[slot] = k;
                rows[slot] = size;
                return size++;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Stored keys by row number. */
    long[] keysByRow() {
        long[] byRow = new long[size];
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != 0) {
                byRow[rows[slot]] = keys[slot];
            }
        }
        return byRow;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldRows.length * 2];
        int mask = keys.length - 1;
        for (int s = 0; s < oldKeys.length; s++) {
            long k = oldKeys[s];
            if (k != 0) {
                int slot = (int) (k ^ (k >>> 32)) & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = k;
                rows[slot] = oldRows[s];
            }
        }
    }

    @Override
    public String toString() {
        return "FeatureIndex[" + size + " of " + keys.length + "]";
    }
}
