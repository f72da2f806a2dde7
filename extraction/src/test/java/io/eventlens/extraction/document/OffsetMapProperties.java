package io.eventlens.extraction.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.eventlens.contract.Evidence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A {@link TextBuilder} driven by any sequence of appends, as a normaliser moving through its source
 * would make them, gives an {@link OffsetMap} that stays within the source, never runs backwards,
 * maps every copied character to itself and every replacement to the range it stands for.
 */
class OffsetMapProperties {

    enum Kind { COPY, REPLACE, SKIP, INSERT_BEFORE }

    /** One append: copy or replace the next {@code length} source characters, skip them, or insert text anchored earlier. */
    record Step(Kind kind, int length, String replacement) {
        @Override
        public String toString() {
            return kind + "(" + length + (kind == Kind.REPLACE || kind == Kind.INSERT_BEFORE ? ",'" + replacement + "'" : "") + ")";
        }
    }

    record Case(String source, List<Step> steps) {
        @Override
        public String toString() {
            return "source '" + source.replace("\n", "\\n") + "' steps " + steps;
        }
    }

    private static Gen<Case> cases() {
        Gen<Step> step = Generate.enumValues(Kind.class)
                .zip(Generate.range(0, 6), strings().basicLatinAlphabet().ofLengthBetween(0, 3), Step::new);
        return strings().basicLatinAlphabet().ofLengthBetween(0, 40)
                .zip(lists().of(step).ofSizeBetween(0, 25), Case::new);
    }

    /** What the built map must say about one text character. */
    private record Expected(int sourceStart, int sourceEnd, boolean copied) {
    }

    @Test
    void anyForwardSequenceOfAppendsGivesAMonotoneMapWithinTheSource() {
        qt().withExamples(2000).forAll(cases()).checkAssert(c -> {
            String source = c.source();
            TextBuilder builder = new TextBuilder(source);
            List<Expected> expected = new ArrayList<>();
            int at = 0;
            int reached = 0;
            for (Step step : c.steps()) {
                int to = Math.min(source.length(), at + step.length());
                switch (step.kind()) {
                    case COPY -> {
                        builder.copy(at, to);
                        for (int k = at; k < to; k++) {
                            expected.add(new Expected(k, k + 1, true));
                        }
                        if (to > at) {
                            reached = Math.max(reached, to);
                        }
                    }
                    case REPLACE -> {
                        builder.replace(step.replacement(), at, to);
                        if (!step.replacement().isEmpty()) {
                            int start = Math.max(at, reached);
                            for (int k = 0; k < step.replacement().length(); k++) {
                                expected.add(new Expected(start, Math.max(start, to), false));
                            }
                            reached = Math.max(reached, Math.max(start, to));
                        }
                    }
                    case INSERT_BEFORE -> {
                        // anchored before the current position: lands where the text has got to
                        int anchor = Math.max(0, at - step.length());
                        builder.replace(step.replacement(), anchor, anchor);
                        for (int k = 0; k < step.replacement().length(); k++) {
                            expected.add(new Expected(Math.max(anchor, reached), Math.max(anchor, reached), false));
                        }
                        if (!step.replacement().isEmpty()) {
                            reached = Math.max(reached, anchor);
                        }
                    }
                    case SKIP -> {
                    }
                }
                if (step.kind() != Kind.INSERT_BEFORE) {
                    at = to;
                }
            }
            String text = builder.text();
            OffsetMap map = builder.offsetMap();
            assertThat(text).hasSize(expected.size());

            int previousStart = 0;
            int previousEnd = 0;
            for (int t = 0; t <= text.length(); t++) {
                int start = map.sourceStart(t);
                int end = map.sourceEnd(t);
                assertThat(start).as("source start of %d", t).isBetween(previousStart, source.length());
                assertThat(end).as("source end of %d", t).isBetween(previousEnd, source.length());
                previousStart = start;
                previousEnd = end;
                if (t < text.length()) {
                    Expected e = expected.get(t);
                    assertThat(start).as("source start of text[%d]", t).isEqualTo(e.sourceStart());
                    assertThat(map.sourceEnd(t + 1)).as("source end of text[%d]", t).isEqualTo(e.sourceEnd());
                    if (e.copied()) {
                        assertThat(source.charAt(start)).as("copied text[%d]", t).isEqualTo(text.charAt(t));
                    }
                }
            }

            Document document = Document.of("t.txt", source);
            document.replaceText(text, map);
            for (int from = 0; from <= text.length(); from++) {
                for (int to = from; to <= text.length(); to++) {
                    Evidence evidence = document.evidence(Span.of(from, to), 1.0);
                    assertThat(evidence.end()).as("evidence of %d..%d", from, to).isLessThanOrEqualTo(source.length());
                    assertThat(source.substring(evidence.start(), evidence.end())).isEqualTo(evidence.text());
                }
            }
        });
    }
}
