package io.eventlens.extraction.ner;

/**
 * Maps 64-bit feature keys to dense row numbers with one array probe per lookup: each slot
 * holds the key's upper 40 bits and the row in the lower 24 (open addressing, linear probing).
 * Two keys that agree on their upper 40 bits are the same feature; with hashed keys that is
 * as rare as a hash collision and merely merges two features.
 */
final class FeatureIndex {

    private static final long KEY_BITS = 0xFFFF_FFFF_FF00_0000L;
    private static final long ROW_BITS = ~KEY_BITS;
    static final int MAX_ROWS = (int) ROW_BITS;

    private long[] slots;
    private int size;

    FeatureIndex(int expected) {
        // at most half full once the expected keys are in: short probes, a compact table
        int capacity = 16;
        while (capacity < expected * 2) {
            capacity <<= 1;
        }
        slots = new long[capacity];
    }

    int size() {
        return size;
    }

    /** The key as stored: its upper 40 bits, never 0 (0 marks an empty slot). */
    static long canonical(long key) {
        long k = key & KEY_BITS;
        return k == 0 ? 1L << 24 : k;
    }

    private static int home(long canonicalKey, int mask) {
        return (int) (canonicalKey >>> 24) & mask;
    }

    /** The row of a key, or -1. */
    int row(long key) {
        long k = canonical(key);
        int mask = slots.length - 1;
        int slot = home(k, mask);
        while (true) {
            long found = slots[slot];
            if (found == 0) {
                return -1;
            }
            if ((found & KEY_BITS) == k) {
                return (int) (found & ROW_BITS);
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The row of a key, adding it with the next free row number when new. */
    int add(long key) {
        int existing = row(key);
        if (existing >= 0) {
            return existing;
        }
        if (size == MAX_ROWS) {
            throw new IllegalStateException("more than " + MAX_ROWS + " features");
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        insert(slots, canonical(key) | size);
        return size++;
    }

    private static void insert(long[] table, long entry) {
        int mask = table.length - 1;
        int slot = home(entry & KEY_BITS, mask);
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = entry;
    }

    /** Stored (canonical) keys by row number. */
    long[] keysByRow() {
        long[] byRow = new long[size];
        for (long entry : slots) {
            if (entry != 0) {
                byRow[(int) (entry & ROW_BITS)] = entry & KEY_BITS;
            }
        }
        return byRow;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long entry : slots) {
            if (entry != 0) {
                insert(bigger, entry);
            }
        }
        slots = bigger;
    }

    @Override
    public String toString() {
        return "FeatureIndex[" + size + " of " + slots.length + "]";
    }
}
