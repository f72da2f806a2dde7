package io.eventlens.extraction.event;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A message header's label and address left in a value: "From: Department of X &lt;events@x.example&gt;". */
final class MailHeaders {

    private MailHeaders() {
    }

    private static final Pattern LABEL = Pattern.compile("(?i)^(?:from|sender|reply-to|sent by)\\s*:\\s*");
    private static final Pattern ADDRESS = Pattern.compile("\\s*<[^<>\\s]+@[^<>\\s]+>\\s*$");

    static boolean isHeaderValue(String value) {
        return LABEL.matcher(value).find() || ADDRESS.matcher(value).find();
    }

    /** The value without a leading header label and a trailing address. */
    static String clean(String value) {
        Matcher label = LABEL.matcher(value);
        String v = label.find() ? value.substring(label.end()) : value;
        Matcher address = ADDRESS.matcher(v);
        return (address.find() ? v.substring(0, address.start()) : v).strip();
    }
}
