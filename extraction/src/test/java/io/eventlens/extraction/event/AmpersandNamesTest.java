package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.document.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An ampersand between two words of one name does not split it; "and the" between two names does. */
class AmpersandNamesTest {

    private static List<String> split(String text) {
        return OrganizerNames.split(text, Span.of(0, text.length()), false).stream()
                .map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void anAmpersandInsideTheSecondNameKeepsItWhole() {
        assertThat(split("The CICJ and the Law & Humanities Reading Group"))
                .containsExactly("CICJ", "Law & Humanities Reading Group");
        assertThat(split("The Institute of Science & Technology and the Arts & Letters Council"))
                .containsExactly("Institute of Science & Technology", "Arts & Letters Council");
    }
}
