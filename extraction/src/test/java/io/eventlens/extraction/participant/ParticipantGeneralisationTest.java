package io.eventlens.extraction.participant;

import static io.eventlens.extraction.participant.ParticipantTuples.tuples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eventlens.contract.ParticipantKind;
import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.SourceFormat;
import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.entity.EntityFixtures;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Forms of participant lists that layouts the engine was first built on did not show: a panel list under a
 * sentence naming its moderator, ranks and forms of address before names, people who do not take part,
 * speaker items with dashes and campaigns, venue and topic lines that look like names, a surname whose full
 * name stands outside the text read, and countries in titles. Every person and body here is invented.
 */
class ParticipantGeneralisationTest {

    private final ParticipantFinder finder = new ParticipantFinder();

    private static Tuple p(String name, String role, String organization, ParticipantKind kind) {
        return tuple(name, role, organization, kind);
    }

    private List<Tuple> people(String text) {
        Document d = EntityFixtures.entities(text);
        return tuples(finder.find(d, Span.of(0, text.length())));
    }

    @Test
    void responsesFromPeopleMakeThemSpeakers() {
        String text = "Dr. Amos Keller, Reader in Hydrology at Tarrow College, presented the findings. Responses came from "
                + "Lena Voss, Senior Adviser at the Lowmoor Water Board, and from Dr. Ilkay Demir, Head of Planning at the "
                + "Tarrow River Trust.";
        assertThat(people(text)).extracting(t -> t.toList().get(0))
                .containsExactly("Amos Keller", "Lena Voss", "Ilkay Demir");
    }

    @Test
    void aListUnderASentenceThatNamesItsModeratorHoldsPanellists() {
        String text = "Harbour Rights Forum, 3 June 2026\n\n"
                + "The session, chaired by Jamaican journalist Odette Brown-Lyle of Harbour FM, went on to hear from:\n"
                + "- Mr. Desmond Achterberg, Senior Counsel, Dockworkers Legal Centre;\n"
                + "- Ms. Priya Olanrewaju, organiser and spokesperson of the Kingston Fisherfolk Assembly; and\n"
                + "- Dr. Selma Haddou, Reader in Maritime Law, Port Royal University.\n";
        assertThat(people(text)).containsExactly(
                p("Odette Brown-Lyle", "Jamaican journalist", "Harbour FM", ParticipantKind.MODERATOR),
                p("Desmond Achterberg", "Senior Counsel", "Dockworkers Legal Centre", ParticipantKind.PANELIST),
                p("Priya Olanrewaju", "organiser and spokesperson", "Kingston Fisherfolk Assembly", ParticipantKind.PANELIST),
                p("Selma Haddou", "Reader in Maritime Law", "Port Royal University", ParticipantKind.PANELIST));
    }

    @Test
    void theModeratorMayBeTheLabelLinesSecondPerson() {
        String text = "Roundtable on Water Justice, 5 May 2026\n\n"
                + "Following opening words from Ms. Carla Ruiz, Head of the Water Rights Unit, a discussion facilitated by"
                + " journalist Tom Becker of the Geneva Times featured:\n"
                + "1. Dr. Nadia Farouk, Professor of Hydrology, University of Alexandria;\n"
                + "2. Ms. Li Wen, Senior Adviser, Mekong River Forum.\n";
        assertThat(people(text)).containsExactly(
                p("Carla Ruiz", "Head", "Water Rights Unit", ParticipantKind.SPEAKER),
                p("Tom Becker", "journalist", "Geneva Times", ParticipantKind.MODERATOR),
                p("Nadia Farouk", "Professor of Hydrology", "University of Alexandria", ParticipantKind.PANELIST),
                p("Li Wen", "Senior Adviser", "Mekong River Forum", ParticipantKind.PANELIST));
    }

    @Test
    void peopleWhoAreAbsentRemememberedOrOnlySendAMessageAreNoParticipants() {
        String text = "Workshop on tenure security, 9 May 2026.\n\n"
                + "Judge Olumide Fashola, who chaired the 2018 land commission, did not attend but sent a message, which was"
                + " read out by Mr. Kwabena Osei, Programme Officer at the Land Alliance.\n"
                + "Ms. Grete Solvik, who led the first survey in 2009, was not able to join us.\n"
                + "The workshop was held in memory of Surveyor Tomas Reinholt, and the late Dr. Agnes Morrow was remembered.\n"
                + "Prof. Ruth Achieng, whose survey informed the plan, was thanked by several speakers but was not present.\n"
                + "Mrs. Hanna Lukas, Director of the Land Alliance, moderated the discussion.\n";
        assertThat(people(text)).containsExactly(
                p("Kwabena Osei", "Programme Officer", "Land Alliance", ParticipantKind.SPEAKER),
                p("Hanna Lukas", "Director", "Land Alliance", ParticipantKind.MODERATOR));
    }

    @Test
    void ranksAndFormsOfAddressAreNoPartOfTheName() {
        String text = "Closing panel, 4 March 2026\n\n"
                + "The panel was chaired by Deputy Chief Constable (retd) Iain Muirhead, Fife Police College.\n"
                + "Panellists:\n"
                + "- Air Vice-Marshal Kenneth Rowe, Royal Air Force College\n"
                + "- Baroness Helena Strachan of Cramond, Chair of the Scottish Police Authority\n"
                + "- The Right Reverend Fiona Campbell, Church of Scotland\n"
                + "- Professor Emeritus Alasdair Moffat, University of the Borders\n";
        List<Tuple> found = people(text);
        assertThat(found).extracting(t -> t.toList().get(0)).containsExactly(
                "Iain Muirhead", "Kenneth Rowe", "Helena Strachan", "Fiona Campbell", "Alasdair Moffat");
        assertThat(found.get(0).toList().get(3)).isEqualTo(ParticipantKind.MODERATOR);
        assertThat(found.get(2)).isEqualTo(p("Helena Strachan", "Chair", "Scottish Police Authority", ParticipantKind.PANELIST));
        assertThat(found.get(4)).isEqualTo(p("Alasdair Moffat", "Professor Emeritus", "University of the Borders", ParticipantKind.PANELIST));
    }

    @Test
    void readsSpeakerItemsWithDashesAcronymsCampaignsAndTrailingCities() {
        String source = "# Cities and Surveillance\n\n"
                + "The Office for Civic Technology (OCT) hosts a webinar on 12 May 2026.\n\n"
                + "Introduction by OCT Research Director **Hilde Aasen**\n\n"
                + "### Speakers\n\n"
                + "- **Rui Paixão** — former Head of Traffic Control, Porto Municipal Police\n"
                + "- **Dr. Mette Kjeldsen** — Lecturer in Information Law, OCT\n"
                + "- **Sanne Bouwman**, co-founder of the *Straatlicht* campaign, Rotterdam\n";
        List<Tuple> found = ParticipantTuples.throughTheEngine(finder, "cities.md", source, SourceFormat.MARKDOWN);
        assertThat(found).containsExactly(
                p("Hilde Aasen", "Research Director", "Office for Civic Technology", ParticipantKind.HOST),
                p("Rui Paixão", "former Head of Traffic Control", "Porto Municipal Police", ParticipantKind.SPEAKER),
                p("Mette Kjeldsen", "Lecturer in Information Law", "Office for Civic Technology", ParticipantKind.SPEAKER),
                p("Sanne Bouwman", "co-founder", "Straatlicht campaign", ParticipantKind.SPEAKER));
    }

    @Test
    void venueLinesTopicsAndMastheadsAreNoPeople() {
        String text = "Harbour Policy Weekly\n\n"
                + "Regional Consultation on Flood Risk\n\n"
                + "Date: 2 June 2026\n\n"
                + "Lakeview Hall, Sorensen Institute of Water Studies, Hanoi\n\n"
                + "09:30 Early Warning\n"
                + "      Senior analysts from the provincial committees\n"
                + "      Mr. Pham Van Long, Provincial Flood Committee\n";
        assertThat(people(text)).extracting(t -> t.toList().get(0)).containsExactly("Pham Van Long");
    }

    @Test
    void aSurnameAloneTakesTheFullNameTheDocumentGaveOutsideTheTextRead() {
        String text = "Ingrid Solheim has studied fjord ice for thirty years.\n\n"
                + "The Tromsø Ice Seminar was held on 2 April 2026. Solheim, a senior glaciologist at the Polar Data Institute,"
                + " gave the opening lecture.\n";
        Document d = EntityFixtures.entities(text);
        int region = text.indexOf("The Tromsø");
        assertThat(tuples(finder.find(d, Span.of(region, text.length())))).containsExactly(
                p("Ingrid Solheim", "senior glaciologist", "Polar Data Institute", ParticipantKind.SPEAKER));
    }

    @Test
    void aCountryInATitleStaysInTheRoleAndAnOrganisationWordAloneIsTheOneNamed() {
        String text = "Dialogue on fisheries, 8 June 2026, organised by the Kessel Ocean Trust.\n"
                + "Her Excellency Ms. Aminata Conteh, Minister of Fisheries of Sierra Leone, gave the keynote address.\n"
                + "Mr. Olu Bankole, Policy Officer at the Trust, moderated the discussion.\n";
        assertThat(people(text)).containsExactly(
                p("Aminata Conteh", "Minister of Fisheries of Sierra Leone", null, ParticipantKind.KEYNOTE),
                p("Olu Bankole", "Policy Officer", "Kessel Ocean Trust", ParticipantKind.MODERATOR));
    }

    @Test
    void aParticipleClauseOfPresentingOrAStatementReadOnSomeonesBehalfMakesASpeaker() {
        String text = "Presenting the findings, lead author Dr Moussa Garba-Eriksen, a Senior Fellow at the Tarrow Water "
                + "Institute, explained the method. The minister was detained; her message was read on her behalf by Rakia "
                + "Issoufou-Blanc, Director of Water Resources at the Ministry of Hydraulics, who welcomed the study.";
        assertThat(people(text)).extracting(t -> t.toList().get(0))
                .containsExactly("Moussa Garba-Eriksen", "Rakia Issoufou-Blanc");
    }

    @Test
    void aBodysBoardChairSpeakingAfterTheEventIsNoModerator() {
        String text = "The launch drew ninety people. In a statement after the launch, the Institute's Board Chair, "
                + "Mariam Diallo-Ferreira, said the study would be updated.";
        assertThat(people(text)).isEmpty();
    }

    @Test
    void aListAfterFeaturedAmongOthersHoldsItsPeopleDescribedInApposition() {
        String text = "Panels over the two days featured, among others, Bart Jonkers-Idema, a former force commander; "
                + "Dr. Hiba Saadi, a public-health researcher who has documented attacks on clinics; and Mpho Khumalo-Segal, "
                + "a human rights lawyer from Tarrow.";
        assertThat(people(text)).extracting(t -> t.toList().get(0))
                .containsExactly("Bart Jonkers-Idema", "Hiba Saadi", "Mpho Khumalo-Segal");
    }
}
