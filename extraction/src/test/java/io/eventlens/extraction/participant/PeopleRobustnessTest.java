package io.eventlens.extraction.participant;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.entity.AcronymDefinition;
import io.eventlens.extraction.entity.EntityFixtures;
import io.eventlens.extraction.entity.OrganizationMention;
import io.eventlens.extraction.entity.PersonMention;
import io.eventlens.extraction.event.ParticipantCandidate;
import io.eventlens.extraction.event.Slot;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Odd input for the entity annotators and the finder: no exception, and every span points at its own text. */
class PeopleRobustnessTest {

    private static final String[] PIECES = {"Mr.", "Ms", "Dr.", "H.E.", "Prof.", "Ambassador", "Ilse", "van", "der",
        "Kamp", "Odran", "P.", "Quinlan", "Jr.", ",", ";", ":", "(", ")", "\u2013", "-", "\n", "\n\n", "\t", "  ",
        "Director", "of", "the", "Harbour", "Institute", "(HI)", "HI's", "moderated", "by", "Speakers", "included",
        "Moderator:", "Panelists:", "09:30", "\"", "\u201c", "\u201d", "on behalf of", "said", "who", "and", "as well as",
        "Related Staff", "withdrawn", "\u00e9", "\uD83D\uDE00", ".", "SPEAKER:", "ANNA", "LUND", "Lake", "Region"};

    @Test
    void emptyAndPunctuationOnlyTextsGiveNothing() {
        for (String text : new String[] {"", " ", "\n\n\n", ".,;:()", "Mr.", "Dr", "(", ")", "\u2013 \u2013"}) {
            Document d = EntityFixtures.entities(text);
            assertThat(d.get(PersonMention.LAYER)).as(text).isEmpty();
            assertThat(new ParticipantFinder().find(d, Span.of(0, text.length()))).as(text).isEmpty();
        }
    }

    @Test
    void randomMixturesOfNamesCuesAndPunctuationKeepEverySpanOnItsText() {
        Random random = new Random(20240521);
        ParticipantFinder finder = new ParticipantFinder();
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(120);
            for (int i = 0; i < n; i++) {
                b.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String text = b.toString();
            Document d = EntityFixtures.entities(text);
            for (PersonMention p : d.get(PersonMention.LAYER)) {
                assertThat(d.text(p.nameSpan()).replaceAll("\\s+", " ").replace(" .", ".")).as(text).isEqualTo(p.name());
                assertThat(p.start()).isLessThanOrEqualTo(p.nameStart());
            }
            for (OrganizationMention o : d.get(OrganizationMention.LAYER)) {
                assertThat(d.text(o).replaceAll("\\s+", " ")).as(text).isEqualTo(o.name());
            }
            for (AcronymDefinition a : d.get(AcronymDefinition.LAYER)) {
                assertThat(d.text(a)).as(text).isEqualTo(a.acronym());
            }
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            for (ParticipantCandidate c : finder.find(d, Span.of(from, to))) {
                assertThat(c.name.value()).as(text).isNotBlank();
                for (Slot<?> slot : new Slot<?>[] {c.name, c.role, c.organization, c.kind}) {
                    if (slot != null && slot.span() != null) {
                        assertThat(slot.span().end()).as(text).isLessThanOrEqualTo(text.length());
                        assertThat(slot.confidence()).isBetween(0.0, 1.0);
                    }
                }
                assertThat(d.text(c.name.span())).as(text).contains(c.name.value().split(" ")[0]);
            }
        }
    }

    @Test
    void aVeryLongLineOfNamesStaysCheapEnoughToFinish() {
        String unit = "Speakers included Dr. Ana Roe, Director of the Harbour Institute; Tom Poe (Lake Region Fund), ";
        String text = unit.repeat(4000);
        Document d = EntityFixtures.entities(text);
        assertThat(new ParticipantFinder().find(d, Span.of(0, text.length()))).extracting(c -> c.name.value())
                .containsExactly("Ana Roe", "Tom Poe");
    }
}
