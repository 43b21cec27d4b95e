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
}
