package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.contract.EventRecord;
import io.eventlens.contract.Participant;
import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.SourceFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Organisations a document names short: itself as "we" and "our", "the Faculty" or "Halvard senior
 * fellow" for a body it names in full once, "the XYZ Secretariat" for a body whose acronym it
 * defines; and partners named without the host. Documents written for these tests.
 */
class OrganisationReferencesTest {

    private static ExtractionEngine engine;

    @BeforeAll
    static void load() {
        engine = ExtractionEngine.standard();
    }

    private static List<EventRecord> events(String name, String text) {
        return engine.extract(DocumentInput.of(name, text)).events();
    }

    private static Participant person(EventRecord e, String name) {
        return e.participants().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theMastheadsBodyIsWeAndOur() {
        String text = """
                LAKESIDE INSTITUTE FOR RURAL POLICY
                Members' Letter, May 2024

                Soil Carbon Markets and Small Farms
                On 14 May 2024 we organised, jointly with the Ferrow Farmers Union, a roundtable at the Town Hall of Ulm. Our research director, Dr. Karl Meissen, opened the meeting. Anke Sauer, an economist at the Ferrow Farmers Union, presented the survey.
                """;
        assertThat(events("letter.txt", text)).singleElement().satisfies(e -> {
            assertThat(e.organizers()).containsExactlyInAnyOrder("Lakeside Institute for Rural Policy", "Ferrow Farmers Union");
            assertThat(person(e, "Karl Meissen").organization()).isEqualTo("Lakeside Institute for Rural Policy");
            assertThat(person(e, "Karl Meissen").role()).isEqualTo("research director");
        });
    }

    @Test
    void partnersBeforeOrBesideWeAreOrganisersAndFundersAreNot() {
        String text = """
                HALDEN CENTRE FOR URBAN WATER
                Newsletter — March 2025

                Leak Detection Workshop
                Jointly with the Riverside Utilities Association, we convened a workshop on leak detection on 4 March 2025 in Leeds. Dr. Omar Farouk, our senior engineer, presented the Centre's acoustic survey.

                Rain Gardens Webinar
                On 18 March 2025 we were pleased to co-host, with the Leeds Schools Trust, a webinar on rain gardens. Halden researcher Nia Evans presented the design guide.

                Flood Maps Briefing
                On 25 March 2025 we held a briefing on flood maps in Hull, with the support of the Ashworth Foundation. Our director, Prof. Alan Marsh, chaired it.
                """;
        List<EventRecord> events = events("bulletin.txt", text);
        assertThat(events).hasSize(3);
        assertThat(events.get(0).organizers()).containsExactlyInAnyOrder("Halden Centre for Urban Water", "Riverside Utilities Association");
        assertThat(events.get(1).organizers()).containsExactlyInAnyOrder("Halden Centre for Urban Water", "Leeds Schools Trust");
        assertThat(events.get(2).organizers()).containsExactly("Halden Centre for Urban Water");
    }

    @Test
    void theHeadWordOfANameIsTheOneBeforeItsComplement() {
        assertThat(References.headWord("Parliamentary Network of the Southern Ocean Islands")).isEqualTo("Network");
        assertThat(References.headWord("Law Faculty of the University of Brenna")).isEqualTo("Faculty");
        assertThat(References.headWord("Faculty of Law, Marrow Hill University")).isEqualTo("Faculty");
        assertThat(References.headWord("Northern Grid Operators Association")).isEqualTo("Association");
    }

    @Test
    void anOfficeNamedByAnAcronymStandsForTheAcronymsBody() {
        assertThat(References.acronymOfUnit("the PNSOI Secretariat")).isEqualTo("PNSOI");
        assertThat(References.acronymOfUnit("Secretariat of the PNSOI")).isEqualTo("PNSOI");
        assertThat(References.acronymOfUnit("PNSOI\u2019s Bureau")).isEqualTo("PNSOI");
        assertThat(References.acronymOfUnit("Secretariat of the Network")).isNull();
        assertThat(References.acronymOfUnit("PNSOI Working Group")).isNull();
    }

    @Test
    void aBodyIntroducingItselfAtTheEndIsWe() {
        String text = """
                # Tidewater Dialogue: Ports and Floods

                **Date:** Tuesday, 8 October 2024
                **Venue:** Harbour Hall, Bremen

                We are hosting this dialogue in partnership with the North Sea Ports Forum. The session will be chaired by our deputy director, Lotte Brandt.

                ---

                About us: The Weser Centre for Coastal Adaptation is an independent research centre in Bremen.
                """;
        assertThat(events("page.md", text)).singleElement().satisfies(e -> {
            assertThat(e.organizers()).containsExactly("Weser Centre for Coastal Adaptation", "North Sea Ports Forum");
            assertThat(person(e, "Lotte Brandt").organization()).isEqualTo("Weser Centre for Coastal Adaptation");
        });
    }

    @Test
    void weInsideAQuotationIsTheSpeakersOwnBodyAndFundersAreNoOrganisers() {
        String text = """
                LAKESIDE INSTITUTE FOR RURAL POLICY
                News, June 2024

                Hearing on Water Rights
                On 3 June 2024 the Ministry of Agriculture held a public hearing on water rights in Ulm. "We organised this hearing to listen to farmers," said Minister Ilse Kranz. The Halloran Trust, which supports our work, paid for the interpreters.
                """;
        assertThat(events("news.txt", text)).singleElement().satisfies(e ->
                assertThat(e.organizers()).containsExactly("Ministry of Agriculture"));
    }

    @Test
    void theDeanOfTheFacultyWorksForTheOneFacultyTheTextNames() {
        String text = """
                Moot Court Final 2024
                The final of the Moot Court Competition took place on 12 April 2024 at the Law Faculty of the University of Brenna. The Dean of the Faculty, Prof. Olga Wrede, welcomed participants.
                """;
        assertThat(events("report.txt", text)).singleElement().satisfies(e -> {
            assertThat(person(e, "Olga Wrede").role()).isEqualTo("Dean");
            assertThat(person(e, "Olga Wrede").organization()).isEqualTo("Law Faculty of the University of Brenna");
        });
    }

    @Test
    void twoBodiesWithTheSameHeadWordLeaveTheReferenceAsItIs() {
        String text = """
                Moot Court Final 2024
                The final of the Moot Court Competition took place on 12 April 2024 at the Law Faculty of the University of Brenna, with judges from the Medical Faculty of Osterholm. The Dean of the Faculty, Prof. Olga Wrede, welcomed participants.
                """;
        assertThat(events("report.txt", text)).singleElement().satisfies(e ->
                assertThat(person(e, "Olga Wrede").organization()).isNull());
    }

    @Test
    void onItsOwnPageTheInstituteIsThePublisherAmongSeveralInstitutes() {
        String html = """
                <html><head><title>Events | Tarrow Institute for River Studies</title></head><body>
                <main><h1>Silt, Salmon and Sluices</h1>
                <p>Date: Monday, 3 November 2025, 18:00–19:30<br>Venue: Lecture Room 2, Mill Lane, Exeter</p>
                <p>Hosted by the Institute. Dr. Nell Pascoe, a research fellow at the Institute, presents a study carried out with the Devon Fisheries Institute and the Estuary Research Institute of Cornwall.</p></main>
                <footer>© 2025 Tarrow Institute for River Studies</footer></body></html>
                """;
        assertThat(events("page.html", html)).singleElement().satisfies(e -> {
            assertThat(e.organizers()).containsExactly("Tarrow Institute for River Studies");
            assertThat(person(e, "Nell Pascoe").organization()).isEqualTo("Tarrow Institute for River Studies");
        });
    }

    @Test
    void aDistinctiveFirstWordBeforeAPositionNamesTheBody() {
        String html = """
                <html><head><title>Events | Halvard Centre for Security Studies</title></head><body>
                <main><h1>Deterrence After the Drone Age</h1>
                <p>Thursday, 6 March 2025, 17:00–18:30, Halvard Centre, 12 Castle Row, Edinburgh</p>
                <p>Halvard senior fellow Ruth Okafor discusses her new book. Moderated by Halvard Director Simon Ashby.</p></main>
                <footer>© 2025 Halvard Centre for Security Studies</footer></body></html>
                """;
        assertThat(events("page.html", html)).singleElement().satisfies(e -> {
            assertThat(person(e, "Ruth Okafor").role()).isEqualTo("senior fellow");
            assertThat(person(e, "Ruth Okafor").organization()).isEqualTo("Halvard Centre for Security Studies");
            assertThat(person(e, "Simon Ashby").role()).isEqualTo("Director");
            assertThat(person(e, "Simon Ashby").organization()).isEqualTo("Halvard Centre for Security Studies");
        });
    }

    @Test
    void aWordTheTextAlsoWritesInLowerCaseIsNoBodysName() {
        References none = References.of(prepared("""
                Data Protection Inspector Mari Kask spoke on data protection at the Data Protection Board of Harju.
                """));
        assertThat(none.modifier("Data")).isNull();
        References one = References.of(prepared("""
                Halvard senior fellow Ruth Okafor spoke at the Halvard Centre for Security Studies.
                """));
        assertThat(one.modifier("Halvard")).isEqualTo("Halvard Centre for Security Studies");
        assertThat(one.head("Centre")).isEqualTo("Halvard Centre for Security Studies");
    }

    @Test
    void anAcronymsSecretariatOrganisesForTheBodyTheAcronymStandsFor() {
        String text = """
                Regional Dialogue on Seabed Mining
                Nadi, 2 September 2025 – The Regional Dialogue on Seabed Mining was convened on 1 September 2025 by the OSPL Secretariat at the Tanoa Hotel. The Oceania Sea Parliamentarians League (OSPL) unites legislators of eleven island states.
                """;
        assertThat(events("release.txt", text)).singleElement().satisfies(e ->
                assertThat(e.organizers()).containsExactly("Oceania Sea Parliamentarians League"));
    }

    @Test
    void partnersNamedWithoutTheHostAreTheSitesPartners() {
        String html = """
                <html><head><title>Events | Corran Institute of International Affairs</title></head><body>
                <main><h1>Arctic Shipping and the Law of the Sea</h1>
                <p>Wednesday, 19 November 2025, 12:30–13:45, Corran Institute, Dublin</p>
                <p>Co-hosted with the Review of Polar Law. Speakers: Dr. Aoife Lynch, Editor, Review of Polar Law.</p></main>
                <footer>© 2025 Corran Institute of International Affairs. All rights reserved.</footer></body></html>
                """;
        assertThat(events("page.html", html)).singleElement().satisfies(e ->
                assertThat(e.organizers()).containsExactly("Corran Institute of International Affairs", "Review of Polar Law"));
    }

    @Test
    void aPersonsLineAtTheEndIsNoPublisher() {
        Document document = prepared("""
                Notes from the workshop

                Thanks to everyone who came.

                Lena Vogt, Senior Researcher, NRCI
                """);
        assertThat(Publisher.speaker(document)).isNull();
    }

    private static Document prepared(String text) {
        Document document = EventTestSupport.prepared(text, SourceFormat.PLAIN);
        new io.eventlens.extraction.entity.AcronymAnnotator().annotate(document);
        new io.eventlens.extraction.entity.OrganizationAnnotator().annotate(document);
        return document;
    }
}
