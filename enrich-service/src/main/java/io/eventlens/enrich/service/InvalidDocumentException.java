package io.eventlens.enrich.service;

/** A message on the raw-documents topic that is not a document enrich-service can process. */
public class InvalidDocumentException extends RuntimeException {

    public InvalidDocumentException(String message) {
        super(message);
    }

    public InvalidDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
