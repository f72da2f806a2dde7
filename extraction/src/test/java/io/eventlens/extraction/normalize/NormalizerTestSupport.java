package io.eventlens.extraction.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.contract.Evidence;
import io.eventlens.extraction.document.Deadline;
import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.SourceFormat;
import io.eventlens.extraction.document.Span;
import java.util.List;

final class NormalizerTestSupport {

    private NormalizerTestSupport() {
    }

    static Document normalize(String source, SourceFormat format) {
        Document document = new Document("t", source, format, null, Deadline.NONE);
        new Normalizer().annotate(document);
        return document;
    }

    /** The span of the first occurrence of {@code needle} in the normalised text. */
    static Span find(Document document, String needle) {
        int at = document.text().indexOf(needle);
        assertThat(at).as("'%s' in %s", needle, document.text()).isGreaterThanOrEqualTo(0);
        return Span.of(at, at + needle.length());
    }

    /** Every letter or digit of the text maps to the same character of the source (or to the entity it decodes). */
    static void assertOffsetsFaithful(Document document) {
        String text = document.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            Evidence e = document.evidence(Span.of(i, i + 1), 1.0);
            if (e.text().startsWith("&")) {
                continue;
            }
            assertThat(e.text()).as("source of text char %d '%c'", i, c).isEqualTo(String.valueOf(c));
        }
    }

    static List<String> texts(Document document, Markup.Kind kind) {
        return document.get(Markup.LAYER).stream().filter(m -> m.kind() == kind).map(document::text).toList();
    }
}
