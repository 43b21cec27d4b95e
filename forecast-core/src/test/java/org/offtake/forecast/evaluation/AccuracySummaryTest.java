package org.offtake.forecast.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.offtake.forecast.Forecast;
import org.offtake.forecast.TimeSeries;

class AccuracySummaryTest {

    private static Accuracy scored(String key, double[] history, double[] actual, double[] mean, double lo,
                                   double hi) {
        TimeSeries h = TimeSeries.of(key, history);
        double[][] lower = {filled(mean.length, lo)};
        double[][] upper = {filled(mean.length, hi)};
        return Accuracy.of(h, actual, Forecast.of(h, "test", mean, new double[] {80}, lower, upper));
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    @Test
    void accuracy_givesPinballForTheQuantilesTheIntervalStandsFor() {
        Accuracy a = scored("a", new double[] {1, 2, 3}, new double[] {5, 9}, new double[] {6, 6}, 4, 8);
        assertThat(a.pinball()).containsOnlyKeys(0.1, 0.9);
        // tau 0.1, q = 4: y 5 -> 0.1, y 9 -> 0.5; mean 0.3
        assertThat(a.pinball().get(0.1)).isCloseTo(0.3, within(1e-12));
        assertThat(a.coverage().get(80.0)).isEqualTo(0.5);
        assertThat(a.mase()).isCloseTo(2.0 / 1.0, within(1e-12));
    }

    @Test
    void summary_averagesOverSeries_poolsWapeAndCoverage_andLeavesUnscaledSeriesOutOfMase() {
        Accuracy a = scored("a", new double[] {1, 2, 3}, new double[] {5, 9}, new double[] {6, 6}, 4, 8);
        Accuracy constantHistory = scored("b", new double[] {4, 4, 4}, new double[] {4, 4, 4, 4},
                new double[] {4, 4, 4, 6}, 3, 5);
        AccuracySummary s = AccuracySummary.of(List.of(a, constantHistory));
        assertThat(s.series()).isEqualTo(2);
        assertThat(s.scaledSeries()).isEqualTo(1);
        assertThat(s.mase()).isEqualTo(a.mase());
        assertThat(s.mae()).isCloseTo((a.mae() + constantHistory.mae()) / 2, within(1e-12));
        // |e|: 1 + 3 + 0 + 0 + 0 + 2 = 6; |y|: 14 + 16 = 30
        assertThat(s.wape()).isCloseTo(6.0 / 30, within(1e-12));
        // inside: 1 of 2, and 4 of 4 -> 5 of 6
        assertThat(s.coverage().get(80.0)).isCloseTo(5.0 / 6, within(1e-12));
    }

    @Test
    void intervalScores_byHand_perSeriesAndOverSeries() {
        // a: 80 % interval [4, 8]; y = 5 inside (width 4), y = 9 above by 1: 4 + (2 / 0.2) * 1 = 14; mean 9.
        // Its naive scales are 1 (mean |diff| and root mean squared diff of 1, 2, 3), so MSIS = 9 / 1.
        Accuracy a = scored("a", new double[] {1, 2, 3}, new double[] {5, 9}, new double[] {6, 6}, 4, 8);
        // b: interval [3, 5], every y = 4 inside: Winkler 2; constant history, so no MSIS or RMSSE.
        Accuracy b = scored("b", new double[] {4, 4, 4}, new double[] {4, 4, 4, 4}, new double[] {4, 4, 4, 6}, 3, 5);

        assertThat(a.winkler().get(80.0)).isCloseTo(9.0, within(1e-12));
        assertThat(a.msis().get(80.0)).isCloseTo(9.0, within(1e-12));
        assertThat(a.rmsse()).isCloseTo(Math.sqrt(5), within(1e-12));
        // tau 0.9, q = 8: y 5 -> 0.1 * 3 = 0.3, y 9 -> 0.9 * 1 = 0.9; mean 0.6
        assertThat(a.pinball().get(0.9)).isCloseTo(0.6, within(1e-12));
        assertThat(b.winkler().get(80.0)).isCloseTo(2.0, within(1e-12));
        assertThat(b.msis().get(80.0)).isNaN();
        assertThat(b.rmsse()).isNaN();

        AccuracySummary s = AccuracySummary.of(List.of(a, b));
        assertThat(s.winkler().get(80.0)).isCloseTo((9.0 + 2.0) / 2, within(1e-12));
        assertThat(s.msis().get(80.0)).isCloseTo(9.0, within(1e-12));
        assertThat(s.rmsse()).isCloseTo(Math.sqrt(5), within(1e-12));
        // b: tau 0.1 at q = 3 and tau 0.9 at q = 5 lose 0.1 on every value
        assertThat(s.pinball().get(0.1)).isCloseTo((0.3 + 0.1) / 2, within(1e-12));
        assertThat(s.pinball().get(0.9)).isCloseTo((0.6 + 0.1) / 2, within(1e-12));
    }
}
