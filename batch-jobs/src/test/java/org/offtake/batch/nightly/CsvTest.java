package org.offtake.batch.nightly;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void text_startingLikeAFormula_isNeutralisedWithAnApostrophe() {
        assertThat(Csv.text("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(Csv.text("+7 701")).isEqualTo("'+7 701");
        assertThat(Csv.text("-cmd")).isEqualTo("'-cmd");
        assertThat(Csv.text("@A1")).isEqualTo("'@A1");
        assertThat(Csv.text("Алматы")).isEqualTo("Алматы");
        assertThat(Csv.text("")).isEmpty();
    }

    @Test
    void number_isPlainDecimal_withAtMostSixDecimals_andEmptyForNaN() {
        assertThat(Csv.number(1234567890.0)).isEqualTo("1234567890");
        assertThat(Csv.number(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(Csv.number(-2.5)).isEqualTo("-2.5");
        assertThat(Csv.number(1e-9)).isEqualTo("0");
        assertThat(Csv.number(Double.NaN)).isEmpty();
        assertThat(Csv.number(null)).isEmpty();
    }
}
