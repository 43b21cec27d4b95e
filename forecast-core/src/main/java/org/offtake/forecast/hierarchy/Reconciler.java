package org.offtake.forecast.hierarchy;

import java.util.Objects;

import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Makes the base forecasts of a {@link Block} coherent: means, and sample paths path by path.
 *
 * <pre>{@code
 * Reconciler mint = Reconciler.builder().method(ReconciliationMethod.MINT_SHRINK).nonNegative().build();
 * for (String item : hierarchy.items()) {
 *     Reconciled r = mint.reconcile(baseForecastsOf(hierarchy.itemBlock(item)));   // item + its regions
 *     double[] national = r.mean(item);                                            // = sum of the regions
 *     SamplePaths regionPaths = r.paths(item + "/KZ-ALA");
 *     groupTotals.add(r);                                                          // ATC groups, total
 * }
 * }</pre>
 *
 * <h2>What is reconciled jointly</h2>
 * Everything in one block, and nothing across blocks. With {@link Hierarchy#itemBlock} that is one item's national
 * total with its regions; groups and the grand total are then sums of the reconciled items ({@link GroupTotals}),
 * bottom-up above the items. Time and memory grow linearly with the number of items: a caller can reconcile 2,000
 * items x 20 regions with 1,000 paths each one item at a time, holding one item's paths. {@link
 * Hierarchy#wholeBlock} reconciles a small hierarchy's every level in one projection.
 *
 * <h2>Sample paths</h2>
 * Path {@code j} of every node of the block forms one joint draw; the method maps it, step by step, to coherent
 * values, with the same projection or proportions as the means (Panagiotelis, Gamakumara, Athanasopoulos &amp;
 * Hyndman 2023, "Probabilistic forecast reconciliation: properties, evaluation and score optimisation", European
 * Journal of Operational Research 306(2):693-706). Every reconciled path is coherent, so quantiles of any node, and
 * of any sum of nodes or steps, are taken over coherent paths.
 *
 * <p>Paths simulated series by series are independent across series: path {@code j} of one region has nothing to do
 * with path {@code j} of another. Reconciled as they are, their sums then have the spread of independent parts:
 * too narrow for a national total whose regions move together (a national shortage, a tender delayed), and
 * bottom-up quantiles of an item inherit that. {@link Builder#reorderPaths(long)} reorders each node's paths first
 * so that their ranks follow joint draws of the in-sample residuals (see the package documentation), which restores
 * the dependence the residuals show.
 *
 * <h2>Non-negative results</h2>
 * With {@link Builder#nonNegative()}, negative reconciled bottoms are set to zero and the aggregates summed again,
 * for means and for each path: the set-negative-to-zero heuristic of Di Fonzo &amp; Girolimetto (2023),
 * "Spatio-temporal reconciliation of solar forecasts", Solar Energy 251:13-29. Why this one: it keeps exact
 * coherence, costs {@code O(m)} per step, and changes nothing when the reconciled bottoms are already non-negative.
 * It is not the optimal non-negative projection (Wickramasuriya, Turlach &amp; Hyndman 2020, a quadratic programme
 * per step, too costly for every step of a thousand paths of 40,000 series), and it raises the mean of a node whose
 * reconciled values were below zero. Reconciled means are reconciled base means; they are not the averages of the
 * reconciled paths.
 *
 * <p>Immutable and thread-safe; blocks may be reconciled on several threads with one reconciler.
 */
public final class Reconciler {

    private final ReconciliationMethod method;
    private final boolean nonNegative;
    private final Long reorderSeed;

    private Reconciler(ReconciliationMethod method, boolean nonNegative, Long reorderSeed) {
        this.method = method;
        this.nonNegative = nonNegative;
        this.reorderSeed = reorderSeed;
    }

    /** A builder; {@link Builder#method} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The reconciliation method. */
    public ReconciliationMethod method() {
        return method;
    }

    /** Whether results are made non-negative. */
    public boolean isNonNegative() {
        return nonNegative;
    }

    /**
     * Reconciles the means, and the paths when the base forecasts have any, of {@code base}'s block.
     *
     * <p>What each method needs:
     * <ul>
     * <li>{@link ReconciliationMethod#BOTTOM_UP}: the bottoms' point forecasts (and paths);</li>
     * <li>top-down by historical proportions: the aggregate's point forecast (and paths) and the bottoms'
     *     histories;</li>
     * <li>top-down by forecast proportions: every node's point forecast, and the aggregate's paths;</li>
     * <li>projections: every node's point forecast (and paths); {@link ReconciliationMethod#WLS_VARIANCE} and
     *     {@link ReconciliationMethod#MINT_SHRINK} also every node's residuals.</li>
     * </ul>
     * Paths are reconciled when the first node the method needs has paths; then all the nodes it needs must have them,
     * and reordering them needs every node's residuals, whatever the method.
     *
     * @throws IllegalArgumentException if something the method needs is missing (the message names the series and
     *                                  what is expected), or a top-down method is given a block with more than
     *                                  one aggregate
     */
    public Reconciled reconcile(BaseForecasts base) {
        Objects.requireNonNull(base, "base");
        Block block = base.block();
        int na = block.aggregateCount();
        int m = block.bottomCount();
        int n = block.size();
        if (method.isTopDown() && na != 1) {
            throw new IllegalArgumentException("block '" + block.name() + "' has " + na + " aggregates; "
                    + method.label() + " splits one aggregate among its bottoms: reconcile item blocks "
                    + "(Hierarchy.itemBlock), or choose bottom-up or a projection method");
        }
        boolean[] needed = new boolean[n];
        for (int i = 0; i < n; i++) {
            needed[i] = switch (method) {
                case BOTTOM_UP -> i >= na;
                case TOP_DOWN_AVERAGE_PROPORTIONS, TOP_DOWN_PROPORTIONS_OF_AVERAGES -> i < na;
                default -> true;
            };
            if ((needed[i] || method == ReconciliationMethod.TOP_DOWN_FORECAST_PROPORTIONS) && !base.hasMean(i)) {
                throw new IllegalArgumentException("series '" + block.keys().get(i) + "': " + method.label()
                        + " needs its point forecast (block '" + block.name() + "')");
            }
        }
        if (method == ReconciliationMethod.TOP_DOWN_FORECAST_PROPORTIONS) {
            java.util.Arrays.fill(needed, na, n, false);
        }
        double[] fallback = null;
        if (method.isTopDown()) {
            double[][] histories = bottomHistories(block, base,
                    method != ReconciliationMethod.TOP_DOWN_FORECAST_PROPORTIONS);
            fallback = histories == null ? Proportions.equal(m)
                    : method == ReconciliationMethod.TOP_DOWN_AVERAGE_PROPORTIONS
                    ? Proportions.averageHistorical(histories) : Proportions.ofAverages(histories);
        }
        double[][] residuals = method.needsResiduals() ? Residuals.complete(block, base, method.label()) : null;
        Projection projection = null;
        double lambda = Double.NaN;
        if (method.isProjection()) {
            Weights w = weights(block, residuals);
            try {
                projection = Projection.of(block, w.matrix());
            } catch (SingularMatrixException e) {
                // Only MinT's sample part can be singular; its diagonal target is positive definite.
                w = Weights.target(residuals);
                projection = Projection.of(block, w.matrix());
            }
            lambda = w.lambda();
        }
        int h = base.horizon();
        double[][] proportions = null;
        if (method.isTopDown()) {
            proportions = new double[h][];
            for (int t = 0; t < h; t++) {
                proportions[t] = method == ReconciliationMethod.TOP_DOWN_FORECAST_PROPORTIONS
                        ? Proportions.ofForecasts(bottomMeans(base, na, t), fallback) : fallback;
            }
        }
        Mapper mapper = new Mapper(block, projection, proportions, h);
        // the means are mapped as one path (nodes without a mean, which the method does not use, as zeros)
        double[][] baseMeans = new double[n][];
        for (int i = 0; i < n; i++) {
            baseMeans[i] = base.hasMean(i) ? base.mean(i) : new double[h];
        }
        double[][] means = new double[n][h];
        mapper.mapPath(baseMeans, means);
        double[][][] paths = reconcilePaths(base, needed, mapper, residuals);
        String label = method.label() + (nonNegative ? ", non-negative" : "")
                + (paths != null && reorderSeed != null ? ", paths reordered" : "");
        return new Reconciled(block, label, means, paths, lambda);
    }

    /**
     * The projection matrix {@code P} ({@code m x n}) of a projection method for {@code base}'s block; for tests and
     * inspection.
     */
    RealMatrix projection(BaseForecasts base) {
        Block block = base.block();
        if (!method.isProjection()) {
            throw new IllegalStateException(method.label() + " is not a projection method");
        }
        double[][] residuals = method.needsResiduals() ? Residuals.complete(block, base, method.label()) : null;
        return Projection.of(block, weights(block, residuals).matrix()).matrix(block);
    }

    private Weights weights(Block block, double[][] residuals) {
        return switch (method) {
            case OLS -> Weights.identity(block);
            case WLS_STRUCTURAL -> Weights.structural(block);
            case WLS_VARIANCE -> Weights.variance(residuals);
            case MINT_SHRINK -> Weights.shrink(residuals);
            default -> throw new IllegalStateException(method + " has no W");
        };
    }

    private static double[][] bottomHistories(Block block, BaseForecasts base, boolean required) {
        int na = block.aggregateCount();
        double[][] h = new double[block.bottomCount()][];
        for (int j = 0; j < h.length; j++) {
            if (!base.hasHistory(na + j)) {
                if (required) {
                    throw new IllegalArgumentException("series '" + block.keys().get(na + j) + "': top-down "
                            + "historical proportions need the history of every bottom of block '" + block.name()
                            + "'; give it with history(key, values) or fitted(FittedModel)");
                }
                return null;
            }
            h[j] = base.history(na + j);
        }
        return h;
    }

    private double[][][] reconcilePaths(BaseForecasts base, boolean[] needed, Mapper mapper,
                                        double[][] methodResiduals) {
        Block block = base.block();
        int n = block.size();
        int first = 0;
        while (!needed[first]) {
            first++;
        }
        if (!base.hasPaths(first)) {
            return null;
        }
        double[][][] in = new double[n][][];
        for (int i = 0; i < n; i++) {
            if (needed[i] && !base.hasPaths(i)) {
                throw new IllegalArgumentException("series '" + block.keys().get(i) + "': " + method.label()
                        + " reconciles paths jointly and needs this node's sample paths, as series '"
                        + block.keys().get(first) + "' of block '" + block.name() + "' has them");
            }
            in[i] = needed[i] ? base.paths(i) : null;
        }
        if (reorderSeed != null) {
            double[][] residuals = methodResiduals != null ? methodResiduals
                    : Residuals.complete(block, base, "reordering paths");
            PathReordering.reorder(in, residuals, reorderSeed * 0x9E3779B97F4A7C15L + block.name().hashCode());
        }
        int count = base.pathCount();
        int h = base.horizon();
        double[][][] out = new double[n][count][h];
        double[] none = new double[h];
        double[][] rowIn = new double[n][];
        double[][] rowOut = new double[n][];
        for (int p = 0; p < count; p++) {
            for (int i = 0; i < n; i++) {
                rowIn[i] = in[i] == null ? none : in[i][p];
                rowOut[i] = out[i][p];
            }
            mapper.mapPath(rowIn, rowOut);
        }
        return out;
    }

    private static double[] bottomMeans(BaseForecasts base, int na, int t) {
        double[] b = new double[base.block().bottomCount()];
        for (int j = 0; j < b.length; j++) {
            b[j] = base.mean(na + j)[t];
        }
        return b;
    }

    /**
     * The map from base values of every node to coherent values, over the {@code h} steps of a path (or of the
     * means): a projection, proportions per step of the single aggregate (top-down), or neither (bottom-up). Not
     * thread-safe (scratch arrays); one per call.
     */
    private final class Mapper {
        private final Block block;
        private final Projection projection;
        private final double[][] proportions;
        private final int h;
        /** {@code [aggregate][step]}: the aggregates' incoherence along a path, scratch of {@link #mapPath}. */
        private final double[][] incoherence;

        Mapper(Block block, Projection projection, double[][] proportions, int h) {
            this.block = block;
            this.projection = projection;
            this.proportions = proportions;
            this.h = h;
            this.incoherence = new double[block.aggregateCount()][h];
        }

        /**
         * Maps one path, or the means: {@code in[i]} is node {@code i}'s base values, {@code out[i]} its coherent
         * values (both of at least {@code h} steps). Works node by node along the path, over contiguous arrays.
         */
        void mapPath(double[][] in, double[][] out) {
            int na = block.aggregateCount();
            int m = block.bottomCount();
            if (projection != null) {
                projection.bottomsOfPath(block, in, h, out, incoherence);
            } else if (proportions != null) {
                for (int j = 0; j < m; j++) {
                    double[] b = out[na + j];
                    for (int t = 0; t < h; t++) {
                        b[t] = proportions[t][j] * in[0][t];
                    }
                }
            } else {
                for (int j = 0; j < m; j++) {
                    System.arraycopy(in[na + j], 0, out[na + j], 0, h);
                }
            }
            if (nonNegative) {
                for (int j = 0; j < m; j++) {
                    double[] b = out[na + j];
                    for (int t = 0; t < h; t++) {
                        if (b[t] < 0) {
                            b[t] = 0;
                        }
                    }
                }
            }
            block.aggregatePath(out, h);
        }
    }

    /**
     * Builds a {@link Reconciler}. Each property may be set once ({@link IllegalStateException} otherwise).
     */
    public static final class Builder {
        private ReconciliationMethod method;
        private boolean nonNegative;
        private Long reorderSeed;

        private Builder() {
        }

        /** The method. Required. */
        public Builder method(ReconciliationMethod method) {
            if (this.method != null) {
                throw new IllegalStateException("method was already set to " + this.method);
            }
            this.method = Objects.requireNonNull(method, "method");
            return this;
        }

        /** Make reconciled means and paths non-negative (set negative bottoms to zero, then sum). */
        public Builder nonNegative() {
            if (nonNegative) {
                throw new IllegalStateException("nonNegative was already set");
            }
            nonNegative = true;
            return this;
        }

        /**
         * Before reconciling, reorder each node's paths so that their ranks follow joint draws of the nodes' in-sample
         * residuals (an empirical copula, drawn with {@code seed}; see the package documentation). Needs every
         * node's residuals.
         */
        public Builder reorderPaths(long seed) {
            if (reorderSeed != null) {
                throw new IllegalStateException("reorderPaths was already set");
            }
            reorderSeed = seed;
            return this;
        }

        /** @throws IllegalStateException if the method is missing */
        public Reconciler build() {
            if (method == null) {
                throw new IllegalStateException("method is required: one of "
                        + java.util.Arrays.toString(ReconciliationMethod.values()));
            }
            return new Reconciler(method, nonNegative, reorderSeed);
        }
    }
}
