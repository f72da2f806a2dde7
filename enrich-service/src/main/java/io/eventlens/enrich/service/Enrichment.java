package io.eventlens.enrich.service;

import io.eventlens.contract.ExtractedRecordsEvent;
import io.eventlens.contract.RawDocumentEvent;
import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import io.eventlens.extraction.ExtractionResult;
import io.eventlens.extraction.document.SourceFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Runs the engine on one raw document and shapes the result as the extracted-records message. */
@ApplicationScoped
public class Enrichment {

    @Inject
    ExtractionEngine engine;

    Clock clock = Clock.systemUTC();

    public ExtractedRecordsEvent extract(RawDocumentEvent document) {
        ExtractionResult result;
        try {
            result = engine.extract(new DocumentInput(document.documentId(), document.text(),
                    SourceFormat.fromMediaType(document.mediaType()), document.publishedDate()));
        } catch (RuntimeException | StackOverflowError e) {
            throw new ExtractionFailedException("the extraction engine " + ExtractionEngine.version()
                    + " failed on document " + document.documentId() + ": " + e, e);
        }
        Instant extractedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        String language = result.language() == null || result.language().isBlank() ? "und" : result.language();
        return new ExtractedRecordsEvent(ExtractedRecordsEvent.SCHEMA_VERSION, document.documentId(),
                document.contentHash(), document.title(), document.sourceUrl(), document.receivedAt(), extractedAt,
                ExtractionEngine.version(), language, result.notes(), result.events());
    }
}
