package io.eventlens.extraction.announcement;

import java.util.Arrays;

/** The lines of a text: start and end offsets (end excludes the line break, "\r\n" or "\n" or "\r"). */
final class Lines {

    private final int[] starts;
    private final int[] ends;
    private final int count;

    private Lines(int[] starts, int[] ends, int count) {
        this.starts = starts;
        this.ends = ends;
        this.count = count;
    }

    static Lines of(String text) {
        int[] starts = new int[64];
        int[] ends = new int[64];
        int count = 0;
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            boolean end = i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r';
            if (!end) {
                continue;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count] = i;
            count++;
            if (i < n && text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
            }
            start = i + 1;
        }
        return new Lines(starts, ends, count);
    }

    int count() {
        return count;
    }

    int start(int line) {
        return starts[line];
    }

    int end(int line) {
        return ends[line];
    }

    boolean isBlank(String text, int line) {
        for (int i = starts[line]; i < ends[line]; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The line holding {@code offset} (binary search). */
    int lineOf(int offset) {
        int lo = 0;
        int hi = count - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
