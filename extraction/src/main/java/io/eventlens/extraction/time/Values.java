package io.eventlens.extraction.time;

/** Writes resolved {@link Point}s as TimeML values and as the ISO dates and times of event records. */
final class Values {

    private Values() {
    }

    /** TimeML TIMEX3 value: 1998-02-06, 1998-W06, 1998-Q1, 199, 1998-02-06T14:30, XXXX-WXX-5. */
    static String timex(Point r) {
        StringBuilder v = new StringBuilder(16);
        if (r.year != null) {
            v.append(pad(r.year, 4));
        } else if (r.decade != null) {
            return pad(r.decade, 3);
        } else if (r.century != null) {
            return pad(r.century, 2);
        } else if (r.weekday != null && r.month == null) {
            v.append("XXXX-WXX-").append(r.weekday.getValue());
            appendTime(v, r);
            return v.toString();
        } else if (r.hasDate()) {
            v.append("XXXX");
        }
        if (r.year != null || v.length() > 0) {
            if (r.quarter != null) {
                v.append("-Q").append(r.quarter);
            } else if (r.half != null) {
                v.append("-H").append(r.half);
            } else if (r.season != null) {
                v.append('-').append(r.season);
            } else if (r.week != null) {
                v.append("-W").append(pad(r.week, 2));
                if (r.weekend) {
                    v.append("-WE");
                }
            } else if (r.month != null) {
                v.append('-').append(pad(r.month, 2));
                if (r.day != null) {
                    v.append('-').append(pad(r.day, 2));
                }
            }
        }
        appendTime(v, r);
        return v.toString();
    }

    private static void appendTime(StringBuilder v, Point r) {
        if (r.hour != null) {
            v.append('T').append(pad(r.hour, 2)).append(':').append(pad(r.minute == null ? 0 : r.minute, 2));
        } else if (r.partOfDay != null) {
            v.append('T').append(r.partOfDay);
        }
    }

    /** YYYY-MM-DD, or YYYY-MM when only the month is known; null without a year and month. */
    static String isoDate(Point r) {
        if (r.year == null || r.month == null || r.week != null || r.quarter != null || r.season != null) {
            return null;
        }
        String ym = pad(r.year, 4) + "-" + pad(r.month, 2);
        return r.day == null ? ym : ym + "-" + pad(r.day, 2);
    }

    /** HH:MM, 24-hour; null without an hour. */
    static String isoTime(Point r) {
        if (r.hour == null) {
            return null;
        }
        return pad(r.hour % 24, 2) + ":" + pad(r.minute == null ? 0 : r.minute, 2);
    }

    private static String pad(int n, int width) {
        String s = Integer.toString(Math.abs(n));
        StringBuilder b = new StringBuilder(width);
        for (int k = s.length(); k < width; k++) {
            b.append('0');
        }
        return b.append(s).toString();
    }
}
