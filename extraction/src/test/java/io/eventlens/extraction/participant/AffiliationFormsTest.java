package io.eventlens.extraction.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eventlens.contract.ParticipantKind;
import io.eventlens.extraction.document.SourceFormat;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Affiliations written in full however the text frames them: long names with common words, plural possessives,
 * a state after a ministry, a unit before its university; relative clauses ("who heads", "who chairs the board
 * of"); person cards whose line goes on after a semicolon; and people listed in prose after "Also speaking were".
 * Every person and organisation here is invented.
 */
class AffiliationFormsTest {

    private final ParticipantFinder finder = new ParticipantFinder();

    private static Tuple p(String name, String role, String organization, ParticipantKind kind) {
        return tuple(name, role, organization, kind);
    }

    private List<Tuple> people(String name, String text) {
        SourceFormat format = name.endsWith(".md") ? SourceFormat.MARKDOWN : name.endsWith(".html") ? SourceFormat.HTML
                : SourceFormat.PLAIN;
        return ParticipantTuples.throughTheEngine(finder, name, text, format);
    }

    @Test
    void aListLineKeepsTheWholeOrganisationAfterTheTitle() {
        String text = "Consultation on Harbour Peace\n\nPanellists:\n"
                + "Tomasz Wrona, MP, Federal Parliament of Eastmark, Port Ilse\n"
                + "Chiamaka Eze, Tamale Home Nurses' Collective\n"
                + "Jae-won Han, Ministry of Foreign Affairs, Republic of Korea\n"
                + "Ruth Ekdahl, Senior Lecturer, Department of Statistics, Linnaeus University of the Baltic\n";
        assertThat(people("list.txt", text)).containsExactly(
                p("Tomasz Wrona", "MP", "Federal Parliament of Eastmark, Port Ilse", ParticipantKind.PANELIST),
                p("Chiamaka Eze", null, "Tamale Home Nurses' Collective", ParticipantKind.PANELIST),
                p("Jae-won Han", null, "Ministry of Foreign Affairs, Republic of Korea", ParticipantKind.PANELIST),
                p("Ruth Ekdahl", "Senior Lecturer", "Department of Statistics, Linnaeus University of the Baltic",
                        ParticipantKind.PANELIST));
    }

    @Test
    void proseKeepsNamesWithCommonWordsAndStatesAfterMinistries() {
        String text = "Harbour forum\n\nThe forum closed with Chiamaka Eze, founder of the Tamale Home Nurses' Collective,"
                + " and Jae-won Han, Deputy Director at the Ministry of Unification, Republic of Korea, who spoke last.\n";
        assertThat(people("prose.txt", text)).containsExactly(
                p("Chiamaka Eze", "founder", "Tamale Home Nurses' Collective", ParticipantKind.SPEAKER),
                p("Jae-won Han", "Deputy Director", "Ministry of Unification, Republic of Korea", ParticipantKind.SPEAKER));
    }

    @Test
    void aRelativeClauseStatesThePositionAndTheBody() {
        String text = "Land forum\n\nThe forum was opened by Rev. Paul Otim, who chairs the board of the West Nile Paralegal Alliance."
                + " He was followed by Agnes Lamwaka, who heads the Gulu Centre for Land Justice, and by Denis Okello,"
                + " who directs the Acholi Rangelands Observatory. Sarah Amony, who leads the Kitgum Widows' Network, spoke last.\n";
        assertThat(people("relative.txt", text)).containsExactly(
                p("Paul Otim", "Chair of the board", "West Nile Paralegal Alliance", ParticipantKind.HOST),
                p("Agnes Lamwaka", "Head", "Gulu Centre for Land Justice", ParticipantKind.SPEAKER),
                p("Denis Okello", "Director", "Acholi Rangelands Observatory", ParticipantKind.SPEAKER),
                p("Sarah Amony", null, "Kitgum Widows' Network", ParticipantKind.SPEAKER));
    }

    @Test
    void aPastTenseLeaderStatesNoCurrentPosition() {
        String text = "Land forum\n\nThe forum was opened by Agnes Lamwaka, who headed the Gulu Centre for Land Justice.\n";
        assertThat(people("past.txt", text)).containsExactly(
                p("Agnes Lamwaka", null, "Gulu Centre for Land Justice", ParticipantKind.HOST));
    }

    @Test
    void aPersonCardLineIsTitleAndOrganisationUpToItsSemicolon() {
        String markdown = "# Treaties and Climate\n\n## Speakers\n\n### Professor Amaka Nwachukwu\n"
                + "Professor of International Economic Law, Enugu Institute of Advanced Legal Studies; member of the"
                + " Independent Panel on Investment Reform\n\n### Dr. Femi Alade\nSenior Counsel, Alade & Mensah Chambers;"
                + " former adviser to the Ministry of Trade\n";
        assertThat(people("cards.md", markdown)).containsExactly(
                p("Amaka Nwachukwu", "Professor of International Economic Law", "Enugu Institute of Advanced Legal Studies",
                        ParticipantKind.SPEAKER),
                p("Femi Alade", "Senior Counsel", "Alade & Mensah Chambers", ParticipantKind.SPEAKER));
        String html = "<html><body><h1>River Law Lecture</h1><h2>Respondent</h2><div><h3>Dr. Kofi Mensah-Lind</h3>"
                + "<p>Senior Research Fellow, Centre for Delta Studies, Volta Polytechnic University; editor of the Delta Law"
                + " Review</p></div></body></html>";
        assertThat(people("card.html", html)).containsExactly(
                p("Kofi Mensah-Lind", "Senior Research Fellow", "Centre for Delta Studies, Volta Polytechnic University",
                        ParticipantKind.PANELIST));
    }

    @Test
    void peopleListedAfterAlsoSpeakingWereTakePart() {
        String text = "Fisheries day\n\nAlso speaking were Tendai Moyo, Executive Director of the Harare Centre for"
                + " Strategic Dialogue, and Kemi Ade, a coordinator at the Ibadan Street Traders' Union.\n";
        assertThat(people("also.txt", text)).containsExactly(
                p("Tendai Moyo", "Executive Director", "Harare Centre for Strategic Dialogue", ParticipantKind.SPEAKER),
                p("Kemi Ade", "coordinator", "Ibadan Street Traders' Union", ParticipantKind.SPEAKER));
    }

    @Test
    void aCueBeforeATitleAndTheNextPersonOfTheListAndARelativeVerb() {
        String text = "Public hearing\n\nShe introduced the first speaker, Pastor Elias Wekesa, and the hydrologist"
                + " Dr. Mercy Atieno of the Institute for Basin Studies. The last word went to Samuel Wafula, a senior"
                + " engineer with the Western Water Agency, who answered questions from the floor.\n";
        assertThat(people("hearing.txt", text)).containsExactly(
                p("Elias Wekesa", null, null, ParticipantKind.SPEAKER),
                p("Mercy Atieno", "hydrologist", "Institute for Basin Studies", ParticipantKind.SPEAKER),
                p("Samuel Wafula", "senior engineer", "Western Water Agency", ParticipantKind.SPEAKER));
    }

    @Test
    void aUnitBeforeItsGovernmentALocalOfficeAndAnOrganisationAfterFor() {
        String text = "Dialogue on federalism\n\nSpeakers:\n"
                + "- Hodan Farah, Senior Adviser, Office of the Prime Minister, Federal Government of Eastmark\n"
                + "- Dr. Jane Muthoni, Director, Harbour Centre for Strategic Dialogue, Kampala Office\n"
                + "- Lina Ortiz, programme coordinator for Andean Youth Peace Network\n"
                + "- Tomas Berg, Minister for Hill Farming\n"
                + "- Ahmed Nur, Director, Treaty Division, Eastmark Ministry of Justice\n"
                + "- Hanta Rabe, Secretary General, National Union of Journalists of Eastmark\n";
        assertThat(people("units.txt", text)).containsExactly(
                p("Hodan Farah", "Senior Adviser", "Office of the Prime Minister, Federal Government of Eastmark",
                        ParticipantKind.SPEAKER),
                p("Jane Muthoni", "Director", "Harbour Centre for Strategic Dialogue, Kampala Office", ParticipantKind.SPEAKER),
                p("Lina Ortiz", "programme coordinator", "Andean Youth Peace Network", ParticipantKind.SPEAKER),
                p("Tomas Berg", "Minister for Hill Farming", null, ParticipantKind.SPEAKER),
                p("Ahmed Nur", "Director, Treaty Division", "Eastmark Ministry of Justice", ParticipantKind.SPEAKER),
                p("Hanta Rabe", "Secretary General", "National Union of Journalists of Eastmark", ParticipantKind.SPEAKER));
    }
}
