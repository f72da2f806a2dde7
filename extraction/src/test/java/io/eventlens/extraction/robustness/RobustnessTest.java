package io.eventlens.extraction.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.EvidenceChecks;
import io.eventlens.extraction.ExtractionEngine;
import io.eventlens.extraction.ExtractionResult;
import io.eventlens.extraction.StandardPipeline;
import io.eventlens.extraction.document.SourceFormat;
import io.eventlens.extraction.pipeline.Pipeline;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile and degenerate input: every case returns a result (perhaps without events, with a note
 * when the engine cut something short), no exception escapes the engine and no annotator fails on
 * the way. Speed is not asserted here (the benchmarks measure it): the engine bounds its own time
 * with its per-document budget and its size limit, and the timeout below only guards against a
 * hang, generously.
 */
class RobustnessTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(120);
    private static final int FIVE_MB = 5_000_000;

    /** A bulletin of our own: prose, a dated heading, an agenda line, curly quotes. */
    private static final String BULLETIN = """
            Riverside Cities Network: Monthly Notes
            3 April 2024

            On 28 March 2024, the Institute for Urban Water convened a workshop in Porto on \u201cgreen roofs \
            and storm drains\u201d. The discussion was moderated by Dr. Hana Okafor-Lindqvist, Senior Fellow at \
            the Institute. Speakers included Mr. Teodor Baranyi, Chief Engineer, Porto Water Office, and \
            Ms. Leonie Achterberg (Delta Planning Foundation).

            Upcoming: 14\u201315 May 2024, 09:30\u201317:00 \u2014 Forum on Flood Insurance, Rotterdam. Keynote \
            by Prof. Idris Mwangi-Hale, University of Nairobi.

            """;

    /** Loaded once; engines with other limits share it. */
    private static Pipeline pipeline;
    private static ExtractionEngine engine;

    @BeforeAll
    static void loadEngine() {
        pipeline = StandardPipeline.create();
        engine = new ExtractionEngine(pipeline, ExtractionEngine.DEFAULT_BUDGET_MILLIS, ExtractionEngine.DEFAULT_MAX_CHARS);
    }

    private static ExtractionEngine withLimit(int maxChars) {
        return new ExtractionEngine(pipeline, ExtractionEngine.DEFAULT_BUDGET_MILLIS, maxChars);
    }

    private static ExtractionResult extract(ExtractionEngine engine, DocumentInput input) {
        ExtractionResult result = assertTimeoutPreemptively(HANG_GUARD, () -> engine.extract(input),
                "a hang guard, not a speed bar: the engine did not return at all");
        assertThat(result).isNotNull();
        assertThat(result.document()).isEqualTo(input.name() == null ? "document" : input.name());
        assertThat(result.notes()).as("no annotator may fail on any input")
                .noneMatch(note -> note.contains(" failed on ") || note.contains("ran out of heap"));
        EvidenceChecks.assertEvidenceQuotesSource(input.text(), result);
        return result;
    }

    private static ExtractionResult extract(String name, String text, SourceFormat format) {
        return extract(engine, new DocumentInput(name, text, format, null));
    }

    private static String repeatTo(String unit, int length) {
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }

    private static void assertCutShortWithANote(ExtractionResult result) {
        assertThat(result.notes()).anyMatch(note -> note.contains("only the first"));
    }

    @Test
    void anEmptyDocumentHasNoEvents() {
        for (SourceFormat format : SourceFormat.values()) {
            ExtractionResult result = extract("empty", "", format);
            assertThat(result.events()).isEmpty();
        }
        assertThat(extract(engine, new DocumentInput(null, null, null, null)).events()).isEmpty();
    }

    @Test
    void fiveMegabytesOfRealisticTextAreReadUpToTheLimitWithANote() {
        String text = repeatTo(BULLETIN, FIVE_MB);
        ExtractionResult result = extract("bulletins.txt", text, SourceFormat.PLAIN);
        assertCutShortWithANote(result);
        // the events of the part read are there, unless the budget ran out first (which a note says)
        assertThat(!result.events().isEmpty() || result.notes().stream().anyMatch(n -> n.contains("budget"))).isTrue();
    }

    @Test
    void oneEnormousLineWithoutSpaces() {
        ExtractionResult result = extract("line.txt", repeatTo("Abc123def-_.,;", FIVE_MB), SourceFormat.PLAIN);
        assertCutShortWithANote(result);
        assertThat(result.events()).isEmpty();
    }

    /** Shapes of text that put many dates on one enormous line. */
    private static List<DocumentInput> enormousLines(int length) {
        return List.of(
                new DocumentInput("words.txt", repeatTo(BULLETIN.replace('\n', ' '), length), SourceFormat.PLAIN, null),
                new DocumentInput("digits.txt", repeatTo("12.3,4;5-6/7:8 2024-05-01 (99) ... !!! 00:00 ", length),
                        SourceFormat.PLAIN, null),
                // in HTML a paragraph is one line whatever breaks its source has
                new DocumentInput("paragraph.html", "<p>" + repeatTo(BULLETIN, length) + "</p>", SourceFormat.HTML, null));
    }

    @Test
    void oneEnormousLineOfWordsOrNumbersAtAFractionOfTheLimit() {
        // the shapes of the five-megabyte case below, small enough for today's readers
        for (DocumentInput input : enormousLines(FIVE_MB)) {
            assertCutShortWithANote(extract(withLimit(20_000), input));
        }
    }

    @Test
    void oneEnormousLineOfWordsOrNumbers() {
        for (DocumentInput input : enormousLines(FIVE_MB)) {
            assertCutShortWithANote(extract(engine, input));
        }
    }

    @Test
    void randomBytesDecodedAsUtf8() {
        byte[] bytes = new byte[FIVE_MB];
        new Random(20241128L).nextBytes(bytes);
        String text = new String(bytes, StandardCharsets.UTF_8); // malformed sequences become U+FFFD
        assertThat(text).contains("\uFFFD");
        ExtractionResult result = extract("random.bin", text, SourceFormat.PLAIN);
        assertCutShortWithANote(result);
        assertThat(result.events()).isEmpty();
    }

    @Test
    void aHundredThousandNestedDivsAreReadToTheBottom() {
        String html = "<html><body>" + "<div>".repeat(100_000) + "<p>Seminar on river deltas, 3 May 2024, Room 12.</p>"
                + "</div>".repeat(100_000) + "</body></html>";
        // read whole (the default limit would cut inside the divs): the depth is what is tested
        ExtractionEngine large = withLimit(html.length());
        DocumentInput input = new DocumentInput("nested.html", html, SourceFormat.HTML, null);
        extract(large, input);
        assertThat(large.annotate(input).text()).contains("Seminar on river deltas, 3 May 2024");
        // and with the default limit: cut inside the divs, said so
        assertCutShortWithANote(extract(engine, input));
    }

    @Test
    void unclosedAndUnbalancedHtml() {
        String html = "<html><body><table><tr><td>Forum <b>on <i>water</b> 4 June 2024</i><td><p><p><div>"
                + "<script>var x = '<div>';</script><!-- unclosed comment <p>Talk by Dr. Ana Ruiz";
        extract("broken.html", repeatTo(html, 200_000), SourceFormat.HTML);
        extract("tags-only.html", "<".repeat(100_000) + ">".repeat(100_000), SourceFormat.HTML);
    }

    @Test
    void unbalancedMarkdown() {
        String markdown = "# Heading [with **unclosed bold _and italic `code\n"
                + "[link text](http://example.org/unclosed(paren\n"
                + "![image](\n> > > quote *** ___ ``` \n"
                + "- [ ] item [[[[ ]]]] ((((\n"
                + "Workshop on **soil** held on 9 [May](x) 2024 by the [Institute for Soil](http://example.org).\n";
        extract("unbalanced.md", repeatTo(markdown, 1_000_000), SourceFormat.MARKDOWN);
        extract("brackets.md", "[".repeat(200_000) + "](" + "(".repeat(200_000), SourceFormat.MARKDOWN);
        extract("stars.md", "*_`".repeat(100_000), SourceFormat.MARKDOWN);
    }

    @Test
    void onlyDigitsAndPunctuation() {
        ExtractionResult result = extract("digits.txt", repeatTo("12.3,4;5-6/7:8 2024-05-01 (99) ... !!! 00:00\n", FIVE_MB),
                SourceFormat.PLAIN);
        assertCutShortWithANote(result);
    }

    @Test
    void controlCharacters() {
        StringBuilder b = new StringBuilder();
        Random random = new Random(7);
        String specials = "\u2028\u2029\uFEFF\u200B\u200E\u00AD\u0085\u000B\u000C\r";
        while (b.length() < 1_000_000) {
            int pick = random.nextInt(4);
            if (pick == 0) {
                b.append((char) random.nextInt(0x20));
            } else if (pick == 1) {
                b.append('\u007F');
            } else if (pick == 2) {
                b.append(specials.charAt(random.nextInt(specials.length())));
            } else {
                b.append("Meeting on 3 May 2024 ");
            }
        }
        extract("control.txt", b.toString(), SourceFormat.PLAIN);
        extract("control.html", "<pre>" + b + "</pre>", SourceFormat.HTML);
        extract("nul.txt", "\u0000".repeat(100_000), SourceFormat.PLAIN);
    }

    @Test
    void surrogatePairsEmojiAndLoneSurrogates() {
        String line = "Talk \ud83d\ude00 on 3 May 2024 by Dr. Zo\u00eb Ng\u0169g\u0129 \ud83d\udc69\ud83c\udffd\u200d\ud83d\udd2c "
                + "at the \ud835\udd04\ud835\udd1f Institute, \u4e1c\u4eac; \u0645\u0624\u062a\u0645\u0631 \ud800 lone \udc00 x\n";
        ExtractionResult result = extract("emoji.txt", repeatTo(line, 600_000), SourceFormat.PLAIN);
        assertCutShortWithANote(result);
        for (int limit = 1; limit < 8; limit++) { // cut between or inside pairs
            extract(withLimit(limit), new DocumentInput("cut.txt", "\ud83d\ude00".repeat(30), SourceFormat.PLAIN, null));
        }
        Random random = new Random(11);
        char[] soup = new char[100_000];
        for (int i = 0; i < soup.length; i++) {
            soup[i] = (char) random.nextInt(0x10000); // any UTF-16 unit, lone surrogates included
        }
        extract("soup.txt", new String(soup), SourceFormat.PLAIN);
        extract("soup.html", new String(soup), SourceFormat.HTML);
        extract("soup.md", new String(soup), SourceFormat.MARKDOWN);
    }
}
