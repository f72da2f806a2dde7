package io.eventlens.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentIdsTest {

    @Test
    void theSameTextAlwaysGetsTheSameIdAndDifferentTextADifferentOne() {
        String a = DocumentIds.documentId(DocumentIds.contentHash("Open day at the observatory"));
        String again = DocumentIds.documentId(DocumentIds.contentHash("Open day at the observatory"));
        String b = DocumentIds.documentId(DocumentIds.contentHash("Open day at the observatory."));
        assertThat(a).isEqualTo(again).isNotEqualTo(b).matches(DocumentIds.DOCUMENT_ID);
    }

    @Test
    void theContentHashIsTheSha256OfTheUtf8Text() {
        // SHA-256 of the empty string, a published test vector.
        assertThat(DocumentIds.contentHash(""))
                .isEqualTo("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(DocumentIds.documentId(DocumentIds.contentHash(""))).isEqualTo("e3b0c44298fc1c149afbf4c8996fb924");
    }

    @Test
    void eventIdsAreTheDocumentIdAndTheOrdinal() {
        String id = DocumentIds.eventId("e3b0c44298fc1c149afbf4c8996fb924", 7);
        assertThat(id).isEqualTo("e3b0c44298fc1c149afbf4c8996fb924-007").matches(DocumentIds.EVENT_ID);
        assertThatThrownBy(() -> DocumentIds.eventId("e3b0c44298fc1c149afbf4c8996fb924", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
