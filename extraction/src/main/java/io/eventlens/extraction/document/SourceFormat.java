package io.eventlens.extraction.document;

import java.util.Locale;

/** The kind of text the engine received; decides how it is normalised before annotation. */
public enum SourceFormat {
    PLAIN, MARKDOWN, HTML;

    /** Picks the format from a file name's extension, falling back to sniffing the content. */
    public static SourceFormat guess(String fileName, String content) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return HTML;
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return MARKDOWN;
        }
        return looksLikeHtml(content) ? HTML : PLAIN;
    }

    /** Picks the format from a media type such as {@code text/html; charset=utf-8}. */
    public static SourceFormat fromMediaType(String mediaType) {
        String lower = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (lower.startsWith("text/html") || lower.startsWith("application/xhtml")) {
            return HTML;
        }
        if (lower.startsWith("text/markdown")) {
            return MARKDOWN;
        }
        return PLAIN;
    }

    static boolean looksLikeHtml(String content) {
        if (content == null) {
            return false;
        }
        String head = content.substring(0, Math.min(content.length(), 512)).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body");
    }
}
