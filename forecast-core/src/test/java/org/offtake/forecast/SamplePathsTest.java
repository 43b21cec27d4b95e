package org.offtake.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SamplePathsTest {

    /** Step 0 of the ten paths below. */
    private static final double[] STEP0 = {4.2, -1.5, 3.3, 7.8, 0.4, 2.9, 5.1, -0.7, 6.6, 1.2};

    /** Ten paths of three steps; step 0 is {@link #STEP0}. */
    private static SamplePaths tenPaths() {
        double[][] p = new double[STEP0.length][];
        for (int i = 0; i < p.length; i++) {
            p[i] = new double[] {STEP0[i], i, 0.5 * i - 2};
        }
        return SamplePaths.of("k", "m", p);
    }

    @Test
    void of_keepsShapeKeyAndModel() {
        SamplePaths s = tenPaths();
        assertThat(s.seriesKey()).isEqualTo("k");
        assertThat(s.model()).isEqualTo("m");
        assertThat(s.count()).isEqualTo(10);
        assertThat(s.horizon()).isEqualTo(3);
        assertThat(s.value(3, 0)).isEqualTo(7.8);
        assertThat(s.path(4)).containsExactly(0.4, 4, 0);
        assertThat(s.atStep(0)).containsExactly(STEP0);
        assertThat(s.mean(1)).isEqualTo(4.5);
    }

    @Test
    void totals_areExactSumsPerPath() {
        SamplePaths s = SamplePaths.of("k", "m", new double[][] {
                {1, 2, 3, 4},
                {10, -20, 30, -40},
                {0.5, 0.25, 0.125, 0.0625}});
        assertThat(s.totals(0, 4)).containsExactly(10, -20, 0.9375);
        assertThat(s.totals(1, 3)).containsExactly(5, 10, 0.375);
        assertThat(s.totals(3, 4)).containsExactly(4, -40, 0.0625);
    }

    @Test
    void totals_emptyOrOutOfRange_throwsIndexOutOfBounds() {
        SamplePaths s = tenPaths();
        assertThatThrownBy(() -> s.totals(1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.totals(0, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.totals(2, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    /**
     * Expected values from R 4.2.2:
     * {@code quantile(c(4.2, -1.5, 3.3, 7.8, 0.4, 2.9, 5.1, -0.7, 6.6, 1.2),
     * c(0.025, 0.1, 0.25, 0.5, 0.75, 0.9, 0.975), type = 8)}, printed with 17 digits.
     */
    @ParameterizedTest(name = "p = {0}")
    @CsvSource({
            "0.025, -1.5",
            "0.1,   -1.20666666666666678",
            "0.25,   0.30833333333333324",
            "0.5,    3.09999999999999964",
            "0.75,   5.22499999999999787",
            "0.9,    7.35999999999999943",
            "0.975,  7.8"})
    void quantile_equalsRType8(double p, double expected) {
        assertThat(tenPaths().quantile(0, p)).isCloseTo(expected, within(1e-12));
    }

    /**
     * Expected values from R 4.2.2, with ties and an odd count:
     * {@code quantile(c(10, 3, 7, 7, 1, 12, 5), c(0.05, 0.2, 0.5, 0.8, 0.95), type = 8)}.
     */
    @ParameterizedTest(name = "p = {0}")
    @CsvSource({"0.05, 1", "0.2, 2.6000000000000005", "0.5, 7", "0.8, 10.4000000000000004", "0.95, 12"})
    void quantile_withTies_equalsRType8(double p, double expected) {
        double[] y = {10, 3, 7, 7, 1, 12, 5};
        double[][] paths = new double[y.length][];
        for (int i = 0; i < y.length; i++) {
            paths[i] = new double[] {0, y[i]};
        }
        assertThat(SamplePaths.of("k", "m", paths).quantile(1, p)).isCloseTo(expected, within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, -0.1, 1.5, Double.NaN})
    void quantile_probabilityOutsideOpenUnitInterval_isRejected(double p) {
        assertThatThrownBy(() -> tenPaths().quantile(0, p)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(0, 1)");
    }

    @Test
    void of_raggedPaths_isRejectedNamingPath() {
        assertThatThrownBy(() -> SamplePaths.of("k", "m", new double[][] {{1, 2, 3}, {1, 2, 3}, {1, 2}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series 'k': path 2 has 2 steps, expected 3");
    }

    @Test
    void of_nonFiniteValue_isRejectedNamingPathAndStep() {
        assertThatThrownBy(() -> SamplePaths.of("k", "m", new double[][] {{1, 2}, {3, Double.NaN}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series 'k', model m: path 1 step 1 is NaN");
        assertThatThrownBy(() -> SamplePaths.of("k", "m", new double[][] {{Double.NEGATIVE_INFINITY}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series 'k', model m: path 0 step 0 is -Infinity");
    }

    @Test
    void of_noPathOrNoStep_isRejected() {
        assertThatThrownBy(() -> SamplePaths.of("k", "m", new double[0][]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'k'");
        assertThatThrownBy(() -> SamplePaths.of("k", "m", new double[][] {{}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one step");
    }

    @Test
    void of_copiesInput_andAccessorsReturnCopies() {
        double[][] input = {{1, 2}, {3, 4}};
        SamplePaths s = SamplePaths.of("k", "m", input);
        input[0][0] = 99;
        s.path(1)[0] = 99;
        s.atStep(1)[0] = 99;
        assertThat(s.path(0)).containsExactly(1, 2);
        assertThat(s.path(1)).containsExactly(3, 4);
        assertThat(s.atStep(1)).containsExactly(2, 4);
    }

    @Test
    void truncatedAtZero_setsNegativesToZero_andLeavesTheOriginal() {
        SamplePaths s = SamplePaths.of("k", "m", new double[][] {{-1, 2, -0.5}, {3, -4, 5}});
        SamplePaths t = s.truncatedAtZero();
        assertThat(t.path(0)).containsExactly(0, 2, 0);
        assertThat(t.path(1)).containsExactly(3, 0, 5);
        assertThat(t.totals(0, 3)).containsExactly(2, 8);
        assertThat(t.model()).isEqualTo("m");
        assertThat(s.path(0)).containsExactly(-1, 2, -0.5);
    }

    @Test
    void valueAndPath_outOfRange_throwIndexOutOfBounds() {
        SamplePaths s = tenPaths();
        assertThatThrownBy(() -> s.value(10, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.value(0, 3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.path(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.atStep(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
