package io.eventlens.contract;

import java.util.List;

/**
 * The Kafka topics the services exchange messages on. Each topic is keyed by document id, so every
 * message about one document lands on the same partition and is handled in order. The {@code .v1}
 * suffix is the contract's major version: a breaking change gets new topics, not new meanings.
 */
public final class Topics {

    /** {@link RawDocumentEvent}s published by ingest-service. */
    public static final String RAW_DOCUMENTS = "eventlens.raw-documents.v1";
    /** {@link ExtractedRecordsEvent}s published by enrich-service. */
    public static final String EXTRACTED_RECORDS = "eventlens.extracted-records.v1";
    /** Raw documents enrich-service could not process, with the reason in the record headers. */
    public static final String RAW_DOCUMENTS_DEAD_LETTERS = RAW_DOCUMENTS + ".dlq";
    /** Extracted records query-service could not store, with the reason in the record headers. */
    public static final String EXTRACTED_RECORDS_DEAD_LETTERS = EXTRACTED_RECORDS + ".dlq";

    public static final List<String> ALL = List.of(
            RAW_DOCUMENTS, EXTRACTED_RECORDS, RAW_DOCUMENTS_DEAD_LETTERS, EXTRACTED_RECORDS_DEAD_LETTERS);

    /** CloudEvents {@code type} of the messages on {@link #RAW_DOCUMENTS}. */
    public static final String RAW_DOCUMENT_EVENT_TYPE = "io.eventlens.document.received.v1";
    /** CloudEvents {@code type} of the messages on {@link #EXTRACTED_RECORDS}. */
    public static final String EXTRACTED_RECORDS_EVENT_TYPE = "io.eventlens.document.extracted.v1";

    /**
     * Largest text a document may carry, in bytes of UTF-8 (1 MiB). Larger documents are refused at
     * ingest with 413; see {@link #MAX_RECORD_BYTES} for how the record limits follow from it.
     */
    public static final int MAX_TEXT_BYTES = 1024 * 1024;

    /**
     * Largest record the producers send and the topics accept (8 MiB, uncompressed as the producer
     * measures it). JSON escaping can blow a 1 MiB text up several times in the worst case (control
     * characters become six-character escapes); 8 MiB leaves room for that and for the extracted
     * records of a maximal document. Records travel zstd-compressed, so typical documents stay far
     * below the broker's default of about 1 MiB on the wire.
     */
    public static final int MAX_RECORD_BYTES = 8 * 1024 * 1024;

    private Topics() {
    }
}
