package io.eventlens.extraction.properties;

import static org.quicktheories.QuickTheory.qt;

import java.util.function.Consumer;
import org.quicktheories.core.Gen;

/**
 * Runs a property over generated documents with QuickTheories, then, when it fails, cuts the
 * smallest failing document further by deleting every stretch of it that the failure does not
 * need (delta debugging), so the report shows a document of a few characters where possible.
 */
final class DocumentProperty {

    static final int EXAMPLES = 300;
    private static final int SHRINK_CYCLES = 3000;
    /** Property runs spent on cutting a failing document down. */
    private static final int MINIMISING_RUNS = 3000;

    private DocumentProperty() {
    }

    static void check(Gen<GeneratedDocument> documents, Consumer<GeneratedDocument> property) {
        GeneratedDocument[] smallest = {null};
        try {
            qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES).forAll(documents).checkAssert(document -> {
                try {
                    property.accept(document);
                } catch (AssertionError | RuntimeException e) {
                    if (smallest[0] == null || document.text().length() < smallest[0].text().length()) {
                        smallest[0] = document;
                    }
                    throw e;
                }
            });
        } catch (AssertionError e) {
            if (smallest[0] == null) {
                throw e;
            }
            GeneratedDocument minimal = minimise(smallest[0], property);
            AssertionError failure = new AssertionError("smallest failing document, cut down: " + minimal
                    + "\nit fails with: " + failureOf(minimal, property) + "\n\nas QuickTheories found it: " + e.getMessage());
            failure.addSuppressed(e);
            throw failure;
        }
    }

    /** Deletes ever smaller stretches of the document while the property still fails on what is left. */
    static GeneratedDocument minimise(GeneratedDocument failing, Consumer<GeneratedDocument> property) {
        String text = failing.text();
        int parts = 2;
        int runs = 0;
        while (text.length() > 1 && runs < MINIMISING_RUNS) {
            int chunk = (text.length() + parts - 1) / parts;
            boolean cut = false;
            for (int from = 0; from < text.length() && runs < MINIMISING_RUNS; from += chunk) {
                String candidate = text.substring(0, from) + text.substring(Math.min(text.length(), from + chunk));
                runs++;
                if (failureOf(new GeneratedDocument(failing.format(), candidate), property) != null) {
                    text = candidate;
                    parts = Math.max(parts - 1, 2);
                    cut = true;
                    break;
                }
            }
            if (!cut) {
                if (chunk == 1) {
                    break;
                }
                parts = Math.min(text.length(), parts * 2);
            }
        }
        return new GeneratedDocument(failing.format(), text);
    }

    private static String failureOf(GeneratedDocument document, Consumer<GeneratedDocument> property) {
        try {
            property.accept(document);
            return null;
        } catch (AssertionError | RuntimeException e) {
            return String.valueOf(e.getMessage()).strip().replaceAll("\\s+", " ");
        }
    }
}
