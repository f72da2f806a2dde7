package io.eventlens.ingest.service;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** {@code eventlens.ingest.*}: the limits and addresses of document intake. */
@ConfigMapping(prefix = "eventlens.ingest")
public interface IngestSettings {

    /** Largest accepted text in bytes of UTF-8; larger documents get 413. */
    int maxTextBytes();

    /** How long a request waits for Kafka's acknowledgement before it answers 503. */
    Duration publishTimeout();

    /** Base URL of query-service, where a document's status can be read ({@code Location}). */
    String statusBaseUrl();
}
