package io.eventlens.extraction.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eventlens.extraction.document.Document;
import org.junit.jupiter.api.Test;

class AcronymAnnotatorTest {

    private static Document run(String text) {
        return EntityFixtures.annotate(text, new AcronymAnnotator());
    }

    @Test
    void findsTheLongFormThatTheAcronymAbbreviates() {
        Document d = run("Last week the Riverside Policy Institute (RPI) and the Centre for Strategic Coastal Studies (CSCS) met.");
        assertThat(d.get(AcronymDefinition.LAYER)).extracting(AcronymDefinition::acronym, AcronymDefinition::longForm)
                .containsExactly(tuple("RPI", "Riverside Policy Institute"), tuple("CSCS", "Centre for Strategic Coastal Studies"));
        AcronymDefinition rpi = d.get(AcronymDefinition.LAYER).get(0);
        assertThat(d.text(rpi)).isEqualTo("RPI");
        assertThat(d.text(rpi.longSpan())).isEqualTo("Riverside Policy Institute");
    }

    @Test
    void skipsFunctionWordsAndPrefersACapitalisedFirstWord() {
        Document d = run("She led the Office of the Special Envoy for Coastal Affairs (OSECA) for years.");
        assertThat(d.get(AcronymDefinition.LAYER)).extracting(AcronymDefinition::longForm)
                .containsExactly("Office of the Special Envoy for Coastal Affairs");
    }

    @Test
    void lettersMatchTheInitialsOfWordsBeforeLettersInsideThem() {
        // C-C-E-R also fits inside "Care Economy Research" (the c of "Economy"); the initials give the whole name
        Document d = run("Hosted by the Centre for Care Economy Research (CCER) and the Guild of Net and Rope Workers (GNRW).");
        assertThat(d.get(AcronymDefinition.LAYER)).extracting(AcronymDefinition::longForm)
                .containsExactly("Centre for Care Economy Research", "Guild of Net and Rope Workers");
    }

    @Test
    void readsDigitsAsToAndForAndIgnoresAPluralS() {
        Document d = run("The Lowland Centre for the Right to Protect (LCR2P) studies peacekeeping operations (PKOs).");
        assertThat(d.get(AcronymDefinition.LAYER)).extracting(AcronymDefinition::acronym, AcronymDefinition::longForm)
                .containsExactly(tuple("LCR2P", "Lowland Centre for the Right to Protect"), tuple("PKOs", "peacekeeping operations"));
    }

    @Test
    void leavesParenthesesAloneWhenTheLettersDoNotMatch() {
        Document d = run("They welcomed a new UN mission (MIRADOR) and Prof. Ida Lunde (NSPR) spoke.");
        assertThat(d.get(AcronymDefinition.LAYER)).isEmpty();
    }
}
