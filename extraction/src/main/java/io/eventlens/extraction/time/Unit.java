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

    /**
     * ISO 8601 / TimeML duration of {@code amount} units: P3D, PT2H, PXY, P2W. Units with no ISO
     * letter are written in ones that have one (a decade is P10Y, a quarter P3M), and a fraction
     * goes to the next smaller unit: 2 1/2 years is P2Y6M, 5 1/2 hours PT5H30M.
     */
    String duration(String amount) {
        String prefix = clock ? "PT" : "P";
        if (amount.equals("X")) {
            return switch (this) {
                case FORTNIGHT -> "PXW";
                case HALF, QUARTER -> "PXM";
                default -> prefix + "X" + code;
            };
        }
        double n = Double.parseDouble(amount);
        return switch (this) {
            case FORTNIGHT -> withFraction(n * 2, "P", "W", 7, "D");
            case HALF -> withFraction(n * 6, "P", "M", 30, "D");
            case QUARTER -> withFraction(n * 3, "P", "M", 30, "D");
            case DECADE -> withFraction(n * 10, "P", "Y", 12, "M");
            case CENTURY -> withFraction(n * 100, "P", "Y", 12, "M");
            case MILLENNIUM -> withFraction(n * 1000, "P", "Y", 12, "M");
            case YEAR -> withFraction(n, "P", "Y", 12, "M");
            case MONTH -> withFraction(n, "P", "M", 30, "D");
            case WEEK -> withFraction(n, "P", "W", 7, "D");
            case DAY -> n == Math.rint(n) ? "P" + trim(n) + "D" : withFraction(n * 24, "PT", "H", 60, "M");
            case HOUR -> withFraction(n, "PT", "H", 60, "M");
            case MINUTE -> withFraction(n, "PT", "M", 60, "S");
            default -> prefix + trim(n) + code;
        };
    }

    /** "P2Y6M" for 2.5 years: whole units, then the rest in the smaller unit. */
    private static String withFraction(double n, String prefix, String code, int smallerPerUnit, String smallerCode) {
        long whole = (long) Math.floor(n);
        long rest = Math.round((n - whole) * smallerPerUnit);
        if (rest == 0) {
            return prefix + whole + code;
        }
        return prefix + (whole > 0 ? whole + code : "") + rest + smallerCode;
    }

    static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
