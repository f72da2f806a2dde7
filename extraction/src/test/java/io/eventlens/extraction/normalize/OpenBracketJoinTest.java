package io.eventlens.extraction.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A line break inside brackets or a quotation is a wrap, not the end of a line. */
class OpenBracketJoinTest {

    @Test
    void anOpenBracketOrQuotationLeavesTheLineOpen() {
        assertThat(LineJoiner.leavesOpen("* Wednesday 12 March - Prof. A Name (Kinross")).isTrue();
        assertThat(LineJoiner.leavesOpen("Expert Roundtable: \"Closing the Gap for Attacks on")).isTrue();
        assertThat(LineJoiner.leavesOpen("Round table: \u201CTowards a network of")).isTrue();
        assertThat(LineJoiner.leavesOpen("'Ledgers of the Plague Years: Parish Accounts and the Price of")).isTrue();
    }

    @Test
    void closedBracketsQuotationsAndApostrophesDoNot() {
        assertThat(LineJoiner.leavesOpen("Dr A Name (Kinross School of Economics): \"Forecasts\"")).isFalse();
        assertThat(LineJoiner.leavesOpen("The Widows' Fund met (as usual) on Monday")).isFalse();
        assertThat(LineJoiner.leavesOpen("'Widows' petitions and the language of need'")).isFalse();
    }
}
