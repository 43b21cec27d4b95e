package org.offtake.forecast.global;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.offtake.forecast.global.GroupFixture.heads;
import static org.offtake.forecast.global.GroupFixture.scaledError;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.Test;
import org.offtake.forecast.FittedModel;
import org.offtake.forecast.Forecast;
import org.offtake.forecast.SamplePaths;
import org.offtake.forecast.TimeSeries;
import org.offtake.forecast.baseline.Baselines;

/**
 * What the global model must do: learn a pattern shared by a group, use the attributes it is given, pool series of
 * any scale, give nested (and, if asked, non-negative) intervals and paths, and give the same numbers for the same
 * seed whatever the number of threads. Groups are generated ({@link GroupFixture}); fits use fewer trees than the
 * default to keep the tests fast.
 */
class GlobalBoostedTreesTest {

    private static final int TRAIN = 60;
    private static final int HORIZON = 12;

    /** The defaults with 100 trees. */
    private static GlobalBoostedTrees.Builder quick() {
        return GlobalBoostedTrees.builder().trees(100);
    }

    @Test
    void fit_groupSharingASeason_forecastsFarBetterThanSeasonalNaive() {
        List<TimeSeries> full = GroupFixture.seasonal(40, TRAIN + HORIZON, 0.08, 1);

        GlobalFit fit = quick().build().fit(heads(full, TRAIN));

        double gbm = 0;
        double snaive = 0;
        for (TimeSeries s : full) {
            TimeSeries train = s.head(TRAIN);
            gbm += scaledError(s, TRAIN, fit.model(s.key()).forecast(HORIZON).mean());
            snaive += scaledError(s, TRAIN, Baselines.seasonalNaive().fit(train).forecast(HORIZON).mean());
        }
        gbm /= full.size();
        snaive /= full.size();
        // noise alone costs 0.08 * sqrt(2/pi) = 0.064 of the level; seasonal naive pays it twice over (0.090)
        assertThat(snaive).isBetween(0.08, 0.11);
        assertThat(gbm).as("GBM error %s against seasonal naive %s", gbm, snaive).isLessThan(0.8 * snaive);
        assertThat(fit.featureNames()).contains("lag13", "seasonalLag24", "seasonPosition")
                .doesNotContain("seasonalLag12");
        assertThat(fit.importance().get("seasonPosition") + fit.importance().get("lag12")
                + fit.importance().get("seasonalLag24")).as("the season is learned").isGreaterThan(0.3);
    }

    @Test
    void fit_attributeThatSetsTheGrowth_isUsedAndImprovesTheForecasts() {
        // half the series grow 4 % a month, half are flat; with 20 % noise their own history hardly tells which
        SplittableRandom random = new SplittableRandom(5);
        List<TimeSeries> full = new ArrayList<>();
        Map<String, double[]> expected = new HashMap<>();
        Map<String, Map<String, Double>> attributes = new HashMap<>();
        Map<String, Map<String, Double>> uninformative = new HashMap<>();
        for (int i = 0; i < 60; i++) {
            double growth = i % 2 == 0 ? 1.04 : 1.0;
            double level = 50 + 500 * random.nextDouble();
            double[] mean = GroupFixture.generate(36 + HORIZON, t -> level * Math.pow(growth, t));
            double[] y = GroupFixture.generate(36 + HORIZON, t -> mean[t] * (1 + 0.2 * random.nextGaussian()));
            String key = "region-" + i;
            full.add(TimeSeries.of(key, y));
            expected.put(key, mean);
            attributes.put(key, Map.of("growthRegion", growth > 1 ? 1.0 : 0.0));
            uninformative.put(key, Map.of("growthRegion", 0.5));
        }
        List<TimeSeries> train = heads(full, 36);
        GlobalBoostedTrees spec = quick().holdout(HORIZON).build();

        GlobalFit with = spec.fit(train, attributes);
        GlobalFit without = spec.fit(train, uninformative);

        // error against the expected values, which the noise does not blur
        double errorWith = 0;
        double errorWithout = 0;
        for (TimeSeries s : full) {
            TimeSeries truth = s.withValues(expected.get(s.key()));
            errorWith += scaledError(truth, 36, with.model(s.key()).forecast(HORIZON).mean());
            errorWithout += scaledError(truth, 36, without.model(s.key()).forecast(HORIZON).mean());
        }
        assertThat(errorWith).as("error with the attribute %s, without %s", errorWith, errorWithout)
                .isLessThan(0.7 * errorWithout);
        assertThat(with.featureNames()).endsWith("growthRegion");
        assertThat(with.importance().get("growthRegion")).isGreaterThan(0.02);
        assertThat(without.importance().get("growthRegion")).isZero();
        assertThat(with.model("region-0").parameters()).containsEntry("attribute.growthRegion", 1.0);
    }

    @Test
    void fit_seriesScaledByAConstant_getsItsForecastsBoundsAndPathsScaledByThatConstant() {
        // normalisation: series of any size look alike to the trees. 1024 is a power of two, so scaling is exact in
        // floating point and the trees see the very same numbers: the results scale exactly.
        List<TimeSeries> group = GroupFixture.seasonal(12, 48, 0.1, 2);
        List<TimeSeries> scaled = new ArrayList<>(group);
        scaled.set(3, group.get(3).withValues(times(group.get(3).values(), 1024)));
        GlobalBoostedTrees spec = quick().build();

        FittedModel original = spec.fit(group).model("item-3");
        FittedModel scaledUp = spec.fit(scaled).model("item-3");

        Forecast f = original.forecast(18, 80, 95);
        Forecast g = scaledUp.forecast(18, 80, 95);
        assertThat(g.mean()).containsExactly(times(f.mean(), 1024));
        assertThat(g.lower(95)).containsExactly(times(f.lower(95), 1024));
        assertThat(g.upper(80)).containsExactly(times(f.upper(80), 1024));
        assertThat(scaledUp.simulate(18, 5, 1L).path(4)).containsExactly(times(original.simulate(18, 5, 1L).path(4),
                1024));
        assertThat(scaledUp.parameters().get("scale")).isEqualTo(1024 * original.parameters().get("scale"));
    }

    @Test
    void forecast_intervalsAreNested_beyondTheHoldoutToo() {
        List<TimeSeries> group = GroupFixture.seasonal(20, 48, 0.15, 3);

        GlobalFit fit = quick().build().fit(group);

        assertThat(fit.holdout()).isEqualTo(12);
        assertThat(fit.holdoutSeries()).isEqualTo(20);
        for (FittedModel model : fit.models().values()) {
            Forecast f = model.forecast(30, 50, 80, 95);
            for (int k = 0; k < 30; k++) {
                String at = model.series().key() + " step " + k;
                assertThat(f.lower(95)[k]).as(at).isLessThanOrEqualTo(f.lower(80)[k]);
                assertThat(f.lower(80)[k]).as(at).isLessThanOrEqualTo(f.lower(50)[k]);
                assertThat(f.lower(50)[k]).as(at).isLessThanOrEqualTo(f.mean(k));
                assertThat(f.mean(k)).as(at).isLessThanOrEqualTo(f.upper(50)[k]);
                assertThat(f.upper(50)[k]).as(at).isLessThanOrEqualTo(f.upper(80)[k]);
                assertThat(f.upper(80)[k]).as(at).isLessThanOrEqualTo(f.upper(95)[k]);
            }
            assertThat(f.upper(95)[0] - f.lower(95)[0]).as("a real interval").isPositive();
            assertThat(f.model()).isEqualTo("GBM(global)");
        }
    }

    @Test
    void forecast_coversHeldOutValuesAboutAsOftenAsItsLevel() {
        List<TimeSeries> full = GroupFixture.seasonal(60, TRAIN + HORIZON, 0.12, 4);

        GlobalFit fit = quick().build().fit(heads(full, TRAIN));

        int inside80 = 0;
        int inside95 = 0;
        for (TimeSeries s : full) {
            Forecast f = fit.model(s.key()).forecast(HORIZON, 80, 95);
            for (int k = 0; k < HORIZON; k++) {
                double y = s.get(TRAIN + k);
                inside80 += y >= f.lower(80)[k] && y <= f.upper(80)[k] ? 1 : 0;
                inside95 += y >= f.lower(95)[k] && y <= f.upper(95)[k] ? 1 : 0;
            }
        }
        int values = full.size() * HORIZON;
        assertThat(100.0 * inside80 / values).isBetween(70.0, 90.0);
        assertThat(100.0 * inside95 / values).isBetween(88.0, 99.5);
    }

    @Test
    void nonNegative_intermittentGroup_givesNoNegativeMeanBoundOrPath() {
        SplittableRandom random = new SplittableRandom(6);
        List<TimeSeries> group = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            double p = 0.15 + 0.3 * random.nextDouble();
            group.add(TimeSeries.seasonal("part-" + i, 1, GroupFixture.generate(30,
                    t -> random.nextDouble() < p ? 1 + random.nextInt(9) : 0)));
        }

        GlobalFit fit = quick().nonNegative().build().fit(group);

        for (FittedModel model : fit.models().values()) {
            Forecast f = model.forecast(12, 80, 95);
            assertThat(f.model()).isEqualTo("nonNegative(GBM(global))");
            assertThat(min(f.lower(95))).isGreaterThanOrEqualTo(0);
            assertThat(min(f.mean())).isGreaterThanOrEqualTo(0);
            SamplePaths paths = model.simulate(12, 200, 1L);
            for (int k = 0; k < 12; k++) {
                assertThat(min(paths.atStep(k))).isGreaterThanOrEqualTo(0);
            }
            assertThat(model.fittedValues()).hasSize(30);
        }
    }

    @Test
    void simulate_isSeededAndSpreadsLikeTheIntervals() {
        List<TimeSeries> group = GroupFixture.seasonal(30, 60, 0.1, 7);
        FittedModel model = quick().build().fit(group).model("item-5");

        SamplePaths paths = model.simulate(24, 2000, 11L);

        assertThat(model.simulate(24, 2000, 11L).path(1234)).containsExactly(paths.path(1234));
        assertThat(model.simulate(24, 2000, 12L).path(1234)).isNotEqualTo(paths.path(1234));
        Forecast f = model.forecast(1, 80);
        double width = f.upper(80)[0] - f.lower(80)[0];
        double simulatedWidth = paths.quantile(0, 0.9) - paths.quantile(0, 0.1);
        // one step ahead both come from holdout one-step errors: the interval from those at the first holdout step,
        // the paths from those at every holdout step
        assertThat(simulatedWidth).isCloseTo(width, within(0.35 * width));
        assertThat(paths.mean(0)).isCloseTo(f.mean(0), within(0.5 * width));
    }

    @Test
    void fit_sameSeed_givesIdenticalNumbers_onOneThreadOrFour() throws InterruptedException, ExecutionException {
        List<TimeSeries> group = GroupFixture.seasonal(25, 48, 0.1, 8);
        GlobalBoostedTrees spec = quick().seed(99).build();

        GlobalFit here = spec.fit(group);
        GlobalFit oneThread = inPool(1, spec, group);
        GlobalFit fourThreads = inPool(4, spec, group);

        for (String key : here.keys()) {
            Forecast f = here.model(key).forecast(24, 80, 95);
            for (GlobalFit other : List.of(oneThread, fourThreads)) {
                Forecast g = other.model(key).forecast(24, 80, 95);
                assertThat(g.mean()).as(key).containsExactly(f.mean());
                assertThat(g.lower(95)).as(key).containsExactly(f.lower(95));
                assertThat(g.upper(80)).as(key).containsExactly(f.upper(80));
                assertThat(other.model(key).simulate(6, 20, 3L).path(19))
                        .containsExactly(here.model(key).simulate(6, 20, 3L).path(19));
            }
        }
        Forecast otherSeed = quick().seed(100).build().fit(group).model("item-0").forecast(24);
        assertThat(otherSeed.mean()).as("the seed drives the row subsampling")
                .isNotEqualTo(here.model("item-0").forecast(24).mean());
    }

    /** Trains in a pool of {@code threads}, where Smile's parallel streams then run. */
    private static GlobalFit inPool(int threads, GlobalBoostedTrees spec, List<TimeSeries> group)
            throws InterruptedException, ExecutionException {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> spec.fit(group)).get();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void fit_seriesTooShortForTheHoldout_stillGetsForecastsFromTheOthersErrors() {
        List<TimeSeries> group = new ArrayList<>(GroupFixture.seasonal(15, 48, 0.1, 9));
        // 26 values: enough for the 24 values of history plus one to learn from, not for a holdout of 12 more
        TimeSeries young = group.get(0).head(26).withValues(group.get(0).head(26).values());
        group.set(0, young);

        GlobalFit fit = quick().build().fit(group);

        assertThat(fit.holdoutSeries()).isEqualTo(14);
        Forecast f = fit.model(young.key()).forecast(12, 95);
        assertThat(f.upper(95)[0]).isGreaterThan(f.lower(95)[0]);
        assertThat(fit.trainingRows()).isEqualTo(14 * (48 - 24) + (26 - 24));
    }

    @Test
    void fit_constantAndZeroSeries_areForecastWithoutError() {
        List<TimeSeries> group = new ArrayList<>(GroupFixture.seasonal(10, 40, 0.1, 10));
        group.add(TimeSeries.monthly("constant", YearMonth.of(2020, 1), GroupFixture.generate(40, t -> 42)));
        group.add(TimeSeries.monthly("zeros", YearMonth.of(2020, 1), new double[40]));

        GlobalFit fit = quick().build().fit(group);

        assertThat(min(fit.model("zeros").forecast(6, 95).mean())).isFinite();
        assertThat(fit.model("zeros").parameters()).containsEntry("scale", 1.0).containsEntry("noiseScale", 0.0);
        Forecast constant = fit.model("constant").forecast(6, 95);
        assertThat(constant.lower(95)).as("no noise, no spread").containsExactly(constant.mean());
        assertThat(fit.holdoutSeries()).as("series without noise add nothing to the error pool").isEqualTo(10);
    }

    @Test
    void featureNames_followTheSettingsAndTheSeasonLength() {
        GlobalFit fit = quick().lags(3).seasonalLags(1).rollingWindows(4).holdout(2).build()
                .fit(GroupFixture.seasonal(3, 40, 0.1, 12), Map.of("item-0", Map.of("pop", 1.0, "atc", 2.0),
                        "item-1", Map.of("pop", 2.0, "atc", 2.0), "item-2", Map.of("pop", 3.0, "atc", 1.0)));

        assertThat(fit.featureNames()).containsExactly("lag1", "lag2", "lag3", "seasonalLag12", "mean4",
                "seasonPosition", "atc", "pop");
        assertThat(fit.trainingRows()).isEqualTo(3 * (40 - 12));
        assertThat(fit.importance().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, within(1e-12));
        assertThat(GlobalBoostedTrees.builder().trees(1).lags(2).holdout(2).build().fit(List.of(TimeSeries.of("a",
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11))).featureNames()).containsExactly("lag1", "lag2", "mean3", "mean6");
    }

    @Test
    void seasonOffset_comesFromTheCalendarOnlyWhenTheSeasonIsTheFrequencys() {
        assertThat(Member.seasonOffset(TimeSeries.monthly("m", YearMonth.of(2020, 4), 1, 2))).isEqualTo(3);
        assertThat(Member.seasonOffset(TimeSeries.builder("q").frequency(org.offtake.forecast.Frequency.QUARTERLY)
                .start(java.time.LocalDate.of(2020, 7, 1)).values(1, 2).build())).isEqualTo(2);
        assertThat(Member.seasonOffset(TimeSeries.seasonal("none", 12, 1, 2))).isZero();
        assertThat(Member.seasonOffset(TimeSeries.builder("m1").frequency(org.offtake.forecast.Frequency.MONTHLY)
                .seasonLength(1).start(java.time.LocalDate.of(2020, 4, 1)).values(1, 2).build())).isZero();
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElseThrow();
    }

    private static double[] times(double[] v, double factor) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= factor;
        }
        return out;
    }
}
