package io.eventlens.extraction.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Trains on a small invented corpus: people visit places and work for organisations. */
class NameTaggerTrainerTest {

    private static final String[] FIRST = {"Ada", "Bram", "Cleo", "Dorin", "Elka", "Farid", "Gwen", "Hugo"};
    private static final String[] LAST = {"Quill", "Moravec", "Tansley", "Okoro", "Lindqvist", "Barrow"};
    private static final String[] PLACES = {"Tarnow", "Velden", "Ossory", "Karsk", "Ilmen", "Dunmore"};
    private static final String[] ORGANISATIONS = {"Harrow", "Meridian", "Northgate", "Calder", "Pinefield"};

    private static String corpus(long seed, int documents) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int d = 0; d < documents; d++) {
            sb.append("-DOCSTART- -X- O O\n\n");
            for (int s = 0; s < 6; s++) {
                String first = FIRST[random.nextInt(FIRST.length)];
                String last = LAST[random.nextInt(LAST.length)];
                String place = PLACES[random.nextInt(PLACES.length)];
                String org = ORGANISATIONS[random.nextInt(ORGANISATIONS.length)];
                switch (random.nextInt(3)) {
                    case 0 -> sb.append(first).append(" I-PER\n").append(last).append(" I-PER\n")
                            .append("visited O\n").append(place).append(" I-LOC\n").append("on O\nMonday O\n. O\n\n");
                    case 1 -> sb.append("the O\nstaff O\nof O\n").append(org).append(" I-ORG\n")
                            .append("Institute I-ORG\nmet O\nin O\n").append(place).append(" I-LOC\n. O\n\n");
                    default -> sb.append(first).append(" I-PER\n").append(last).append(" I-PER\n")
                            .append("joined O\n").append(org).append(" I-ORG\nInstitute I-ORG\n")
                            .append("last O\nyear O\n. O\n\n");
                }
            }
        }
        return sb.toString();
    }

    private static NameTaggerModel train(String corpus) throws IOException {
        List<ConllDocument> documents = ConllDocument.read(new StringReader(corpus));
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        return new NameTaggerTrainer(new NameTaggerTrainer.Options(5, 42L, 0.5, 0.5), quiet).train(documents, List.of());
    }

    private static byte[] bytes(NameTaggerModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }

    @Test
    void learnsToFindPeoplePlacesAndOrganisationsOfItsTrainingData() throws Exception {
        NameTagger tagger = new NameTagger(train(corpus(1, 40)));

        List<NameSpan> names = tagger.tag(List.<String[]>of(
                "Gwen Okoro visited Karsk on Monday .".split(" "),
                "the staff of Calder Institute met in Ilmen .".split(" ")), true).stream().flatMap(List::stream).toList();

        assertThat(names).extracting(NameSpan::first, NameSpan::end, NameSpan::type)
                .containsExactly(tuple(0, 2, "PER"), tuple(3, 4, "LOC"), tuple(3, 5, "ORG"), tuple(7, 8, "LOC"));
        assertThat(names).allSatisfy(name -> assertThat(name.confidence()).isBetween(0.5, 1.0));
    }

    @Test
    void trainingIsDeterministicAndTheModelSurvivesWritingAndReading() throws Exception {
        String corpus = corpus(2, 20);
        byte[] first = bytes(train(corpus));
        byte[] second = bytes(train(corpus));
        assertThat(first).isEqualTo(second);

        NameTaggerModel model = train(corpus);
        NameTaggerModel reread = NameTaggerModel.read(new ByteArrayInputStream(first));
        List<String[]> sentences = List.<String[]>of("Hugo Barrow joined Meridian Institute last year .".split(" "));
        List<NameSpan> expected = new NameTagger(model).tag(sentences, true).get(0);
        List<NameSpan> actual = new NameTagger(reread).tag(sentences, true).get(0);
        assertThat(actual).extracting(NameSpan::first, NameSpan::end, NameSpan::type)
                .containsExactlyElementsOf(expected.stream().map(n -> tuple(n.first(), n.end(), n.type())).toList());
        for (int k = 0; k < expected.size(); k++) {
            assertThat(actual.get(k).confidence()).isCloseTo(expected.get(k).confidence(),
                    org.assertj.core.data.Offset.offset(0.01));
        }
    }

    @Test
    void aFileThatIsNotAModelIsRejectedWithAClearMessage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> {
            try (var gzip = new java.util.zip.GZIPOutputStream(out)) {
                gzip.write("not a model at all".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            NameTaggerModel.read(new ByteArrayInputStream(out.toByteArray()));
        }).isInstanceOf(IOException.class).hasMessageContaining("not a name tagger model");
    }
}
