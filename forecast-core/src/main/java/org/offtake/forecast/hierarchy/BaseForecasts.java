package org.offtake.forecast.hierarchy;

import java.util.Objects;

import org.offtake.forecast.FittedModel;
import org.offtake.forecast.Forecast;
import org.offtake.forecast.SamplePaths;

/**
 * The base (incoherent) forecasts of one {@link Block}, per node: point forecasts, and as the method needs them,
 * sample paths, in-sample one-step residuals and history. Which nodes need what is the method's to say (see
 * {@link Reconciler#reconcile}); this class checks only that what is given fits together. Immutable.
 *
 * <pre>{@code
 * Block block = hierarchy.itemBlock("amoxicillin-500mg");
 * BaseForecasts.Builder b = BaseForecasts.builder(block);
 * for (String key : block.keys()) {
 *     FittedModel fit = Ets.auto().fit(series.get(key));
 *     b.forecast(fit.forecast(12)).paths(fit.simulate(12, 1000, 42L)).fitted(fit);
 * }
 * BaseForecasts base = b.build();
 * }</pre>
 */
public final class BaseForecasts {

    private final Block block;
    private final int horizon;
    private final int pathCount;
    private final double[][] means;
    private final double[][][] paths;
    private final double[][] residuals;
    private final double[][] histories;

    private BaseForecasts(Block block, int horizon, int pathCount, double[][] means, double[][][] paths,
                          double[][] residuals, double[][] histories) {
        this.block = block;
        this.horizon = horizon;
        this.pathCount = pathCount;
        this.means = means;
        this.paths = paths;
        this.residuals = residuals;
        this.histories = histories;
    }

    /** A builder for the base forecasts of {@code block}. */
    public static Builder builder(Block block) {
        return new Builder(Objects.requireNonNull(block, "block"));
    }

    /** The block the forecasts belong to. */
    public Block block() {
        return block;
    }

    /** Steps per forecast. */
    public int horizon() {
        return horizon;
    }

    /** Paths per node that has paths; 0 when no node has any. */
    public int pathCount() {
        return pathCount;
    }

    /** Whether node {@code i} of the block (in {@link Block#keys()} order) has a point forecast. */
    boolean hasMean(int i) {
        return means[i] != null;
    }

    double[] mean(int i) {
        return means[i];
    }

    boolean hasPaths(int i) {
        return paths[i] != null;
    }

    /** Node {@code i}'s paths, {@code [path][step]}; not copied: callers do not change them. */
    double[][] paths(int i) {
        return paths[i];
    }

    boolean hasResiduals(int i) {
        return residuals[i] != null;
    }

    double[] residuals(int i) {
        return residuals[i];
    }

    boolean hasHistory(int i) {
        return histories[i] != null;
    }

    double[] history(int i) {
        return histories[i];
    }

    /**
     * Builds {@link BaseForecasts}. Each kind of value may be given once per node ({@link IllegalArgumentException}
     * naming the key otherwise), for nodes of the block only.
     */
    public static final class Builder {
        private final Block block;
        private final double[][] means;
        private final double[][][] paths;
        private final double[][] residuals;
        private final double[][] histories;

        private Builder(Block block) {
            this.block = block;
            int n = block.size();
            this.means = new double[n][];
            this.paths = new double[n][][];
            this.residuals = new double[n][];
            this.histories = new double[n][];
        }

        /**
         * The point forecasts of node {@code key}, one per step.
         *
         * @throws IllegalArgumentException if the block has no such node, it already has a point forecast, there is
         *                                  no step, or a value is not finite
         */
        public Builder mean(String key, double... mean) {
            int i = node(key, means, "point forecast");
            if (mean.length == 0) {
                throw new IllegalArgumentException("series '" + key + "': a point forecast needs at least one step");
            }
            means[i] = finite(key, "point forecast", mean);
            return this;
        }

        /** The point forecasts of {@code forecast}'s series (its intervals are not used: paths carry uncertainty). */
        public Builder forecast(Forecast forecast) {
            return mean(forecast.seriesKey(), forecast.mean());
        }

        /**
         * The sample paths of {@code samples}' series.
         *
         * @throws IllegalArgumentException if the block has no such node, or it already has paths
         */
        public Builder paths(SamplePaths samples) {
            int i = node(samples.seriesKey(), paths, "sample paths");
            double[][] copy = new double[samples.count()][];
            for (int p = 0; p < copy.length; p++) {
                copy[p] = samples.path(p);
            }
            paths[i] = copy;
            return this;
        }

        /**
         * In-sample one-step residuals ({@code y - fitted}) of node {@code key}, oldest first. NaN marks a period
         * without a residual (for example the first of the naive method); residuals of different nodes are aligned
         * at their last value.
         *
         * @throws IllegalArgumentException if the block has no such node, or it already has residuals, or a value is
         *                                  infinite
         */
        public Builder residuals(String key, double... residuals) {
            int i = node(key, this.residuals, "residuals");
            for (int t = 0; t < residuals.length; t++) {
                if (Double.isInfinite(residuals[t])) {
                    throw new IllegalArgumentException("series '" + key + "': residual at index " + t + " is "
                            + residuals[t] + "; residuals must be finite or NaN (none)");
                }
            }
            this.residuals[i] = residuals.clone();
            return this;
        }

        /**
         * The observed history of node {@code key}, oldest first (top-down methods use the bottoms' histories).
         *
         * @throws IllegalArgumentException if the block has no such node, or it already has a history, or a value is
         *                                  not finite
         */
        public Builder history(String key, double... history) {
            int i = node(key, histories, "history");
            histories[i] = finite(key, "history", history);
            return this;
        }

        /** The residuals and the history of {@code fit}'s series. */
        public Builder fitted(FittedModel fit) {
            String key = fit.series().key();
            return residuals(key, fit.residuals()).history(key, fit.series().values());
        }

        /**
         * Checks that the values fit together and builds.
         *
         * @throws IllegalArgumentException if no node has a point forecast; point forecasts or paths have different
         *                                  horizons; nodes have different numbers of paths; bottoms' histories
         *                                  have different lengths (each message names the series and what was
         *                                  expected)
         */
        public BaseForecasts build() {
            int horizon = -1;
            String horizonKey = null;
            for (int i = 0; i < means.length; i++) {
                if (means[i] != null) {
                    if (horizon < 0) {
                        horizon = means[i].length;
                        horizonKey = block.keys().get(i);
                    } else if (means[i].length != horizon) {
                        throw new IllegalArgumentException("series '" + block.keys().get(i) + "': point forecast has "
                                + means[i].length + " steps, expected " + horizon + " as series '" + horizonKey
                                + "' of block '" + block.name() + "'");
                    }
                }
            }
            if (horizon < 0) {
                throw new IllegalArgumentException("block '" + block.name() + "': no node has a point forecast; "
                        + "give them with mean(key, values) or forecast(Forecast) for " + block.keys());
            }
            int count = 0;
            String countKey = null;
            for (int i = 0; i < paths.length; i++) {
                if (paths[i] == null) {
                    continue;
                }
                String key = block.keys().get(i);
                if (paths[i][0].length != horizon) {
                    throw new IllegalArgumentException("series '" + key + "': sample paths have " + paths[i][0].length
                            + " steps, expected " + horizon + " as the point forecasts of block '" + block.name()
                            + "'");
                }
                if (count == 0) {
                    count = paths[i].length;
                    countKey = key;
                } else if (paths[i].length != count) {
                    throw new IllegalArgumentException("series '" + key + "': " + paths[i].length + " sample paths, "
                            + "expected " + count + " as series '" + countKey + "' of block '" + block.name()
                            + "' (paths are reconciled jointly, path j of every node together)");
                }
            }
            int length = -1;
            String lengthKey = null;
            for (int j = 0; j < block.bottomCount(); j++) {
                int i = block.aggregateCount() + j;
                if (histories[i] == null) {
                    continue;
                }
                if (length < 0) {
                    length = histories[i].length;
                    lengthKey = block.keys().get(i);
                } else if (histories[i].length != length) {
                    throw new IllegalArgumentException("series '" + block.keys().get(i) + "': history has "
                            + histories[i].length + " values, expected " + length + " as series '" + lengthKey
                            + "' (bottoms' histories cover the same periods)");
                }
            }
            return new BaseForecasts(block, horizon, count, means.clone(), paths.clone(), residuals.clone(),
                    histories.clone());
        }

        private int node(String key, Object[] slot, String what) {
            Objects.requireNonNull(key, "key");
            if (!block.contains(key)) {
                throw new IllegalArgumentException("series '" + key + "' is not a node of block '" + block.name()
                        + "'; its nodes are " + block.keys());
            }
            int i = block.indexOf(key);
            if (slot[i] != null) {
                throw new IllegalArgumentException("series '" + key + "': " + what + " given twice");
            }
            return i;
        }

        private static double[] finite(String key, String what, double[] values) {
            for (int t = 0; t < values.length; t++) {
                if (!Double.isFinite(values[t])) {
                    throw new IllegalArgumentException("series '" + key + "': " + what + " at index " + t + " is "
                            + values[t] + "; values must be finite");
                }
            }
            return values.clone();
        }
    }
}
