package io.eventlens.extraction.participant;

import static org.assertj.core.api.Assertions.tuple;

import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.SourceFormat;
import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.event.ParticipantCandidate;
import java.util.List;
import org.assertj.core.groups.Tuple;

/** What the participant tests compare: (name, role, organisation, kind) of each person found. */
final class ParticipantTuples {

    private ParticipantTuples() {
    }

    static List<Tuple> tuples(List<ParticipantCandidate> found) {
        return found.stream().map(c -> tuple(c.name.value(), c.role == null ? null : c.role.value(),
                c.organization == null ? null : c.organization.value(), c.kind.value())).toList();
    }

    /** The whole engine before the finder: the normaliser (HTML, Markdown) and the layout layer too. */
    static List<Tuple> throughTheEngine(ParticipantFinder finder, String name, String source, SourceFormat format) {
        Document d = ExtractionEngine.standard().annotate(new DocumentInput(name, source, format, null));
        return tuples(finder.find(d, Span.of(0, d.text().length())));
    }
}
