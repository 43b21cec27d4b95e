package org.offtake.forecast.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantilesTest {

    /** The copy-free variant for sorted samples must give Commons Math's R-8 value bit for bit. */
    @Test
    void type8Sorted_equalsType8BitForBit() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        double[] probabilities = {1e-6, 0.01, 0.025, 0.1, 0.2, 1.0 / 3, 0.5, 0.8, 0.9, 0.975, 0.99, 1 - 1e-6};
        for (int n : new int[] {1, 2, 3, 5, 10, 99, 1000, 2000}) {
            double[] sample = new double[n];
            for (int i = 0; i < n; i++) {
                // ties on purpose: whole numbers from a small range half of the time
                sample[i] = i % 2 == 0 ? random.nextInt(5) : random.nextGaussian() * 100;
            }
            double[] sorted = sample.clone();
            java.util.Arrays.sort(sorted);
            for (double p : probabilities) {
                assertThat(Quantiles.type8Sorted(sorted, p)).as("n = %d, p = %s", n, p)
                        .isEqualTo(Quantiles.type8(sample, p));
            }
        }
    }

    @Test
    void type8Sorted_ignoresTrailingNaNAsPercentileDoes() {
        double[] sorted = {1, 2, 3, 4, Double.NaN};
        assertThat(Quantiles.type8Sorted(sorted, 0.5)).isEqualTo(Quantiles.type8(new double[] {4, Double.NaN, 2, 1, 3},
                0.5)).isEqualTo(2.5);
        assertThatThrownBy(() -> Quantiles.type8Sorted(new double[] {Double.NaN}, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }

    /** R 4.2.2: {@code print(qnorm(c(0.9, 0.975)), digits = 17)}. */
    @Test
    void normal_equalsRQnorm() {
        assertThat(Quantiles.normal(0.9)).isCloseTo(1.2815515655446008, within(1e-12));
        assertThat(Quantiles.normal(0.975)).isCloseTo(1.9599639845400536, within(1e-12));
        assertThat(Quantiles.normal(0.5)).isCloseTo(0.0, within(1e-12));
        assertThat(Quantiles.normal(0.1)).isCloseTo(-1.2815515655446008, within(1e-12));
    }

    /**
     * R 4.2.2: {@code for (df in c(1, 2, 3, 4, 9, 30, 71)) print(qt(c(0.9, 0.975), df), digits = 17)}, and by
     * symmetry {@code qt(0.025, df) = -qt(0.975, df)}.
     */
    @ParameterizedTest(name = "df = {0}")
    @CsvSource({
            "1,  3.0776835371752544, 12.7062047361746941",
            "2,  1.8856180831641269,  4.3026527297494619",
            "3,  1.6377443536962091,  3.1824463052837078",
            "4,  1.5332062740589429,  2.7764451051977934",
            "9,  1.3830287383966324,  2.2621571627982049",
            "30, 1.3104150253913955,  2.0422724563012378",
            "71, 1.2935892686112347,  1.9939433678456255"})
    void studentT_equalsRQt(double df, double q90, double q975) {
        assertThat(Quantiles.studentT(0.9, df)).isCloseTo(q90, within(1e-9));
        assertThat(Quantiles.studentT(0.975, df)).isCloseTo(q975, within(1e-9));
        assertThat(Quantiles.studentT(0.025, df)).isCloseTo(-q975, within(1e-9));
    }

    /**
     * Regression: with Commons Math's default root-finder accuracy (1e-9 absolute) the t quantiles were off by up to
     * 2e-10 (df = 4, p = 0.975), enough to break 1e-9 agreement with R once multiplied by a standard deviation.
     * Same R values as above.
     */
    @ParameterizedTest(name = "df = {0}")
    @CsvSource({
            "1,  3.0776835371752544, 12.7062047361746941",
            "2,  1.8856180831641269,  4.3026527297494619",
            "3,  1.6377443536962091,  3.1824463052837078",
            "4,  1.5332062740589429,  2.7764451051977934"})
    void studentT_isAccurateBeyondCommonsMathsDefaultSolverTolerance(double df, double q90, double q975) {
        assertThat(Quantiles.studentT(0.9, df)).isCloseTo(q90, within(1e-12 * q90));
        assertThat(Quantiles.studentT(0.975, df)).isCloseTo(q975, within(1e-12 * q975));
    }

    @Test
    void upperProbability_isTheUpperTailOfACentralInterval() {
        assertThat(Quantiles.upperProbability(80)).isEqualTo(0.9);
        assertThat(Quantiles.upperProbability(95)).isEqualTo(0.975);
        assertThat(Quantiles.upperProbability(50)).isEqualTo(0.75);
    }

    @Test
    void type8_ofASingleValue_isThatValue() {
        assertThat(Quantiles.type8(new double[] {3.5}, 0.1)).isEqualTo(3.5);
        assertThat(Quantiles.type8(new double[] {3.5}, 0.9)).isEqualTo(3.5);
    }

    /** R 4.2.2: {@code quantile(c(10, 3, 7, 7, 1, 12, 5), c(0.2, 0.8), type = 8)}; the input order does not matter. */
    @Test
    void type8_equalsRAndDoesNotDependOnOrder() {
        double[] y = {10, 3, 7, 7, 1, 12, 5};
        double[] sorted = {1, 3, 5, 7, 7, 10, 12};
        assertThat(Quantiles.type8(y, 0.2)).isCloseTo(2.6, within(1e-12));
        assertThat(Quantiles.type8(y, 0.8)).isCloseTo(10.4, within(1e-12));
        assertThat(Quantiles.type8(sorted, 0.8)).isEqualTo(Quantiles.type8(y, 0.8));
        assertThat(y).containsExactly(10, 3, 7, 7, 1, 12, 5);
    }

    @Test
    void type8_rejectsEmptySampleAndProbabilityOutsideOpenUnitInterval() {
        assertThatThrownBy(() -> Quantiles.type8(new double[0], 0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> Quantiles.type8(new double[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quantiles.type8(new double[] {1}, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
