package io.eventlens.extraction.normalize;

import static io.eventlens.extraction.normalize.NormalizerTestSupport.assertOffsetsFaithful;
import static io.eventlens.extraction.normalize.NormalizerTestSupport.find;
import static io.eventlens.extraction.normalize.NormalizerTestSupport.normalize;
import static io.eventlens.extraction.normalize.NormalizerTestSupport.texts;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.SourceFormat;
import org.junit.jupiter.api.Test;

class HtmlNormalizerTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><title>Ignored title</title><style>p{color:red}</style>
            <script>var x = "<p>not text</p>";</script></head>
            <body>
            <div class="cookie-banner">We use cookies. <button>OK</button></div>
            <header><a href="/">Orchard Society</a><nav><a href="/events">Events</a></nav></header>
            <main>
              <p class="crumbs">Home &gt; Events</p>
              <h1>Pruning   Old Trees &ndash; A Field Day</h1>
              <dl>
                <dt>Date</dt><dd><time datetime="2022-10-08">Saturday 8 October 2022</time></dd>
                <dt>Venue:</dt><dd>Greystone Farm,<br>Lower Vale</dd>
              </dl>
              <table><tr><th>Organiser</th><td>Orchard Society of the Vale</td></tr></table>
              <p>Join <strong>Mira Holt</strong> of the
                 society&rsquo;s <em>grafting</em> team.</p>
              <ul><li>Bring gloves</li><li>Wear boots</li></ul>
              <section><h2>See also</h2><ul><li><a href="#">Spring Blossom Walk</a></li></ul></section>
              <aside class="more-events"><h2>Other dates</h2><p><a href="#">Cider Evening</a></p></aside>
              <div hidden>secret</div>
            </main>
            <footer>&copy; Orchard Society</footer>
            </body></html>
            """;

    @Test
    void boilerplateIsDroppedAndBlocksBecomeLines() {
        Document d = normalize(PAGE, SourceFormat.HTML);
        assertThat(d.text()).isEqualTo("""
                Pruning Old Trees \u2013 A Field Day

                Date: Saturday 8 October 2022
                Venue: Greystone Farm,
                Lower Vale

                Organiser: Orchard Society of the Vale

                Join Mira Holt of the society\u2019s grafting team.

                Bring gloves
                Wear boots""");
    }

    @Test
    void inlineFieldsOfASpeakerCardAreSeparatedLikeCommas() {
        Document d = normalize("<div class=\"card\"><strong class=\"name\">Ana Kessler</strong>\n"
                + "<span class=\"role\">Research Director</span> <span class=\"org\">Tarn Data Alliance</span></div>"
                + "<div><span class=\"first-name\">Jo</span> <span class=\"last-name\">Brack</span>,"
                + " <span class=\"day\">3</span> <span class=\"month\">May</span></div>", SourceFormat.HTML);
        assertThat(d.text()).isEqualTo("Ana Kessler, Research Director, Tarn Data Alliance\nJo Brack, 3 May");
        assertOffsetsFaithful(d);
    }

    @Test
    void aStyledLabelWithoutColonReadsAsAField() {
        Document d = normalize("<div class=\"facts\"><p><span class=\"label\">When</span> <time datetime=\"2023-05-04\">Thu 04.05.2023</time></p>\n"
                + "<p><label>Where</label> Boathouse, River Lane</p>\n"
                + "<p><span class=\"label\">Fee:</span> none</p>\n"
                + "<p>Bring a <span class=\"label\">flask</span> of tea</p>\n"
                + "<p><span class=\"label\">Sold out</span></p></div>", SourceFormat.HTML);
        assertThat(d.text()).isEqualTo("When: Thu 04.05.2023\n\nWhere: Boathouse, River Lane\n\nFee: none\n\n"
                + "Bring a flask of tea\n\nSold out");
        assertOffsetsFaithful(d);
    }

    @Test
    void markupAndTimeValuesAreKept() {
        Document d = normalize(PAGE, SourceFormat.HTML);
        assertThat(texts(d, Markup.Kind.HEADING)).containsExactly("Pruning Old Trees \u2013 A Field Day");
        assertThat(texts(d, Markup.Kind.LABEL)).containsExactly("Date", "Venue:", "Organiser");
        assertThat(texts(d, Markup.Kind.LIST_ITEM)).containsExactly("Bring gloves", "Wear boots");
        assertThat(texts(d, Markup.Kind.STRONG)).containsExactly("Mira Holt");
        assertThat(d.get(TimeElement.LAYER)).singleElement().satisfies(t -> {
            assertThat(t.datetime()).isEqualTo("2022-10-08");
            assertThat(d.text(t)).isEqualTo("Saturday 8 October 2022");
        });
    }

    @Test
    void evidencePointsIntoTheSource() {
        Document d = normalize(PAGE, SourceFormat.HTML);
        assertThat(d.evidence(find(d, "Mira Holt"), 1.0).text()).isEqualTo("Mira Holt");
        assertThat(d.evidence(find(d, "society\u2019s"), 1.0).text()).isEqualTo("society&rsquo;s");
        assertThat(d.evidence(find(d, "Trees \u2013 A"), 1.0).text()).isEqualTo("Trees &ndash; A");
        assertOffsetsFaithful(d);
    }

    @Test
    void aSectionOfEventsIsKeptWhenItDescribesThemRatherThanLinkingToThem() {
        String calendar = "<main><section class=\"upcoming-events\"><h2>Upcoming events</h2>"
                + "<p>Tree planting on the common, 4 May: bring a spade and gloves, tea provided by the parish.</p>"
                + "<p><a href=\"#\">Details</a></p></section>"
                + "<section class=\"related\"><h2>Related</h2><ul><li><a href=\"#\">Older news</a></li></ul></section>"
                + "<section><h2>Related staff</h2><p>Ola Berg, Press Officer</p></section></main>";
        Document d = normalize(calendar, SourceFormat.HTML);
        assertThat(d.text()).contains("Tree planting on the common").doesNotContain("Older news").doesNotContain("Ola Berg");
    }

    @Test
    void aFieldNamedByItsClassReadsAsALabelledLine() {
        String card = "<div class=\"event-card\"><h3>Rock-Pool Morning</h3><p class=\"date\">Saturday 17 May 2025</p>"
                + "<p class=\"event-venue\">Pebble Cove</p><p class=\"location\">Location: Harbour Steps</p></div>";
        Document d = normalize(card, SourceFormat.HTML);
        assertThat(d.text()).isEqualTo("Rock-Pool Morning\n\nDate: Saturday 17 May 2025\n\nVenue: Pebble Cove\n\nLocation: Harbour Steps");
        assertThat(d.evidence(find(d, "Pebble Cove"), 1.0).text()).isEqualTo("Pebble Cove");
    }

    @Test
    void deeplyNestedMarkupIsHandled() {
        String nested = "<html><body>" + "<div>".repeat(5000) + "<p>Deep text</p>" + "</div>".repeat(5000) + "</body></html>";
        Document d = normalize(nested, SourceFormat.HTML);
        assertThat(d.text()).isEqualTo("Deep text");
    }

    @Test
    void classWordsDecideBoilerplate() {
        assertThat(HtmlNormalizer.hasBoilerplateName("cookie-notice")).isTrue();
        assertThat(HtmlNormalizer.hasPointerName("see-also")).isTrue();
        assertThat(HtmlNormalizer.hasPointerName("more-events")).isTrue();
        assertThat(HtmlNormalizer.hasBoilerplateName("related")).isFalse();
        assertThat(HtmlNormalizer.hasBoilerplateName("event-header")).isFalse();
        assertThat(HtmlNormalizer.hasBoilerplateName("event-details")).isFalse();
    }

    @Test
    void keepsTheMastheadNamesOfThePageHeaderOutsideTheText() {
        Document d = normalize("""
                <html><body><header><a href="/"><img src="l.png" alt="Orchard Society"></a>
                <span class="site-title">Orchard Society of the Vale</span>
                <nav><a href="/events">Events Centre</a></nav><ul class="menu"><li>Shop Foundation</li></ul></header>
                <main><h1>Field Day</h1><p>Saturday 8 October 2022</p></main></body></html>
                """, SourceFormat.HTML);
        assertThat(d.get(Masthead.LAYER)).extracting(Masthead::name)
                .containsExactly("Orchard Society", "Orchard Society of the Vale");
        assertThat(d.text()).doesNotContain("Orchard Society");
    }

    @Test
    void aSpeakerCardsPostAndOrganisationGoOnTheNamesLine() {
        String page = """
                <html><body><main><h1>Panel</h1>
                <div class="people-grid">
                  <div class="person-card"><img src="a.jpg" alt="Portrait of Ilse Varga">
                    <h3 class="person-card__name">Ilse Varga</h3>
                    <p class="person-card__position">Head of Research</p>
                    <p class="person-card__organisation">Danube Policy Lab</p></div>
                  <div class="person-card"><h3 class="person-card__name">Tomas Rieger</h3>
                    <p class="person-card__badge">Moderator</p>
                    <p class="person-card__position">Editor</p></div>
                </div></main></body></html>
                """;
        Document d = normalize(page, SourceFormat.HTML);
        assertThat(d.text()).contains("Ilse Varga, Head of Research, Danube Policy Lab");
        // a badge between the name and the post is no post: the lines stay apart
        assertThat(d.text()).contains("Tomas Rieger\n").contains("Moderator\n");
        assertOffsetsFaithful(d);
    }

    @Test
    void aBlockNamingBothWhenAndWhereIsALineOfFactsNotOneField() {
        String page = """
                <html><body><main>
                <p class="event-venue">Old Mill Hall</p>
                <p class="when-where">4 – 5:30 p.m. &middot; Old Mill Hall, Room 2</p>
                </main></body></html>
                """;
        Document d = normalize(page, SourceFormat.HTML);
        assertThat(d.text()).contains("Venue: Old Mill Hall").contains("\n4 – 5:30 p.m. · Old Mill Hall, Room 2");
        assertThat(d.text()).doesNotContain("Where:");
    }
}
