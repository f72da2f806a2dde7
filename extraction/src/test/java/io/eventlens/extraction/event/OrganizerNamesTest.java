package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.document.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizerNamesTest {

    private static List<String> texts(String text, List<Span> spans) {
        return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void aListSplitsAtCommasAndAtAndOnlyBetweenTwoNames() {
        String line = "GWN, Tarrow Seed Library, Centre for Soil and Water Studies, Friedrich-Lange-Stiftung";
        assertThat(texts(line, OrganizerNames.split(line, Span.of(0, line.length()), false)))
                .containsExactly("GWN", "Tarrow Seed Library", "Centre for Soil and Water Studies", "Friedrich-Lange-Stiftung");
        String pair = "the Valley Nursing Council (VNC) and the Tarrow School of Health";
        assertThat(texts(pair, OrganizerNames.split(pair, Span.of(0, pair.length()), false)))
                .containsExactly("Valley Nursing Council (VNC)", "Tarrow School of Health");
        String one = "the Office for River Safety and the Right to Swim";
        assertThat(texts(one, OrganizerNames.split(one, Span.of(0, one.length()), false)))
                .containsExactly("Office for River Safety and the Right to Swim");
    }

    @Test
    void anAcronymWhoseLettersSpanTheAndKeepsTheNameWhole() {
        String pair = "the Lowmoor Guild of Weavers and the Union of Rope and Net Makers (URNM)";
        assertThat(texts(pair, OrganizerNames.byList(pair, Span.of(0, pair.length()))))
                .containsExactly("Lowmoor Guild of Weavers", "Union of Rope and Net Makers (URNM)");
        String two = "the Tarrow Institute and the Net Makers Society (NMS)";
        assertThat(texts(two, OrganizerNames.byList(two, Span.of(0, two.length()))))
                .containsExactly("Tarrow Institute", "Net Makers Society (NMS)");
    }

    @Test
    void anInnerAndBelongsToTheNameInAListOfSeveral() {
        String line = "Panel on Dunes in the North, Office for Coasts and RtoS, Mission of Tarrow to the Lowland Union";
        assertThat(texts(line, OrganizerNames.split(line, Span.of(0, line.length()), false)))
                .containsExactly("Panel on Dunes in the North", "Office for Coasts and RtoS", "Mission of Tarrow to the Lowland Union");
    }

    @Test
    void theAgentOfOrganisedByEndsWhereProseResumes() {
        String by = "the Network's partners, the Embassy of Lowmoor, Tarrow College and the Institute for Peace, with "
                + "support from the Northern Trust in Lowmoor and from the UN agencies present in the region";
        assertThat(texts(by, OrganizerNames.byList(by, Span.of(0, by.length()))))
                .containsExactly("Embassy of Lowmoor", "Tarrow College", "Institute for Peace", "Northern Trust in Lowmoor");
        String friends = "our friends at Harbourside Software";
        assertThat(texts(friends, OrganizerNames.byList(friends, Span.of(0, friends.length()))))
                .containsExactly("Harbourside Software");
        String evening = "the Grange Institute for Urban Design last night";
        assertThat(texts(evening, OrganizerNames.byList(evening, Span.of(0, evening.length()))))
                .containsExactly("Grange Institute for Urban Design");
    }

    @Test
    void theSubjectOfAnOrganiserVerbIsReadFromItsEnd() {
        String subject = "In preparation for the annual dialogue on rivers, the Lowmoor Institute for Peace, the Weber-Stiftung, "
                + "and the Tarrow Foundation";
        assertThat(texts(subject, OrganizerNames.trailing(subject, Span.of(0, subject.length()))))
                .containsExactly("Lowmoor Institute for Peace", "Weber-Stiftung", "Tarrow Foundation");
    }

    @Test
    void withJoinsTwoNamedOrganisers() {
        String presented = "Kestrel Books with Marram Press";
        assertThat(texts(presented, OrganizerNames.byList(presented, Span.of(0, presented.length()), true)))
                .containsExactly("Kestrel Books", "Marram Press");
        String institute = "the Holm Institute for Soil Studies with the Tarrow Foundation";
        assertThat(texts(institute, OrganizerNames.byList(institute, Span.of(0, institute.length()))))
                .containsExactly("Holm Institute for Soil Studies", "Tarrow Foundation");
    }

    @Test
    void aDateOpeningTheSentenceIsNoPartOfTheFirstName() {
        String subject = "On 4 April 2025 the Fenmoor Research Centre and the Upland Trust";
        assertThat(texts(subject, OrganizerNames.trailing(subject, Span.of(0, subject.length()))))
                .containsExactly("Fenmoor Research Centre", "Upland Trust");
        String byList = "In March 2024, the Kessel Institute";
        assertThat(texts(byList, OrganizerNames.split(byList, Span.of(0, byList.length()), false)))
                .containsExactly("Kessel Institute");
    }

    @Test
    void namesAreSpelledAtTheirFullest() {
        String text = "The Lowmoor Academy of River Law and Human Rights hosted it. Later the Lowmoor Academy said so. "
                + "On Monday the Valley Growers Network (VGN) met. The Platform of the Lowmoor Academy of Law agreed.";
        Span academy = OrganizerNames.fullest(text, "Lowmoor Academy");
        assertThat(text.substring(academy.start(), academy.end())).isEqualTo("Lowmoor Academy of River Law and Human Rights");
        Span network = OrganizerNames.fullest(text, "VGN");
        assertThat(text.substring(network.start(), network.end())).isEqualTo("Valley Growers Network");
        assertThat(OrganizerNames.fullest(text, "Platform")).isNull(); // "of the Lowmoor Academy" is another body
    }

    @Test
    void aBareOrganisationWordOrADescriptionIsNoName() {
        assertThat(OrganizerNames.looksLikeOrganization("Initiative")).isFalse();
        assertThat(OrganizerNames.looksLikeOrganization("UN agencies")).isFalse();
        assertThat(OrganizerNames.looksLikeOrganization("MA Water Policy programme of Tarrow University")).isTrue();
        // a phrase that names a body is not the body's name
        assertThat(OrganizerNames.looksLikeOrganization("Organised by the Harbour Arts Council")).isFalse();
        assertThat(OrganizerNames.looksLikeOrganization("Hosted by Tarrow University")).isFalse();
        assertThat(OrganizerNames.looksLikeOrganization("President of the Lowland Assembly")).isTrue();
        assertThat(OrganizerNames.looksLikeOrganization("WJC")).isTrue();
    }

    @Test
    void aGroupOfASchoolOfAUniversityIsOneOrganisationAndTwoBodiesStayTwo() {
        String chain = "the Coastal Modelling Group, School of Earth Sciences, Tarrow University";
        assertThat(texts(chain, OrganizerNames.byList(chain, Span.of(0, chain.length()))))
                .containsExactly("Coastal Modelling Group, School of Earth Sciences, Tarrow University");
        String two = "the Lowmoor Walkers Club, the Tarrow Heritage Society";
        assertThat(texts(two, OrganizerNames.byList(two, Span.of(0, two.length()))))
                .containsExactly("Lowmoor Walkers Club", "Tarrow Heritage Society");
    }
}
