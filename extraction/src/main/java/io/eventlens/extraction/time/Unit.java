package io.eventlens.extraction.time;

/** Units of calendar and clock time, with the words that name them and their ISO 8601 duration code. */
enum Unit {
    SECOND("S", true, "second", "seconds", "sec", "secs"),
    MINUTE("M", true, "minute", "minutes", "min", "mins"),
    HOUR("H", true, "hour", "hours", "hr", "hrs"),
    DAY("D", false, "day", "days"),
    WEEKEND("WE", false, "weekend", "weekends"),
    WEEK("W", false, "week", "weeks"),
    FORTNIGHT("W", false, "fortnight", "fortnights"),
    MONTH("M", false, "month", "months"),
    QUARTER("Q", false, "quarter", "quarters"),
    HALF("H", false),
    YEAR("Y", false, "year", "years", "yr", "yrs"),
    DECADE("DE", false, "decade", "decades"),
    CENTURY("CE", false, "century", "centuries"),
    MILLENNIUM("ML", false, "millennium", "millennia", "millenniums");

    final String code;
    final boolean clock;
    final String[] words;

    Unit(String code, boolean clock, String... words) {
        this.code = code;
        this.clock = clock;
        this.words = words;
    }

    /** ISO 8601 / TimeML duration of {@code amount} units: P3D, PT2H, PXY, P2W. */
    String duration(String amount) {
        if (this == FORTNIGHT) {
            return "P" + (amount.equals("X") ? "X" : trim(Double.parseDouble(amount) * 2)) + "W";
        }
        if (this == HALF) {
            return "P" + (amount.equals("X") ? "X" : trim(Double.parseDouble(amount) * 6)) + "M";
        }
        return (clock ? "PT" : "P") + amount + code;
    }

    static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
