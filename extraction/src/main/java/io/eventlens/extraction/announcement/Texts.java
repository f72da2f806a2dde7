package io.eventlens.extraction.announcement;

import io.eventlens.extraction.document.Span;

/** Small helpers on spans of text. */
final class Texts {

    private Texts() {
    }

    /** The span without surrounding white space and without the given characters at its edges. */
    static Span trim(String text, Span span, String edgeChars) {
        int s = span.start();
        int e = span.end();
        while (s < e && (Character.isWhitespace(text.charAt(s)) || edgeChars.indexOf(text.charAt(s)) >= 0)) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || edgeChars.indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        return Span.of(s, e);
    }

    /** The text of the span with line breaks and runs of white space as single spaces. */
    static String fold(String text, Span span) {
        StringBuilder b = new StringBuilder(span.length());
        boolean space = false;
        for (int i = span.start(); i < span.end(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}
