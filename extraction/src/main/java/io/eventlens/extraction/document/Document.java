package io.eventlens.extraction.document;

import io.eventlens.contract.Evidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One document under analysis: the source as received, the normalised text the annotators read,
 * the map between the two, and layers of spans that annotators add one after another.
 *
 * <p>Not thread-safe: a document is annotated by one thread, one annotator at a time.
 */
public final class Document {

    private final String name;
    private final String source;
    private final SourceFormat format;
    private final LocalDate creationDate;
    private final Deadline deadline;

    private String text;
    private OffsetMap offsets;
    private String language = "und";
    private LocalDate anchorDate;
    private final Map<Layer<?>, List<? extends Span>> layers = new HashMap<>();
    private final List<String> notes = new ArrayList<>();

    public Document(String name, String source, SourceFormat format, LocalDate creationDate, Deadline deadline) {
        this.name = Objects.requireNonNullElse(name, "document");
        this.source = Objects.requireNonNullElse(source, "");
        this.format = Objects.requireNonNullElse(format, SourceFormat.PLAIN);
        this.creationDate = creationDate;
        this.deadline = Objects.requireNonNullElse(deadline, Deadline.NONE);
        this.text = this.source;
        this.offsets = OffsetMap.identity(this.source.length());
    }

    public static Document of(String name, String source) {
        return new Document(name, source, SourceFormat.guess(name, source), null, Deadline.NONE);
    }

    public String name() {
        return name;
    }

    /** The text exactly as the engine received it; evidence offsets refer to it. */
    public String source() {
        return source;
    }

    public SourceFormat format() {
        return format;
    }

    /** The normalised text that every span's offsets refer to. */
    public String text() {
        return text;
    }

    public String text(Span span) {
        return text.substring(span.start(), span.end());
    }

    /**
     * Replaces the working text; only a normaliser may call this, before any layer exists, since
     * existing spans would point into the old text.
     */
    public void replaceText(String normalised, OffsetMap map) {
        if (!layers.isEmpty()) {
            throw new IllegalStateException("the text of " + name + " cannot change once layers exist: " + layers.keySet());
        }
        this.text = Objects.requireNonNull(normalised);
        this.offsets = Objects.requireNonNull(map);
    }

    /** The document creation time given by the caller (e.g. {@code --dct}), if any. */
    public Optional<LocalDate> creationDate() {
        return Optional.ofNullable(creationDate);
    }

    /**
     * The date that underspecified dates are resolved against: the creation date when given,
     * otherwise what an annotator found in the document (a dateline, a publication date).
     */
    public Optional<LocalDate> anchorDate() {
        return Optional.ofNullable(creationDate != null ? creationDate : anchorDate);
    }

    public void setAnchorDate(LocalDate date) {
        this.anchorDate = date;
    }

    /** ISO 639 code of the recognised language, {@code und} until known. */
    public String language() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = Objects.requireNonNullElse(language, "und");
    }

    public <T extends Span> List<T> get(Layer<T> layer) {
        @SuppressWarnings("unchecked")
        List<T> spans = (List<T>) layers.get(layer);
        return spans == null ? List.of() : spans;
    }

    /** The layers set so far, for tools and checks that look at all of them. */
    public Set<Layer<?>> layers() {
        return Collections.unmodifiableSet(layers.keySet());
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    /** Sets a layer, replacing what it held; spans are kept in text order. */
    public <T extends Span> void set(Layer<T> layer, List<? extends T> spans) {
        List<T> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparing(Span::end, Comparator.reverseOrder()));
        for (T span : sorted) {
            if (span.end() > text.length()) {
                throw new IllegalArgumentException(layer + " span " + span.start() + ".." + span.end()
                        + " lies beyond the text of " + name + " (" + text.length() + " chars)");
            }
        }
        layers.put(layer, Collections.unmodifiableList(sorted));
    }

    /** Spans of {@code layer} lying wholly inside {@code within}. */
    public <T extends Span> List<T> within(Layer<T> layer, Span within) {
        List<T> all = get(layer);
        List<T> out = new ArrayList<>();
        int i = firstEndingAfter(all, within.start());
        for (; i < all.size(); i++) {
            T s = all.get(i);
            if (s.start() >= within.end()) {
                break;
            }
            if (within.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private static int firstEndingAfter(List<? extends Span> sorted, int offset) {
        // layers are sorted by start; binary search on start gives a safe lower bound
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Source offset where the text offset begins. */
    public int sourceStart(int textOffset) {
        return offsets.sourceStart(textOffset);
    }

    /** Source offset (exclusive) where a text span ending at {@code textEnd} ends. */
    public int sourceEnd(int textEnd) {
        return offsets.sourceEnd(textEnd);
    }

    /**
     * Evidence for a span of the text, in source coordinates, quoting the source. Where the
     * normaliser reordered text (an HTML parser moves stray text out of a table), the span's ends
     * can map out of order; the evidence is then the stretch of source all its characters came from.
     */
    public Evidence evidence(Span span, double confidence) {
        int start = sourceStart(span.start());
        int end = sourceEnd(span.end());
        if (start > end) {
            for (int t = span.start(); t < span.end(); t++) {
                start = Math.min(start, sourceStart(t));
                end = Math.max(end, sourceEnd(t + 1));
            }
            end = Math.max(start, end);
        }
        return new Evidence(start, end, source.substring(start, end), confidence);
    }

    /** Something a user or operator should know about this document's extraction. */
    public void note(String note) {
        notes.add(note);
    }

    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    /** Annotators call this in loops over unbounded input so a document can never run away. */
    public void checkDeadline() {
        deadline.check(name);
    }
}
