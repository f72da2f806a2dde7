package io.eventlens.extraction.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.ner.EntityMention;
import io.eventlens.extraction.text.Tokenizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpeakerFinderTest {

    private static List<String> speakers(String text, List<EntityMention> entities) {
        TokenView tokens = new TokenView(text, Tokenizer.tokenize(text, 0, text.length()));
        SpeakerFinder finder = new SpeakerFinder(tokens, entities);
        return SpeakerFinder.choose(finder.fromText(0, tokens.size()), Set.of(), tokens).stream()
                .map(m -> text.substring(m.start(), m.end())).toList();
    }

    @Test
    void speakingVerbsAndTalkPhrasesFindTheSpeaker() {
        assertThat(speakers("Rafe Quintal, of Northfield College, will speak on tides.", List.of()))
                .containsExactly("Rafe Quintal");
        assertThat(speakers("Join us for a lecture by Mina Sorrell on salt.", List.of())).containsExactly("Mina Sorrell");
        assertThat(speakers("Ada Penhallow and Tomas Eklund will discuss tides.", List.of()))
                .containsExactly("Ada Penhallow", "Tomas Eklund");
    }

    @Test
    void possessiveTalksColleaguesIntroductionsAndSecondColumnsAreCues() {
        assertThat(speakers("This week Mina Sorrell's talk on salt moves to Friday.", List.of())).containsExactly("Mina Sorrell");
        assertThat(speakers("Tomas Eklund and others from Tarn Labs will be giving a demo.", List.of()))
                .containsExactly("Tomas Eklund");
        assertThat(speakers("A visitor comes from Tarn. His name is Anton Vikström.", List.of())).containsExactly("Anton Vikström");
        String column = "\n   Ada Penhallow                    penhallow@example.edu\n\nline one\nline two\nline three\n";
        assertThat(speakers(column, List.of())).containsExactly("Ada Penhallow");
    }

    @Test
    void aContactIsNotASpeakerAndAListOfAuthorsIsNotANameLine() {
        assertThat(speakers("Questions? Contact Harriet Bowe at x1234.\n\n   Harriet Bowe\n\nMore text follows here.", List.of()))
                .isEmpty();
        assertThat(speakers("Paper by\nAda Penhallow, Tomas Eklund, and Mina Sorrell\n\nMore text follows here.", List.of()))
                .isEmpty();
    }

    @Test
    void theTaggersPersonTipsBetweenTwoNameLines() {
        String text = "\n          Velvet Orrin\n\n          Corwin Tesk\n\nThe abstract goes here.\nSome more lines.\nAnd more.\nEnd.";
        assertThat(speakers(text, List.of())).containsExactly("Velvet Orrin");
        int at = text.indexOf("Corwin");
        assertThat(speakers(text, List.of(new EntityMention(at, at + 11, EntityMention.PERSON, 0.9))))
                .containsExactly("Corwin Tesk");
    }
}
