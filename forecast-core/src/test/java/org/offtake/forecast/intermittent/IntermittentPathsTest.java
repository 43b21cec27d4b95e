package org.offtake.forecast.intermittent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Sample paths and intervals of every intermittent model: never negative, whole numbers for count data, reproducible
 * by seed on any thread, centred on the point forecast, with year totals that carry the uncertainty of the rate.
 */
class IntermittentPathsTest {

    /** Two years of monthly counts: demand in 10 of 24 months, sizes 1 to 8. */
    private static final TimeSeries COUNTS = TimeSeries.of("counts", 0, 2, 0, 5, 0, 0, 1, 8, 0, 3, 0, 0, 2, 0, 5, 0,
            0, 3, 0, 1, 0, 0, 4, 0);
    /** Kilograms: the same pattern with fractional sizes. */
    private static final TimeSeries KILOGRAMS = TimeSeries.of("kilograms", 0, 2.25, 0, 5.5, 0, 0, 1.1, 8.4, 0, 3.3,
            0, 0, 2.05, 0, 5.0, 0, 0, 3.7, 0, 1.2, 0, 0, 4.6, 0);

    static Stream<Arguments> models() {
        return IntermittentModels.arguments();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void paths_forCountData_areWholeNumbersAtOrAboveZero(String name, ForecastModel model) {
        SamplePaths paths = model.fit(COUNTS).simulate(36, 2000, 7L);
        for (int p = 0; p < paths.count(); p++) {
            for (int t = 0; t < paths.horizon(); t++) {
                double v = paths.value(p, t);
                assertThat(v).as(name + " path " + p + " step " + t).isGreaterThanOrEqualTo(0).isEqualTo(Math.rint(v));
            }
        }
        assertThat(Arrays.stream(paths.atStep(0))).as("some demand is drawn").anyMatch(v -> v > 0);
        assertThat(paths.atStep(0)).as("some periods have none").contains(0.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void intervals_forCountData_haveWholeBounds_nested_aroundTheMean(String name, ForecastModel model) {
        Forecast f = model.fit(COUNTS).forecast(12, 50, 80, 95);
        for (int t = 0; t < 12; t++) {
            double mean = f.mean(t);
            assertThat(f.lower(95)[t]).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(f.lower(80)[t]);
            assertThat(f.lower(80)[t]).isLessThanOrEqualTo(f.lower(50)[t]);
            assertThat(f.lower(50)[t]).isLessThanOrEqualTo(mean);
            assertThat(f.upper(50)[t]).isGreaterThanOrEqualTo(mean).isLessThanOrEqualTo(f.upper(80)[t]);
            assertThat(f.upper(80)[t]).isLessThanOrEqualTo(f.upper(95)[t]);
            for (double level : new double[] {80, 95}) {
                assertThat(f.lower(level)[t]).as(name + " lower " + level).isEqualTo(Math.rint(f.lower(level)[t]));
                assertThat(f.upper(level)[t]).as(name + " upper " + level).isEqualTo(Math.rint(f.upper(level)[t]));
            }
        }
        assertThat(f.lower(80)[0]).as("zero demand is likely: the 80 % interval starts at 0").isZero();
        assertThat(f.upper(95)[0]).as("and reaches well above the mean").isGreaterThan(2 * f.mean(0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void paths_forFractionalData_areNotRounded_andNeverNegative(String name, ForecastModel model) {
        SamplePaths paths = model.fit(KILOGRAMS).simulate(12, 500, 3L);
        double[] all = new double[paths.count() * 12];
        for (int p = 0; p < paths.count(); p++) {
            System.arraycopy(paths.path(p), 0, all, p * 12, 12);
        }
        assertThat(Arrays.stream(all)).allMatch(v -> v >= 0);
        assertThat(Arrays.stream(all)).anyMatch(v -> v != Math.rint(v));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void paths_meanOverPaths_isThePointForecast(String name, ForecastModel model) {
        FittedModel fit = model.fit(COUNTS);
        double mean = fit.forecast(1).mean(0);
        SamplePaths paths = fit.simulate(12, 20_000, 11L);
        double total = 0;
        for (int t = 0; t < 12; t++) {
            total += paths.mean(t);
        }
        // The shared rate multiplier has a standard deviation of about 0.25: over 20,000 paths the mean of the
        // 12-step average has a relative standard error near 0.25 / sqrt(20,000) = 0.2 %; 2 % is ten of them.
        assertThat(total / 12).isCloseTo(mean, within(0.02 * mean));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void yearTotals_spreadMoreThanIndependentSteps_becauseTheRateIsUncertain(String name, ForecastModel model) {
        SamplePaths paths = model.fit(COUNTS).simulate(12, 20_000, 5L);
        double sumOfStepVariances = 0;
        for (int t = 0; t < 12; t++) {
            sumOfStepVariances += variance(paths.atStep(t));
        }
        // Var(total) = 12 v + 132 cov; the shared multiplier (variance s² / (n ȳ²), about 0.07 here) makes the
        // covariance positive and the variance of the total about 1.5 times the sum of step variances.
        assertThat(variance(paths.totals(0, 12))).isGreaterThan(1.25 * sumOfStepVariances);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void simulate_sameSeed_sameNumbers_onAnyThread(String name, ForecastModel model) throws Exception {
        FittedModel fit = model.fit(COUNTS);
        SamplePaths reference = fit.simulate(24, 300, 42L);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<SamplePaths>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> fit.simulate(24, 300, 42L)));
            }
            for (Future<SamplePaths> f : futures) {
                SamplePaths other = f.get();
                for (int p = 0; p < 300; p++) {
                    assertThat(other.path(p)).containsExactly(reference.path(p));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(fit.simulate(24, 300, 43L).totals(0, 24)).isNotEqualTo(reference.totals(0, 24));
        assertThat(model.fit(COUNTS).forecast(12, 80, 95).upper(95)).as("intervals are reproducible")
                .containsExactly(fit.forecast(12, 80, 95).upper(95));
    }

    @Test
    void paths_seriesWithoutZeros_haveDemandInEveryStepBeforeRounding() {
        // Croston: every interval is 1, the probability of demand is 1; fractional data are not rounded
        SamplePaths paths = Intermittent.croston().fit(TimeSeries.of("always", 4.5, 5.25, 3.5, 6.0, 5.5))
                .simulate(6, 200, 1L);
        for (int p = 0; p < 200; p++) {
            assertThat(Arrays.stream(paths.path(p))).allMatch(v -> v > 0);
        }
    }

    private static double variance(double[] x) {
        double mean = Arrays.stream(x).average().orElseThrow();
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return ss / (x.length - 1);
    }
}
