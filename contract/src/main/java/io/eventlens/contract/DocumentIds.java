package io.eventlens.contract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Ids derived from content, so the same text always gets the same document id (posting it again
 * is recognised) and re-processing a document keeps its event ids.
 */
public final class DocumentIds {

    /** A document id: the first 32 hex digits (128 bits) of the SHA-256 of the UTF-8 text. */
    public static final Pattern DOCUMENT_ID = Pattern.compile("[0-9a-f]{32}");
    /** An event id: the document id, a dash and the event's 1-based position in the document. */
    public static final Pattern EVENT_ID = Pattern.compile("([0-9a-f]{32})-(\\d{3,})");

    private DocumentIds() {
    }

    /** {@code sha256:<64 hex digits>} of the text's UTF-8 bytes. */
    public static String contentHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** The document id of a content hash made by {@link #contentHash}. */
    public static String documentId(String contentHash) {
        if (!contentHash.startsWith("sha256:") || contentHash.length() != 7 + 64) {
            throw new IllegalArgumentException("not a sha256 content hash: " + contentHash);
        }
        return contentHash.substring(7, 7 + 32);
    }

    /** The id of the event at {@code ordinal} (1-based) in the document. */
    public static String eventId(String documentId, int ordinal) {
        if (ordinal < 1) {
            throw new IllegalArgumentException("event ordinals start at 1, got " + ordinal);
        }
        return documentId + "-" + String.format("%03d", ordinal);
    }
}
