package io.eventlens.extraction.entity;

import io.eventlens.extraction.document.Layer;
import io.eventlens.extraction.document.Span;

/**
 * An organisation named in the text: a name built on an organisation word ("International Peace
 * Institute", "Permanent Mission of Fiji to the United Nations"), the long form of an acronym
 * definition, or an acronym ("IPI", also in "IPI's"; the span excludes the possessive).
 * {@code name} is the text of the span with whitespace collapsed.
 */
public record OrganizationMention(int start, int end, String name, Source source, double confidence) implements Span {

    public static final Layer<OrganizationMention> LAYER = Layer.named("organizations");

    public enum Source {
        /** Capitalised words around an organisation word. */
        NAMED,
        /** The long form of an acronym definition. */
        DEFINED,
        /** An acronym the document defines. */
        ACRONYM,
        /** An all-capitals token the document does not define ("CNN"); weaker evidence. */
        UNDEFINED_ACRONYM
    }
}
