package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.SourceFormat;
import org.junit.jupiter.api.Test;

/** The publisher of a page about its own event: page title, logo, copyright line, eyebrow label. */
class PublisherTest {

    private static String publisher(String source, SourceFormat format) {
        Document document = EventTestSupport.prepared(source, format);
        return Publisher.find(document);
    }

    @Test
    void thePageTitleLogoAndCopyrightNameThePublisher() {
        String html = """
                <html><head><title>Who Owns the Riverbed? | Programme on River Justice</title></head>
                <body><header><div class="site-logo">Programme on River Justice</div>
                <nav><a href="/">Home</a> › <a href="/events">Events</a> › Panel discussion</nav></header>
                <main><p class="eyebrow">Panel Discussion · Programme on River Justice</p>
                <h1>Who Owns the Riverbed?</h1><p>Monday 17 November 2025, 17:30, Room 3, Cardiff</p></main>
                <footer>© 2025 Programme on River Justice. All rights reserved.</footer></body></html>
                """;
        assertThat(publisher(html, SourceFormat.HTML)).isEqualTo("Programme on River Justice");
    }

    @Test
    void aSiteNameMetaTagOrALogosAltTextNamesThePublisher() {
        String meta = """
                <html><head><meta property="og:site_name" content="Lowmoor Heritage Society">
                <title>Stones of the Valley</title></head>
                <body><main><h1>Stones of the Valley</h1><p>Friday 3 October 2025, 19:00</p></main></body></html>
                """;
        assertThat(publisher(meta, SourceFormat.HTML)).isEqualTo("Lowmoor Heritage Society");
        String logo = """
                <html><head><title>Maps Old and New</title></head>
                <body><a class="navbar-brand" href="/"><img src="logo.png" alt="Tarrow Map Society"></a>
                <main><h1>Maps Old and New</h1><p>Friday 7 November 2025, 19:00</p></main></body></html>
                """;
        assertThat(publisher(logo, SourceFormat.HTML)).isEqualTo("Tarrow Map Society");
    }

    @Test
    void theMastheadInThePageHeaderNamesThePublisherButItsNavigationDoesNot() {
        // the logo has no class naming it a logo: only its place in the page's <header> says it is the masthead
        String logo = """
                <html><head><title>Tide Tables Explained</title></head>
                <body><header><a href="/"><img src="mark.svg" alt="Kelder Estuary Trust"></a>
                <nav><ul><li><a href="/a">Friends of the Harbour Museum</a></li><li><a href="/b">Visit</a></li></ul></nav></header>
                <main><h1>Tide Tables Explained</h1><p>Friday 7 November 2025, 19:00</p></main></body></html>
                """;
        assertThat(publisher(logo, SourceFormat.HTML)).isEqualTo("Kelder Estuary Trust");
        String title = """
                <html><head><title>Tide Tables Explained</title></head>
                <body><header role="banner"><div class="masthead"><a href="/">Marrow Valley Field Centre</a>
                <p>Learning outdoors since 1962</p></div>
                <ul class="links"><li><a href="/c">Northern Rivers Institute</a></li></ul></header>
                <main><h1>Tide Tables Explained</h1><p>Friday 7 November 2025, 19:00</p></main></body></html>
                """;
        assertThat(publisher(title, SourceFormat.HTML)).isEqualTo("Marrow Valley Field Centre");
        String navigationOnly = """
                <html><head><title>Tide Tables Explained</title></head>
                <body><header><nav><a href="/a">Harbour Studies Institute</a> <a href="/b">Events</a></nav></header>
                <main><h1>Tide Tables Explained</h1><p>Friday 7 November 2025, 19:00</p></main></body></html>
                """;
        assertThat(publisher(navigationOnly, SourceFormat.HTML)).isNull();
    }

    @Test
    void aCopyrightLineOfAMarkdownPageNamesThePublisher() {
        String md = """
                # Seed swap evening

                Thursday 6 March 2025, 18:00, the greenhouse.

                ---
                © 2025 Millbrook Allotment Society
                """;
        assertThat(publisher(md, SourceFormat.MARKDOWN)).isEqualTo("Millbrook Allotment Society");
    }

    @Test
    void theSignaturesOrganisationHoldsTheEventAnInvitationSaysWeHold() {
        String letter = """
                Dear friends,

                We are delighted to invite you to an evening of harp music on 6 June 2025 at 19:00.

                Warm regards,

                Anna Tamm
                Cultural Counsellor
                Embassy of Lowland in Tarrow
                """;
        assertThat(publisher(letter, SourceFormat.PLAIN)).isEqualTo("Embassy of Lowland in Tarrow");
        String report = """
                Dear friends,

                The harp evening on 6 June 2025 was a success.

                Anna Tamm
                Embassy of Lowland in Tarrow
                """;
        assertThat(publisher(report, SourceFormat.PLAIN)).isNull();
    }

    @Test
    void aNewspaperNavigationOrAnEventLabelIsNoPublisher() {
        String news = """
                <html><head><title>Packed hall grills council on bus plans | Westmoor Evening Times</title></head>
                <body><main><h1>Packed hall grills council on bus plans</h1></main>
                <footer>© 2024 Westmoor Evening Times</footer></body></html>
                """;
        assertThat(publisher(news, SourceFormat.HTML)).isNull();
        String navigation = """
                <html><head><title>Home › Events › Book Launch</title></head>
                <body><main><p>Book Launch · Spring 2025</p><h1>The Salt Road</h1></main></body></html>
                """;
        assertThat(publisher(navigation, SourceFormat.HTML)).isNull();
    }

    @Test
    void anEventWithoutAStatedOrganiserIsThePublishersAndOneWithOneKeepsIt() {
        String html = """
                <html><head><title>Autumn talks | Fenwick Institute for Coastal Law</title></head>
                <body><main>
                <article><h2>Who Owns the Tide?</h2><p>Tuesday 7 October 2025, 18:00, Room 2</p></article>
                <article><h2>Salt Marsh Rights</h2><p>Tuesday 14 October 2025, 18:00, Room 2</p>
                <p>Organised by the Estuary Law Society.</p></article>
                </main></body></html>
                """;
        Document document = EventTestSupport.prepared(html, SourceFormat.HTML);
        EventCandidate own = new EventCandidate(0, 10, "test");
        own.title = Slot.of("Who Owns the Tide?", null, 0.9);
        EventCandidate other = new EventCandidate(10, 20, "test");
        other.title = Slot.of("Salt Marsh Rights", null, 0.9);
        other.organizers.add(Slot.of("Estuary Law Society", null, 0.9));
        Publisher.fillIn(document, java.util.List.of(own, other));
        assertThat(EventTestSupport.organizers(own)).containsExactly("Fenwick Institute for Coastal Law");
        assertThat(EventTestSupport.organizers(other)).containsExactly("Estuary Law Society");
    }

    @Test
    void aPlainTextMastheadBetweenDoubleDashesOrABodyIntroducingItselfIsTheSpeaker() {
        Document dashes = EventTestSupport.prepared("""
                TARROW RIVERS INTERNATIONAL -- ANNUAL REPORT 2024
                Page 3 of 20

                In June we hosted a seminar on flood insurance.
                """, SourceFormat.PLAIN);
        assertThat(Publisher.speaker(dashes).name()).isEqualTo("Tarrow Rivers International");
        Document forum = EventTestSupport.prepared("""
                The Harbour Digest, Issue 3

                In June we hosted a seminar on flood insurance.

                The Northmere Forum on Coastal Affairs is a registered charity.
                """, SourceFormat.PLAIN);
        assertThat(Publisher.speaker(forum).name()).isEqualTo("Northmere Forum on Coastal Affairs");
    }
}
