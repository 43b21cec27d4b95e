package org.offtake.forecast.intermittent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.offtake.forecast.FittedModel;
import org.offtake.forecast.Forecast;
import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.TimeSeries;

/**
 * Coverage on data from a known process: 300 series of a stationary compound Bernoulli-Poisson process (demand with
 * probability {@code p}, size {@code 1 + Poisson(λ - 1)}), each fitted on {@code n} periods and scored on the 12
 * that follow, drawn from the same process.
 *
 * <p>What is claimed. Per step, 3,600 outcomes give a binomial standard error of 0.7 points for an 80 % interval;
 * outcomes of one series share its fit, which about doubles that. Intervals of count data hold at least the nominal
 * share of the paths (see {@link DiscreteIntervals}), so they may cover more than nominal, not less: 80 % intervals
 * must cover 77 % to 88 %, 95 % intervals 92 % to 98.5 %. For the 12-month total, quantiles of the path totals over
 * 300 series have a standard error of 2.3 points at 80 % and 1.3 at 95 %: 80 % must cover 72 % to 88 %, 95 % must
 * cover 90 % to 99 %. The data are seeded, so the figures are the same on every run; they are 82.3 / 96.9 per step
 * and 78.3 / 96.0 for the total with the automatic model on the first process, 80.4 / 95.0 and 76.3 / 93.0 for TSB
 * on 18 periods.
 */
class IntermittentCoverageTest {

    private static final int SERIES = 300;
    private static final int HORIZON = 12;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(Intermittent.auto(), 0.3, 3.0, 36),
                Arguments.of(Intermittent.auto(), 0.15, 6.0, 36),
                Arguments.of(Intermittent.auto(), 0.8, 2.0, 24),
                Arguments.of(Intermittent.tsb(), 0.3, 3.0, 18));
    }

    @ParameterizedTest(name = "{0}: p {1}, lambda {2}, n {3}")
    @MethodSource("cases")
    void intervalsAndYearTotals_coverNearTheirNominalLevel_onAKnownCompoundProcess(ForecastModel model, double p,
                                                                                   double lambda, int n) {
        SplittableRandom random = new SplittableRandom(7);
        PoissonDistribution sizes = new PoissonDistribution(new Well19937c(3), lambda - 1,
                PoissonDistribution.DEFAULT_EPSILON, PoissonDistribution.DEFAULT_MAX_ITERATIONS);
        int in80 = 0;
        int in95 = 0;
        int total80 = 0;
        int total95 = 0;
        for (int s = 0; s < SERIES; s++) {
            double[] y = new double[n + HORIZON];
            for (int t = 0; t < y.length; t++) {
                y[t] = random.nextDouble() < p ? 1 + sizes.sample() : 0;
            }
            FittedModel fit = model.fit(TimeSeries.of("s" + s, Arrays.copyOf(y, n)));
            Forecast f = fit.forecast(HORIZON, 80, 95);
            double future = 0;
            for (int t = 0; t < HORIZON; t++) {
                double v = y[n + t];
                future += v;
                in80 += v >= f.lower(80)[t] && v <= f.upper(80)[t] ? 1 : 0;
                in95 += v >= f.lower(95)[t] && v <= f.upper(95)[t] ? 1 : 0;
            }
            double[] totals = fit.simulate(HORIZON, 2000, s).totals(0, HORIZON);
            Arrays.sort(totals);
            total80 += future >= totals[199] && future <= totals[1799] ? 1 : 0;
            total95 += future >= totals[49] && future <= totals[1949] ? 1 : 0;
        }
        double steps = SERIES * HORIZON;
        assertThat(in80 / steps).as("per-step 80 %").isBetween(0.77, 0.88);
        assertThat(in95 / steps).as("per-step 95 %").isBetween(0.92, 0.985);
        assertThat(total80 / (double) SERIES).as("12-step total 80 %").isBetween(0.72, 0.88);
        assertThat(total95 / (double) SERIES).as("12-step total 95 %").isBetween(0.90, 0.99);
    }
}
