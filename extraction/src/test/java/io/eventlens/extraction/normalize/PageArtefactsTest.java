package io.eventlens.extraction.normalize;

import static io.eventlens.extraction.normalize.NormalizerTestSupport.assertOffsetsFaithful;
import static io.eventlens.extraction.normalize.NormalizerTestSupport.normalize;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.SourceFormat;
import org.junit.jupiter.api.Test;

class PageArtefactsTest {

    @Test
    void captionsAdvertisementsEmbargoesAndShareBarsAreNoText() {
        String page = """
                EMBARGOED UNTIL 06:00 CET, 3 June 2024

                Riverside towns agree on a flood pact

                (Image: Wardens on the dyke at Lemvik. Photo credit: Tove Ask)

                The mayors of four towns met in Lemvik on Monday.

                ADVERTISEMENT

                Photo by Sven Holt / Coastal Press
                They will meet again in autumn.

                Share  |  Tweet  |  Comment (3)
                """;
        Document d = normalize(page, SourceFormat.PLAIN);
        assertThat(d.text()).doesNotContain("EMBARGOED").doesNotContain("Wardens on the dyke").doesNotContain("ADVERTISEMENT")
                .doesNotContain("Sven Holt").doesNotContain("Tweet")
                .contains("Riverside towns agree on a flood pact").contains("The mayors of four towns met in Lemvik on Monday.")
                .contains("They will meet again in autumn.");
        assertOffsetsFaithful(d);
    }

    @Test
    void proseAboutPhotosAndEmbargoesStays() {
        assertThat(PageArtefacts.isArtefactLine("Photographs of the exhibition are on the second floor.")).isFalse();
        assertThat(PageArtefacts.isArtefactLine("Embargoes on grain were lifted in March.")).isFalse();
        assertThat(PageArtefacts.isArtefactLine("Share your views with the panel")).isFalse();
        assertThat(PageArtefacts.isArtefactLine("Advertising in the Digital Age")).isFalse();
        assertThat(PageArtefacts.isArtefactLine("[Photo: the panel. Credit: J. Moe]")).isTrue();
        assertThat(PageArtefacts.isArtefactLine("Embargo: 00:01 GMT Tuesday")).isTrue();
    }

    @Test
    void aThreadsCountersControlsAndSiteFooterAreNoText() {
        assertThat(PageArtefacts.isArtefactLine("  14 Reposts   3 Quotes   41 Likes   6 Bookmarks")).isTrue();
        assertThat(PageArtefacts.isArtefactLine("1 Repost 17 Likes")).isTrue();
        assertThat(PageArtefacts.isArtefactLine("Reply · Repost (48) · Like (211) · Bookmark")).isTrue();
        assertThat(PageArtefacts.isArtefactLine("12 comments · 3 shares")).isTrue();
        assertThat(PageArtefacts.isArtefactLine("Replying to @saltmarsh_ngo")).isTrue();
        assertThat(PageArtefacts.isArtefactLine("Show replies")).isTrue();
        assertThat(PageArtefacts.isArtefactLine("Terms of Service · Privacy Policy · Cookie Policy · © 2025")).isTrue();
        // words of the same kind inside a sentence or a title stay
        assertThat(PageArtefacts.isArtefactLine("3 Questions on Likes and Shares in Campaigning")).isFalse();
        assertThat(PageArtefacts.isArtefactLine("200 views were shared by 14 people")).isFalse();
        assertThat(PageArtefacts.isArtefactLine("Terms of reference for the review")).isFalse();
        assertThat(PageArtefacts.isArtefactLine("2024")).isFalse();
    }

    @Test
    void aBoxKeepsItsTextAndLosesItsFrame() {
        String report = """
                2. OUR YEAR

                  ╔══════════════════════════╗
                  ║ THE YEAR IN FIGURES      ║
                  ║ 4 workshops · 212 guests ║
                  ╚══════════════════════════╝

                2.1 Coastal Data Workshop (Bergen, 4 May)
                """;
        Document d = normalize(report, SourceFormat.PLAIN);
        assertThat(d.text()).doesNotContain("═").doesNotContain("║")
                .contains("THE YEAR IN FIGURES\n").contains("4 workshops · 212 guests\n\n2.1 Coastal Data Workshop");
        assertOffsetsFaithful(d);
    }
}
