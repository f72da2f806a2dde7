package io.eventlens.extraction.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model shipped with the engine, on sentences written for this test. */
class BundledNameTaggerTest {

    private static NameTagger tagger;

    @BeforeAll
    static void load() {
        tagger = NameTagger.bundled();
    }

    private static List<NameSpan> names(String... sentences) {
        List<String[]> tokens = java.util.Arrays.stream(sentences).map(s -> s.split(" ")).toList();
        return tagger.tag(tokens, true).stream().flatMap(List::stream).toList();
    }

    @Test
    void findsPeopleOrganisationsAndPlacesInNewsLikeText() {
        List<NameSpan> names = names("Maria Kowalczyk , director of the Baltic Energy Institute , spoke in Warsaw on Tuesday .");

        assertThat(names).extracting(NameSpan::first, NameSpan::end, NameSpan::type)
                .contains(tuple(0, 2, "PER"), tuple(12, 13, "LOC"));
        assertThat(names).anySatisfy(name -> {
            assertThat(name.type()).isEqualTo("ORG");
            assertThat(name.end()).isEqualTo(9);
        });
        assertThat(names).allSatisfy(name -> assertThat(name.confidence()).isBetween(0.0, 1.0));
    }

    @Test
    void aSurnameStandingAloneLaterInTheDocumentKeepsItsType() {
        List<List<NameSpan>> names = tagger.tag(List.of(
                "Talks were led by Henrik Solvang , the envoy .".split(" "),
                "Solvang said the talks would resume in March .".split(" ")), false);

        assertThat(names.get(1)).extracting(NameSpan::first, NameSpan::end, NameSpan::type)
                .containsExactly(tuple(0, 1, "PER"));
    }

    @Test
    void ordinaryWordsInLowercaseAreNeverNames() {
        assertThat(names("the meeting will review progress and agree on next steps .")).isEmpty();
    }
}
