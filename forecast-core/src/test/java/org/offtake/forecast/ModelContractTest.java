package org.offtake.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.offtake.forecast.auto.AutoForecaster;
import org.offtake.forecast.baseline.Baselines;
import org.offtake.forecast.ets.Ets;
import org.offtake.forecast.ets.EtsComponents;
import org.offtake.forecast.intermittent.Intermittent;
import org.offtake.forecast.theta.Theta;

/**
 * The contract every model keeps, checked the same way for every model over generated series shapes: for valid
 * input, finite point forecasts of the requested length, nested intervals
 * {@code lo95 <= lo80 <= mean <= hi80 <= hi95}, finite sample paths that the same seed reproduces, and the same
 * numbers from a second fit; for input a model cannot take (a multiplicative form and values {@code <= 0}, an
 * intermittent-demand model and a negative value), an {@link IllegalArgumentException} naming the series.
 */
class ModelContractTest {

    private static final int HORIZON = 24;

    /**
     * Every model: the baselines, automatic ETS, all 30 ETS forms (restrict(false) admits the unstable ones) and the
     * intermittent-demand models.
     */
    static List<ForecastModel> models() {
        List<ForecastModel> models = new ArrayList<>(List.of(Baselines.naive(), Baselines.seasonalNaive(),
                Baselines.mean(), Baselines.drift(), Baselines.windowAverage(6), Ets.auto(), Ets.auto().nonNegative(),
                Baselines.drift().nonNegative(), Theta.standard(), Theta.standardModel(), Theta.optimised(),
                Theta.dynamicStandard(), Theta.dynamicOptimised(), Theta.auto(), AutoForecaster.defaults(),
                Intermittent.croston(), Intermittent.crostonOptimized(), Intermittent.sba(), Intermittent.tsb(),
                Intermittent.adida(), Intermittent.imapa(), Intermittent.auto()));
        for (EtsComponents c : EtsComponents.all()) {
            models.add(Ets.builder().error(c.error()).trend(c.trend()).damped(c.damped()).season(c.season())
                    .restrict(false).simulationPaths(500).build());
        }
        return models;
    }

    /** Monthly series (season 12) of the shapes the contract must survive. */
    static List<TimeSeries> shapes() {
        SplittableRandom random = new SplittableRandom(11);
        List<TimeSeries> shapes = new ArrayList<>();
        shapes.add(monthly("length-1", 5));
        shapes.add(monthly("length-2", 5, 7));
        shapes.add(monthly("shorter-than-two-seasons", generate(18, t -> 100 + 10 * Math.sin(t) + random.nextGaussian())));
        shapes.add(monthly("constant", generate(36, t -> 42)));
        shapes.add(monthly("all-zeros", generate(36, t -> 0)));
        shapes.add(monthly("negative", generate(36, t -> -50 + 5 * random.nextGaussian())));
        shapes.add(monthly("near-1e12", generate(36, t -> 1e12 * (1 + 0.01 * random.nextGaussian()))));
        shapes.add(monthly("zeros-inside", generate(36, t -> t % 7 == 3 ? 0 : 20 + random.nextInt(10))));
        shapes.add(monthly("trend", generate(48, t -> 10 + 2.5 * t + 3 * random.nextGaussian())));
        shapes.add(monthly("strong-season", generate(60, t -> 200 * (1 + 0.6 * Math.sin(2 * Math.PI * t / 12))
                + 5 * random.nextGaussian())));
        shapes.add(monthly("intermittent", generate(48, t -> random.nextDouble() < 0.2 ? 1 + random.nextInt(20)
                : 0)));
        return shapes;
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (ForecastModel m : models()) {
            for (TimeSeries s : shapes()) {
                cases.add(Arguments.of(m.name(), s.key(), m, s));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void everyModel_onEveryShape_keepsTheContract(String name, String shape, ForecastModel model, TimeSeries s) {
        if (needsPositiveData(model) && s.stream().anyMatch(v -> v <= 0)
                || modelsDemand(model) && s.stream().anyMatch(v -> v < 0)) {
            assertThatThrownBy(() -> model.fit(s)).as(name + " on " + shape)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(s.key());
            return;
        }
        FittedModel fit = model.fit(s);
        Forecast f = fit.forecast(HORIZON, 80, 95);
        assertThat(f.horizon()).isEqualTo(HORIZON);
        double[] mean = f.mean();
        double[] lo80 = f.lower(80);
        double[] hi80 = f.upper(80);
        double[] lo95 = f.lower(95);
        double[] hi95 = f.upper(95);
        for (int t = 0; t < HORIZON; t++) {
            String at = name + " on " + shape + ", step " + t;
            assertThat(mean[t]).as(at + " mean").isFinite();
            assertThat(lo95[t]).as(at + " lo95 <= lo80").isLessThanOrEqualTo(lo80[t]);
            assertThat(lo80[t]).as(at + " lo80 <= mean").isLessThanOrEqualTo(mean[t]);
            assertThat(mean[t]).as(at + " mean <= hi80").isLessThanOrEqualTo(hi80[t]);
            assertThat(hi80[t]).as(at + " hi80 <= hi95").isLessThanOrEqualTo(hi95[t]);
        }
        assertThat(fit.fittedValues()).hasSize(s.length());

        SamplePaths paths = fit.simulate(HORIZON, 50, 99L);
        assertThat(paths.count()).isEqualTo(50);
        assertThat(paths.horizon()).isEqualTo(HORIZON);
        assertThat(fit.simulate(HORIZON, 50, 99L).path(7)).as("same seed, same path").containsExactly(paths.path(7));

        FittedModel again = model.fit(s);
        assertThat(again.description()).isEqualTo(fit.description());
        assertThat(again.forecast(HORIZON, 80, 95).upper(95)).as("a second fit gives the same numbers")
                .containsExactly(hi95);
        if (name.startsWith("nonNegative(")) {
            assertThat(java.util.Arrays.stream(lo95).min().orElseThrow()).isGreaterThanOrEqualTo(0);
            assertThat(java.util.Arrays.stream(paths.atStep(HORIZON - 1)).min().orElseThrow())
                    .isGreaterThanOrEqualTo(0);
        }
    }

    /** A fixed ETS form with a multiplicative component needs strictly positive data; automatic ETS does not. */
    private static boolean needsPositiveData(ForecastModel model) {
        String name = model.name();
        if (!name.startsWith("ETS(") || name.contains("Z")) {
            return false;
        }
        return EtsComponents.parse(name).anyMultiplicative();
    }

    /** The intermittent-demand models take demand, which is zero or positive. */
    private static boolean modelsDemand(ForecastModel model) {
        return model.getClass().getPackageName().equals("org.offtake.forecast.intermittent");
    }

    private static TimeSeries monthly(String key, double... values) {
        return TimeSeries.monthly(key, YearMonth.of(2020, 1), values);
    }

    private static double[] generate(int n, java.util.function.IntToDoubleFunction f) {
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = f.applyAsDouble(t);
        }
        return y;
    }
}
