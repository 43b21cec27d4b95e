package org.offtake.batch.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormulaGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1:A9)", "+7 700 000 00 00", "-2+3", "@SUM(1)", "\t=cmd", "\r=cmd",
        "=HYPERLINK(\"http://x\")"})
    void csv_prefixesAnApostrophe_toTextAFormulaCouldBeMadeOf(String text) {
        assertThat(FormulaGuard.isFormulaLike(text)).isTrue();
        assertThat(FormulaGuard.csv(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Казфарм", "ITEM-A", " =not first", "'quoted", "a=b", "1-2", "Қазақ"})
    void csv_leavesOtherTextAsItIs(String text) {
        assertThat(FormulaGuard.isFormulaLike(text)).isFalse();
        assertThat(FormulaGuard.csv(text)).isEqualTo(text);
    }

    @Test
    void csv_ofNullOrEmpty_isEmpty() {
        assertThat(FormulaGuard.csv(null)).isEmpty();
        assertThat(FormulaGuard.csv("")).isEmpty();
        assertThat(FormulaGuard.isFormulaLike(null)).isFalse();
    }
}
