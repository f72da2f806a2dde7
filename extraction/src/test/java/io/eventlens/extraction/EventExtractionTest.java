package io.eventlens.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.contract.EventRecord;
import io.eventlens.extraction.document.SourceFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole engine on documents of genres the event readers were not tuned on (fixtures written for these tests). */
class EventExtractionTest {

    private static ExtractionEngine engine;

    @BeforeAll
    static void load() {
        engine = ExtractionEngine.standard();
    }

    private static ExtractionResult extract(String resource) throws IOException {
        try (InputStream in = EventExtractionTest.class.getResourceAsStream("/events/" + resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return engine.extract(DocumentInput.of(resource, text));
        }
    }

    @Test
    void aWebinarInvitationByEmail() throws IOException {
        ExtractionResult result = extract("webinar-invitation.txt");
        assertThat(result.events()).singleElement().satisfies(e -> {
            // the e-mail's announcement reader titles it from its Subject: line, and the assembler
            // lets that reader's values stand; the header block's title is asserted on the header reader
            assertThat(e.title()).isNotBlank();
            assertThat(e.startDate()).isEqualTo("2024-05-14");
            assertThat(e.startTime()).isEqualTo("15:00");
            assertThat(e.endTime()).isEqualTo("16:30");
            assertThat(e.location()).isNull(); // online
            assertThat(e.organizers()).containsExactly("Alpine Water Partnership", "Institute for Mountain Hydrology");
            assertThat(e.participants()).isNotEmpty();
        });
    }

    @Test
    void theWebinarInvitationsHeaderBlockNamesTheEvent() throws IOException {
        String text;
        try (InputStream in = EventExtractionTest.class.getResourceAsStream("/events/webinar-invitation.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var document = engine.annotate(DocumentInput.of("webinar-invitation.txt", text));
        assertThat(document.get(io.eventlens.extraction.event.EventCandidate.LAYER))
                .filteredOn(c -> c.reader().equals(io.eventlens.extraction.event.HeaderReader.READER))
                .singleElement()
                .satisfies(c -> assertThat(c.title.value()).isEqualTo("Rivers Without Glaciers: Planning Water Supply for 2050"));
    }

    @Test
    void aMeetingSummaryInMarkdown() throws IOException {
        ExtractionResult result = extract("consultation-summary.md");
        assertThat(result.events()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Third Regional Consultation on Coastal Fisheries");
            assertThat(e.startDate()).isEqualTo("2019-06-04");
            assertThat(e.endDate()).isEqualTo("2019-06-05");
            assertThat(e.location()).isEqualTo("Mombasa");
            assertThat(e.organizers()).containsExactly("Ministry of Blue Economy of the Republic of Kenya",
                    "Indian Ocean Fisheries Forum", "Coastal Livelihoods Trust");
        });
    }

    @Test
    void aNewsArticleDatesItsEventByTheDayItNamesNotByItsPublication() throws IOException {
        ExtractionResult result = extract("news-article.html");
        assertThat(result.events()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Prairie Seed Forum");
            assertThat(e.startDate()).isEqualTo("2022-02-26");
            assertThat(e.location()).isEqualTo("Redfield County Fairgrounds");
            assertThat(e.organizers()).containsExactly("Redfield Growers Cooperative", "Northern Plains Seed Bank");
        });
    }

    @Test
    void anEventPageWhoseFieldsAreHeadings() throws IOException {
        ExtractionResult result = extract("event-page-sections.md");
        assertThat(result.events()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Open Data Day 2025: Maps for Small Towns");
            assertThat(e.startDate()).isEqualTo("2025-03-01");
            assertThat(e.startTime()).isEqualTo("10:00");
            assertThat(e.endTime()).isEqualTo("16:00");
            assertThat(e.location()).isEqualTo("Public Library of Eastmoor, Reading Room B, Eastmoor");
            assertThat(e.organizers()).containsExactly("Eastmoor Civic Tech Group", "Eastmoor Public Library");
        });
    }

    @Test
    void aNewsletterWhoseItemsStartWithTheirDate() throws IOException {
        ExtractionResult result = extract("newsletter.txt");
        assertThat(result.events()).extracting(EventRecord::title)
                .containsExactly("Restoring Salt Marshes", "Sea Level and Small Harbours");
        assertThat(result.events()).extracting(EventRecord::startDate).containsExactly("2024-09-12", "2024-10-03");
        assertThat(result.events()).extracting(EventRecord::location).containsExactly("Dunmore", "Dunmore Maritime Centre");
        assertThat(result.events().get(0).organizers()).containsExactly("Coastal Alliance", "Marsh Trust");
        assertThat(result.events().get(1).organizers()).containsExactly("Coastal Alliance");
    }

    @Test
    void anInvitationToJoinAnOrganisationForATalk() throws IOException {
        ExtractionResult result = extract("lunchtime-talk.html");
        assertThat(result.events()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Lunchtime Talk: The Economics of Repair Cafés");
            assertThat(e.startDate()).isEqualTo("2025-04-09");
            assertThat(e.startTime()).isEqualTo("12:30");
            assertThat(e.endTime()).isEqualTo("13:30");
            assertThat(e.location()).isEqualTo("Seminar Room 3, Hollis Building, Northgate University");
            assertThat(e.organizers()).containsExactly("Centre for Circular Economy");
        });
    }

    @Test
    void aDocumentInAnotherLanguageGivesNoEventsAndSaysWhy() {
        String german = """
                Einladung zum Podiumsgespräch

                Die Stiftung für Wasserwirtschaft lädt herzlich zum Podiumsgespräch über die Zukunft der Flüsse ein.
                Das Gespräch findet am Dienstag, dem 14. Mai 2024, um 18 Uhr im großen Saal des Rathauses statt.
                Es diskutieren Vertreterinnen und Vertreter aus Verwaltung, Wissenschaft und Landwirtschaft.
                """;
        ExtractionResult result = engine.extract(DocumentInput.of("einladung.txt", german));
        assertThat(result.language()).isEqualTo("de");
        assertThat(result.events()).isEmpty();
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("German").contains("no events"));
    }

    @Test
    void everyEvidenceQuotesTheSourceAtItsOffsets() throws IOException {
        for (String resource : new String[] {"webinar-invitation.txt", "consultation-summary.md", "news-article.html",
                "event-page-sections.md", "newsletter.txt", "lunchtime-talk.html"}) {
            String source;
            try (InputStream in = EventExtractionTest.class.getResourceAsStream("/events/" + resource)) {
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (EventRecord e : engine.extract(DocumentInput.of(resource, source)).events()) {
                var evidence = new java.util.ArrayList<io.eventlens.contract.Evidence>();
                evidence.add(e.evidence().title());
                evidence.add(e.evidence().date());
                evidence.add(e.evidence().location());
                evidence.addAll(e.evidence().organizers());
                for (var ev : evidence) {
                    if (ev != null) {
                        assertThat(source.substring(ev.start(), ev.end())).isEqualTo(ev.text());
                        assertThat(ev.confidence()).isBetween(0.0, 1.0);
                    }
                }
            }
        }
    }

    @Test
    void badInputGivesAResultNotAnException() {
        StringBuilder big = new StringBuilder();
        String[] words = "the panel on rivers was held in Tarrow on 12 May 2020 organized by the Valley Council and Dr. Ana Ruiz said".split(" ");
        java.util.Random random = new java.util.Random(7);
        while (big.length() < 5_000_000) {
            int n = 3 + random.nextInt(25);
            for (int i = 0; i < n; i++) {
                big.append(words[random.nextInt(words.length)]).append(' ');
            }
            big.append(random.nextInt(4) == 0 ? "\n\n" : ".\n");
        }
        byte[] noise = new byte[100_000];
        random.nextBytes(noise);
        String[] inputs = {"", " \n\t ", big.toString(), big.toString().replace('\n', ' ').substring(0, 1_000_000),
                new String(noise, StandardCharsets.ISO_8859_1),
                "<html><body>" + "<div><span>".repeat(20_000) + "Panel on rivers, 12 May 2020" + "</span></div>".repeat(20_000)};
        for (String input : inputs) {
            ExtractionResult result = engine.extract(new DocumentInput("bad", input, SourceFormat.guess("bad", input), null));
            assertThat(result).isNotNull();
            if (result.events().isEmpty()) {
                assertThat(result.notes()).isNotEmpty();
            }
        }
    }
}
