package io.eventlens.service.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the body of every error answer ({@code application/problem+json}).
 *
 * @param type      a URN naming the kind of problem, stable for clients to switch on
 * @param title     a short summary of the kind of problem
 * @param status    the HTTP status code
 * @param detail    what went wrong with this request, and what to do about it
 * @param instance  the request path the problem occurred on
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Problem types are URNs under this prefix, e.g. {@code urn:eventlens:problem:empty-document}. */
    public static final String TYPE_PREFIX = "urn:eventlens:problem:";

    public static String type(String slug) {
        return TYPE_PREFIX + slug;
    }
}
