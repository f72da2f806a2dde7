package io.eventlens.extraction.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllDocumentTest {

    @Test
    void readsDocumentsAndSentencesKeepingTheLinesAsWritten() throws Exception {
        String text = """
                -DOCSTART- -X- O O

                Ada NNP I-PER
                Quill NNP I-PER
                spoke VBD O

                Tarnow NNP I-LOC
                -DOCSTART- -X- O O

                Rain NN O
                """;
        List<ConllDocument> documents = ConllDocument.read(new StringReader(text));

        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).header()).isEqualTo("-DOCSTART- -X- O O");
        assertThat(documents.get(0).tokens()).containsExactly(new String[] {"Ada", "Quill", "spoke"},
                new String[] {"Tarnow"});
        assertThat(documents.get(0).sentences().get(0).lines()).containsExactly("Ada NNP I-PER", "Quill NNP I-PER",
                "spoke VBD O");
        assertThat(documents.get(1).sentences()).hasSize(1);
    }

    @Test
    void readsNamesFromIob1AndIob2AsConllevalDoes() {
        // IOB1: B- only between two adjacent names of the same type
        assertThat(ConllDocument.names(new String[] {"I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG"}))
                .extracting(NameSpan::first, NameSpan::end, NameSpan::type)
                .containsExactly(tuple(0, 2, "PER"), tuple(2, 3, "PER"), tuple(4, 5, "LOC"), tuple(5, 6, "ORG"));
        // IOB2
        assertThat(ConllDocument.names(new String[] {"B-ORG", "I-ORG", "O", "B-MISC"}))
                .extracting(NameSpan::first, NameSpan::end, NameSpan::type)
                .containsExactly(tuple(0, 2, "ORG"), tuple(3, 4, "MISC"));
    }

    @Test
    void textWithoutDocstartIsOneDocument() throws Exception {
        List<ConllDocument> documents = ConllDocument.read(new StringReader("Ada\nQuill\n\nspoke\n"));
        assertThat(documents).hasSize(1);
        assertThat(documents.get(0).header()).isNull();
        assertThat(documents.get(0).sentences()).hasSize(2);
    }
}
