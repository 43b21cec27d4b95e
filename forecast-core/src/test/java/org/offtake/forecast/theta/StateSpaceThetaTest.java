package org.offtake.forecast.theta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;
import org.offtake.forecast.FittedModel;
import org.offtake.forecast.Forecast;
import org.offtake.forecast.SamplePaths;
import org.offtake.forecast.TimeSeries;

class StateSpaceThetaTest {

    /**
     * DOTM, y = 10, 12, 11, 15, l0 = 5, alpha = 0.5, theta = 2. Period 1: mean y1 = 10, level 7.5, line A = 10, B = 0.
     * Period 2: 7.5 + (1/2)(10 x 0.5) = 10; level 9.75; the line through (1, 10), (2, 12): B = 2, A = 8.
     * Period 3: 9.75 + (1/2)(8 x 0.25 + 2 x (1 - 0.125) / 0.5) = 12.5.
     */
    @Test
    void run_dynamic_followsTheRecursionByHand() {
        double[] mu = new double[4];
        StateSpaceTheta.run(new double[] {10, 12, 11, 15}, 5, 0.5, 2, true, null, mu);
        assertThat(mu[0]).isEqualTo(10);
        assertThat(mu[1]).isCloseTo(10, within(1e-12));
        assertThat(mu[2]).isCloseTo(12.5, within(1e-12));
    }

    /** The dynamic line after t periods is the least-squares line through the first t observations. */
    @Test
    void run_dynamicLine_isTheLeastSquaresLineSoFar() {
        double[] y = noisyTrend(30, 1);
        for (int t = 2; t <= y.length; t++) {
            double[] prefix = java.util.Arrays.copyOf(y, t);
            StateSpaceTheta.State s = StateSpaceTheta.run(prefix, prefix[0], 0.3, 2, true, null, new double[t]);
            SimpleRegression ols = new SimpleRegression(true);
            for (int i = 0; i < t; i++) {
                ols.addData(i + 1, y[i]);
            }
            assertThat(s.b).as("slope after %d", t).isCloseTo(ols.getSlope(), within(1e-9));
            assertThat(s.a).as("intercept after %d", t).isCloseTo(ols.getIntercept(), within(1e-9));
        }
    }

    /** With theta = 1 the trend line has no weight: the one-step means are simple exponential smoothing's. */
    @Test
    void run_thetaOne_isSimpleExponentialSmoothing() {
        double[] y = noisyTrend(20, 2);
        double[] mu = new double[y.length];
        StateSpaceTheta.run(y, 7, 0.4, 1, false, StateSpaceTheta.Line.through(y), mu);
        double level = 7;
        for (int t = 0; t < y.length; t++) {
            assertThat(mu[t]).as("t=%d", t).isCloseTo(level, within(1e-9));
            level = 0.4 * y[t] + 0.6 * level;
        }
    }

    @Test
    void line_through_isTheLeastSquaresLineOfAllData() {
        double[] y = noisyTrend(25, 3);
        SimpleRegression ols = new SimpleRegression(true);
        for (int i = 0; i < y.length; i++) {
            ols.addData(i + 1, y[i]);
        }
        StateSpaceTheta.Line line = StateSpaceTheta.Line.through(y);
        assertThat(line.b()).isCloseTo(ols.getSlope(), within(1e-9));
        assertThat(line.a()).isCloseTo(ols.getIntercept(), within(1e-9));
    }

    @Test
    void dotm_straightLine_isExtended() {
        double[] y = new double[30];
        for (int t = 0; t < y.length; t++) {
            y[t] = 50 + 3 * t;
        }
        Forecast f = Theta.dynamicOptimised().fit(TimeSeries.of("line", y)).forecast(5);
        for (int i = 0; i < 5; i++) {
            double expected = 50 + 3 * (30 + i);
            assertThat(f.mean(i)).as("step %d", i).isCloseTo(expected, within(0.01 * expected));
        }
    }

    @Test
    void models_estimateOrFixTheta_asTheirNamesSay() {
        TimeSeries s = TimeSeries.of("trend", noisyTrend(40, 4));
        assertThat(Theta.standardModel().fit(s).parameters().get("theta")).isEqualTo(2.0);
        assertThat(Theta.dynamicStandard().fit(s).parameters().get("theta")).isEqualTo(2.0);
        double theta = Theta.optimised().fit(s).parameters().get("theta");
        assertThat(theta).isGreaterThanOrEqualTo(1.0).isNotEqualTo(2.0);
        double alpha = Theta.dynamicOptimised().fit(s).parameters().get("alpha");
        assertThat(alpha).isBetween(0.1, 0.99);
    }

    /** The mean forecast is the path without shocks; simulated paths scatter around it. */
    @Test
    void simulate_pathsAverageToTheMeanForecast() {
        TimeSeries s = TimeSeries.of("trend", noisyTrend(40, 5));
        FittedModel fit = Theta.dynamicOptimised().fit(s);
        Forecast f = fit.forecast(6, 80);
        SamplePaths paths = fit.simulate(6, 20_000, 9L);
        double sd = fit.parameters().get("sigma");
        for (int i = 0; i < 6; i++) {
            assertThat(paths.mean(i)).as("step %d", i).isCloseTo(f.mean(i), within(4 * 3 * sd / Math.sqrt(20_000)));
            assertThat(f.lower(80)[i]).isLessThan(f.mean(i));
        }
    }

    @Test
    void seasonalSeries_isAdjusted_andForecastsCarryTheSeason() {
        double[] y = new double[48];
        double[] pattern = {0.7, 0.9, 1.3, 1.1};
        SplittableRandom random = new SplittableRandom(6);
        for (int t = 0; t < y.length; t++) {
            y[t] = (100 + t) * pattern[t % 4] * (1 + 0.01 * random.nextGaussian());
        }
        FittedModel fit = Theta.dynamicOptimised().fit(TimeSeries.seasonal("quarterly", 4, y));
        assertThat(fit.parameters().get("seasonal")).isEqualTo(1.0);
        Forecast f = fit.forecast(4);
        assertThat(f.mean(2)).as("the peak quarter stays the peak").isGreaterThan(f.mean(0)).isGreaterThan(f.mean(1))
                .isGreaterThan(f.mean(3));
        double[] noise = new double[48];
        for (int t = 0; t < noise.length; t++) {
            noise[t] = 100 + 5 * random.nextGaussian();
        }
        FittedModel flat = Theta.dynamicOptimised().fit(TimeSeries.seasonal("noise", 4, noise));
        assertThat(flat.parameters().get("seasonal")).isEqualTo(0.0);
    }

    @Test
    void fewerThanFourObservations_useTheStandardMethod() {
        assertThat(Theta.dynamicOptimised().fit(TimeSeries.of("three", 5.0, 6.0, 8.0)).description())
                .isEqualTo("Theta");
    }

    @Test
    void auto_namesTheModelItChose() {
        FittedModel fit = Theta.auto().fit(TimeSeries.of("trend", noisyTrend(40, 8)));
        assertThat(fit.description()).matches("AutoTheta\\((STM|OTM|DSTM|DOTM)\\)");
    }

    private static double[] noisyTrend(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = 20 + 0.8 * t + 2 * random.nextGaussian();
        }
        return y;
    }
}
