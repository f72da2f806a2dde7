package io.eventlens.extraction.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eventlens.extraction.document.Document;
import org.junit.jupiter.api.Test;

class OrganizationAnnotatorTest {

    private static Document run(String text) {
        return EntityFixtures.annotate(text, new AcronymAnnotator(), new OrganizationAnnotator());
    }

    private static java.util.List<String> names(Document d) {
        return d.get(OrganizationMention.LAYER).stream().map(OrganizationMention::name).toList();
    }

    @Test
    void buildsNamesAroundOrganisationWordsWithFunctionWordsInside() {
        Document d = run("The Lakeshore Institute for Water Policy and the Permanent Mission of Norway to the United Nations"
                + " met the Office of the High Commissioner for Inland Fisheries on Monday.");
        assertThat(names(d)).containsExactly("Lakeshore Institute for Water Policy",
                "Permanent Mission of Norway to the United Nations", "Office of the High Commissioner for Inland Fisheries");
    }

    @Test
    void separatesTwoOrganisationsJoinedByAndOrOf() {
        Document d = run("It was co-convened by Hollin University and the University for Rivers, with the Marsh Data Platform"
                + " of the Valdor Academy of Maritime Law.");
        assertThat(names(d)).containsExactly("Hollin University", "University for Rivers", "Marsh Data Platform",
                "Valdor Academy of Maritime Law");
    }

    @Test
    void stopsAtRoleWordsAndKeepsPossessivePlurals() {
        Document d = run("Ms. Aino Sepp, Senior Program Officer at the Tidewater Pharmacists' Forum, spoke.");
        assertThat(names(d)).containsExactly("Tidewater Pharmacists' Forum");
    }

    @Test
    void aCommonWordInsideANameBelongsToItButDoesNotBeginIt() {
        Document d = run("Ms. Ama Boateng, founder of the Lagos Home Carers' Collective, met the Tamale News Network."
                + " Home Affairs Council members and the Welcome Centre staff came too.");
        assertThat(names(d)).containsExactly("Lagos Home Carers' Collective", "Tamale News Network", "Affairs Council");
    }

    @Test
    void marksDefinedAcronymsWhereverTheyAreUsedAndOtherCapitalsAsWeakEvidence() {
        Document d = run("The Riverside Policy Institute (RPI) hosted it. RPI's director thanked the BBC.");
        assertThat(d.get(OrganizationMention.LAYER)).extracting(OrganizationMention::name, OrganizationMention::source)
                .containsExactly(tuple("Riverside Policy Institute", OrganizationMention.Source.DEFINED),
                        tuple("RPI", OrganizationMention.Source.ACRONYM),
                        tuple("BBC", OrganizationMention.Source.UNDEFINED_ACRONYM));
    }

    @Test
    void keepsANameWholeOverAnOfBeforeItsHeadWord() {
        Document d = run("Maren Holt, Clerk of the Senate of Tarvia Finance Committee, wrote to the Chamber of Commerce Youth"
                + " Forum and to the Court of Appeal Bar Association.");
        assertThat(names(d)).containsExactly("Senate of Tarvia Finance Committee", "Chamber of Commerce Youth Forum",
                "Court of Appeal Bar Association");
    }

    @Test
    void doesNotSwallowARoleOrAnOfPhraseOfTheSentence() {
        Document d = run("The Head of Kestrel Research Centre, Ana Lind, met the friends of Orchard Valley Trust and the Report"
                + " of Harwood Policy Institute was published.");
        assertThat(names(d)).containsExactly("Kestrel Research Centre", "Orchard Valley Trust", "Harwood Policy Institute");
    }

    @Test
    void aSecondNameAfterAnOfIsNotGrownIntoTheFirst() {
        Document d = run("She leads the Coastal Data Platform of Northbay Law Institute.");
        assertThat(names(d)).containsExactly("Coastal Data Platform", "Northbay Law Institute");
    }

    @Test
    void aLoneOrganisationWordIsNotAName() {
        Document d = run("The Council met. Reforming the Council from Within. Watch it here.");
        assertThat(names(d)).isEmpty();
    }

    @Test
    void findsGovernmentsAndUnitedNationsOffices() {
        Document d = run("The Government of Spain, the Government of the Republic of Korea and the UN Office on Disaster Risk"
                + " Reduction hosted it.");
        assertThat(names(d)).containsExactly("Government of Spain", "Government of the Republic of Korea",
                "UN Office on Disaster Risk Reduction");
    }

    @Test
    void leavesAnAcronymAloneWhenTheWordsAfterItAreARole() {
        Document d = run("The Tidewater Legal Clinic (TWLC) met. Ana Ruiz, TWLC Programme Manager, and Li Wen, TWLC Board member,"
                + " spoke for the TWLC Secretariat.");
        assertThat(names(d)).containsExactly("Tidewater Legal Clinic", "TWLC", "TWLC", "TWLC Secretariat");
    }

    @Test
    void keepsAWordForItsMembersInsideAName() {
        assertThat(names(run("She teaches at the Fenwick Graduate School of Design."))).containsExactly("Fenwick Graduate School of Design");
    }

    @Test
    void endsBeforeAnHonorific() {
        assertThat(names(run("Member of Parliament for Ostervik Dr. Lena Holm-Ruud spoke."))).containsExactly("Parliament for Ostervik");
    }

    @Test
    void takesOneCapitalisedWordJoinedByAndIntoTheName() {
        assertThat(names(run("She directs Youth and Family Services for the county."))).containsExactly("Youth and Family Services");
    }

    @Test
    void twoNamesJoinedByADashWithoutSpacesAreOneName() {
        Document d = run("The panel was moderated by Dr. Maren Eklund of the Swedish\u2013Finnish Institute for Shore Studies.");
        assertThat(names(d)).containsExactly("Swedish\u2013Finnish Institute for Shore Studies");
    }
}
