package io.eventlens.enrich.service;

/** The engine failed on a valid document (a bug in the engine, or a resource limit). */
public class ExtractionFailedException extends RuntimeException {

    public ExtractionFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
