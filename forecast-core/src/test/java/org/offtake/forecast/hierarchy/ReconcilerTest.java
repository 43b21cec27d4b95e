package org.offtake.forecast.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.offtake.forecast.SamplePaths;

class ReconcilerTest {

    private static final double COHERENCE = 1e-9;

    static Reconciler reconciler(ReconciliationMethod method) {
        return Reconciler.builder().method(method).build();
    }

    /** Every method on every item block of three generated hierarchies, with and without non-negativity. */
    static Stream<Arguments> itemBlocks() {
        List<Arguments> out = new ArrayList<>();
        for (long seed = 1; seed <= 3; seed++) {
            Hierarchy h = Generated.hierarchy(6, seed);
            for (ReconciliationMethod method : ReconciliationMethod.values()) {
                for (boolean nonNegative : new boolean[] {false, true}) {
                    out.add(Arguments.of(h, seed, method, nonNegative));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "seed {1} {2} non-negative {3}")
    @MethodSource("itemBlocks")
    void reconcile_everyMethod_givesCoherentMeansAndPaths(Hierarchy h, long seed, ReconciliationMethod method,
                                                          boolean nonNegative) {
        Reconciler.Builder b = Reconciler.builder().method(method);
        if (nonNegative) {
            b.nonNegative();
        }
        Reconciler reconciler = b.build();
        for (String item : h.items()) {
            Block block = h.itemBlock(item);
            Reconciled r = reconciler.reconcile(Generated.base(block, seed * 100 + item.hashCode()));
            assertCoherent(r);
            assertThat(r.pathCount()).isEqualTo(Generated.PATHS);
            if (nonNegative) {
                for (String key : block.keys()) {
                    assertThat(min(r.mean(key))).as(key).isGreaterThanOrEqualTo(0);
                    SamplePaths paths = r.paths(key);
                    for (int t = 0; t < paths.horizon(); t++) {
                        assertThat(min(paths.atStep(t))).as(key + " step " + t).isGreaterThanOrEqualTo(0);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = ReconciliationMethod.class, names = {"BOTTOM_UP", "OLS", "WLS_STRUCTURAL", "WLS_VARIANCE",
            "MINT_SHRINK"})
    void reconcile_wholeBlockOfEveryLevel_isCoherent(ReconciliationMethod method) {
        Hierarchy h = Generated.hierarchy(5, 11);
        Block whole = h.wholeBlock();
        Reconciled r = reconciler(method).reconcile(Generated.base(whole, 12));
        assertThat(whole.aggregateKeys()).contains("all", "J01", "A10", "item0");
        assertCoherent(r);
    }

    static Stream<Arguments> projectionMethods() {
        return Stream.of(ReconciliationMethod.values()).filter(ReconciliationMethod::isProjection)
                .flatMap(m -> Stream.of(Arguments.of(m, "item"), Arguments.of(m, "whole")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("projectionMethods")
    void reconcile_projection_keepsCoherentForecastsUnchanged(ReconciliationMethod method, String which) {
        Hierarchy h = Generated.hierarchy(4, 21);
        Block block = which.equals("whole") ? h.wholeBlock() : h.itemBlock("item2");
        BaseForecasts incoherent = Generated.base(block, 22);
        // Coherent base forecasts: the bottoms' base forecasts, summed; residuals as generated.
        BaseForecasts.Builder coherent = BaseForecasts.builder(block);
        double[][] summed = new double[block.size()][Generated.HORIZON];
        // the bottoms less 5 (some negative), then their sums
        for (int j = 0; j < block.bottomCount(); j++) {
            for (int t = 0; t < Generated.HORIZON; t++) {
                summed[block.aggregateCount() + j][t] = incoherent.mean(block.aggregateCount() + j)[t] - 5;
            }
        }
        block.aggregatePath(summed, Generated.HORIZON);
        for (int i = 0; i < block.size(); i++) {
            coherent.mean(block.keys().get(i), summed[i]).residuals(block.keys().get(i), incoherent.residuals(i));
        }
        Reconciled r = reconciler(method).reconcile(coherent.build());
        for (int i = 0; i < block.size(); i++) {
            String key = block.keys().get(i);
            double[] expected = summed[i];
            assertThat(r.mean(key)).as(key).containsExactly(expected, within(1e-9 * scale(expected)));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("projectionMethods")
    void projection_satisfiesSPSEqualsS(ReconciliationMethod method, String which) {
        Hierarchy h = Generated.hierarchy(4, 31);
        Block block = which.equals("whole") ? h.wholeBlock() : h.itemBlock("item1");
        RealMatrix p = reconciler(method).projection(Generated.base(block, 32));
        RealMatrix s = block.summingMatrix();
        RealMatrix sps = s.multiply(p).multiply(s);
        assertThat(sps.subtract(s).getNorm()).isLessThan(1e-9);
        // P S = I: the bottoms of coherent forecasts are kept.
        RealMatrix ps = p.multiply(s);
        assertThat(ps.subtract(MatrixUtils.createRealIdentityMatrix(block.bottomCount())).getNorm()).isLessThan(1e-9);
    }

    @Test
    void reconcile_bottomUp_sumsTheBottomsExactly() {
        Block block = HierarchyTest.small().itemBlock("amox");
        BaseForecasts base = BaseForecasts.builder(block)
                .mean("amox/ALA", 1.5, 2.25).mean("amox/AST", 10, 20).mean("amox/SHY", 0.125, -3).build();
        Reconciled r = reconciler(ReconciliationMethod.BOTTOM_UP).reconcile(base);
        assertThat(r.mean("amox")).containsExactly(11.625, 19.25);
        assertThat(r.mean("amox/SHY")).containsExactly(0.125, -3);
        Reconciled nn = Reconciler.builder().method(ReconciliationMethod.BOTTOM_UP).nonNegative().build()
                .reconcile(base);
        assertThat(nn.mean("amox")).containsExactly(11.625, 22.25);
        assertThat(nn.mean("amox/SHY")).containsExactly(0.125, 0);
        assertThat(r.hasPaths()).isFalse();
        assertThat(r.shrinkage()).isEmpty();
    }

    @Test
    void reconcile_topDown_splitsTheItemByProportionsThatAddUpToOne() {
        Block block = HierarchyTest.small().itemBlock("amox");
        BaseForecasts base = BaseForecasts.builder(block)
                .mean("amox", 100, 200)
                .mean("amox/ALA", 30, 10).mean("amox/AST", 10, 0).mean("amox/SHY", 60, -5)
                .history("amox/ALA", 1, 0, 3, 0).history("amox/AST", 1, 0, 1, 2).history("amox/SHY", 2, 0, 0, 2)
                .build();
        // A1: periods 0, 2, 3 (period 1 has no demand): ALA (1/4 + 3/4 + 0) / 3, AST (1/4 + 1/4 + 1/2) / 3, ...
        assertThat(reconciler(ReconciliationMethod.TOP_DOWN_AVERAGE_PROPORTIONS).reconcile(base).mean("amox/ALA"))
                .containsExactly(new double[] {100.0 / 3, 200.0 / 3}, within(1e-12));
        assertThat(reconciler(ReconciliationMethod.TOP_DOWN_AVERAGE_PROPORTIONS).reconcile(base).mean("amox/AST"))
                .containsExactly(new double[] {100.0 / 3, 200.0 / 3}, within(1e-12));
        // F2: sums 4, 4, 4 of 12.
        Reconciled f2 = reconciler(ReconciliationMethod.TOP_DOWN_PROPORTIONS_OF_AVERAGES).reconcile(base);
        assertThat(f2.mean("amox/SHY")).containsExactly(new double[] {100.0 / 3, 200.0 / 3}, within(1e-12));
        assertThat(f2.mean("amox")).containsExactly(new double[] {100, 200}, within(1e-12));
        // Forecast proportions: 0.3, 0.1, 0.6 at step 0; at step 1 the negative SHY counts as zero: 10/10.
        Reconciled fp = reconciler(ReconciliationMethod.TOP_DOWN_FORECAST_PROPORTIONS).reconcile(base);
        assertThat(fp.mean("amox/ALA")).containsExactly(new double[] {30, 200}, within(1e-12));
        assertThat(fp.mean("amox/AST")).containsExactly(new double[] {10, 0}, within(1e-12));
        assertThat(fp.mean("amox/SHY")).containsExactly(new double[] {60, 0}, within(1e-12));
    }

    @Test
    void proportions_addUpToOne_includingDegenerateHistories() {
        double[][] histories = {{0, 3, 0, 7}, {0, 1, 0, 0}, {0, 0, 0, 1.5}};
        assertThat(sum(Proportions.averageHistorical(histories))).isCloseTo(1, within(1e-15));
        assertThat(sum(Proportions.ofAverages(histories))).isCloseTo(1, within(1e-15));
        assertThat(Proportions.averageHistorical(histories)).containsExactly(
                new double[] {(0.75 + 7 / 8.5) / 2, 0.125, (1.5 / 8.5) / 2}, within(1e-15));
        double[][] none = {{0, 0}, {0, 0}, {0, 0}, {0, 0}};
        assertThat(Proportions.averageHistorical(none)).containsExactly(0.25, 0.25, 0.25, 0.25);
        assertThat(Proportions.ofAverages(none)).containsExactly(0.25, 0.25, 0.25, 0.25);
        assertThat(Proportions.ofForecasts(new double[] {-1, -2}, new double[] {0.9, 0.1})).containsExactly(0.9, 0.1);
        assertThat(sum(Proportions.ofForecasts(new double[] {3.1, 0.7, 11}, null))).isCloseTo(1, within(1e-15));
    }

    @Test
    void reconcile_nonNegative_changesNothingWhenAlreadyNonNegative() {
        Block block = Generated.hierarchy(3, 41).itemBlock("item0");
        BaseForecasts base = Generated.base(block, 42);
        Reconciled plain = reconciler(ReconciliationMethod.MINT_SHRINK).reconcile(base);
        for (String key : block.keys()) {
            assertThat(min(plain.mean(key))).as(key).isPositive();
        }
        Reconciled nn = Reconciler.builder().method(ReconciliationMethod.MINT_SHRINK).nonNegative().build()
                .reconcile(base);
        for (String key : block.keys()) {
            assertThat(nn.mean(key)).containsExactly(plain.mean(key));
        }
        assertThat(nn.method()).isEqualTo("MinT shrink, non-negative");
    }

    @Test
    void reconcile_mintShrink_withANodeThatNeverHadDemand_keepsItsZeroForecast() {
        Block block = HierarchyTest.small().itemBlock("amox");
        BaseForecasts.Builder b = Generated.builder(block, 51, false);
        BaseForecasts generated = b.build();
        BaseForecasts.Builder zero = BaseForecasts.builder(block);
        for (int i = 0; i < block.size(); i++) {
            String key = block.keys().get(i);
            boolean never = key.equals("amox/SHY");
            zero.mean(key, never ? new double[Generated.HORIZON] : generated.mean(i))
                    .residuals(key, never ? new double[Generated.PERIODS] : generated.residuals(i));
        }
        Reconciled r = reconciler(ReconciliationMethod.MINT_SHRINK).reconcile(zero.build());
        assertCoherent(r);
        for (double v : r.mean("amox/SHY")) {
            assertThat(v).isCloseTo(0, within(1e-6));
        }
        assertThat(r.shrinkage().orElseThrow()).isBetween(0.0, 1.0);
    }

    @Test
    void reconcile_residualsWithMissingStartsAndDifferentLengths_useTheCommonCompletePeriods() {
        Block block = HierarchyTest.small().itemBlock("insulin");
        double[] item = {Double.NaN, 1.0, -2.0, 0.5, 1.5, -1.0, 2.0};
        double[] ala = {0.4, -1.1, 0.3, 0.9, -0.7, 1.2};
        double[] ast = {0.7, -0.9, -0.2, 0.6, -0.1, 0.8};
        BaseForecasts aligned = BaseForecasts.builder(block)
                .mean("insulin", 10, 11).mean("insulin/ALA", 4, 5).mean("insulin/AST", 5, 5)
                .residuals("insulin", item).residuals("insulin/ALA", ala).residuals("insulin/AST", ast).build();
        BaseForecasts trimmed = BaseForecasts.builder(block)
                .mean("insulin", 10, 11).mean("insulin/ALA", 4, 5).mean("insulin/AST", 5, 5)
                .residuals("insulin", Arrays.copyOfRange(item, 1, 7))
                .residuals("insulin/ALA", ala).residuals("insulin/AST", ast).build();
        Reconciler mint = reconciler(ReconciliationMethod.MINT_SHRINK);
        assertThat(mint.reconcile(aligned).mean("insulin/ALA")).containsExactly(mint.reconcile(trimmed)
                .mean("insulin/ALA"));
        assertThat(mint.reconcile(aligned).shrinkage()).isEqualTo(mint.reconcile(trimmed).shrinkage());
    }

    @Test
    void reconcile_missingForecast_namesTheSeriesAndTheMethod() {
        Block block = HierarchyTest.small().itemBlock("insulin");
        BaseForecasts base = BaseForecasts.builder(block).mean("insulin", 10).mean("insulin/ALA", 4).build();
        assertThatThrownBy(() -> reconciler(ReconciliationMethod.OLS).reconcile(base))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("series 'insulin/AST': OLS needs its point forecast (block 'insulin')");
        assertThatThrownBy(() -> reconciler(ReconciliationMethod.BOTTOM_UP).reconcile(base))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("series 'insulin/AST'");
        assertThatThrownBy(() -> reconciler(ReconciliationMethod.TOP_DOWN_PROPORTIONS_OF_AVERAGES).reconcile(base))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("series 'insulin/ALA': top-down historical proportions need the history");
        assertThatThrownBy(() -> reconciler(ReconciliationMethod.MINT_SHRINK).reconcile(
                BaseForecasts.builder(block).mean("insulin", 10).mean("insulin/ALA", 4).mean("insulin/AST", 5)
                        .build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("series 'insulin': MinT shrink needs the in-sample one-step residuals");
    }

    @Test
    void reconcile_tooFewCompleteResidualPeriods_isRejected() {
        Block block = HierarchyTest.small().itemBlock("insulin");
        BaseForecasts base = BaseForecasts.builder(block).mean("insulin", 10).mean("insulin/ALA", 4)
                .mean("insulin/AST", 5).residuals("insulin", Double.NaN, 1, 2)
                .residuals("insulin/ALA", 1, Double.NaN, 3)
                .residuals("insulin/AST", 1, 2, 3).build();
        assertThatThrownBy(() -> reconciler(ReconciliationMethod.WLS_VARIANCE).reconcile(base))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("block 'insulin': WLS variance needs at least 2 periods")
                .hasMessageContaining("found 1");
    }

    @Test
    void reconcile_topDownOnABlockWithSeveralAggregates_isRejected() {
        Block whole = HierarchyTest.small().wholeBlock();
        BaseForecasts base = Generated.base(whole, 61);
        assertThatThrownBy(() -> reconciler(ReconciliationMethod.TOP_DOWN_FORECAST_PROPORTIONS).reconcile(base))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("block 'whole hierarchy' has 5 aggregates")
                .hasMessageContaining("Hierarchy.itemBlock");
    }

    @Test
    void baseForecasts_mismatchedShapes_areRejectedWithTheSeries() {
        Block block = HierarchyTest.small().itemBlock("insulin");
        assertThatThrownBy(() -> BaseForecasts.builder(block).mean("insulin", 1, 2).mean("insulin/ALA", 1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "series 'insulin/ALA': point forecast has 1 steps, expected 2 as series 'insulin'");
        assertThatThrownBy(() -> BaseForecasts.builder(block).mean("insulin", 1, 2)
                .paths(SamplePaths.of("insulin", "m", new double[][] {{1, 2}, {3, 4}}))
                .paths(SamplePaths.of("insulin/ALA", "m", new double[][] {{1, 2}})).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("series 'insulin/ALA': 1 sample paths, expected 2 as series 'insulin'");
        assertThatThrownBy(() -> BaseForecasts.builder(block).mean("insulin", 1, 2)
                .paths(SamplePaths.of("insulin", "m", new double[][] {{1, 2, 3}})).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("series 'insulin': sample paths have 3 steps, expected 2");
        assertThatThrownBy(() -> BaseForecasts.builder(block).mean("amox", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("series 'amox' is not a node of block 'insulin'");
        assertThatThrownBy(() -> BaseForecasts.builder(block).mean("insulin", 1).mean("insulin", 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("series 'insulin': point forecast given twice");
        assertThatThrownBy(() -> BaseForecasts.builder(block).mean("insulin", 1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("series 'insulin': point forecast at index 1 is NaN");
        assertThatThrownBy(() -> BaseForecasts.builder(block).history("insulin/ALA", 1, 2)
                .history("insulin/AST", 1).mean("insulin", 1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("series 'insulin/AST': history has 1 values, expected 2");
        assertThatThrownBy(() -> BaseForecasts.builder(block).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("block 'insulin': no node has a point forecast");
    }

    @Test
    void reconcile_pathsForSomeNodesOnly_namesTheNodeWithout() {
        Block block = HierarchyTest.small().itemBlock("insulin");
        BaseForecasts base = BaseForecasts.builder(block).mean("insulin", 10).mean("insulin/ALA", 4)
                .mean("insulin/AST", 5).paths(SamplePaths.of("insulin", "m", new double[][] {{10}, {11}}))
                .paths(SamplePaths.of("insulin/ALA", "m", new double[][] {{4}, {5}})).build();
        assertThatThrownBy(() -> reconciler(ReconciliationMethod.OLS).reconcile(base))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("series 'insulin/AST': OLS reconciles paths jointly and needs this node's "
                        + "sample paths, as series 'insulin'");
        // Top-down needs the item's paths only.
        Reconciled td = reconciler(ReconciliationMethod.TOP_DOWN_FORECAST_PROPORTIONS).reconcile(base);
        assertThat(td.paths("insulin/AST").atStep(0)).containsExactly(new double[] {10 * 5.0 / 9, 11 * 5.0 / 9},
                within(1e-12));
    }

    @Test
    void builder_rejectsMissingOrRepeatedSettings() {
        assertThatThrownBy(() -> Reconciler.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("method is required");
        assertThatThrownBy(() -> Reconciler.builder().method(ReconciliationMethod.OLS)
                .method(ReconciliationMethod.OLS)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Reconciler.builder().nonNegative().nonNegative())
                .isInstanceOf(IllegalStateException.class);
    }

    /** Every aggregate equals the sum of its bottoms, for means and every path, within 1e-9 relative. */
    static void assertCoherent(Reconciled r) {
        Block block = r.block();
        for (String agg : block.aggregateKeys()) {
            List<String> bottoms = block.bottomsOf(agg);
            double[] mean = r.mean(agg);
            for (int t = 0; t < r.horizon(); t++) {
                double sum = 0;
                double scale = 0;
                for (String b : bottoms) {
                    sum += r.mean(b)[t];
                    scale += Math.abs(r.mean(b)[t]);
                }
                assertThat(mean[t]).as(agg + " step " + t).isCloseTo(sum, within(COHERENCE * Math.max(1, scale)));
                for (int p = 0; p < r.pathCount(); p++) {
                    double ps = 0;
                    double pscale = 0;
                    for (String b : bottoms) {
                        ps += r.value(b, p, t);
                        pscale += Math.abs(r.value(b, p, t));
                    }
                    assertThat(r.value(agg, p, t)).as(agg + " path " + p + " step " + t)
                            .isCloseTo(ps, within(COHERENCE * Math.max(1, pscale)));
                }
            }
        }
    }

    private static double scale(double[] v) {
        return Math.max(1, Arrays.stream(v).map(Math::abs).max().orElse(1));
    }

    static double min(double[] v) {
        return Arrays.stream(v).min().orElseThrow();
    }

    private static double sum(double[] v) {
        return Arrays.stream(v).sum();
    }
}
