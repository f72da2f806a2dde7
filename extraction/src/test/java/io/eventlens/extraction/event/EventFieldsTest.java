package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.SourceFormat;
import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.entity.AcronymAnnotator;
import io.eventlens.extraction.entity.OrganizationAnnotator;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventFieldsTest {

    private static List<String> organizersInText(String text) {
        Document document = EventTestSupport.prepared(text, SourceFormat.PLAIN);
        new AcronymAnnotator().annotate(document);
        new OrganizationAnnotator().annotate(document);
        EventFields fields = new EventFields(new DocumentView(document));
        return fields.organizersInText(List.of(Span.of(0, document.text().length())), 0.7).stream().map(Slot::value).toList();
    }

    @Test
    void theTwoOrganisationsThatConvenedAnEventAreTheTwoNamedJustBefore() {
        assertThat(organizersInText("In 2017 the Lakeshore Radio Alliance and the Tarrow Flood Office (TFO) began a joint "
                + "programme. This report summarises the Regional Workshop on Flood Radio, which the two organisations "
                + "convened in Suva."))
                .containsExactly("Lakeshore Radio Alliance", "Tarrow Flood Office");
        assertThat(organizersInText("The Lakeshore Radio Alliance began a programme. The workshop, which the two "
                + "organisations convened in Suva, ended."))
                .isEmpty();
    }

    @Test
    void aRecapHeadlineIsTitledWithTheEventItLooksBackOn() {
        for (String heading : List.of("What happened at the Delta Farmers Forum", "Highlights from the Delta Farmers Forum",
                "Looking back at Delta Farmers Forum")) {
            Document document = EventTestSupport.prepared(heading + "\n", SourceFormat.PLAIN);
            EventFields fields = new EventFields(new DocumentView(document));
            assertThat(fields.title(io.eventlens.extraction.document.Span.of(0, heading.length()), 0.8).value())
                    .isEqualTo("Delta Farmers Forum");
        }
    }

    @Test
    void aBulletinsRunningLabelAndASubsectionNumberAreNoPartOfTheTitle() {
        for (String heading : List.of("Recap 1 \u00B7 Delta Farmers Forum", "Story 2 | \u201CDelta Farmers Forum\u201D",
                "4.2 Delta Farmers Forum")) {
            Document document = EventTestSupport.prepared(heading + "\n", SourceFormat.PLAIN);
            EventFields fields = new EventFields(new DocumentView(document));
            assertThat(fields.title(io.eventlens.extraction.document.Span.of(0, heading.length()), 0.8).value())
                    .isEqualTo("Delta Farmers Forum");
        }
    }
}
