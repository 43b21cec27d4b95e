package org.offtake.forecast.intermittent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.offtake.forecast.Forecast;
import org.offtake.forecast.TimeSeries;

class DiscreteIntervalsTest {

    private static final TimeSeries SERIES = TimeSeries.of("k", 1, 0, 2);

    /** One step, the given path values. */
    private static double[][] column(double... values) {
        double[][] paths = new double[values.length][1];
        for (int p = 0; p < values.length; p++) {
            paths[p][0] = values[p];
        }
        return paths;
    }

    @Test
    void massAtZero_lowerBoundIsZero_andTheUpperBoundTakesTheWholeRemainingTail() {
        // 10 paths, 4 zeros. 80 %: lower = smallest value with >= 10 % at or below it = 0; the upper bound is the
        // smallest value with 8 paths in [0, it] = the 8th value, 2 (an equal-tailed interval would end at 3).
        Forecast f = DiscreteIntervals.fromPaths(SERIES, "m", new double[] {1.8},
                column(3, 0, 2, 1, 0, 9, 2, 0, 1, 0), new double[] {50, 80});
        assertThat(f.lower(80)[0]).isZero();
        assertThat(f.upper(80)[0]).isEqualTo(2);
        // 50 %: lower = 25 % quantile = 0 (rank 3); upper = the 5th value, 1; widened to the mean 1.8
        assertThat(f.lower(50)[0]).isZero();
        assertThat(f.upper(50)[0]).isEqualTo(1.8);
    }

    @Test
    void continuousValues_giveTheEqualTailedInterval() {
        double[] values = new double[100];
        for (int i = 0; i < 100; i++) {
            values[i] = 100 - i;
        }
        Forecast f = DiscreteIntervals.fromPaths(SERIES, "m", new double[] {50.5}, column(values),
                new double[] {80});
        // lower: 10 % quantile by inverse ECDF = 10; 80 values from there: 10..89
        assertThat(f.lower(80)[0]).isEqualTo(10);
        assertThat(f.upper(80)[0]).isEqualTo(89);
    }

    @Test
    void rareDemand_intervalIsWidenedToThePointForecast() {
        Forecast f = DiscreteIntervals.fromPaths(SERIES, "m", new double[] {0.5},
                column(0, 0, 0, 0, 0, 0, 0, 0, 0, 5), new double[] {80, 95});
        assertThat(f.lower(80)[0]).isZero();
        assertThat(f.upper(80)[0]).as("the upper 80 % bound would be 0, below the mean").isEqualTo(0.5);
        assertThat(f.upper(95)[0]).as("at 95 % the interval needs the 5").isEqualTo(5);
    }

    @Test
    void inverseEcdf_isHyndmanFanDefinitionOne() {
        double[] sorted = {1, 2, 3, 4};
        assertThat(DiscreteIntervals.inverseEcdf(sorted, 0.25)).isEqualTo(1);
        assertThat(DiscreteIntervals.inverseEcdf(sorted, 0.26)).isEqualTo(2);
        assertThat(DiscreteIntervals.inverseEcdf(sorted, 0.99)).isEqualTo(4);
        assertThat(DiscreteIntervals.inverseEcdf(sorted, 0.01)).isEqualTo(1);
    }
}
