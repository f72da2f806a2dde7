package io.eventlens.extraction.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.text.Tokenizer;
import org.junit.jupiter.api.Test;

class NameShapeTest {

    private static String name(String text, boolean allCaps) {
        TokenView tokens = new TokenView(text, Tokenizer.tokenize(text, 0, text.length()));
        NameShape.Name name = new NameShape(tokens).at(0, tokens.size(), allCaps);
        return name == null ? null : text.substring(tokens.start(name.start()), tokens.end(name.end() - 1));
    }

    @Test
    void dropsHonorificsAndDegreesAndKeepsInitialsParticlesAndSuffixes() {
        assertThat(name("Dr. Ottilie R. Vance-Marrow, Ph.D.", false)).isEqualTo("Ottilie R. Vance-Marrow");
        assertThat(name("Associate Professor Rafe van der Quintal spoke", false)).isEqualTo("Rafe van der Quintal");
        assertThat(name("Tomas Eklund Jr. will", false)).isEqualTo("Tomas Eklund Jr.");
        assertThat(name("Prof. Eklund will", false)).isEqualTo("Eklund");
        assertThat(name("R. J. (Bob) Pangwell of", false)).isEqualTo("R. J. (Bob) Pangwell");
    }

    @Test
    void capitalsNeedAnAllCapsLineAndOrganisationsOrDatesAreNotNames() {
        assertThat(name("ADA M. PENHALLOW", true)).isEqualTo("ADA M. PENHALLOW");
        assertThat(name("ADA M. PENHALLOW", false)).isNull();
        assertThat(name("Lindqvist Ocean Institute", false)).isEqualTo("Lindqvist Ocean");
        assertThat(name("Monday April", false)).isNull();
        assertThat(name("Eklund", false)).isNull();
        assertThat(name("Dr.", false)).isNull();
    }

    @Test
    void aNameGoesOnAfterTheLineBreakOfWrappedProseOnly() {
        String prose = "The second talk of the afternoon will be given by our guest Dr. Ada\nM. Penhallow of Tarn.";
        TokenView tokens = new TokenView(prose, Tokenizer.tokenize(prose, 0, prose.length()));
        int dr = tokens.firstAtOrAfter(prose.indexOf("Dr."));
        NameShape.Name name = new NameShape(tokens).at(dr, tokens.size(), false);
        assertThat(prose.substring(tokens.start(name.start()), tokens.end(name.end() - 1))).isEqualTo("Ada\nM. Penhallow");
        assertThat(name("Ada\nPenhallow", false)).isNull();
    }

    @Test
    void aTableColumnGapEndsTheName() {
        assertThat(name("Mina Sorrell\t\tTides and Salt", false)).isEqualTo("Mina Sorrell");
    }
}
