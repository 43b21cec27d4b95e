package org.offtake.forecast.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.offtake.forecast.Forecast;
import org.offtake.forecast.TimeSeries;

class IntervalsTest {

    private static final TimeSeries SERIES = TimeSeries.of("k", 1.0, 2.0, 3.0);
    private static final double[] LEVELS = {50, 80, 95};

    /** 2000 seeded paths of 4 steps, step t ~ N(10 t, (1 + t)²), with a few far outliers at step 3. */
    private static double[][] paths() {
        SplittableRandom random = new SplittableRandom(7);
        double[][] p = new double[2000][4];
        for (int i = 0; i < p.length; i++) {
            for (int t = 0; t < 4; t++) {
                p[i][t] = 10 * t + (1 + t) * random.nextGaussian();
            }
            if (i % 100 == 0) {
                p[i][3] += 500;
            }
        }
        return p;
    }

    @Test
    void fromPaths_levelsAreNested_andContainTheMean() {
        double[][] paths = paths();
        // step 0: the mean is central; step 1: far above the paths; step 2: far below; step 3: pulled by outliers
        double[] mean = {0, 25, -15, 30 + 2.5};
        Forecast f = Intervals.fromPaths(SERIES, "m", mean, paths, LEVELS);
        for (int t = 0; t < mean.length; t++) {
            double lo50 = f.lower(50)[t];
            double lo80 = f.lower(80)[t];
            double lo95 = f.lower(95)[t];
            double hi50 = f.upper(50)[t];
            double hi80 = f.upper(80)[t];
            double hi95 = f.upper(95)[t];
            assertThat(lo95).as("step %d", t).isLessThanOrEqualTo(lo80);
            assertThat(lo80).as("step %d", t).isLessThanOrEqualTo(lo50);
            assertThat(lo50).as("step %d", t).isLessThanOrEqualTo(mean[t]);
            assertThat(mean[t]).as("step %d", t).isLessThanOrEqualTo(hi50);
            assertThat(hi50).as("step %d", t).isLessThanOrEqualTo(hi80);
            assertThat(hi80).as("step %d", t).isLessThanOrEqualTo(hi95);
        }
        assertThat(f.mean()).containsExactly(mean);
    }

    @Test
    void fromPaths_boundsAreTheType8QuantilesWhereNoWideningIsNeeded() {
        double[][] paths = paths();
        double[] column = new double[paths.length];
        for (int p = 0; p < paths.length; p++) {
            column[p] = paths[p][0];
        }
        Forecast f = Intervals.fromPaths(SERIES, "m", new double[] {0, 10, 20, 30}, paths, LEVELS);
        // probabilities computed as R's forecast computes them, 0.5 -/+ level / 200 (0.5 - 0.4 is not exactly 0.1)
        assertThat(f.lower(80)[0]).isEqualTo(Quantiles.type8(column, 0.5 - 80 / 200.0));
        assertThat(f.upper(80)[0]).isEqualTo(Quantiles.type8(column, 0.5 + 80 / 200.0));
        assertThat(f.lower(95)[0]).isEqualTo(Quantiles.type8(column, 0.5 - 95 / 200.0));
        assertThat(f.upper(95)[0]).isEqualTo(Quantiles.type8(column, 0.5 + 95 / 200.0));
        // N(0, 1) at step 0: the 95 % bounds are near ±1.96
        assertThat(f.upper(95)[0]).isCloseTo(1.96, within(0.15));
        assertThat(f.lower(95)[0]).isCloseTo(-1.96, within(0.15));
    }

    @Test
    void fromPaths_meanAboveEveryPath_pullsAllUpperBoundsUpToIt() {
        double[][] paths = {{1}, {2}, {3}, {4}};
        Forecast f = Intervals.fromPaths(SERIES, "m", new double[] {10}, paths, LEVELS);
        assertThat(f.upper(50)).containsExactly(10);
        assertThat(f.upper(80)).containsExactly(10);
        assertThat(f.upper(95)).containsExactly(10);
        assertThat(f.lower(95)[0]).isLessThanOrEqualTo(f.lower(80)[0]);
    }

    @Test
    void normal_isMeanPlusMinusZTimesSd() {
        double[] mean = {10, 20};
        double[] variance = {4, 9};
        Forecast f = Intervals.normal(SERIES, "m", mean, variance, new double[] {80, 95});
        double z80 = 1.2815515655446008;  // R: qnorm(0.9)
        double z95 = 1.9599639845400536;  // R: qnorm(0.975)
        assertThat(f.lower(80)[0]).isCloseTo(10 - z80 * 2, within(1e-12));
        assertThat(f.upper(80)[1]).isCloseTo(20 + z80 * 3, within(1e-12));
        assertThat(f.lower(95)[1]).isCloseTo(20 - z95 * 3, within(1e-12));
        assertThat(f.upper(95)[0]).isCloseTo(10 + z95 * 2, within(1e-12));
    }

    @Test
    void normal_zeroOrNanVariance_collapsesOntoTheMean() {
        Forecast f = Intervals.normal(SERIES, "m", new double[] {5, 6}, new double[] {0, Double.NaN},
                new double[] {80});
        assertThat(f.lower(80)).containsExactly(5, 6);
        assertThat(f.upper(80)).containsExactly(5, 6);
    }
}
