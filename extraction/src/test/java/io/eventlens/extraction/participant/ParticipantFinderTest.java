package io.eventlens.extraction.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static io.eventlens.extraction.participant.ParticipantTuples.tuples;
import static org.assertj.core.api.Assertions.tuple;

import io.eventlens.contract.ParticipantKind;
import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.SourceFormat;
import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.entity.EntityFixtures;
import io.eventlens.extraction.event.ParticipantCandidate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Each document here is invented: the people, titles and organisations do not exist. */
class ParticipantFinderTest {

    private final ParticipantFinder finder = new ParticipantFinder();

    private List<ParticipantCandidate> find(String text) {
        Document d = EntityFixtures.entities(text);
        return finder.find(d, Span.of(0, text.length()));
    }

    private static Tuple p(String name, String role, String organization, ParticipantKind kind) {
        return tuple(name, role, organization, kind);
    }

    private List<Tuple> people(String text) {
        return tuples(find(text));
    }

    private List<Tuple> peopleThroughTheEngine(String name, String source, SourceFormat format) {
        return ParticipantTuples.throughTheEngine(finder, name, source, format);
    }

    @Test
    void readsRolesAndAffiliationsInBulletinProse() {
        String text = "The Lakeshore Centre for Water Policy (LCWP) convened an expert panel on river basins.\n\n"
                + "Ms. Orla Quinlan, Associate Director and Director of Research at the Harbour Institute for the Study of"
                + " Estuaries, gave an overview of sediment monitoring. The Tidewater Forum's Head of Research, Kasimir Ruud,"
                + " described the costs of dredging. Dr. Fenna Moerdijk, Senior Fellow at the LCWP, focused her remarks on"
                + " data sharing. Ms. Quinlan reflected on the need for better training.\n\n"
                + "In closing the event, the moderator, Mr. Tarun Velasco of the Office on River Basin Cooperation,"
                + " highlighted the themes that emerged.";
        assertThat(people(text)).containsExactly(
                p("Orla Quinlan", "Associate Director and Director of Research",
                        "Harbour Institute for the Study of Estuaries", ParticipantKind.SPEAKER),
                p("Kasimir Ruud", "Head of Research", "Tidewater Forum", ParticipantKind.SPEAKER),
                p("Fenna Moerdijk", "Senior Fellow", "Lakeshore Centre for Water Policy", ParticipantKind.SPEAKER),
                p("Tarun Velasco", null, "Office on River Basin Cooperation", ParticipantKind.MODERATOR));
    }

    @Test
    void whoReceivesAPrizeTakesPartAndWhoPresentsItHosts() {
        String text = "The ceremony for the Harbour Heritage Medal followed the debate. The medal was handed over by"
                + " Director Ines Lindqvist to Kofi Mensah-Dahl, a boat builder from the old quarter.\n\n"
                + "This year's fellowship was awarded to oral historian Rhiannon Tegwen.";
        assertThat(people(text)).extracting(t -> t.toList().get(0), t -> t.toList().get(3)).containsExactly(
                tuple("Ines Lindqvist", ParticipantKind.HOST),
                tuple("Kofi Mensah-Dahl", ParticipantKind.OTHER),
                tuple("Rhiannon Tegwen", ParticipantKind.OTHER));
    }

    @Test
    void readsSpeakerListsJoinedBySemicolonsAndAsWellAs() {
        String text = "Benedikt Oyelaran, Director of the Marsh Data Platform, moderated the event. Speakers included"
                + " Dr. Ida Lunde, Special Adviser to the Minister on Coastal Safety; Pilar Etxeberria, Permanent"
                + " Representative of Portugal; Mirela Dobos, Director of the Policy, Evaluation and Training Division of"
                + " the UN DCSD; as well as Kofi Mensimah, Executive Director of LCWP member The Global Centre for Tides.";
        assertThat(people(text)).containsExactly(
                p("Benedikt Oyelaran", "Director", "Marsh Data Platform", ParticipantKind.MODERATOR),
                p("Ida Lunde", "Special Adviser to the Minister on Coastal Safety", null, ParticipantKind.SPEAKER),
                p("Pilar Etxeberria", "Permanent Representative of Portugal", null, ParticipantKind.SPEAKER),
                p("Mirela Dobos", "Director of the Policy, Evaluation and Training Division", "UN DCSD", ParticipantKind.SPEAKER),
                p("Kofi Mensimah", "Executive Director", "Global Centre for Tides", ParticipantKind.SPEAKER));
    }

    @Test
    void namesKindsFromWhatPeopleDid() {
        String text = "H.E. Mr. Tarun Velasco-Ibarra, the Permanent Representative of Chile to the UN, provided the"
                + " welcoming remarks. Mr. Jonas Amari, UN Special Envoy for Coastal Safety, gave the keynote address."
                + " The panel, moderated by Ms. Aino Sepp, Programme Officer at the Harbour Institute, brought together"
                + " Mr. Joseph Kalule, a clinical officer from a rural health centre; Dr. Halima Sadiq, District Health"
                + " Officer for a lakeside district; and Mr. Peter Obuya, Secretary of the Tidewater Pharmacists' Forum.";
        assertThat(people(text)).containsExactly(
                p("Tarun Velasco-Ibarra", "Permanent Representative of Chile to the UN", null, ParticipantKind.HOST),
                p("Jonas Amari", "UN Special Envoy for Coastal Safety", null, ParticipantKind.KEYNOTE),
                p("Aino Sepp", "Programme Officer", "Harbour Institute", ParticipantKind.MODERATOR),
                p("Joseph Kalule", "clinical officer from a rural health centre", null, ParticipantKind.PANELIST),
                p("Halima Sadiq", "District Health Officer for a lakeside district", null, ParticipantKind.PANELIST),
                p("Peter Obuya", "Secretary", "Tidewater Pharmacists' Forum", ParticipantKind.PANELIST));
    }

    @Test
    void leavesOutPeopleOnlyMentionedQuotedSpokenForOrWithdrawn() {
        String text = "The debate returns to questions that Amelia Thornbury, Professor of History, also wrestled with in"
                + " her book. A study by Marc Ferrand, Executive Director of the Tideline Group, was cited.\n"
                + "Mr. Jonas Amari opened the event. Mr. Amari also provided a statement on behalf of Dr. Ida Lunde,"
                + " Special Envoy, in which she called for cooperation. \"As Mr. Victor Hale said, rivers unite us,\" he"
                + " added. The Institute's president, Dr. Leonard Osei, had been expected to give remarks but has withdrawn.";
        assertThat(people(text)).containsExactly(p("Jonas Amari", null, null, ParticipantKind.HOST));
    }

    @Test
    void mergesLaterMentionsAndKeepsTheFirstRoleStated() {
        String text = "The host, Ambassador Piet Wolters, spoke first. Germany's Ambassador, Ms. Ilse Brandauer, emphasized"
                + " the shared history. Norway's envoy in Lisbon, Mr. Wolters, thanked the guests.";
        assertThat(people(text)).containsExactly(
                p("Piet Wolters", "Norway's envoy in Lisbon", null, ParticipantKind.HOST),
                p("Ilse Brandauer", "Germany's Ambassador", null, ParticipantKind.SPEAKER));
    }

    @Test
    void readsAgendaLinesAndTheirLabels() {
        String text = "PROGRAMME\n\n"
                + "09:15-09:30  Welcome\n"
                + "             Prof. Lars Vinter, President, NSCR\n"
                + "             Anne Dahlby, Chief Executive, Kestrel University Hospital\n"
                + "09:30-10:15  Opening keynote: \"What the floods taught us\"\n"
                + "             Dr. Priya Anand, Director of Health Systems Policy, Global Futures Institute\n"
                + "10:45-12:15  Plenary panel: Hospitals under pressure\n"
                + "             Moderator: Sara Lindahl, health correspondent, Nordic Courier\n"
                + "             Panelists:\n"
                + "               - Dr. Erik Holmgren, Medical Director, Fjordside Hospital\n"
                + "               - Prof. Kofi Ansah, Professor of Health Economics, University of Southmere, Ghana\n"
                + "13:30-15:00  A. Workforce - Chair: Dr. Ingrid Nylund (NSCR Board)\n"
                + "Facilitators: Dr. Mette Kjeldsen (Kestrel University Hospital); Jonas Bergfors (Statistics Vestland)\n"
                + "The previously announced session by Dr. Jan Pettersen has been withdrawn.";
        assertThat(people(text)).containsExactly(
                p("Lars Vinter", "President", "NSCR", ParticipantKind.HOST),
                p("Anne Dahlby", "Chief Executive", "Kestrel University Hospital", ParticipantKind.HOST),
                p("Priya Anand", "Director of Health Systems Policy", "Global Futures Institute", ParticipantKind.KEYNOTE),
                p("Sara Lindahl", "health correspondent", "Nordic Courier", ParticipantKind.MODERATOR),
                p("Erik Holmgren", "Medical Director", "Fjordside Hospital", ParticipantKind.PANELIST),
                p("Kofi Ansah", "Professor of Health Economics", "University of Southmere", ParticipantKind.PANELIST),
                p("Ingrid Nylund", null, "NSCR Board", ParticipantKind.MODERATOR),
                p("Mette Kjeldsen", null, "Kestrel University Hospital", ParticipantKind.SPEAKER),
                p("Jonas Bergfors", null, "Statistics Vestland", ParticipantKind.SPEAKER));
    }

    @Test
    void readsScheduleLinesWithTalkTitlesAndParentheses() {
        String text = "Schedule\n"
                + "18:30 Doors open, food & drinks\n"
                + "18:50 Welcome \u2013 Liis Tamme, organiser, Tartu Systems User Group\n"
                + "19:00 \u201cOne codebase, two runtimes\u201d \u2013 Kaspar Rebane, Senior Engineer, Northwind Software\n"
                + "19:55 \u201cCancellation is a feature\u201d \u2013 Aino Lehtinen (freelance consultant, Helsinki)\n"
                + "\u201cTracing in five minutes\u201d \u2013 Marek Nowicki (Veltrix)";
        assertThat(people(text)).containsExactly(
                p("Liis Tamme", "organiser", "Tartu Systems User Group", ParticipantKind.HOST),
                p("Kaspar Rebane", "Senior Engineer", "Northwind Software", ParticipantKind.SPEAKER),
                p("Aino Lehtinen", "freelance consultant", null, ParticipantKind.SPEAKER), // the city says where, not with whom
                p("Marek Nowicki", null, "Veltrix", ParticipantKind.SPEAKER));
    }

    @Test
    void readsStackedWitnessEntriesTitleOverTheLinesOfTheOrganisation() {
        String text = "WITNESSES:\n\n"
                + "Panel I\n\n"
                + "   The Honorable Marguerite Oyelowo-Finch\n"
                + "   Assistant Secretary\n"
                + "   Bureau of Inland Waterways\n"
                + "   Department of the Interior\n\n"
                + "   Mr. Tobias Wrenfield\n"
                + "   Director, Office of Flood Forecasting\n"
                + "   National Hydrology Service\n\n"
                + "Panel II\n\n"
                + "   Dr. Amara Quaye-Lindqvist\n"
                + "   Associate Professor of Civil Engineering\n"
                + "   Northfield Polytechnic University\n"
                + "   (appearing remotely)\n";
        assertThat(people(text)).extracting(t -> t.toList().subList(0, 3)).containsExactly(
                List.of("Marguerite Oyelowo-Finch", "Assistant Secretary", "Bureau of Inland Waterways Department of the Interior"),
                List.of("Tobias Wrenfield", "Director, Office of Flood Forecasting", "National Hydrology Service"),
                List.of("Amara Quaye-Lindqvist", "Associate Professor of Civil Engineering", "Northfield Polytechnic University"));
    }

    @Test
    void aTalkTitleUnderAStackedTitleIsNoOrganisation() {
        String text = "Speakers\n\n"
                + "Prof. Ingrid Halvorsen-Mba\n"
                + "Professor of Maritime Law, Vesterhavn University\n"
                + "Why salvage law still matters on a warming coast\n";
        assertThat(people(text)).extracting(t -> t.toList().subList(0, 3)).containsExactly(
                List.of("Ingrid Halvorsen-Mba", "Professor of Maritime Law", "Vesterhavn University"));
    }

    @Test
    void aProgrammeEntryNamesTheSpeakerTheAffiliationInBracketsThenTheTalk() {
        String text = "Panel 2 \u2014 Rivers in court\n"
                + "Chair: Dr. Selma Virtanen-Osei (Baltic Water Law Centre)\n"
                + "- Dr. Rafael Montalbán-Ruiz (Universidad del Tajo Alto): The river as a legal person\n"
                + "- Nadia Fourati (Tunis Environmental Law Clinic) \u2014 Standing for downstream communities\n";
        assertThat(people(text)).extracting(t -> t.toList().get(0)).containsExactly(
                "Selma Virtanen-Osei", "Rafael Montalbán-Ruiz", "Nadia Fourati");
    }

    @Test
    void readsSpeakerCardsAndSkipsStaffBoxes() {
        String text = "Panellists\n"
                + "Dr Margit Solheim\n"
                + "Emeritus Director-General, World Maritime Organization\n"
                + "Speaker\n"
                + "Dr Karin Vos \u2013 Special Adviser to the Secretary-General on Ocean Affairs; University Lecturer\n"
                + "Related Staff\n"
                + "Mirela Dobos\n"
                + "Senior Director of Programmes";
        assertThat(people(text)).containsExactly(
                p("Margit Solheim", "Emeritus Director-General", "World Maritime Organization", ParticipantKind.PANELIST),
                p("Karin Vos", "Special Adviser to the Secretary-General on Ocean Affairs", null, ParticipantKind.SPEAKER));
    }

    @Test
    void readsPressReleaseCues() {
        String text = "Opening the workshop on Monday, Dr. Miriam Okello, Chair of the Lake Region Care Network (LRCN), said"
                + " that resistance is spreading. The keynote lecture was given by Prof. Samuel Wekesa, Professor of"
                + " Microbiology at the Lakeside School of Nursing, who presented new data. US Secretary of Transport"
                + " Hilda Marsh Ocampo will deliver the closing address. Panelists include futurist Odile Marchetti;"
                + " Timo Raski, historian of maritime trade; and diplomat Rui Lacerda. The debate was hosted by the"
                + " journalist Adam Szpilka. Museum Chairman Tom B. Aldous said the series will continue.";
        assertThat(people(text)).containsExactly(
                p("Miriam Okello", "Chair", "Lake Region Care Network", ParticipantKind.HOST),
                p("Samuel Wekesa", "Professor of Microbiology", "Lakeside School of Nursing", ParticipantKind.KEYNOTE),
                p("Hilda Marsh Ocampo", "US Secretary of Transport", null, ParticipantKind.SPEAKER),
                p("Odile Marchetti", "futurist", null, ParticipantKind.PANELIST),
                p("Timo Raski", "historian of maritime trade", null, ParticipantKind.PANELIST),
                p("Rui Lacerda", "diplomat", null, ParticipantKind.PANELIST),
                p("Adam Szpilka", "journalist", null, ParticipantKind.MODERATOR));
    }

    @Test
    void givesEvidenceSpansForEveryValue() {
        String text = "Ms. Orla Quinlan, Senior Fellow at the Harbour Institute, gave an overview.";
        Document d = EntityFixtures.entities(text);
        ParticipantCandidate c = finder.find(d, Span.of(0, text.length())).get(0);
        assertThat(d.text(c.name.span())).isEqualTo("Orla Quinlan");
        assertThat(d.text(c.role.span())).isEqualTo("Senior Fellow");
        assertThat(d.text(c.organization.span())).isEqualTo("Harbour Institute");
        assertThat(d.text(c.kind.span())).isEqualTo("gave an overview");
        assertThat(c.name.confidence()).isBetween(0.5, 1.0);
    }

    @Test
    void onlyLooksInsideTheRegionAndAnswersEmptyWithoutLayers() {
        String text = "Mr. Jonas Amari opened the event.\n\nMs. Aino Sepp moderated the second event.";
        Document d = EntityFixtures.entities(text);
        int second = text.indexOf("Ms.");
        assertThat(finder.find(d, Span.of(second, text.length()))).extracting(c -> c.name.value()).containsExactly("Aino Sepp");
        assertThat(finder.find(Document.of("bare.txt", text), Span.of(0, text.length()))).isEmpty();
    }

    @Test
    void takesTheKindOfAListFromItsLabelAlsoWhenTheNormaliserRemovedTheBullets() {
        String markdown = "# Streets for People\n\nTwo respondents then reacted to the lecture:\n\n"
                + "- **Ilse Brandauer**, a senior planner with the Municipality of Lisbon, welcomed the evidence.\n"
                + "- **Tomas Varga**, co-founder of the delivery start-up Pedalwerk, described cargo bikes.\n";
        assertThat(peopleThroughTheEngine("talk.md", markdown, SourceFormat.MARKDOWN)).containsExactly(
                p("Ilse Brandauer", "senior planner", "Municipality of Lisbon", ParticipantKind.PANELIST),
                p("Tomas Varga", "co-founder", "Pedalwerk", ParticipantKind.PANELIST));
    }

    @Test
    void readsAgendaLinesThatANormaliserJoined() {
        String text = "09:30-10:15  Opening keynote: \"What the floods taught us\" Dr. Priya Anand, Director of Policy,"
                + " Global Futures Institute\n"
                + "B. Digital health - Chair: Prof. Tomas Berg (University of Vestby) C. Equity - Chair: Dr. Leyla Dalen"
                + " (Kestrel University Hospital)";
        assertThat(people(text)).containsExactly(
                p("Priya Anand", "Director of Policy", "Global Futures Institute", ParticipantKind.KEYNOTE),
                p("Tomas Berg", null, "University of Vestby", ParticipantKind.MODERATOR),
                p("Leyla Dalen", null, "Kestrel University Hospital", ParticipantKind.MODERATOR));
    }

    @Test
    void readsAWebinarInvitation() {
        String text = "Webinar: Financing Coastal Resilience in Small Island States\n"
                + "\n"
                + "Join us on Thursday, 4 March 2021, for a conversation with Dr. Amara Okonkwo-Leith, Chief Economist at the Blue Harbour Fund, and Matteo Ricciardelli, Head of Climate Finance, Meridian Development Bank. The discussion will be moderated by Sofia Haddad-Brun, Senior Fellow at the Tideline Institute.\n"
                + "\n"
                + "Opening remarks will be given by H.E. Ambassador Keoni Malama, Permanent Representative of Palau to the United Nations.\n"
                + "\n"
                + "Speakers: Jane Whitcombe (Coral Futures Network), Tomasz Kowalewski (University of Gdańsk), Ngozi Adeyemi-Clarke (Lagos Climate Hub)\n"
                + "\n"
                + "About the Tideline Institute\n"
                + "The Tideline Institute is an independent think tank. Media enquiries: Priya Raman, Communications Officer.\n"
                + "";
        assertThat(people(text)).containsExactly(
                p("Amara Okonkwo-Leith", "Chief Economist", "Blue Harbour Fund", ParticipantKind.SPEAKER),
                p("Matteo Ricciardelli", "Head of Climate Finance", "Meridian Development Bank", ParticipantKind.SPEAKER),
                p("Sofia Haddad-Brun", "Senior Fellow", "Tideline Institute", ParticipantKind.MODERATOR),
                p("Keoni Malama", "Permanent Representative of Palau to the United Nations", null, ParticipantKind.SPEAKER),
                p("Jane Whitcombe", null, "Coral Futures Network", ParticipantKind.SPEAKER),
                p("Tomasz Kowalewski", null, "University of Gdańsk", ParticipantKind.SPEAKER),
                p("Ngozi Adeyemi-Clarke", null, "Lagos Climate Hub", ParticipantKind.SPEAKER));
    }

    @Test
    void readsANewsReport() {
        String text = "Ministers call for faster action on plastic pollution\n"
                + "\n"
                + "GENEVA, 12 June 2022 - Environment ministers from twenty countries met in Geneva on Tuesday for a one-day High-Level Dialogue on Marine Plastics, convened by the Swiss Federal Office for the Environment (FOEN) and the Ocean Stewardship Alliance (OSA).\n"
                + "\n"
                + "In her keynote speech, Federal Councillor Simone Gerber-Iselin urged countries to agree on binding targets. \"We cannot recycle our way out of this crisis,\" she said.\n"
                + "\n"
                + "The first panel was chaired by Mr. Lukas Brenner, Director of the FOEN, and featured Ms. Adaeze Nwosu, Minister of Environment of Nigeria, Mr. Kenji Morimoto, Vice-Minister for Global Environmental Affairs of Japan, and Dr. Helga Sørli, Executive Director of the OSA.\n"
                + "\n"
                + "Professor Ian McAllister of the University of Dundee presented new research on microplastic flows. According to a 2019 study led by Maria Castellanos, most plastic waste enters the ocean through rivers.\n"
                + "\n"
                + "Closing the dialogue, OSA Chair Rafael Domínguez thanked the participants and announced a follow-up meeting in 2023.\n"
                + "";
        assertThat(people(text)).containsExactly(
                p("Simone Gerber-Iselin", "Federal Councillor", null, ParticipantKind.KEYNOTE),
                p("Lukas Brenner", "Director", "Federal Office for the Environment", ParticipantKind.MODERATOR),
                p("Adaeze Nwosu", "Minister of Environment of Nigeria", null, ParticipantKind.PANELIST),
                p("Kenji Morimoto", "Vice-Minister for Global Environmental Affairs of Japan", null, ParticipantKind.PANELIST),
                p("Helga Sørli", "Executive Director", "Ocean Stewardship Alliance", ParticipantKind.PANELIST),
                p("Ian McAllister", "Professor", "University of Dundee", ParticipantKind.SPEAKER),
                p("Rafael Domínguez", "Chair", "Ocean Stewardship Alliance", ParticipantKind.SPEAKER));
    }

    @Test
    void readsAConferenceProgramme() {
        String text = "ANNUAL FORUM ON DIGITAL RIGHTS 2024\n"
                + "Programme\n"
                + "\n"
                + "Day 1 - Monday 7 October\n"
                + "\n"
                + "09:00 - 09:20  Welcome and introduction\n"
                + "               Martina Kovač, Director, Digital Freedom Foundation\n"
                + "\n"
                + "09:20 - 10:00  Keynote Address by Professor Daniel Osei-Bonsu, Chair of Information Law, University of Accra\n"
                + "\n"
                + "10:00 - 11:30  Panel 1: Surveillance and the Courts\n"
                + "               Chair: Judge Elin Marstrand (European Court of Human Rights, retired)\n"
                + "               Speakers: Rohan Mehta (Internet Policy Centre), Claire Dubois (Privacy Watch France), Samir El-Khoury (Beirut Digital Lab)\n"
                + "\n"
                + "11:30 - 12:00  Coffee break\n"
                + "\n"
                + "12:00 - 13:00  In conversation: Ava Lindgren and Tobias Weber on encryption\n"
                + "               Moderated by Hannah Mills, technology editor, The Northern Ledger\n"
                + "\n"
                + "13:00 - 14:00  Lunch\n"
                + "";
        assertThat(people(text)).containsExactly(
                p("Martina Kovač", "Director", "Digital Freedom Foundation", ParticipantKind.HOST),
                p("Daniel Osei-Bonsu", "Chair of Information Law", "University of Accra", ParticipantKind.KEYNOTE),
                p("Elin Marstrand", "Judge", "European Court of Human Rights", ParticipantKind.MODERATOR),
                p("Rohan Mehta", null, "Internet Policy Centre", ParticipantKind.SPEAKER),
                p("Claire Dubois", null, "Privacy Watch France", ParticipantKind.SPEAKER),
                p("Samir El-Khoury", null, "Beirut Digital Lab", ParticipantKind.SPEAKER),
                p("Ava Lindgren", null, null, ParticipantKind.SPEAKER),
                p("Tobias Weber", null, null, ParticipantKind.SPEAKER),
                p("Hannah Mills", "technology editor", "Northern Ledger", ParticipantKind.MODERATOR));
    }

    @Test
    void readsABookLaunchWithSpeakerBiographies() {
        String text = "Book Launch: The Quiet Archipelago\n"
                + "\n"
                + "The Harbourview Centre for Island Studies invites you to the launch of The Quiet Archipelago, a new history of the northern isles. The evening will feature presentations by the author, Dr. Eilidh MacRae, and by Professor Tomasz Nowacki of the University of Kraków, followed by a panel discussion with Ingrid Solvang (Island Futures Trust), Ruairi Doherty (Western Ferries Association) and Lena Park (Ocean Media Lab).\n"
                + "\n"
                + "Rapporteur: Kwabena Asante-Mensah, PhD candidate, Harbourview Centre\n"
                + "\n"
                + "Speakers\n"
                + "\n"
                + "Eilidh MacRae is Senior Lecturer in Maritime History at the University of Lerwick. Her previous book won the Northern Isles Prize.\n"
                + "\n"
                + "Tomasz Nowacki is Professor of Baltic Studies at the University of Kraków and a fellow of the European Academy of Letters.\n"
                + "\n"
                + "\"Islands are not remote to the people who live on them,\" said Harriet Quayle, the Centre's director, who will introduce the speakers.\n"
                + "\n"
                + "Contact: Moira Flett, Events Officer\n"
                + "";
        assertThat(people(text)).containsExactly(
                p("Eilidh MacRae", "Senior Lecturer in Maritime History", "University of Lerwick", ParticipantKind.SPEAKER),
                p("Tomasz Nowacki", "Professor of Baltic Studies", "University of Kraków", ParticipantKind.SPEAKER),
                p("Ingrid Solvang", null, "Island Futures Trust", ParticipantKind.PANELIST),
                p("Ruairi Doherty", null, "Western Ferries Association", ParticipantKind.PANELIST),
                p("Lena Park", null, "Ocean Media Lab", ParticipantKind.PANELIST),
                p("Kwabena Asante-Mensah", "PhD candidate", "Harbourview Centre for Island Studies", ParticipantKind.OTHER),
                p("Harriet Quayle", "Centre's director", null, ParticipantKind.HOST));
    }

    @Test
    void readsSpeakerCardsOfAnEventPage() {
        String html = "<html><body>\n"
                + "<header><nav><a href=\"/\">Home</a> | <a href=\"/events\">Events</a></nav></header>\n"
                + "<main>\n"
                + "<h1>Water Security in Arid Cities: A Public Lecture</h1>\n"
                + "<p class=\"date\"><time datetime=\"2024-03-21\">21 March 2024</time>, 18:00-19:30</p>\n"
                + "<p>The School of Environment at Northgate University is pleased to host Professor Samira Haddou for the annual Rivers Lecture.</p>\n"
                + "<h2>Speaker</h2>\n"
                + "<div class=\"card\"><h3>Prof. Samira Haddou</h3><p>Professor of Hydrology, University of Tunis El Manar</p><p>Samira Haddou has advised governments across North Africa on groundwater policy.</p></div>\n"
                + "<h2>Respondent</h2>\n"
                + "<div class=\"card\"><h3>Dr. Owen Pritchard</h3><p>Senior Lecturer, School of Environment, Northgate University</p></div>\n"
                + "<h2>Chair</h2>\n"
                + "<div class=\"card\"><h3>Professor Ruth Adebayo</h3><p>Pro-Vice-Chancellor for Research, Northgate University</p></div>\n"
                + "</main>\n"
                + "<footer>Northgate University, 1 College Road</footer>\n"
                + "</body></html>\n"
                + "";
        assertThat(peopleThroughTheEngine("lecture.html", html, SourceFormat.HTML)).containsExactly(
                p("Samira Haddou", "Professor of Hydrology", "University of Tunis El Manar", ParticipantKind.SPEAKER),
                p("Owen Pritchard", "Senior Lecturer", "School of Environment, Northgate University", ParticipantKind.PANELIST),
                p("Ruth Adebayo", "Pro-Vice-Chancellor for Research", "Northgate University", ParticipantKind.MODERATOR));
    }

    @Test
    void leavesOutPeopleANewsStoryOnlyQuotesOrMentions() {
        String text = "Court ruling reshapes debate on river rights\n"
                + "\n"
                + "ASUNCIÓN, 3 May 2023 - A landmark ruling by Paraguay's Supreme Court has given new impetus to campaigners who argue that rivers should have legal standing. The decision, written by Justice Carmen Villalba, cites the work of the late ecologist Tomás Riveros and a 2018 report commissioned by former Environment Minister Diego Franco.\n"
                + "\n"
                + "Reacting to the ruling, Ana Lucía Benítez, a spokesperson for the River Voices coalition, said it was \"a turning point for the whole region\". Critics, including the agribusiness lobbyist Pedro Galeano, warned of legal uncertainty.\n"
                + "\n"
                + "The ruling will be discussed at a public forum on 10 May at the Universidad Nacional de Asunción. Speakers will include Professor Marta Ocampo, Dean of the Faculty of Law, and the environmental lawyer Julián Sosa. The forum will be moderated by Gabriela Ruiz, a journalist with ABC Radio.\n"
                + "\n"
                + "Villalba, who was appointed to the court in 2015, has not commented publicly on the case.\n"
                + "";
        assertThat(people(text)).containsExactly(
                p("Marta Ocampo", "Dean", "Faculty of Law", ParticipantKind.SPEAKER),
                p("Julián Sosa", "environmental lawyer", null, ParticipantKind.SPEAKER),
                p("Gabriela Ruiz", "journalist", "ABC Radio", ParticipantKind.MODERATOR));
    }

    @Test
    void readsAProgrammeTableAndSkipsTheOrganisingTeam() {
        String html = "<html><body><main>\n"
                + "<h1>Regional Consultation on Migrant Health</h1>\n"
                + "<p>Hosted by the Andean Health Observatory, Lima, 14 November 2022.</p>\n"
                + "<table>\n"
                + "<tr><th>Time</th><th>Session</th><th>Speaker</th></tr>\n"
                + "<tr><td>09:00</td><td>Opening remarks</td><td>Dr. Lucía Paredes, Director, Andean Health Observatory</td></tr>\n"
                + "<tr><td>09:30</td><td>Keynote: Health without borders</td><td>Prof. Anders Holmqvist, Karolinska Institutet</td></tr>\n"
                + "<tr><td>10:30</td><td>Panel: Primary care for migrants</td><td>Moderator: Rosa Quispe (Radio Andina)<br>Panelists: Dr. Omar Benali (Médecins du Monde), Carla Mendes (UNHCR), Iván Torres (Ministry of Health, Peru)</td></tr>\n"
                + "</table>\n"
                + "<h2>Organising team</h2>\n"
                + "<ul><li>Mariela Soto, Programme Coordinator</li><li>Jorge Lima, Logistics</li></ul>\n"
                + "</main></body></html>\n"
                + "";
        assertThat(peopleThroughTheEngine("consultation.html", html, SourceFormat.HTML)).containsExactly(
                p("Lucía Paredes", "Director", "Andean Health Observatory", ParticipantKind.SPEAKER),
                p("Anders Holmqvist", null, "Karolinska Institutet", ParticipantKind.KEYNOTE),
                p("Rosa Quispe", null, "Radio Andina", ParticipantKind.MODERATOR),
                p("Omar Benali", null, "Médecins du Monde", ParticipantKind.PANELIST),
                p("Carla Mendes", null, "UNHCR", ParticipantKind.PANELIST),
                p("Iván Torres", null, "Ministry of Health", ParticipantKind.PANELIST));
    }

    @Test
    void aWithdrawalNoteRemovesAPersonListedEarlier() {
        String text = "Programme\n"
                + "10:00 Welcome \u2013 Dr. Leonard Osei, President, Harbour Institute\n"
                + "10:15 Keynote \u2013 Prof. Ana Vidal, University of Porto\n"
                + "Update: Dr. Osei has withdrawn because of a scheduling conflict.";
        assertThat(people(text)).containsExactly(p("Ana Vidal", null, "University of Porto", ParticipantKind.KEYNOTE));
    }
}
