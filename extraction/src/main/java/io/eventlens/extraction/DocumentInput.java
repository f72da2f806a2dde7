package io.eventlens.extraction;

import io.eventlens.extraction.document.SourceFormat;
import java.time.LocalDate;

/**
 * A document handed to the engine.
 *
 * @param name          a name for notes and output (a file name, a document id)
 * @param text          the text as received; evidence offsets refer to it
 * @param format        plain text, Markdown or HTML
 * @param creationDate  the document's publication or creation date when known, else null
 */
public record DocumentInput(String name, String text, SourceFormat format, LocalDate creationDate) {

    public static DocumentInput of(String name, String text) {
        return new DocumentInput(name, text, SourceFormat.guess(name, text), null);
    }
}
