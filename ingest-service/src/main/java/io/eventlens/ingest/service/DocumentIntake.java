package io.eventlens.ingest.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.contract.DocumentIds;
import io.eventlens.contract.RawDocumentEvent;
import io.eventlens.service.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;

/**
 * Turns an HTTP request body into a {@link RawDocumentEvent}, or refuses it with a problem that
 * says what is wrong. Accepts the text itself (text/plain, text/markdown, text/html) or a JSON
 * object {@code {"text", "title"?, "sourceUrl"?, "publishedDate"?, "mediaType"?}}.
 */
@ApplicationScoped
public class DocumentIntake {

    public static final Set<String> TEXT_MEDIA_TYPES = Set.of("text/plain", "text/markdown", "text/html");
    public static final String JSON_MEDIA_TYPE = "application/json";
    static final int MAX_TITLE_LENGTH = 1000;
    static final int MAX_URL_LENGTH = 4096;

    private final ObjectMapper json;
    private final IngestSettings settings;

    @Inject
    public DocumentIntake(ObjectMapper json, IngestSettings settings) {
        this.json = json;
        this.settings = settings;
    }

    public RawDocumentEvent accept(String contentType, byte[] body, Instant receivedAt) {
        if (contentType == null || contentType.isBlank()) {
            throw unsupportedMediaType("The request has no Content-Type.");
        }
        String[] parts = contentType.split(";");
        String mediaType = parts[0].trim().toLowerCase(Locale.ROOT);
        if (body == null || body.length == 0) {
            throw new ProblemException(400, "empty-document", "Empty document",
                    "The request body is empty; send the document's text, or a JSON object with a \"text\" field.");
        }
        Instant at = receivedAt.truncatedTo(ChronoUnit.MICROS);
        if (TEXT_MEDIA_TYPES.contains(mediaType)) {
            checkSize(body.length);
            String text = decode(body, charset(parts));
            return event(mediaType, text, null, null, null, at);
        }
        if (mediaType.equals(JSON_MEDIA_TYPE)) {
            return fromJson(body, at);
        }
        throw unsupportedMediaType("Content-Type " + mediaType + " is not accepted.");
    }

    private RawDocumentEvent fromJson(byte[] body, Instant at) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("malformed-json", "Malformed JSON",
                    "The body is not valid JSON: " + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr()
                            + ", column " + e.getLocation().getColumnNr() + ").");
        } catch (java.io.IOException e) {
            throw ProblemException.badRequest("malformed-json", "Malformed JSON", "The body could not be read as JSON.");
        }
        if (root == null || !root.isObject()) {
            throw ProblemException.badRequest("malformed-json", "Malformed JSON",
                    "The body must be a JSON object such as {\"text\": \"...\"}.");
        }
        JsonNode text = root.get("text");
        if (text == null || text.isNull()) {
            throw ProblemException.badRequest("missing-text", "Missing text",
                    "The JSON object has no \"text\" field; it must carry the document's text as a string.");
        }
        if (!text.isTextual()) {
            throw invalidField("text", "must be a string");
        }
        String value = text.textValue();
        checkSize(value.getBytes(StandardCharsets.UTF_8).length);
        String mediaType = optionalString(root, "mediaType", 100);
        if (mediaType == null) {
            mediaType = "text/plain";
        } else if (!TEXT_MEDIA_TYPES.contains(mediaType.toLowerCase(Locale.ROOT))) {
            throw invalidField("mediaType", "must be one of " + TEXT_MEDIA_TYPES.stream().sorted().toList());
        }
        LocalDate published = null;
        String date = optionalString(root, "publishedDate", 10);
        if (date != null) {
            try {
                published = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw invalidField("publishedDate", "must be an ISO 8601 date such as 2031-05-04");
            }
        }
        return event(mediaType.toLowerCase(Locale.ROOT), value, optionalString(root, "title", MAX_TITLE_LENGTH),
                optionalString(root, "sourceUrl", MAX_URL_LENGTH), published, at);
    }

    private RawDocumentEvent event(String mediaType, String text, String title, String sourceUrl, LocalDate published,
            Instant at) {
        if (text.isBlank()) {
            throw new ProblemException(400, "empty-document", "Empty document",
                    "The document's text is empty or only whitespace.");
        }
        String hash = DocumentIds.contentHash(text);
        return new RawDocumentEvent(RawDocumentEvent.SCHEMA_VERSION, DocumentIds.documentId(hash), hash, mediaType,
                text, title, sourceUrl, published, at);
    }

    private void checkSize(int bytes) {
        if (bytes > settings.maxTextBytes()) {
            throw new ProblemException(413, "document-too-large", "Document too large",
                    "The document's text is " + bytes + " bytes; at most " + settings.maxTextBytes()
                            + " bytes of UTF-8 are accepted. Split the document or send only its text.");
        }
    }

    private static String optionalString(JsonNode root, String field, int maxLength) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw invalidField(field, "must be a string");
        }
        String value = node.textValue().strip();
        if (value.length() > maxLength) {
            throw invalidField(field, "must be at most " + maxLength + " characters");
        }
        return value.isEmpty() ? null : value;
    }

    private static Charset charset(String[] contentTypeParts) {
        for (int i = 1; i < contentTypeParts.length; i++) {
            String[] kv = contentTypeParts[i].trim().split("=", 2);
            if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("charset")) {
                String name = kv[1].trim().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw unsupportedMediaType("The charset " + name + " is not supported; send UTF-8.");
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static String decode(byte[] body, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("undecodable-text", "Undecodable text",
                    "The body is not valid " + charset.name() + " text; send UTF-8 or name the charset in Content-Type.");
        }
    }

    private static ProblemException invalidField(String field, String rule) {
        return ProblemException.badRequest("invalid-field", "Invalid field", "The field \"" + field + "\" " + rule + ".");
    }

    private static ProblemException unsupportedMediaType(String detail) {
        return new ProblemException(415, "unsupported-media-type", "Unsupported media type", detail
                + " Send text/plain, text/markdown or text/html with the document's text, or application/json "
                + "with {\"text\": ...}.");
    }
}
