package io.eventlens.extraction.event;

import io.eventlens.extraction.document.Deadline;
import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.SourceFormat;
import io.eventlens.extraction.layout.LayoutAnnotator;
import io.eventlens.extraction.normalize.Normalizer;
import io.eventlens.extraction.pipeline.Annotator;
import io.eventlens.extraction.text.TokenSentenceAnnotator;
import io.eventlens.extraction.time.TemporalAnnotator;
import java.util.List;

/** Runs the steps an event reader needs before it (normalising, sentences, dates, layout) on a test document. */
final class EventTestSupport {

    private static final List<Annotator> BEFORE_READERS = List.of(new Normalizer(), new TokenSentenceAnnotator(),
            new TemporalAnnotator(), new LayoutAnnotator(), new EventDateAnnotator());

    private EventTestSupport() {
    }

    static Document prepared(String source, SourceFormat format) {
        Document document = new Document("test", source, format, null, Deadline.NONE);
        for (Annotator a : BEFORE_READERS) {
            a.annotate(document);
        }
        return document;
    }

    static List<EventCandidate> read(Annotator reader, String source, SourceFormat format) {
        Document document = prepared(source, format);
        reader.annotate(document);
        return document.get(EventCandidate.LAYER);
    }

    static String value(Slot<String> slot) {
        return slot == null ? null : slot.value();
    }

    static List<String> organizers(EventCandidate c) {
        return c.organizers.stream().map(Slot::value).toList();
    }
}
