package org.offtake.forecast.hierarchy;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

import org.offtake.forecast.Forecast;
import org.offtake.forecast.SamplePaths;
import org.offtake.forecast.TimeSeries;
import org.offtake.forecast.internal.Args;
import org.offtake.forecast.internal.Quantiles;

/**
 * The coherent forecasts of one {@link Block}: for every node, means and, when the base forecasts had paths,
 * sample paths. Every aggregate equals the sum of its bottoms, step by step and path by path, to rounding. Immutable;
 * accessors return copies.
 */
public final class Reconciled {

    private final Block block;
    private final String method;
    private final double[][] means;
    private final double[][][] paths;
    private final double lambda;

    Reconciled(Block block, String method, double[][] means, double[][][] paths, double lambda) {
        this.block = block;
        this.method = method;
        this.means = means;
        this.paths = paths;
        this.lambda = lambda;
    }

    /** The block reconciled. */
    public Block block() {
        return block;
    }

    /** Every node key, as {@link Block#keys()}. */
    public List<String> keys() {
        return block.keys();
    }

    /** How the forecasts were reconciled, for example {@code MinT shrink, non-negative}. */
    public String method() {
        return method;
    }

    /** Steps per forecast. */
    public int horizon() {
        return means[0].length;
    }

    /** Whether sample paths were reconciled. */
    public boolean hasPaths() {
        return paths != null;
    }

    /** Number of paths per node; 0 without paths. */
    public int pathCount() {
        return paths == null ? 0 : paths[0].length;
    }

    /**
     * The reconciled means of node {@code key}, one per step (a copy).
     *
     * @throws IllegalArgumentException if the block has no such node
     */
    public double[] mean(String key) {
        return means[block.indexOf(key)].clone();
    }

    /**
     * The reconciled sample paths of node {@code key}.
     *
     * @throws IllegalArgumentException if the block has no such node
     * @throws IllegalStateException    if the base forecasts had no paths
     */
    public SamplePaths paths(String key) {
        int i = block.indexOf(key);
        requirePaths(key);
        return SamplePaths.of(key, "reconciled (" + method + ")", paths[i]);
    }

    /**
     * The reconciled value of node {@code key} on one path at one step (no copy).
     *
     * @throws IllegalArgumentException  if the block has no such node
     * @throws IllegalStateException     if the base forecasts had no paths
     * @throws IndexOutOfBoundsException if {@code path} or {@code step} is out of range
     */
    public double value(String key, int path, int step) {
        int i = block.indexOf(key);
        requirePaths(key);
        return paths[i][path][step];
    }

    /**
     * A forecast of node {@code key} with the reconciled means and, at each level, bounds taken from the reconciled
     * paths (type-8 sample quantiles, as {@link SamplePaths#quantile}). Bounds are quantiles of coherent paths; the
     * bounds of an aggregate are not the sums of its bottoms' bounds, nor should they be.
     *
     * @param history the series the forecast continues (its key need not be {@code key}; only its periods are used)
     * @throws IllegalArgumentException if the block has no such node or a level is out of range
     * @throws IllegalStateException    if levels are asked for and the base forecasts had no paths
     */
    public Forecast forecast(String key, TimeSeries history, double... levels) {
        return forecastFirst(horizon(), key, history, levels);
    }

    /**
     * {@link #forecast(String, TimeSeries, double...)} over the first {@code steps} steps only, for callers that
     * publish fewer months than were reconciled (contract sizing may need the longer paths); the values are the same
     * as the full forecast's first {@code steps}, bit for bit.
     *
     * @throws IllegalArgumentException if {@code steps} is not in 1..{@link #horizon()}, the block has no such node
     *                                  or a level is out of range
     * @throws IllegalStateException    if levels are asked for and the base forecasts had no paths
     */
    public Forecast forecastFirst(int steps, String key, TimeSeries history, double... levels) {
        int i = block.indexOf(key);
        if (steps < 1 || steps > horizon()) {
            throw new IllegalArgumentException("series '" + key + "': steps must be in 1.." + horizon()
                    + " (the reconciled horizon), was " + steps);
        }
        double[] lv = Args.levels(levels);
        if (lv.length > 0) {
            requirePaths(key);
        }
        double[][] lower = new double[lv.length][steps];
        double[][] upper = new double[lv.length][steps];
        double[] atStep = new double[pathCount()];
        for (int t = 0; t < steps && lv.length > 0; t++) {
            for (int p = 0; p < atStep.length; p++) {
                atStep[p] = paths[i][p][t];
            }
            // one sort serves every level; type8Sorted gives Percentile's R-8 value bit for bit
            Arrays.sort(atStep);
            for (int l = 0; l < lv.length; l++) {
                lower[l][t] = Quantiles.type8Sorted(atStep, (100 - lv[l]) / 200);
                upper[l][t] = Quantiles.type8Sorted(atStep, Quantiles.upperProbability(lv[l]));
            }
        }
        TimeSeries named = history.key().equals(key) ? history : TimeSeries.builder(key)
                .frequency(history.frequency()).seasonLength(history.seasonLength())
                .start(history.start().orElse(null)).values(history.values()).build();
        return Forecast.of(named, "reconciled (" + method + ")", Arrays.copyOf(means[i], steps), lv, lower, upper);
    }

    /**
     * The shrinkage intensity {@code λ} MinT shrink used (1 if it fell back to its diagonal target); empty for the
     * other methods.
     */
    public OptionalDouble shrinkage() {
        return Double.isNaN(lambda) ? OptionalDouble.empty() : OptionalDouble.of(lambda);
    }

    private void requirePaths(String key) {
        if (paths == null) {
            throw new IllegalStateException("series '" + key + "': block '" + block.name() + "' was reconciled "
                    + "without sample paths; give the base forecasts paths to get reconciled paths");
        }
    }

    @Override
    public String toString() {
        return "Reconciled[" + block.name() + ", " + method + ", h=" + horizon() + ", paths=" + pathCount() + "]";
    }
}
