package io.eventlens.extraction.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static io.eventlens.extraction.participant.ParticipantTuples.tuples;
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
 * The forms in which documents name the people taking part, one class of layout or sentence per test:
 * lists under label lines, titles written before names, tables, appositions in news prose, coordinated
 * subjects, names of many shapes, and the people and things that are no participants. Every document
 * here is invented: the people, titles and organisations do not exist.
 */
class ParticipantFormsTest {

    private final ParticipantFinder finder = new ParticipantFinder();

    private static Tuple p(String name, String role, String organization, ParticipantKind kind) {
        return tuple(name, role, organization, kind);
    }

    private List<Tuple> people(String text) {
        Document d = EntityFixtures.entities(text);
        return tuples(finder.find(d, Span.of(0, text.length())));
    }

    private List<Tuple> peopleThroughTheEngine(String name, String source, SourceFormat format) {
        return ParticipantTuples.throughTheEngine(finder, name, source, format);
    }

    @Test
    void readsListsUnderLabelLinesWithoutHonorifics() {
        String text = "Roundtable on coastal housing\n\n"
                + "Chair\n"
                + "Elif Demirci-Hale, Director, Harbourside Housing Trust\n\n"
                + "Respondents\n"
                + "Joaquim Farrell, Senior Planner, Tarnby Council\n"
                + "Maud Ekwueme, Tenant Organiser, Eastgate Residents Union\n\n"
                + "Closing words:\n"
                + "  Hakon Bratt, Editor, Fjord Times\n";
        assertThat(people(text)).containsExactly(
                p("Elif Demirci-Hale", "Director", "Harbourside Housing Trust", ParticipantKind.MODERATOR),
                p("Joaquim Farrell", "Senior Planner", "Tarnby Council", ParticipantKind.PANELIST),
                p("Maud Ekwueme", "Tenant Organiser", "Eastgate Residents Union", ParticipantKind.PANELIST),
                p("Hakon Bratt", "Editor", "Fjord Times", ParticipantKind.SPEAKER));
    }

    @Test
    void takesATitleBeforeTheNameAsTheRoleAndWhatFollowsAsTheAffiliation() {
        String text = "Opening remarks\n"
                + "- Vice-Chancellor Amara Quist-Ndlovu, Tarnby Polytechnic\n"
                + "- Mayor Henrietta Oduya-Platt, Borough of Castlefen\n"
                + "- Brother Tomas Ekholm, Head of Outreach, Saint Brendan Hospice\n"
                + "- Professor Lior Ben-Aharon, Department of Hydrology, Eastmere University\n";
        assertThat(people(text)).containsExactly(
                p("Amara Quist-Ndlovu", "Vice-Chancellor", "Tarnby Polytechnic", ParticipantKind.SPEAKER),
                p("Henrietta Oduya-Platt", "Mayor", "Borough of Castlefen", ParticipantKind.SPEAKER),
                p("Tomas Ekholm", "Head of Outreach", "Saint Brendan Hospice", ParticipantKind.SPEAKER),
                p("Lior Ben-Aharon", "Professor", "Department of Hydrology, Eastmere University", ParticipantKind.SPEAKER));
    }

    @Test
    void readsPeopleInTableCellsAndDefinitionLists() {
        String html = "<html><body><h1>Soil Health Day</h1>"
                + "<table><tr><th>When</th><th>Item</th><th>Who</th></tr>"
                + "<tr><td>09:30</td><td>Why soil matters</td><td><b>Ragnhild Ossa</b>, Agronomist, Fenwick Seed Bank</td></tr>"
                + "<tr><td>10:15</td><td>Field walk</td><td><b>Kwame Addo-Frimpong</b> and <b>Lise Tranberg</b>, Eastmere Farm School</td></tr>"
                + "<tr><td>11:30</td><td>Debate: who pays for compost?</td><td>Chaired by <b>Orla Banim</b>, reporter, Tarnby Post;"
                + " with <b>Viktor Ambrus</b>, Head of Waste Services, Tarnby Council, and <b>Dr. Noor Haddad</b>,"
                + " Compost Research Unit</td></tr></table>"
                + "<dl><dt>Guide</dt><dd><strong>Ines Vargas-Lund</strong>, Ranger at the Eastmere Nature Trust, as co-leader</dd></dl>"
                + "</body></html>";
        assertThat(peopleThroughTheEngine("soil.html", html, SourceFormat.HTML)).containsExactly(
                p("Ragnhild Ossa", "Agronomist", "Fenwick Seed Bank", ParticipantKind.SPEAKER),
                p("Kwame Addo-Frimpong", null, "Eastmere Farm School", ParticipantKind.SPEAKER),
                p("Lise Tranberg", null, "Eastmere Farm School", ParticipantKind.SPEAKER),
                p("Orla Banim", "reporter", "Tarnby Post", ParticipantKind.MODERATOR),
                p("Viktor Ambrus", "Head of Waste Services", "Tarnby Council", ParticipantKind.PANELIST),
                p("Noor Haddad", null, "Compost Research Unit", ParticipantKind.PANELIST),
                p("Ines Vargas-Lund", "Ranger", "Eastmere Nature Trust", ParticipantKind.SPEAKER));
    }

    @Test
    void readsTitlesWrittenBeforeNamesInNews() {
        String text = "EASTMERE, 4 June 2022 - The regional water summit opened on Monday.\n\n"
                + "Member of the Regional Assembly for Lower Fenwick Dr. Ilse Vantongeren told delegates that the reservoirs"
                + " were half empty. The Deputy Chair of the Tarnby Chamber of Commerce, Mr. Oskar Lindqvist-Achebe, closed"
                + " the first day.\n\n"
                + "\"We cannot wait for rain,\" said Ms. Runa Solberg, Director of the Eastmere Water Agency, who opened the"
                + " summit.";
        assertThat(people(text)).containsExactly(
                p("Ilse Vantongeren", "Member of the Regional Assembly for Lower Fenwick", null, ParticipantKind.SPEAKER),
                p("Oskar Lindqvist-Achebe", "Deputy Chair of the Tarnby Chamber of Commerce", null, ParticipantKind.SPEAKER),
                p("Runa Solberg", "Director", "Eastmere Water Agency", ParticipantKind.HOST));
    }

    @Test
    void readsCoordinatedSubjectsAndWhatEachDid() {
        String text = "The second session turned to finance.\n\n"
                + "Mr. Tobias Quell, former Chair of the Fenwick Water Board, and Ms. Adaeze Umeh, Head of Research at the"
                + " Brightwater Institute, spoke about tariffs. Dr. Priya Kuttan chaired the meeting, and Ingrid Vass"
                + " facilitated the final session. Councillor Lars Odegaard and Professor Mina Sahlberg took part in the"
                + " discussion. The new toolkit was presented by its lead author, Dr. Salome Ferris, Senior Policy Analyst at"
                + " the Harrow Policy Unit.";
        assertThat(people(text)).containsExactly(
                p("Tobias Quell", "former Chair", "Fenwick Water Board", ParticipantKind.SPEAKER),
                p("Adaeze Umeh", "Head of Research", "Brightwater Institute", ParticipantKind.SPEAKER),
                p("Priya Kuttan", null, null, ParticipantKind.MODERATOR),
                p("Ingrid Vass", null, null, ParticipantKind.MODERATOR),
                p("Lars Odegaard", "Councillor", null, ParticipantKind.PANELIST),
                p("Mina Sahlberg", "Professor", null, ParticipantKind.PANELIST),
                p("Salome Ferris", "Senior Policy Analyst", "Harrow Policy Unit", ParticipantKind.SPEAKER));
    }

    @Test
    void findsNamesOfManyShapesAsReliablyAsEnglishOnes() {
        String text = "Speakers: Zdeňka Dvořáková (Brno Water Institute); Iñaki Ibarrola-Sáez (Basque Coast Lab); Phạm Thị Thu"
                + " Hương (Mekong River Office); Aïcha Ould-Brahim (Sahel Rangelands Network); Abdul-Karim Al-Masri (Levant"
                + " Policy Forum); Zaid Ra'ad Haddad (Amman Water Forum)";
        assertThat(people(text)).extracting(t -> t.toList().get(0)).containsExactly("Zdeňka Dvořáková", "Iñaki Ibarrola-Sáez",
                "Phạm Thị Thu Hương", "Aïcha Ould-Brahim", "Abdul-Karim Al-Masri", "Zaid Ra'ad Haddad");
    }

    @Test
    void leavesOutBylinesSignersContactsVenuesAndStorms() {
        String text = "By Staff Reporter\n\n"
                + "The flood forum met at Kestrel Auditorium after Cyclone Mira had passed. Dr. Hanne Rask presented the"
                + " new maps. For more information contact Petra Lindahl. Questions can be sent to Mr. Ole Brun.\n\n"
                + "Additional reporting by Ola Nordmann-Kaur.\n\n"
                + "Yours sincerely,\n"
                + "Dr. Halvard Moe\n"
                + "Director, Fenwick Flood Office\n";
        assertThat(people(text)).containsExactly(p("Hanne Rask", null, null, ParticipantKind.SPEAKER));
    }

    @Test
    void expandsAcronymsInAffiliations() {
        String text = "TIDEWATER ALLIANCE (TWA)\nThe Tidewater Alliance held its annual forum.\n\n"
                + "Moderator: Ilse Hart, TWA Programme Manager\n"
                + "Speakers: Tom Reyes, TWA Secretariat; Dr. Amal Nasser, Research Fellow, TWA; Ines Moe, TWA's Legal Director\n";
        assertThat(people(text)).containsExactly(
                p("Ilse Hart", "Programme Manager", "Tidewater Alliance", ParticipantKind.MODERATOR),
                p("Tom Reyes", null, "Tidewater Alliance Secretariat", ParticipantKind.SPEAKER),
                p("Amal Nasser", "Research Fellow", "Tidewater Alliance", ParticipantKind.SPEAKER),
                p("Ines Moe", "Legal Director", "Tidewater Alliance", ParticipantKind.SPEAKER));
    }

    @Test
    void readsNumberedListsAndDescriptionsAroundParentheses() {
        String text = "Panel\n"
                + "1. H.E. Ms. Liv Aarstad, Ambassador of Norway\n"
                + "2. Commander Piet Oduya (retired), former chief engineer of the fleet\n"
                + "3. Petra Holm, training officer (Harbour Relief Network)\n";
        assertThat(people(text)).containsExactly(
                p("Liv Aarstad", "Ambassador of Norway", null, ParticipantKind.PANELIST),
                p("Piet Oduya", "former chief engineer of the fleet", null, ParticipantKind.PANELIST),
                p("Petra Holm", "training officer", "Harbour Relief Network", ParticipantKind.PANELIST));
    }

    @Test
    void readsPeopleOfEventListingsAndTheirWorks() {
        String text = "Old maps for beginners\n\n"
                + "Archivist Dr. Juno Pell of the Fenwick Records Society explains how to read estate maps.\n\n"
                + "Debut evening\n\n"
                + "The library celebrates the debut novel by Ama Serwaa-Lind. Ama will read from it with the critic Ruth Okoro.\n\n"
                + "Repair morning\n\n"
                + "The workshops are run by volunteer fixers Oona Pik and Teodor Gal of the Riverbank Repair Circle.\n\n"
                + "Publications\n\n"
                + "A new field guide by Hedda Lorentz and Samir Qasem is out.\n";
        assertThat(people(text)).containsExactly(
                p("Juno Pell", "Archivist", "Fenwick Records Society", ParticipantKind.SPEAKER),
                p("Ama Serwaa-Lind", null, null, ParticipantKind.SPEAKER),
                p("Ruth Okoro", "critic", null, ParticipantKind.SPEAKER),
                p("Oona Pik", "volunteer fixer", "Riverbank Repair Circle", ParticipantKind.SPEAKER),
                p("Teodor Gal", "volunteer fixer", "Riverbank Repair Circle", ParticipantKind.SPEAKER));
    }

    @Test
    void readsSpeakersNamedAfterAQuoteAndPeopleCalledByAnyOfTheirNames() {
        String text = "\"Drought is a choice we keep making,\" said Dr. Nkechi Obi-Laurent, Director of the Sahel Water Fund, in"
                + " her opening address. Panellists included Mr. Tomas Ekene Ubah, chair of the Delta Boatmen Union, and"
                + " Ms. Hana Lisk of the Coastal Data Office. \"The river talks to us,\" Mr. Ekene told participants.";
        assertThat(people(text)).containsExactly(
                p("Nkechi Obi-Laurent", "Director", "Sahel Water Fund", ParticipantKind.SPEAKER),
                p("Tomas Ekene Ubah", "chair", "Delta Boatmen Union", ParticipantKind.PANELIST),
                p("Hana Lisk", null, "Coastal Data Office", ParticipantKind.PANELIST));
    }

    @Test
    void doesNotTakePlacesForPeopleWhenTheDocumentWritesThemAsPlaces() {
        String text = "PORT SELWYN, 2 May 2023 - Mayor of Port Selwyn Ms. Aroha Tane-Whitley opened the coastal forum."
                + " The next forum will be hosted by Port Selwyn in 2024.";
        assertThat(people(text)).containsExactly(p("Aroha Tane-Whitley", "Mayor of Port Selwyn", null, ParticipantKind.HOST));
    }

    @Test
    void aDefenceIsAnEventButDefendingAPolicyIsNoParticipation() {
        assertThat(people("The finance minister, Ms. Lena Fox-Ibsen, defended the budget in parliament.")).isEmpty();
        assertThat(people("Ilka Brandt-Mensah will publicly defend her thesis on Friday; the defence is open to all."))
                .containsExactly(p("Ilka Brandt-Mensah", null, null, ParticipantKind.SPEAKER));
    }

    @Test
    void leavesOutVenuesInCalendarColumnsAndPeopleInItemsOfNewsInBrief() {
        String text = "3) 12.05.2021 | 19:00 | Poetry Night | Kafe Lindow, Storgata 14, Bergen\n"
                + "   Host: Maren Aas-Olsen, poet.\n\n"
                + "In brief\n"
                + "- Trainees Ole Dahl-Moen and Siri Vatne defended their theses; congratulations!\n"
                + "- The conference programme is online.\n";
        assertThat(people(text)).containsExactly(p("Maren Aas-Olsen", "poet", null, ParticipantKind.HOST));
    }

    @Test
    void readsTitlesAndListsOfNewsAndReports() {
        String text = "Chair of the jury, founder of the Fenwick Film Circle, Dagny Olsen-Ruud opened the festival.\n\n"
                + "The lecture series begins on 3 June with Dr. Ivo Marek, a historian and broadcaster.\n\n"
                + "The chair asked the speakers (Ms. Ebele, and Ms. Kristin) and the discussants (Mr. Tarjei) to be brief.\n\n"
                + "We talked with river guide Aino Vaara, and Founder and Director of Kayak Futures Matti Lahti.\n";
        assertThat(people(text)).containsExactly(
                p("Dagny Olsen-Ruud", "founder of the Fenwick Film Circle", null, ParticipantKind.HOST),
                p("Ivo Marek", "historian and broadcaster", null, ParticipantKind.SPEAKER),
                p("Ebele", null, null, ParticipantKind.SPEAKER),
                p("Kristin", null, null, ParticipantKind.SPEAKER),
                p("Tarjei", null, null, ParticipantKind.PANELIST),
                p("Aino Vaara", "river guide", null, ParticipantKind.SPEAKER));
    }

    @Test
    void aLineNamingAContributionLabelsTheEntriesBelowIt() {
        String text = "Welcome address by the host\n"
                + "- Ms. Greta Lund, Rector, Eastmere University\n"
                + "Respondents\n"
                + "- Mr. Ole Brun, Head of Planning, Tarnby Council\n";
        assertThat(people(text)).containsExactly(
                p("Greta Lund", "Rector", "Eastmere University", ParticipantKind.HOST),
                p("Ole Brun", "Head of Planning", "Tarnby Council", ParticipantKind.PANELIST));
    }

    @Test
    void readsPeopleInParenthesesAfterTheirOrganisations() {
        String text = "The opening session included welcome addresses by representatives of TFA (Dr. Ilse Maren), the Harbour"
                + " Council (Ms Oda Rein) and ENLA (Mr. Kofi Asare), and a keynote address by Sri Mohan Lal Varma of the"
                + " Fenwick Water Board. The tour guide came from Sri Lanka.";
        assertThat(people(text)).containsExactly(
                p("Ilse Maren", null, "TFA", ParticipantKind.HOST),
                p("Oda Rein", null, "Harbour Council", ParticipantKind.HOST),
                p("Kofi Asare", null, "ENLA", ParticipantKind.HOST),
                p("Mohan Lal Varma", null, "Fenwick Water Board", ParticipantKind.KEYNOTE));
    }

    @Test
    void splitsSpeakerLinesSeparatedByBarsOrDashes() {
        String text = "Panel on river restoration\n\n"
                + "Chair: Edda Morrow | Director | Wenlock Rivers Institute\n"
                + "Speakers:\n"
                + "Tiago Brennan-Sousa | Lecturer in Hydrology | University of Caddon\n"
                + "Runa Feld | Field Officer | Kessel Valley Trust\n"
                + "Dr. Amara Nkemelu — Senior Ecologist, Ostmark Water Board\n"
                + "- Jonas Aalto - Programme Manager - Lakeland Data Alliance\n";
        assertThat(people(text)).containsExactly(
                p("Edda Morrow", "Director", "Wenlock Rivers Institute", ParticipantKind.MODERATOR),
                p("Tiago Brennan-Sousa", "Lecturer in Hydrology", "University of Caddon", ParticipantKind.SPEAKER),
                p("Runa Feld", "Field Officer", "Kessel Valley Trust", ParticipantKind.SPEAKER),
                p("Amara Nkemelu", "Senior Ecologist", "Ostmark Water Board", ParticipantKind.SPEAKER),
                p("Jonas Aalto", "Programme Manager", "Lakeland Data Alliance", ParticipantKind.SPEAKER));
    }

    @Test
    void readsSpeakerCardsWithTitleAndOrganisationOnTheirOwnLines() {
        String html = "<html><body><h1>Forum on cold-water reefs</h1>"
                + "<ul><li><strong>Venue:</strong> Long Hall, Kirkgate Building, Aberdeen</li></ul>"
                + "<h2>Speakers</h2>"
                + "<div class=\"speaker\"><h3>Dr. Ines Carvalho-Reid</h3><p>Research Fellow</p><p>Institute of Deep Sea Studies</p></div>"
                + "<div class=\"speaker\"><h3>Petter Ulvang</h3><p>Policy Adviser</p><p>Nordvik Fisheries Council</p></div>"
                + "</body></html>";
        assertThat(peopleThroughTheEngine("cards.html", html, SourceFormat.HTML)).containsExactly(
                p("Ines Carvalho-Reid", "Research Fellow", "Institute of Deep Sea Studies", ParticipantKind.SPEAKER),
                p("Petter Ulvang", "Policy Adviser", "Nordvik Fisheries Council", ParticipantKind.SPEAKER));
    }

    @Test
    void aVenueLineNamesNoParticipant() {
        String text = "Public lecture on tidal energy\n\n"
                + "Venue: Great Hall, Old College, Glasgow\n"
                + "Place: Room 4, Faculty of Law\n"
                + "Speaker: Hanne Solberg, Professor of Physics, Brekke University\n";
        assertThat(people(text)).containsExactly(
                p("Hanne Solberg", "Professor of Physics", "Brekke University", ParticipantKind.SPEAKER));
    }

    @Test
    void readsThePanellistsAPanelFollowsWith() {
        String text = "A panel on ferry services will follow with Oskar Lind (HTA), Maren Adeyemi, a skipper with the Kelso"
                + " Ferry Company, and Carmen Oyelaran of the Tarn Island Council. Nils Haug of the Harbour Transport Authority"
                + " (HTA) will moderate.";
        assertThat(people(text)).containsExactly(
                p("Oskar Lind", null, "Harbour Transport Authority", ParticipantKind.PANELIST),
                p("Maren Adeyemi", "skipper", "Kelso Ferry Company", ParticipantKind.PANELIST),
                p("Carmen Oyelaran", null, "Tarn Island Council", ParticipantKind.PANELIST),
                p("Nils Haug", null, "Harbour Transport Authority", ParticipantKind.MODERATOR));
    }

    @Test
    void affiliationsTheOrganisationAnnotatorDidNotName() {
        String text = "Ms. Ruth Akello, chairperson of the Bukasa Landing Site Women's Group, told the meeting that patrols had"
                + " taken nets.\nChief Guest: Mr. Tarek Haddad, Secretary, Ministry of Roads and Bridges (Northern Division)\n";
        assertThat(people(text)).containsExactly(
                p("Ruth Akello", "chairperson", "Bukasa Landing Site Women's Group", ParticipantKind.SPEAKER),
                p("Tarek Haddad", "Secretary", "Ministry of Roads and Bridges (Northern Division)", ParticipantKind.SPEAKER));
    }

    @Test
    void aLabelledNameTakesTheTitleLineBelowIt() {
        String text = "Speaker:   Dr. Ilse Marwick\n           Staff Scientist, Kessel Ridge Observatory\n\n"
                + "Title:     \"Counting Faint Stars\"\n";
        assertThat(people(text)).containsExactly(
                p("Ilse Marwick", "Staff Scientist", "Kessel Ridge Observatory", ParticipantKind.SPEAKER));
    }

    @Test
    void capitalisedWordsWithoutARoleWordNameTheAffiliation() {
        String text = "Speakers\n- Lucia Marchetti, Data Rights Europe\n- Ole Sand | Data Steward | Faculty of Science\n";
        assertThat(people(text)).containsExactly(
                p("Lucia Marchetti", null, "Data Rights Europe", ParticipantKind.SPEAKER),
                p("Ole Sand", "Data Steward", "Faculty of Science", ParticipantKind.SPEAKER));
    }

    @Test
    void aHeadingBelowALabelledNameIsNoTitleAndAnUndefinedAcronymLeadsARole() {
        String text = "Speaker: Dr. Helka Arnesen\n\nAbout the speaker\nHelka Arnesen is Associate Professor of Hydrology at the"
                + " Kessel University of Technology.\n\nThe panel was chaired by Aoife Brannock, KTV correspondent.\n";
        assertThat(people(text)).containsExactly(
                p("Helka Arnesen", "Associate Professor of Hydrology", "Kessel University of Technology", ParticipantKind.SPEAKER),
                p("Aoife Brannock", "correspondent", "KTV", ParticipantKind.MODERATOR));
    }

    @Test
    void cardsUnderAPlaceLineAndAnOrganisationAloneOnTheLineBelow() {
        String html = "<html><body><h1>Night of Ideas: Streets after Cars</h1><p>Thursday 20 November 2025, 19:00</p>"
                + "<p>Place: Auditorium, Faculty of Architecture, Kessel</p>"
                + "<div class=\"person\"><h3>Marit Hoving</h3><p>Urban Planner, Municipality of Tarnby</p></div>"
                + "<div class=\"person\"><h3>Prof. Erland Smeets</h3><p class=\"affiliation\">Kessel University of Technology</p></div>"
                + "</body></html>";
        assertThat(peopleThroughTheEngine("night.html", html, SourceFormat.HTML)).containsExactly(
                p("Marit Hoving", "Urban Planner", "Municipality of Tarnby", ParticipantKind.SPEAKER),
                p("Erland Smeets", null, "Kessel University of Technology", ParticipantKind.SPEAKER));
        assertThat(people("Moderator: Jem Arden, Editor @ Coastal Review\n")).containsExactly(
                p("Jem Arden", "Editor", "Coastal Review", ParticipantKind.MODERATOR));
    }

    @Test
    void anOrganisationsPossessiveBeforeATitleIsTheAffiliation() {
        String text = "Speakers included Tomas Eklund from Nordhavn University, and Jonas Bergvik, the Fjord Foundation's director.";
        assertThat(people(text)).containsExactly(
                p("Tomas Eklund", null, "Nordhavn University", ParticipantKind.SPEAKER),
                p("Jonas Bergvik", "director", "Fjord Foundation", ParticipantKind.SPEAKER));
    }

    @Test
    void theBodyAPersonHeadsIsTheAffiliation() {
        String text = "The debate was opened by Ingrid Solvik, who heads the Kessel Port Authority, and closed by Aron Dahle,"
                + " who was appointed to the board in 2015.";
        assertThat(people(text)).extracting(t -> t.toList().get(2)).containsExactly("Kessel Port Authority", null);
    }

    @Test
    void speakerRowsOfEqualWidthStayApartThroughTheEngine() {
        String text = "Panel on Grid Storage\n\nDate: 3 June 2025\nVenue: Hall B, Energy Campus, Aarhus\n\nSpeakers:\n"
                + "Mette Lunde \u2013 Chief Engineer \u2013 Danish Grid Institute\n"
                + "Karl Wegner, Senior Analyst | Energy Watch Europe\n"
                + "Sofia Rosseti | Politecnico di Torino\n";
        assertThat(peopleThroughTheEngine("panel.txt", text, SourceFormat.PLAIN)).containsExactly(
                p("Mette Lunde", "Chief Engineer", "Danish Grid Institute", ParticipantKind.SPEAKER),
                p("Karl Wegner", "Senior Analyst", "Energy Watch Europe", ParticipantKind.SPEAKER),
                p("Sofia Rosseti", null, "Politecnico di Torino", ParticipantKind.SPEAKER));
    }

    private List<String> names(String text) {
        return people(text).stream().map(t -> (String) t.toArray()[0]).toList();
    }

    @Test
    void theReaderOfAStatementTookPartAndItsAuthorDidNot() {
        String text = "Side event on upland grazing, 3 May 2027\n\n"
                + "The rapporteur could not travel; her statement was read out by Ms. Wilhelmina Strand-Okafor, "
                + "Liaison Officer in the Field Support Branch.\n"
                + "A statement by Portugal's Secretary of State for Fisheries, Duarte Valbom, was read out by "
                + "Mr. Kjetil Brusdal, Deputy Permanent Representative of Norway to the Trade Office.\n";
        assertThat(names(text)).containsExactly("Wilhelmina Strand-Okafor", "Kjetil Brusdal");
        assertThat(people(text).get(0)).isEqualTo(
                p("Wilhelmina Strand-Okafor", "Liaison Officer", "Field Support Branch", ParticipantKind.SPEAKER));
    }

    @Test
    void readsTheListAfterHeardFrom() {
        String text = "Side event on upland grazing, 3 May 2027\n\n"
                + "The meeting also heard from Ms. Aminata Conteh-Wilde, a herders' mediator from Kailahun, Sierra Leone; "
                + "Ms. Rosalind Achterberg, Programme Officer at the Pasture Commons Network; and Mr. Teodor Kvist, "
                + "Senior Adviser at the Highland Forage Foundation.\n";
        assertThat(names(text)).containsExactly("Aminata Conteh-Wilde", "Rosalind Achterberg", "Teodor Kvist");
    }

    @Test
    void aMediaContactAfterALabelInTheSentenceIsNoParticipant() {
        String text = "Panel on upland grazing, 3 May 2027\n\n"
                + "The panel was moderated by Dr. Saskia Lindqvist-Moyo.\n\n"
                + "For media enquiries: Bertrand Oyelaran-Fisk, Press Office\n";
        assertThat(names(text)).containsExactly("Saskia Lindqvist-Moyo");
    }

    @Test
    void readsCountryTitlesBeforeCoordinatedNames() {
        String text = "Dialogue on upland grazing, 3 May 2027\n\n"
                + "Ireland's Minister for Hill Farming, Orla Brennan-Dufour, and Estonia's Deputy Secretary for Forestry, "
                + "Kalev Tammsaar, also addressed the dialogue.\n";
        assertThat(people(text)).extracting(t -> t.toArray()[0], t -> t.toArray()[1]).containsExactly(
                tuple("Orla Brennan-Dufour", "Ireland's Minister for Hill Farming"),
                tuple("Kalev Tammsaar", "Estonia's Deputy Secretary for Forestry"));
    }

    @Test
    void aDirectorIntroducedByAPossessiveKeepsOnlyTheTitle() {
        String first = "Screening of a documentary on upland grazing, 3 May 2027\n\n"
                + "The screening is followed by a conversation with its director, Noor Vellacott-Ibsen.\n";
        String second = "Screening of a documentary on upland grazing, 3 May 2027\n\n"
                + "The screening is followed by a conversation with the film's director, Noor Vellacott-Ibsen.\n";
        assertThat(people(first)).extracting(t -> t.toArray()[0], t -> t.toArray()[1], t -> t.toArray()[2])
                .containsExactly(tuple("Noor Vellacott-Ibsen", "director", null));
        assertThat(people(second)).extracting(t -> t.toArray()[0], t -> t.toArray()[1], t -> t.toArray()[2])
                .containsExactly(tuple("Noor Vellacott-Ibsen", "director", null));
    }

    @Test
    void speakersWhoWithdrewTakeNoPart() {
        for (String withdrawal : List.of("has withdrawn from the panel", "is unable to attend",
                "will no longer participate in the panel")) {
            String text = "Panel on upland grazing, 3 May 2027\n\n"
                    + "The panel will be moderated by Dr. Saskia Lindqvist-Moyo.\n\n"
                    + "Note: Dr. Evander Kolstad-Nwosu (member of the Grazing Advisory Board) " + withdrawal + ".\n";
            assertThat(names(text)).as(withdrawal).containsExactly("Saskia Lindqvist-Moyo");
        }
    }

    @Test
    void aCapitalisedTitleLineAndASpeakerCardsTitleAreNoPeople() {
        String text = "MAPPING THE FLOODPLAIN: HYDROLOGY, HOUSING AND THE LAW\n\n"
                + "Public lecture, 3 May 2027, 18:00\n\n"
                + "Speaker\n"
                + "Dr. Casimir Oyelowo-Frank\n"
                + "Senior Flood Investigator, Riverbank Lab\n";
        assertThat(people(text)).extracting(t -> t.toArray()[0], t -> t.toArray()[1])
                .containsExactly(tuple("Casimir Oyelowo-Frank", "Senior Flood Investigator"));
    }

    @Test
    void takesAffiliationsAtTheirFullestUnitOfAUniversityProgrammeAtACentreBodyOfALocalChapter() {
        String text = "Speakers include Dr Ilse Marsh, Associate Professor, Faculty of Law, University of the Saale Valley;"
                + " Mr Tobias Renn of the Maritime Safety Programme at the Ostend Institute for Ports; and Ms Leyla Aydin,"
                + " a volunteer from the CRN chapter in Izmir. The Coastal Rescue Network (CRN) trains volunteers in six countries.\n";
        assertThat(peopleThroughTheEngine("speakers.txt", text, SourceFormat.PLAIN)).containsExactly(
                p("Ilse Marsh", "Associate Professor", "Faculty of Law, University of the Saale Valley", ParticipantKind.SPEAKER),
                p("Tobias Renn", null, "Maritime Safety Programme at the Ostend Institute for Ports", ParticipantKind.SPEAKER),
                p("Leyla Aydin", "volunteer", "Coastal Rescue Network", ParticipantKind.SPEAKER));
    }

    @Test
    void aDivisionBeforeAnAcronymStaysInTheRoleAndAProgrammeAtAHallIsTheProgramme() {
        String text = "Panellists:\n"
                + "Ana Lopes, Director, Treaty Division, OHRX\n\n"
                + "The panel was moderated by Mr Karim Saleh of the Youth Leaders Programme at the Grand Hall Hotel in Leeds.\n";
        assertThat(peopleThroughTheEngine("panel.txt", text, SourceFormat.PLAIN)).containsExactly(
                p("Ana Lopes", "Director, Treaty Division", "OHRX", ParticipantKind.PANELIST),
                p("Karim Saleh", null, "Youth Leaders Programme", ParticipantKind.MODERATOR));
    }
}
