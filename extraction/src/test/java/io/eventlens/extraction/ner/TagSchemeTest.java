package io.eventlens.extraction.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagSchemeTest {

    private final TagScheme scheme = new TagScheme(List.of("PER", "ORG", "LOC", "MISC"));

    @Test
    void encodesNamesAsBilouLabelsAndDecodesThemBack() {
        List<NameSpan> names = List.of(new NameSpan(0, 2, "PER", Double.NaN), new NameSpan(3, 4, "LOC", Double.NaN),
                new NameSpan(5, 8, "ORG", Double.NaN));
        int[] labels = scheme.encode(9, names);

        assertThat(java.util.Arrays.stream(labels).mapToObj(scheme::name).toList())
                .containsExactly("B-PER", "L-PER", "O", "U-LOC", "O", "B-ORG", "I-ORG", "L-ORG", "O");
        assertThat(scheme.decode(labels)).extracting(NameSpan::first, NameSpan::end, NameSpan::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, 2, "PER"),
                        org.assertj.core.groups.Tuple.tuple(3, 4, "LOC"),
                        org.assertj.core.groups.Tuple.tuple(5, 8, "ORG"));
    }

    @Test
    void onlyTransitionsThatFormWholeNamesAreAllowed() {
        int bPer = 1;
        int iPer = 2;
        int lPer = 3;
        int uPer = 4;
        int iOrg = 6;
        assertThat(scheme.allowed(bPer, iPer)).isTrue();
        assertThat(scheme.allowed(bPer, lPer)).isTrue();
        assertThat(scheme.allowed(bPer, TagScheme.OUTSIDE)).isFalse();
        assertThat(scheme.allowed(bPer, iOrg)).isFalse();
        assertThat(scheme.allowed(TagScheme.OUTSIDE, iPer)).isFalse();
        assertThat(scheme.allowed(lPer, uPer)).isTrue();
        assertThat(scheme.allowedFirst(iPer)).isFalse();
        assertThat(scheme.allowedLast(bPer)).isFalse();
        assertThat(scheme.allowedLast(uPer)).isTrue();
    }
}
