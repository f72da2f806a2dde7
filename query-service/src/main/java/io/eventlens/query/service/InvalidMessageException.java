package io.eventlens.query.service;

/** A message query-service cannot store because it is not what its topic's contract says. */
public class InvalidMessageException extends RuntimeException {

    public InvalidMessageException(String message) {
        super(message);
    }

    public InvalidMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
