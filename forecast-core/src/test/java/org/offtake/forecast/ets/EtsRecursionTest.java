package org.offtake.forecast.ets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The filter on series short enough to follow by hand. */
class EtsRecursionTest {

    /**
     * ETS(A,N,N), alpha 0.5, l0 10, y = 12, 11: forecasts 10 then 11, errors 2 then 0, final level 11;
     * minus twice the log-likelihood (R's form) is {@code n log(SSE) = 2 log 4}.
     */
    @Test
    void run_additiveLevel_followsTheErrorCorrectionEquations() {
        double[] fitted = new double[2];
        double[] errors = new double[2];
        double[] level = new double[3];
        double lik = EtsRecursion.run(new double[] {12, 11}, new EtsRecursion.Spec(EtsRecursion.ADD,
                EtsRecursion.NONE, EtsRecursion.NONE, 1), 0.5, 0, 0, 1, new double[] {10}, new double[1], level,
                fitted, errors);
        assertThat(fitted).containsExactly(10, 11);
        assertThat(errors).containsExactly(2, 0);
        assertThat(level[0]).isEqualTo(11);
        assertThat(level[2]).as("sum of squared response errors").isEqualTo(4);
        assertThat(lik).isCloseTo(2 * Math.log(4), within(1e-15));
    }

    /**
     * ETS(M,N,M), m = 2, alpha 0.5, gamma 0.5, l0 10, seasonal states s0 = 1.2 (most recent), s1 = 0.8 (used first);
     * y = 9, 12. Step 1: forecast 10 x 0.8 = 8, relative error 1/8, level 10 + 0.5 (9/0.8 - 10) = 10.625, season
     * 0.8 + 0.5 (9/10 - 0.8) = 0.85. Step 2: forecast 10.625 x 1.2 = 12.75, relative error -0.75/12.75. The
     * likelihood adds {@code 2 Σ log|ŷ|} to {@code n log(SSE)}.
     */
    @Test
    void run_multiplicativeSeason_followsTheErrorCorrectionEquations() {
        double[] fitted = new double[2];
        double[] errors = new double[2];
        double[] ring = new double[2];
        double lik = EtsRecursion.run(new double[] {9, 12}, new EtsRecursion.Spec(EtsRecursion.MULT,
                EtsRecursion.NONE, EtsRecursion.MULT, 2), 0.5, 0, 0.5, 1, new double[] {10, 1.2, 0.8}, ring,
                new double[3], fitted, errors);
        assertThat(fitted[0]).isCloseTo(8, within(1e-12));
        assertThat(fitted[1]).isCloseTo(12.75, within(1e-12));
        double e2 = (12 - 12.75) / 12.75;
        assertThat(errors).containsExactly(new double[] {0.125, e2}, within(1e-15));
        double expected = 2 * Math.log(0.125 * 0.125 + e2 * e2) + 2 * (Math.log(8) + Math.log(12.75));
        assertThat(lik).isCloseTo(expected, within(1e-12));
        assertThat(ring[0]).as("first position's new seasonal state").isCloseTo(0.85, within(1e-12));
    }

    /** Damped trend: the h-step forecast adds {@code (phi + phi^2 + ... + phi^h) b}. */
    @Test
    void pointForecasts_dampedTrend_sumPowersOfPhi() {
        double[] f = EtsRecursion.pointForecasts(new EtsRecursion.Spec(EtsRecursion.ADD, EtsRecursion.ADD,
                EtsRecursion.NONE, 1), new double[] {100, 10}, 0.5, 3);
        assertThat(f).containsExactly(new double[] {105, 107.5, 108.75}, within(1e-12));
    }

    /** A negative growth rate breaks a multiplicative trend: the recursion reports NaN rather than a number. */
    @Test
    void run_multiplicativeTrendWithNegativeGrowth_isNaN() {
        double lik = EtsRecursion.run(new double[] {10, 9}, new EtsRecursion.Spec(EtsRecursion.MULT,
                EtsRecursion.MULT, EtsRecursion.NONE, 1), 0.5, 0.1, 0, 1, new double[] {10, -1}, new double[1],
                new double[3], null, null);
        assertThat(lik).isNaN();
    }
}
