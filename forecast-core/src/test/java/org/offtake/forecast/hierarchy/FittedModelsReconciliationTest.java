package org.offtake.forecast.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.offtake.forecast.FittedModel;
import org.offtake.forecast.Forecast;
import org.offtake.forecast.SamplePaths;
import org.offtake.forecast.TimeSeries;
import org.offtake.forecast.baseline.Baselines;
import org.offtake.forecast.ets.Ets;

/**
 * The whole chain on fitted models: ETS per node of an item block (the item's national series and its regions),
 * reconciled with MinT shrink, then split among manufacturers. Residuals come from {@code FittedModel.residuals()}
 * (the naive method's first residual is NaN, so alignment is exercised).
 */
class FittedModelsReconciliationTest {

    private static final YearMonth START = YearMonth.of(2021, 1);

    @Test
    void mintShrink_onEtsFits_givesCoherentNonNegativeForecastsAndVolumes() {
        Hierarchy h = Hierarchy.builder().bottom("amox/ALA", "amox", "ALA").bottom("amox/AST", "amox", "AST")
                .bottom("amox/SHY", "amox", "SHY").build();
        Block block = h.itemBlock("amox");
        Map<String, TimeSeries> series = series();
        BaseForecasts.Builder base = BaseForecasts.builder(block);
        for (String key : block.keys()) {
            FittedModel fit = (key.equals("amox/SHY") ? Baselines.naive() : Ets.auto().nonNegative())
                    .fit(series.get(key));
            base.forecast(fit.forecast(12)).paths(fit.simulate(12, 500, 42L)).fitted(fit);
        }
        Reconciled r = Reconciler.builder().method(ReconciliationMethod.MINT_SHRINK).nonNegative().reorderPaths(1)
                .build().reconcile(base.build());
        ReconcilerTest.assertCoherent(r);
        assertThat(r.shrinkage()).isPresent();
        for (String key : block.keys()) {
            assertThat(ReconcilerTest.min(r.mean(key))).as(key).isGreaterThanOrEqualTo(0);
        }
        Forecast national = r.forecast("amox", series.get("amox"), 80, 95);
        assertThat(national.periodLabel(0)).isEqualTo("2024-01");
        for (int t = 0; t < 12; t++) {
            assertThat(national.lower(95)[t]).isLessThanOrEqualTo(national.lower(80)[t]);
            assertThat(national.upper(80)[t]).isLessThanOrEqualTo(national.upper(95)[t]);
        }

        ManufacturerShares shares = ManufacturerShares.builder("amox")
                .purchases("Nobel", scaled(series.get("amox"), 0.5)).purchases("Santo", scaled(series.get("amox"), 0.3))
                .itemPurchases(series.get("amox").values()).recentPeriods(12).contracted("Khimpharm", 0.25).build();
        ManufacturerVolumes v = shares.volumes(r.mean("amox"), r.paths("amox"));
        double[] itemYear = r.paths("amox").totals(0, 12);
        double[] sumYear = new double[itemYear.length];
        for (String m : v.manufacturers()) {
            double[] year = v.paths(m).totals(0, 12);
            for (int p = 0; p < year.length; p++) {
                sumYear[p] += year[p];
            }
        }
        for (int p = 0; p < itemYear.length; p++) {
            assertThat(sumYear[p]).isCloseTo(itemYear[p], within(1e-9 * Math.max(1, itemYear[p])));
        }
        assertThat(v.shares().share("Nobel")).isCloseTo(0.75 * 0.5, within(1e-12));
    }

    /** Three regions with trend and season, whole numbers; the item's national series is their sum. */
    private static Map<String, TimeSeries> series() {
        SplittableRandom random = new SplittableRandom(17);
        Map<String, TimeSeries> out = new LinkedHashMap<>();
        double[] total = new double[36];
        String[] regions = {"ALA", "AST", "SHY"};
        double[] levels = {120, 80, 15};
        for (int r = 0; r < regions.length; r++) {
            double[] v = new double[36];
            for (int t = 0; t < v.length; t++) {
                double season = 1 + 0.2 * Math.sin(2 * Math.PI * t / 12);
                v[t] = Math.max(0, Math.round(levels[r] * season * (1 + 0.01 * t) + 8 * random.nextGaussian()));
                total[t] += v[t];
            }
            out.put("amox/" + regions[r], TimeSeries.monthly("amox/" + regions[r], START, v));
        }
        out.put("amox", TimeSeries.monthly("amox", START, total));
        return out;
    }

    private static double[] scaled(TimeSeries s, double share) {
        return s.stream().map(v -> v * share).toArray();
    }

    @Test
    void reorderPaths_withoutPaths_needsNoResiduals() {
        Block block = HierarchyTest.small().itemBlock("insulin");
        Reconciled r = Reconciler.builder().method(ReconciliationMethod.OLS).reorderPaths(3).build().reconcile(
                BaseForecasts.builder(block).mean("insulin", 9).mean("insulin/ALA", 4).mean("insulin/AST", 4).build());
        assertThat(r.mean("insulin")).containsExactly(new double[] {26.0 / 3}, within(1e-12));
        assertThat(r.mean("insulin/ALA")).containsExactly(new double[] {13.0 / 3}, within(1e-12));
        assertThat(r.hasPaths()).isFalse();
    }

    @Test
    void samplePathsOfTheBase_areNotChangedByReconciliation() {
        Block block = HierarchyTest.small().itemBlock("insulin");
        SamplePaths item = SamplePaths.of("insulin", "m", new double[][] {{10}, {20}});
        BaseForecasts base = BaseForecasts.builder(block).mean("insulin", 9).mean("insulin/ALA", 4)
                .mean("insulin/AST", 4).paths(item)
                .paths(SamplePaths.of("insulin/ALA", "m", new double[][] {{4}, {6}}))
                .paths(SamplePaths.of("insulin/AST", "m", new double[][] {{5}, {5}})).build();
        Reconciled r = Reconciler.builder().method(ReconciliationMethod.OLS).build().reconcile(base);
        assertThat(item.path(0)).containsExactly(10);
        // OLS on one aggregate of two bottoms moves each bottom by a third of the incoherence.
        assertThat(r.paths("insulin/ALA").atStep(0)).containsExactly(new double[] {4 + 1.0 / 3, 6 + 3.0},
                within(1e-12));
    }
}
