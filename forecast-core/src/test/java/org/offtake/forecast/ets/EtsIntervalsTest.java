package org.offtake.forecast.ets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.offtake.forecast.Forecast;
import org.offtake.forecast.SamplePaths;
import org.offtake.forecast.TimeSeries;

/**
 * The analytic forecast means and variances ({@link EtsIntervals}) against the moments of 40,000 paths simulated
 * from the same fitted model, for every model class that has analytic intervals. The simulation follows the model
 * equations step by step, so it is an independent check of the formulas, including the two places where they
 * differ from R's (class 1 without trend, class 3 damped).
 *
 * <p>Tolerances: four standard errors of the simulated moment. The standard error of the sample mean is
 * {@code sqrt(var/N)}; that of the sample variance {@code sqrt((m4 - var²)/N)} with {@code m4} the fourth central
 * moment, which for the heavy right tail of multiplicative models is several times the normal {@code var sqrt(2/N)}.
 */
class EtsIntervalsTest {

    private static final int PATHS = 40_000;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ANN, 0.3, NaN, NaN, NaN",
            "AAN, 0.4, 0.1, NaN, NaN",
            "AAdN, 0.5, 0.2, NaN, 0.85",
            "ANA, 0.3, NaN, 0.2, NaN",
            "AAA, 0.3, 0.05, 0.2, NaN",
            "AAdA, 0.4, 0.1, 0.3, 0.9",
            "MNN, 0.3, NaN, NaN, NaN",
            "MAN, 0.3, 0.1, NaN, NaN",
            "MAdN, 0.5, 0.2, NaN, 0.85",
            "MNA, 0.3, NaN, 0.2, NaN",
            "MAdA, 0.3, 0.1, 0.2, 0.9",
            "MNM, 0.3, NaN, 0.2, NaN",
            "MAM, 0.2, 0.05, 0.3, NaN",
            "MAdM, 0.4, 0.2, 0.3, 0.85",
    })
    void analyticMoments_agreeWithSimulatedPaths(String model, double alpha, double beta, double gamma, double phi) {
        EtsComponents c = EtsComponents.parse(model);
        int m = 4;
        boolean multiplicative = c.error() == EtsComponents.Error.MULTIPLICATIVE;
        TimeSeries series = series(multiplicative, c.season() != EtsComponents.Season.NONE);
        double[] initial = initialStates(c, m);
        int free = initial.length;
        EtsFitted fit = EtsFitted.of(series, c, m, alpha, beta, gamma, phi, initial, free, free, true,
                new Ets.Simulation(5000, 7));
        assertThat(EtsIntervals.analytic(c)).isTrue();

        int h = 2 * m + 2;
        double[] point = fit.pointForecasts(h);
        EtsIntervals.Moments analytic = EtsIntervals.moments(c, m, alpha, beta, gamma, phi, fit.sigma2(),
                fit.finalStates(), point);
        SamplePaths paths = fit.simulate(h, PATHS, 20240601L);
        for (int t = 0; t < h; t++) {
            double[] v = paths.atStep(t);
            double mean = Arrays.stream(v).average().orElseThrow();
            double variance = Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / (v.length - 1);
            double fourth = Arrays.stream(v).map(x -> Math.pow(x - mean, 4)).sum() / v.length;
            double meanError = Math.sqrt(variance / v.length);
            double varianceError = Math.sqrt((fourth - variance * variance) / v.length);
            assertThat(analytic.mean()[t]).as(model + " mean at step " + t)
                    .isCloseTo(mean, within(4 * meanError));
            assertThat(analytic.variance()[t]).as(model + " variance at step " + t)
                    .isCloseTo(variance, within(4 * varianceError));
        }
    }

    /**
     * One step ahead every analytic class gives the point forecast as mean and {@code sigma2} times its square (or
     * {@code sigma2}) as variance, and intervals widen with the horizon.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"ANN", "AAdA", "MNN", "MAdA", "MNM", "MAdM"})
    void intervals_oneStepAhead_followTheInnovationVariance_andWidenWithTheHorizon(String model) {
        EtsComponents c = EtsComponents.parse(model);
        int m = 4;
        boolean multiplicative = c.error() == EtsComponents.Error.MULTIPLICATIVE;
        EtsFitted fit = EtsFitted.of(series(multiplicative, c.season() != EtsComponents.Season.NONE), c, m, 0.3,
                0.1, 0.2, 0.9,
                initialStates(c, m), 8, 8, true, new Ets.Simulation(5000, 7));
        Forecast f = fit.forecast(12, 95);
        double point = fit.pointForecasts(1)[0];
        double sd = multiplicative ? Math.abs(point) * Math.sqrt(fit.sigma2()) : Math.sqrt(fit.sigma2());
        assertThat(f.upper(95)[0] - point).isCloseTo(1.959963984540054 * sd, within(1e-9 * point));
        double[] width = new double[12];
        for (int t = 0; t < 12; t++) {
            width[t] = f.upper(95)[t] - f.lower(95)[t];
        }
        for (int t = 1; t < 12; t++) {
            if (c.season() == EtsComponents.Season.NONE) {
                assertThat(width[t]).as(model + " width at step " + t).isGreaterThan(width[t - 1]);
            }
        }
        assertThat(width[11]).isGreaterThan(width[0]);
    }

    private static double[] initialStates(EtsComponents c, int m) {
        boolean trend = c.trend() != EtsComponents.Trend.NONE;
        boolean season = c.season() != EtsComponents.Season.NONE;
        double[] s = new double[1 + (trend ? 1 : 0) + (season ? m : 0)];
        s[0] = 100;
        int off = 1;
        if (trend) {
            s[1] = c.trend() == EtsComponents.Trend.MULTIPLICATIVE ? 1.02 : 4;
            off = 2;
        }
        double[] pattern = {1.2, 0.9, 1.1, 0.8};
        for (int j = 0; season && j < m; j++) {
            s[off + j] = c.season() == EtsComponents.Season.MULTIPLICATIVE ? pattern[j] : 100 * (pattern[j] - 1);
        }
        return s;
    }

    /**
     * 40 quarters with a trend, a season if the model has one (so that the innovation variance stays that of the
     * noise, 5 %), and noise proportional (or not) to the level.
     */
    private static TimeSeries series(boolean proportionalNoise, boolean seasonal) {
        SplittableRandom random = new SplittableRandom(42);
        double[] y = new double[40];
        for (int t = 0; t < y.length; t++) {
            double level = 100 + 3 * t;
            double season = seasonal ? new double[] {0.8, 1.1, 0.9, 1.2}[t % 4] : 1.0;
            double noise = proportionalNoise ? level * season * 0.05 : 5;
            y[t] = level * season + noise * random.nextGaussian();
        }
        return TimeSeries.seasonal("quarterly", 4, y);
    }
}
