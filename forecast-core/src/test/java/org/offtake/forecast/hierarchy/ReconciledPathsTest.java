package org.offtake.forecast.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;

import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.offtake.forecast.Forecast;
import org.offtake.forecast.SamplePaths;
import org.offtake.forecast.TimeSeries;

class ReconciledPathsTest {

    @Test
    void reconcile_mintShrinkPaths_areTheProjectionOfEachJointPath() {
        Block block = Generated.hierarchy(3, 71).itemBlock("item1");
        BaseForecasts base = Generated.base(block, 72);
        Reconciler mint = Reconciler.builder().method(ReconciliationMethod.MINT_SHRINK).build();
        Reconciled r = mint.reconcile(base);
        RealMatrix sp = block.summingMatrix().multiply(mint.projection(base));
        for (int p = 0; p < base.pathCount(); p += 7) {
            for (int t = 0; t < base.horizon(); t++) {
                double[] y = new double[block.size()];
                for (int i = 0; i < y.length; i++) {
                    y[i] = base.paths(i)[p][t];
                }
                RealVector expected = sp.operate(MatrixUtils.createRealVector(y));
                for (int i = 0; i < y.length; i++) {
                    assertThat(r.value(block.keys().get(i), p, t)).as("path " + p + " step " + t + " node " + i)
                            .isCloseTo(expected.getEntry(i), within(1e-9 * Math.max(1, Math.abs(y[i]))));
                }
            }
        }
    }

    @Test
    void forecast_boundsOfAnAggregate_areQuantilesOfItsCoherentPaths() {
        Block block = Generated.hierarchy(3, 81).itemBlock("item0");
        Reconciled r = Reconciler.builder().method(ReconciliationMethod.WLS_STRUCTURAL).build()
                .reconcile(Generated.base(block, 82));
        String item = "item0";
        TimeSeries history = TimeSeries.of("history of the item", 1, 2, 3);
        Forecast f = r.forecast(item, history, 80, 95);
        SamplePaths paths = r.paths(item);
        assertThat(f.seriesKey()).isEqualTo(item);
        assertThat(f.mean()).containsExactly(r.mean(item));
        assertThat(f.periodLabel(0)).isEqualTo("4");
        for (int t = 0; t < r.horizon(); t++) {
            assertThat(f.upper(95)[t]).isEqualTo(paths.quantile(t, 0.975));
            assertThat(f.lower(80)[t]).isEqualTo(paths.quantile(t, 0.1));
        }
        assertThat(r.forecast(item, history).levels()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ReconciliationMethod.class, names = "TOP_DOWN_FORECAST_PROPORTIONS",
            mode = EnumSource.Mode.EXCLUDE)
    void everyPath_isReconciledAsItsValuesWouldBeAsMeans_bitForBit(ReconciliationMethod method) {
        // (forecast proportions are taken from the means, so reconciling a path as means changes them)
        Block block = Generated.hierarchy(3, 71).itemBlock("item1");
        assertThat(block.bottomCount()).isGreaterThan(1);
        BaseForecasts base = Generated.base(block, 72);
        Reconciler reconciler = Reconciler.builder().method(method).nonNegative().build();
        Reconciled r = reconciler.reconcile(base);

        for (int p : new int[] {0, 7, base.pathCount() - 1}) {
            BaseForecasts.Builder asMeans = BaseForecasts.builder(block);
            for (int i = 0; i < block.size(); i++) {
                String key = block.keys().get(i);
                asMeans.mean(key, base.paths(i)[p]).residuals(key, base.residuals(i));
                if (base.hasHistory(i)) {
                    asMeans.history(key, base.history(i));
                }
            }
            Reconciled ofMeans = reconciler.reconcile(asMeans.build());
            for (String key : block.keys()) {
                double[] path = r.paths(key).path(p);
                assertThat(path).as("%s path %d of %s", method, p, key).containsExactly(ofMeans.mean(key));
            }
        }
    }

    @Test
    void forecastOverFewerSteps_isTheFullForecastCutShort_bitForBit() {
        Block block = Generated.hierarchy(3, 81).itemBlock("item0");
        Reconciled r = Reconciler.builder().method(ReconciliationMethod.WLS_STRUCTURAL).build()
                .reconcile(Generated.base(block, 82));
        TimeSeries history = TimeSeries.of("item0", 1, 2, 3);
        assertThat(r.horizon()).isGreaterThan(2);
        int steps = r.horizon() - 2;

        Forecast full = r.forecast("item0", history, 80, 95);
        Forecast shorter = r.forecastFirst(steps, "item0", history, 80, 95);

        assertThat(shorter.horizon()).isEqualTo(steps);
        assertThat(shorter.mean()).containsExactly(Arrays.copyOf(full.mean(), steps));
        for (double level : new double[] {80, 95}) {
            assertThat(shorter.lower(level)).containsExactly(Arrays.copyOf(full.lower(level), steps));
            assertThat(shorter.upper(level)).containsExactly(Arrays.copyOf(full.upper(level), steps));
        }
        assertThatThrownBy(() -> r.forecastFirst(0, "item0", history, 80)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("steps must be in 1.." + r.horizon());
        assertThatThrownBy(() -> r.forecastFirst(r.horizon() + 1, "item0", history, 80))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was " + (r.horizon() + 1));
    }

    @Test
    void quantileOfASum_isNotTheSumOfQuantiles_forIndependentRegions() {
        Block block = Generated.hierarchy(3, 91).itemBlock("item2");
        assertThat(block.bottomCount()).isGreaterThan(1);
        Reconciled r = Reconciler.builder().method(ReconciliationMethod.BOTTOM_UP).build()
                .reconcile(Generated.base(block, 92));
        double sumOfUpper = 0;
        for (String b : block.bottomKeys()) {
            sumOfUpper += r.paths(b).quantile(0, 0.9);
        }
        assertThat(r.paths("item2").quantile(0, 0.9)).isLessThan(sumOfUpper);
    }

    @Test
    void reconciled_withoutPaths_saysSo() {
        Block block = HierarchyTest.small().itemBlock("insulin");
        Reconciled r = Reconciler.builder().method(ReconciliationMethod.OLS).build().reconcile(
                BaseForecasts.builder(block).mean("insulin", 10).mean("insulin/ALA", 4).mean("insulin/AST", 5)
                        .build());
        assertThat(r.hasPaths()).isFalse();
        assertThatThrownBy(() -> r.paths("insulin/ALA")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("series 'insulin/ALA': block 'insulin' was reconciled without sample paths");
        assertThat(r.forecast("insulin", TimeSeries.of("insulin", 9, 9)).mean()).containsExactly(r.mean("insulin"));
    }

    @Test
    void reorderPaths_withIdenticalResiduals_makesRegionTotalsComonotone() {
        BaseForecasts base = twoRegions(1.0, 400);
        Reconciled plain = Reconciler.builder().method(ReconciliationMethod.BOTTOM_UP).build().reconcile(base);
        Reconciled reordered = Reconciler.builder().method(ReconciliationMethod.BOTTOM_UP).reorderPaths(7).build()
                .reconcile(base);
        int[] rank1 = ranks(reordered.paths("x/1").totals(0, 6));
        int[] rank2 = ranks(reordered.paths("x/2").totals(0, 6));
        assertThat(rank1).containsExactly(rank2);
        assertThat(Math.abs(spearman(plain.paths("x/1").totals(0, 6), plain.paths("x/2").totals(0, 6))))
                .isLessThan(0.15);
        assertThat(reordered.method()).isEqualTo("bottom-up, paths reordered");
    }

    @Test
    void reorderPaths_withOppositeResiduals_makesRegionTotalsMoveApart() {
        BaseForecasts base = twoRegions(-1.0, 400);
        Reconciled reordered = Reconciler.builder().method(ReconciliationMethod.BOTTOM_UP).reorderPaths(7).build()
                .reconcile(base);
        assertThat(spearman(reordered.paths("x/1").totals(0, 6), reordered.paths("x/2").totals(0, 6)))
                .isLessThan(-0.95);
    }

    @Test
    void reorderPaths_keepsEveryNodesPathsWholeAndWidensThePositivelyDependentTotal() {
        BaseForecasts base = twoRegions(1.0, 400);
        Reconciled plain = Reconciler.builder().method(ReconciliationMethod.BOTTOM_UP).build().reconcile(base);
        Reconciled reordered = Reconciler.builder().method(ReconciliationMethod.BOTTOM_UP).reorderPaths(7).build()
                .reconcile(base);
        for (String key : new String[] {"x/1", "x/2"}) {
            double[][] before = rows(plain.paths(key));
            double[][] after = rows(reordered.paths(key));
            Comparator<double[]> lexicographic = Arrays::compare;
            Arrays.sort(before, lexicographic);
            Arrays.sort(after, lexicographic);
            assertThat(after).isDeepEqualTo(before);
        }
        assertThat(variance(reordered.paths("x").totals(0, 6)))
                .isGreaterThan(1.5 * variance(plain.paths("x").totals(0, 6)));
    }

    @Test
    void reorderPaths_sameSeedSamePaths_otherSeedOtherOrder() {
        BaseForecasts base = twoRegions(1.0, 100);
        Reconciled a = Reconciler.builder().method(ReconciliationMethod.MINT_SHRINK).reorderPaths(3).build()
                .reconcile(base);
        Reconciled b = Reconciler.builder().method(ReconciliationMethod.MINT_SHRINK).reorderPaths(3).build()
                .reconcile(base);
        Reconciled c = Reconciler.builder().method(ReconciliationMethod.MINT_SHRINK).reorderPaths(4).build()
                .reconcile(base);
        assertThat(rows(a.paths("x/1"))).isDeepEqualTo(rows(b.paths("x/1")));
        assertThat(rows(a.paths("x/1"))).isNotEqualTo(rows(c.paths("x/1")));
        ReconcilerTest.assertCoherent(a);
    }

    @Test
    void reorderPaths_withoutResiduals_isRejected() {
        Block block = HierarchyTest.small().itemBlock("insulin");
        BaseForecasts base = BaseForecasts.builder(block).mean("insulin/ALA", 4).mean("insulin/AST", 5)
                .paths(SamplePaths.of("insulin/ALA", "m", new double[][] {{4}, {5}}))
                .paths(SamplePaths.of("insulin/AST", "m", new double[][] {{4}, {5}})).build();
        assertThatThrownBy(() -> Reconciler.builder().method(ReconciliationMethod.BOTTOM_UP).reorderPaths(1).build()
                .reconcile(base)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("series 'insulin': reordering paths needs the in-sample one-step residuals");
    }

    /**
     * Item x in regions 1 and 2 with independent base paths over 6 steps; residuals of region 2 are {@code sign}
     * times region 1's, the item's their sum.
     */
    private static BaseForecasts twoRegions(double sign, int count) {
        Hierarchy h = Hierarchy.builder().bottom("x/1", "x", "1").bottom("x/2", "x", "2").build();
        Block block = h.itemBlock("x");
        SplittableRandom random = new SplittableRandom(5);
        BaseForecasts.Builder b = BaseForecasts.builder(block);
        double[] e = new double[36];
        for (int t = 0; t < e.length; t++) {
            e[t] = random.nextGaussian();
        }
        double[] e2 = Arrays.stream(e).map(v -> sign * v).toArray();
        b.residuals("x/1", e).residuals("x/2", e2)
                .residuals("x", java.util.stream.IntStream.range(0, 36).mapToDouble(t -> e[t] + e2[t]).toArray());
        for (String key : block.keys()) {
            double level = key.equals("x") ? 200 : 100;
            double[][] paths = new double[count][6];
            for (int p = 0; p < count; p++) {
                double shift = 10 * random.nextGaussian();
                for (int t = 0; t < 6; t++) {
                    paths[p][t] = level + shift + random.nextGaussian();
                }
            }
            b.mean(key, level, level, level, level, level, level).paths(SamplePaths.of(key, "m", paths));
        }
        return b.build();
    }

    private static double[][] rows(SamplePaths s) {
        double[][] out = new double[s.count()][];
        for (int p = 0; p < out.length; p++) {
            out[p] = s.path(p);
        }
        return out;
    }

    private static int[] ranks(double[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
        int[] rank = new int[v.length];
        for (int r = 0; r < v.length; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }

    private static double spearman(double[] a, double[] b) {
        int[] ra = ranks(a);
        int[] rb = ranks(b);
        double n = a.length;
        double d2 = 0;
        for (int i = 0; i < a.length; i++) {
            d2 += Math.pow(ra[i] - rb[i], 2);
        }
        return 1 - 6 * d2 / (n * (n * n - 1));
    }

    private static double variance(double[] v) {
        double mean = Arrays.stream(v).average().orElseThrow();
        return Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / (v.length - 1);
    }
}
