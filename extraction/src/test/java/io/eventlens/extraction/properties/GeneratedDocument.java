package io.eventlens.extraction.properties;

import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.document.SourceFormat;

/** A generated input; prints itself escaped, so a shrunk counterexample reads at a glance. */
record GeneratedDocument(SourceFormat format, String text) {

    DocumentInput input() {
        String name = switch (format) {
            case HTML -> "generated.html";
            case MARKDOWN -> "generated.md";
            case PLAIN -> "generated.txt";
        };
        return new DocumentInput(name, text, format, null);
    }

    @Override
    public String toString() {
        return format + " (" + text.length() + " chars) \"" + escape(text) + "\"";
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                b.append("\\n");
            } else if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c >= 0x7F) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
