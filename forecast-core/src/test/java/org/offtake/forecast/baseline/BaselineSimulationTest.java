package org.offtake.forecast.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.offtake.forecast.FittedModel;
import org.offtake.forecast.Forecast;
import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.SamplePaths;
import org.offtake.forecast.TimeSeries;

/**
 * Properties of the baselines' simulated paths. With 20 000 paths a sample variance has a relative standard error of
 * about sqrt(2 / 20 000) = 1 %, so the 5 % tolerances below are five standard errors wide; the seeds are fixed, so
 * the outcome is the same on every run.
 */
class BaselineSimulationTest {

    private static final int PATHS = 20_000;
    private static final double RELATIVE = 0.05;

    /** Monthly-like data with a season of 4, a trend and noise. */
    private static final TimeSeries SERIES = TimeSeries.seasonal("sim", 4,
            112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118, 115, 126, 141, 135, 125, 149, 170, 170);

    static Stream<Arguments> allBaselines() {
        return Stream.of(
                Arguments.of(Baselines.naive()),
                Arguments.of(Baselines.seasonalNaive()),
                Arguments.of(Baselines.drift()),
                Arguments.of(Baselines.mean()),
                Arguments.of(Baselines.windowAverage(6)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allBaselines")
    void simulate_sameSeed_samePaths_otherSeed_otherPaths(ForecastModel model) {
        FittedModel fit = model.fit(SERIES);
        SamplePaths a = fit.simulate(8, 50, 42L);
        SamplePaths b = fit.simulate(8, 50, 42L);
        SamplePaths c = fit.simulate(8, 50, 43L);
        assertThat(a.count()).isEqualTo(50);
        assertThat(a.horizon()).isEqualTo(8);
        assertThat(a.model()).isEqualTo(fit.description());
        assertThat(a.seriesKey()).isEqualTo("sim");
        int differing = 0;
        for (int p = 0; p < 50; p++) {
            assertThat(b.path(p)).containsExactly(a.path(p));
            for (int t = 0; t < 8; t++) {
                if (a.value(p, t) != c.value(p, t)) {
                    differing++;
                }
            }
        }
        assertThat(differing).isEqualTo(50 * 8);
    }

    @Test
    void simulate_sameSeedOnAnotherFit_samePaths() {
        SamplePaths a = Baselines.naive().fit(SERIES).simulate(5, 10, 9L);
        SamplePaths b = Baselines.naive().fit(SERIES).simulate(5, 10, 9L);
        for (int p = 0; p < 10; p++) {
            assertThat(b.path(p)).containsExactly(a.path(p));
        }
    }

    @Test
    void naive_stepVarianceIsSigmaSquaredTimesH_andMeanIsTheLastObservation() {
        FittedModel fit = Baselines.naive().fit(SERIES);
        double sigma2 = square(fit.parameters().get("sigma"));
        SamplePaths paths = fit.simulate(12, PATHS, 1L);
        for (int t = 0; t < 12; t++) {
            double h = t + 1;
            double[] x = paths.atStep(t);
            assertThat(variance(x)).as("step %d", t).isCloseTo(sigma2 * h, within(RELATIVE * sigma2 * h));
            assertThat(paths.mean(t)).as("step %d", t)
                    .isCloseTo(170, within(5 * Math.sqrt(sigma2 * h / PATHS)));
        }
    }

    /** About 80 % of naive's normal paths fall inside its analytic 80 % interval, and 95 % inside the 95 %. */
    @Test
    void naive_pathsCoverTheAnalyticIntervalsAtTheirLevels() {
        FittedModel fit = Baselines.naive().fit(SERIES);
        Forecast f = fit.forecast(6, 80, 95);
        SamplePaths paths = fit.simulate(6, PATHS, 2L);
        for (int t = 0; t < 6; t++) {
            assertThat(coverage(paths.atStep(t), f.lower(80)[t], f.upper(80)[t])).isCloseTo(0.80, within(0.015));
            assertThat(coverage(paths.atStep(t), f.lower(95)[t], f.upper(95)[t])).isCloseTo(0.95, within(0.01));
        }
    }

    @Test
    void seasonalNaive_stepVarianceGrowsPerCompletedSeason() {
        FittedModel fit = Baselines.seasonalNaive().fit(SERIES);
        double sigma2 = square(fit.parameters().get("sigma"));
        SamplePaths paths = fit.simulate(12, PATHS, 3L);
        for (int t = 0; t < 12; t++) {
            double expected = sigma2 * (t / 4 + 1);
            assertThat(variance(paths.atStep(t))).as("step %d", t).isCloseTo(expected, within(RELATIVE * expected));
        }
        assertThat(paths.mean(5)).isCloseTo(149, within(5 * Math.sqrt(2 * sigma2 / PATHS)));
    }

    /** Each path draws its own drift: variance σ² h + h² se(b)², as the analytic intervals assume. */
    @Test
    void drift_stepVarianceIncludesTheDriftUncertainty() {
        FittedModel fit = Baselines.drift().fit(SERIES);
        double sigma2 = square(fit.parameters().get("sigma"));
        double se2 = square(fit.parameters().get("driftSe"));
        double b = fit.parameters().get("drift");
        SamplePaths paths = fit.simulate(12, PATHS, 4L);
        for (int t = 0; t < 12; t++) {
            double h = t + 1;
            double expected = sigma2 * h + h * h * se2;
            assertThat(variance(paths.atStep(t))).as("step %d", t).isCloseTo(expected, within(RELATIVE * expected));
            assertThat(paths.mean(t)).as("step %d", t).isCloseTo(170 + h * b, within(5 * Math.sqrt(expected / PATHS)));
        }
    }

    /**
     * The mean model's javadoc: each path draws a level from N(ȳ, s²/k) and then independent N(level, s²)
     * observations. A step has variance s²(1 + 1/k); the total of 12 steps has variance 12² s²/k + 12 s², larger
     * than the 12 s²(1 + 1/k) that independent steps would give.
     */
    @Test
    void mean_twelveStepTotalVarianceIncludesTheSharedLevel() {
        FittedModel fit = Baselines.mean().fit(SERIES);
        double s2 = square(fit.parameters().get("sigma"));
        int k = SERIES.length();
        SamplePaths paths = fit.simulate(12, PATHS, 5L);

        double total = 12 * 12 * s2 / k + 12 * s2;
        assertThat(variance(paths.totals(0, 12))).isCloseTo(total, within(RELATIVE * total));
        assertThat(total).isGreaterThan(1.25 * 12 * s2 * (1 + 1.0 / k));  // the shared level matters here

        double step = s2 * (1 + 1.0 / k);
        for (int t = 0; t < 12; t++) {
            assertThat(variance(paths.atStep(t))).as("step %d", t).isCloseTo(step, within(RELATIVE * step));
        }
        assertThat(paths.mean(0)).isCloseTo(fit.parameters().get("mean"), within(5 * Math.sqrt(step / PATHS)));
    }

    @Test
    void windowAverage_stepVarianceUsesTheWindow() {
        FittedModel fit = Baselines.windowAverage(6).fit(SERIES);
        double s2 = square(fit.parameters().get("sigma"));
        SamplePaths paths = fit.simulate(3, PATHS, 6L);
        double step = s2 * (1 + 1.0 / 6);
        assertThat(variance(paths.atStep(2))).isCloseTo(step, within(RELATIVE * step));
        assertThat(paths.mean(2)).isCloseTo(fit.parameters().get("mean"), within(5 * Math.sqrt(step / PATHS)));
    }

    private static double square(double x) {
        return x * x;
    }

    /** Sample variance with divisor n - 1. */
    private static double variance(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return ss / (x.length - 1);
    }

    private static double coverage(double[] x, double lo, double hi) {
        int in = 0;
        for (double v : x) {
            if (v >= lo && v <= hi) {
                in++;
            }
        }
        return (double) in / x.length;
    }
}
