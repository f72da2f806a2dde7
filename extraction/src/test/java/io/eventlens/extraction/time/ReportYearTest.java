package io.eventlens.extraction.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.document.Deadline;
import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.SourceFormat;
import io.eventlens.extraction.normalize.Normalizer;
import io.eventlens.extraction.text.TokenSentenceAnnotator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportYearTest {

    private static List<String> dates(String text) {
        Document d = new Document("t", text, SourceFormat.PLAIN, null, Deadline.NONE);
        new Normalizer().annotate(d);
        new TokenSentenceAnnotator().annotate(d);
        new TemporalAnnotator().annotate(d);
        return d.get(DateMention.LAYER).stream().map(DateMention::startDate).toList();
    }

    @Test
    void theYearAReportCoversIsReadFromItsTitleOnly() {
        assertThat(AnchorFinder.reportYear("Annual Report 2024\nCaspian Institute")).contains(2024);
        assertThat(AnchorFinder.reportYear("Fenwick Centre\n2022 Annual Review\n")).contains(2022);
        // a span of years, or a year in the body, says nothing
        assertThat(AnchorFinder.reportYear("ANNUAL REPORT 2018\u20132019\n")).isEqualTo(Optional.empty());
        assertThat(AnchorFinder.reportYear("Newsletter\n\nWe met in 2021 to plan the annual report.")).isEmpty();
    }

    @Test
    void anUndatedReportPutsItsDatesWithoutAYearInItsOwnYear() {
        // a later date with a year in the text does not move the year of "February"
        List<String> found = dates("""
                Annual Report 2024

                In February the Institute held a dialogue in Tbilisi. The next forum is scheduled for May 2025.
                """);
        assertThat(found).contains("2024-02", "2025-05");
        // a sentence that looks ahead still resolves forward
        assertThat(dates("Annual Report 2024\n\nThe board will meet again in March.\n")).contains("2025-03");
    }
}
