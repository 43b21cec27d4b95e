package org.offtake.forecast.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Every measure on small cases worked by hand. */
class MetricsTest {

    @Test
    void smape_isTheMeanOf200AbsoluteErrorOverSumOfAbsolutes() {
        // 200*10/210 = 200/21, 200*25/75 = 200/3, mean of the two = 1600/42 = 800/21
        double smape = Metrics.smape(new double[] {100, 50}, new double[] {110, 25});

        assertThat(smape).isCloseTo(800.0 / 21, within(1e-12));
    }

    @Test
    void smape_actualAndForecastBothZero_countsAsZeroError() {
        // terms: 200/21, 0 (both zero), 200/3; mean = 1600/63
        double smape = Metrics.smape(new double[] {100, 0, 50}, new double[] {110, 0, 25});

        assertThat(smape).isCloseTo(1600.0 / 63, within(1e-12));
    }

    @Test
    void smape_oneSideZero_isTheMaximum200() {
        assertThat(Metrics.smape(new double[] {0, 4}, new double[] {3, 0})).isEqualTo(200.0);
    }

    @Test
    void smape_usesAbsoluteValuesInTheDenominator() {
        // |-10 - 10| = 20 over |-10| + |10| = 20: 200
        assertThat(Metrics.smape(new double[] {-10}, new double[] {10})).isEqualTo(200.0);
    }

    @Test
    void naiveScale_trainLongerThanOneSeason_usesLagM() {
        double[] train = {1, 3, 2, 6, 5, 9};
        // lag 2 differences: |2-1|, |6-3|, |5-2|, |9-6| = 1, 3, 3, 3
        assertThat(Metrics.naiveScale(train, 2, 1)).isEqualTo(10.0 / 4);
        assertThat(Metrics.naiveScale(train, 2, 2)).isCloseTo(Math.sqrt(28.0 / 4), within(1e-15));
    }

    @Test
    void naiveScale_trainOneLongerThanASeason_usesLagMWithOneDifference() {
        // n = 4 > m = 3: lag 3, the single difference |3 - 2|
        assertThat(Metrics.naiveScale(new double[] {2, 5, 9, 3}, 3, 1)).isEqualTo(1.0);
        assertThat(Metrics.naiveScale(new double[] {2, 5, 9, 3}, 3, 2)).isEqualTo(1.0);
    }

    @Test
    void naiveScale_trainNotLongerThanOneSeason_fallsBackToLag1() {
        double[] train = {1, 3, 2, 6};
        // n = 4 = m: lag 1 differences 2, 1, 4
        assertThat(Metrics.naiveScale(train, 4, 1)).isEqualTo(7.0 / 3);
        assertThat(Metrics.naiveScale(train, 4, 2)).isCloseTo(Math.sqrt(21.0 / 3), within(1e-15));
        assertThat(Metrics.naiveScale(train, 12, 1)).isEqualTo(7.0 / 3);
    }

    @Test
    void naiveScale_singleObservation_isNaN() {
        assertThat(Metrics.naiveScale(new double[] {5}, 1, 1)).isNaN();
        assertThat(Metrics.naiveScale(new double[] {5}, 12, 1)).isNaN();
        assertThat(Metrics.naiveScale(new double[] {5}, 12, 2)).isNaN();
    }

    @Test
    void naiveScale_constantTrain_isZero() {
        assertThat(Metrics.naiveScale(new double[] {4, 4, 4, 4, 4}, 2, 1)).isZero();
        assertThat(Metrics.naiveScale(new double[] {4, 4, 4, 4, 4}, 2, 2)).isZero();
    }

    @Test
    void mase_isMeanAbsoluteErrorOverScale() {
        // errors 1 and 4: MAE 2.5, scale 2.5
        assertThat(Metrics.mase(new double[] {3, 5}, new double[] {4, 1}, 2.5)).isEqualTo(1.0);
    }

    @Test
    void rmsse_isRootMeanSquaredErrorOverScale() {
        // errors 1 and 4: RMSE sqrt(8.5)
        assertThat(Metrics.rmsse(new double[] {3, 5}, new double[] {4, 1}, 2.0))
                .isCloseTo(Math.sqrt(8.5) / 2, within(1e-15));
    }

    @Test
    void inside_countsValuesWithinClosedInterval() {
        double[] actual = {1, 2, 3, 4, 5};
        double[] lower = {0, 2, 3.5, 5, 4};
        double[] upper = {1, 2, 4, 6, 6};
        // 1 on the upper edge, 2 on a point interval, 3 below, 4 below, 5 inside
        assertThat(Metrics.inside(actual, lower, upper)).isEqualTo(3);
    }

    private static final double[] ACTUAL = {10, 0, 5, 20};
    private static final double[] FORECAST = {12, 0, 4, 16};

    @Test
    void pointMeasures_byHand() {
        // errors y - f: -2, 0, 1, 4
        assertThat(Metrics.mae(ACTUAL, FORECAST)).isEqualTo(7.0 / 4);
        assertThat(Metrics.rmse(ACTUAL, FORECAST)).isCloseTo(Math.sqrt(21.0 / 4), within(1e-15));
        assertThat(Metrics.bias(ACTUAL, FORECAST)).isEqualTo(-3.0 / 4);
        assertThat(Metrics.wape(ACTUAL, FORECAST)).isEqualTo(7.0 / 35);
        double smape = (200.0 * 2 / 22 + 0 + 200.0 * 1 / 9 + 200.0 * 4 / 36) / 4;
        assertThat(Metrics.smape(ACTUAL, FORECAST)).isCloseTo(smape, within(1e-12));
    }

    @Test
    void wape_allActualsZero_isNaN() {
        assertThat(Metrics.wape(new double[] {0, 0}, new double[] {1, 2})).isNaN();
    }

    @Test
    void naiveScale_usesTheSeasonalLag_orLagOneForAShortHistory() {
        double[] history = {1, 2, 4, 8, 3};
        // lag 2: |4-1|, |8-2|, |3-4| -> 3, 6, 1
        assertThat(Metrics.naiveScale(history, 2, 1)).isEqualTo(10.0 / 3);
        assertThat(Metrics.naiveScale(history, 2, 2)).isCloseTo(Math.sqrt(46.0 / 3), within(1e-12));
        // season 12 longer than the history: lag 1: 1, 2, 4, 5
        assertThat(Metrics.naiveScale(history, 12, 1)).isEqualTo(3.0);
        assertThat(Metrics.naiveScale(new double[] {7}, 1, 1)).isNaN();
    }

    @Test
    void pinball_penalisesUnderAndOverForecastsByTau() {
        // tau 0.9, quantile 10: y = 14 -> 0.9 x 4 = 3.6; y = 6 -> 0.1 x 4 = 0.4
        assertThat(Metrics.pinball(new double[] {14, 6}, new double[] {10, 10}, 0.9)).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void coverageAndWinkler_byHand() {
        double[] y = {5, 12, 1};
        double[] lo = {4, 4, 4};
        double[] hi = {10, 10, 10};
        assertThat(Metrics.inside(y, lo, hi)).isEqualTo(1);
        // 80 %: a = 0.2, 2/a = 10; widths 6 each; penalties 0, 10 x 2, 10 x 3
        assertThat(Metrics.winkler(y, lo, hi, 80)).isCloseTo((18 + 20 + 30) / 3.0, within(1e-12));
    }
}
