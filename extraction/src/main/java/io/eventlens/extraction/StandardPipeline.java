package io.eventlens.extraction;

import io.eventlens.extraction.announcement.AnnouncementReader;
import io.eventlens.extraction.announcement.HeaderFieldAnnotator;
import io.eventlens.extraction.entity.AcronymAnnotator;
import io.eventlens.extraction.entity.OrganizationAnnotator;
import io.eventlens.extraction.entity.PersonAnnotator;
import io.eventlens.extraction.event.EventDateAnnotator;
import io.eventlens.extraction.event.EventRecordAssembler;
import io.eventlens.extraction.event.HeaderReader;
import io.eventlens.extraction.event.LeadReader;
import io.eventlens.extraction.event.MeetingListReader;
import io.eventlens.extraction.event.NarrativeReader;
import io.eventlens.extraction.language.LanguageAnnotator;
import io.eventlens.extraction.layout.LayoutAnnotator;
import io.eventlens.extraction.ner.StatisticalNameAnnotator;
import io.eventlens.extraction.normalize.Normalizer;
import io.eventlens.extraction.pipeline.Annotator;
import io.eventlens.extraction.pipeline.Pipeline;
import io.eventlens.extraction.text.TokenSentenceAnnotator;
import io.eventlens.extraction.time.TemporalAnnotator;
import java.util.List;

/** The engine's annotators in order: read it as the table of contents of what the engine does. */
public final class StandardPipeline {

    private StandardPipeline() {
    }

    public static Pipeline create() {
        List<Annotator> annotators = List.of(
                new Normalizer(),
                new LanguageAnnotator(),
                new TokenSentenceAnnotator(),
                new TemporalAnnotator(),
                new StatisticalNameAnnotator(),
                new AcronymAnnotator(),
                new OrganizationAnnotator(),
                new PersonAnnotator(),
                new LayoutAnnotator(),
                new EventDateAnnotator(),
                new HeaderFieldAnnotator(), new AnnouncementReader(),
                new HeaderReader(), new LeadReader(), new NarrativeReader(), new MeetingListReader(),
                new EventRecordAssembler());
        return new Pipeline(annotators);
    }
}
