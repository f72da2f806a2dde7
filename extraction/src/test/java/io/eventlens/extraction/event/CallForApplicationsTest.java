package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.contract.EventRecord;
import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A call for applications: the event is the course it announces, never the call, and its deadlines date nothing. */
class CallForApplicationsTest {

    private static final ExtractionEngine ENGINE = ExtractionEngine.standard();

    private static final String CALL = """
            News > Opportunities > Calls

            CALL FOR PROPOSALS
            Field Course in Coastal Heritage Survey
            Portmarrow, 15-19 September 2025

            The Western Isles Heritage Trust invites early-career surveyors to apply for a
            five-day field course on recording eroding coastal sites.

            Key dates
              30 May 2025         Deadline for proposals
              20 June 2025        Applicants notified
              15-19 Sep 2025      Field course
            """;

    private static List<EventRecord> events() {
        return ENGINE.extract(DocumentInput.of("call.txt", CALL)).events();
    }

    @Test
    void theEventIsTheCourseNotTheCallNorTheBreadcrumb() {
        assertThat(events()).extracting(EventRecord::title).contains("Field Course in Coastal Heritage Survey")
                .doesNotContain("Call for Proposals", "News > Opportunities > Calls");
    }

    @Test
    void noEventIsDatedByADeadlineOrANotification() {
        assertThat(events()).extracting(EventRecord::startDate).doesNotContain("2025-05-30", "2025-06-20");
    }
}
