package io.eventlens.extraction.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.contract.Evidence;
import io.eventlens.extraction.document.Deadline;
import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.SourceFormat;
import io.eventlens.extraction.document.Span;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * For any text the normalisers are given, every span of the normalised text maps back to the
 * source: a copied character to the same character, a replaced one to the markup it stands for,
 * and spans to ordered, in-bounds source ranges.
 */
class NormalizerOffsetProperties {

    private static final List<String> PLAIN_PIECES = List.of("Panel on Rivers", "\n", "\n\n", " ", "[the Council](#)",
            "(#)", "\u201CQuoted\u201D", "\u00A0", "\t", "\r\n", "convened by the", "of", "Dr. Ana Ruiz, Chair,",
            "12 May 2020", "10:00 - 10:30   Welcome", "- item;", "\uFEFF", "\u200B", "ünïcödé", "a", ".", ",");
    private static final List<String> MARKDOWN_PIECES = List.of("# Heading", "## Sub", "**bold**", "*em*", "_x_",
            "`code`", "\\*", "&amp;", "&rsquo;", "![img](a.png)", "[link](http://x)", "- list", "1. one", "> quote",
            "```", "---", "|a|b|", "\n", "\n\n", " ", "word", "Setext\n====", "* ", "__", "<http://x.org>");
    private static final List<String> HTML_PIECES = List.of("<p>", "</p>", "<div class=\"cookie\">We use cookies</div>",
            "<h2>Title</h2>", "<li>", "</li>", "<ul>", "</ul>", "<dt>Date</dt><dd>", "</dd>", "&nbsp;", "&ndash;",
            "&amp;", "&#8217;", "&#x201C;", "<br>", "<b>", "</b>", "<a href=\"#\">", "</a>", "<script>x<y</script>",
            "<time datetime=\"2020-05-12\">12 May</time>", "text", " ", "\n", "<table><tr><th>A</th><td>B</td></tr></table>",
            "<!-- c -->", "<nav>menu</nav>", "<", ">", "&", "&bogus;", "<pre>a\n b</pre>");

    private static Gen<String> joined(List<String> pieces, int maxPieces) {
        return lists().of(Generate.pick(pieces)).ofSizeBetween(0, maxPieces).map(l -> String.join("", l));
    }

    @Test
    void plainTextMapsBack() {
        qt().withExamples(300).forAll(joined(PLAIN_PIECES, 40)).checkAssert(source -> check(source, SourceFormat.PLAIN));
    }

    @Test
    void markdownMapsBack() {
        qt().withExamples(300).forAll(joined(MARKDOWN_PIECES, 40)).checkAssert(source -> check(source, SourceFormat.MARKDOWN));
    }

    @Test
    void htmlMapsBack() {
        qt().withExamples(300).forAll(joined(HTML_PIECES, 50)).checkAssert(source -> check(source, SourceFormat.HTML));
    }

    @Test
    void anyCharactersMapBack() {
        qt().withExamples(200).forAll(strings().allPossible().ofLengthBetween(0, 200)).checkAssert(source -> {
            check(source, SourceFormat.PLAIN);
            check(source, SourceFormat.MARKDOWN);
            check(source, SourceFormat.HTML);
        });
    }

    private static void check(String source, SourceFormat format) {
        Document d = new Document("p", source, format, null, Deadline.NONE);
        new Normalizer().annotate(d);
        String text = d.text();
        int previousStart = 0;
        for (int i = 0; i < text.length(); i++) {
            Evidence e = d.evidence(Span.of(i, i + 1), 1.0);
            assertThat(e.start()).isBetween(0, source.length());
            assertThat(e.end()).isBetween(e.start(), source.length());
            assertThat(e.start()).as("source positions follow text order").isGreaterThanOrEqualTo(previousStart);
            previousStart = e.start();
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) && !e.text().startsWith("&") && !e.text().startsWith("\\")) {
                assertThat(e.text()).as("text char %d of %s", i, format).isEqualTo(String.valueOf(c));
            }
        }
        for (Markup m : d.get(Markup.LAYER)) {
            assertThat(m.end()).isLessThanOrEqualTo(text.length());
            Evidence e = d.evidence(m, 1.0);
            assertThat(source.substring(e.start(), e.end())).isEqualTo(e.text());
        }
    }
}
