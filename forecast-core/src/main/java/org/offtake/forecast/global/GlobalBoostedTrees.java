package org.offtake.forecast.global;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.offtake.forecast.TimeSeries;

/**
 * A global model: one gradient-boosted regression-tree ensemble (Smile's {@code GradientTreeBoost}; Friedman 2001,
 * 2002) trained on the pooled rows of a group of related series, which then forecasts each of them. Related series
 * share their patterns (seasonality, the response to recent changes), and a model trained on all of them learns
 * these patterns from far more data than any one series has (Montero-Manso &amp; Hyndman 2021, "Principles and
 * algorithms for forecasting groups of time series: locality and globality", International Journal of Forecasting
 * 37(4):1632-1653).
 *
 * <pre>{@code
 * GlobalFit fit = GlobalBoostedTrees.builder().seed(7).nonNegative().build()
 *         .fit(regionSeries, Map.of("amoxicillin/KZ-ALA", Map.of("population", 2.2), ...));
 * Forecast f = fit.model("amoxicillin/KZ-ALA").forecast(12, 80, 95);
 * SamplePaths p = fit.model("amoxicillin/KZ-ALA").simulate(36, 1000, 42L);
 * }</pre>
 *
 * <h2>Normalisation</h2>
 * Two steps, so that series of any size, and of any level at any time, pool well:
 * <ol>
 * <li>each series is divided by its scale, the mean absolute value of its history (1 when every value is 0;
 *     {@code parameters().get("scale")} of its fitted model);</li>
 * <li>each row is divided by its local level {@code L}, the mean absolute value of the {@code max(P, m)} values
 *     before it (1 when they are all 0): the lags, seasonal lags and rolling means are features relative to
 *     {@code L}, and the target is the value over {@code L}. The trees so learn ratios (growth, seasonal swings)
 *     that hold for a series of 10 packs a month as for one of 10,000, and at the start of a trend as after years
 *     of it; the recursion can continue a trend beyond any value seen in training, which trees on raw levels
 *     cannot. It is close to the window scaling of Salinas, Flunkert, Gasthaus &amp; Januschowski (2020), "DeepAR:
 *     probabilistic forecasting with autoregressive recurrent networks", International Journal of Forecasting
 *     36(3):1181-1191, which divides by 1 plus the window mean.</li>
 * </ol>
 * Forecasts are multiplied back. The local level itself is not a feature: tried, it made the trees pull growing
 * series back to their past levels.
 *
 * <h2>Features</h2>
 * The value at time {@code t} is predicted from
 * <ul>
 * <li>its last {@link Builder#lags(int) P} values ({@code lag1..lagP}; default 6, or {@code m + 1} when that is
 *     more);</li>
 * <li>the values one and two seasons earlier ({@code seasonalLag12}, {@code seasonalLag24} for monthly data;
 *     {@link Builder#seasonalLags(int)}) where the plain lags do not reach them;</li>
 * <li>the means of its last 3 and 6 values and of its last season ({@code mean3}, {@code mean6}, {@code mean12};
 *     {@link Builder#rollingWindows(int...)});</li>
 * <li>the position of {@code t} in the season, 1 to {@code m} ({@code seasonPosition}), when the season length
 *     {@code m} is above 1: the calendar month, quarter, ISO week or weekday when the series has a calendar and its
 *     frequency's season length, otherwise counted from the series' first value;</li>
 * <li>the caller's numeric attributes of the series (for example region population, or an ATC group encoded as a
 *     number), one column each, the same for every row of the series.</li>
 * </ul>
 * Forecasts are recursive: each step's prediction stands in for an observation in the next step's features.
 *
 * <h2>Intervals and sample paths</h2>
 * The last {@link Builder#holdout(int) H} values of every series long enough are held out; a model trained on the
 * rest forecasts them. Its errors, each divided by its series' noise scale (the in-sample mean absolute error of
 * the seasonal naive forecast, as in the MASE), are pooled over the group. Interval bounds are the empirical
 * quantiles of the pooled errors step by step (Williams &amp; Goodman 1971; split conformal prediction, Lei et
 * al. 2018) times the series' noise scale, around its point forecast; beyond step {@code H} the step-{@code H}
 * errors grow as {@code sqrt(step / H)}. Sample paths run the recursion with one-step holdout errors drawn at each
 * step (a residual bootstrap, Thombs &amp; Schucany 1990). Then the final model is trained on all the data. A series
 * too short for the holdout still trains and gets forecasts; its intervals come from the other series' errors.
 * See {@code Residuals} for the details.
 *
 * <h2>Determinism</h2>
 * The same group, attributes, settings and {@link Builder#seed(long) seed} give the same forecasts, bounds and
 * paths bit for bit, whatever the number of threads (see {@code Booster}).
 *
 * <h2>Smile</h2>
 * Smile is GPL-3 licensed and an optional dependency of forecast-core: an application that uses this class adds
 * {@code com.github.haifengl:smile-core} to its own dependencies. Without it, {@link #fit} throws
 * {@link IllegalStateException} saying so; nothing else in forecast-core needs Smile.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class GlobalBoostedTrees {

    private static final String SMILE_CLASS = "smile.regression.GradientTreeBoost";

    private final Integer lags;
    private final int seasonalCycles;
    private final int[] windows;
    private final Integer holdout;
    private final int trees;
    private final int maxLeaves;
    private final int maxDepth;
    private final int minLeafSize;
    private final double learningRate;
    private final double subsample;
    private final PointLoss loss;
    private final long seed;
    private final boolean nonNegative;

    private GlobalBoostedTrees(Builder b) {
        this.lags = b.lags;
        this.seasonalCycles = b.seasonalCycles == null ? 2 : b.seasonalCycles;
        this.windows = b.windows;
        this.holdout = b.holdout;
        this.trees = b.trees == null ? 200 : b.trees;
        this.maxLeaves = b.maxLeaves == null ? 8 : b.maxLeaves;
        this.maxDepth = b.maxDepth == null ? 8 : b.maxDepth;
        this.minLeafSize = b.minLeafSize == null ? 10 : b.minLeafSize;
        this.learningRate = b.learningRate == null ? 0.1 : b.learningRate;
        this.subsample = b.subsample == null ? 0.8 : b.subsample;
        this.loss = b.loss == null ? PointLoss.HUBER : b.loss;
        this.seed = b.seed == null ? 20260101L : b.seed;
        this.nonNegative = b.nonNegative;
    }

    /** A builder; every property not set keeps its default. */
    public static Builder builder() {
        return new Builder();
    }

    /** The model with every default. */
    public static GlobalBoostedTrees defaults() {
        return builder().build();
    }

    /** {@code GBM(global)}, or {@code nonNegative(GBM(global))}. */
    public String name() {
        return nonNegative ? "nonNegative(GBM(global))" : "GBM(global)";
    }

    @Override
    public String toString() {
        return name() + "[lags=" + (lags == null ? "default" : lags) + ", seasonalLags=" + seasonalCycles
                + ", rollingWindows=" + (windows == null ? "default" : Arrays.toString(windows)) + ", holdout="
                + (holdout == null ? "default" : holdout) + ", trees=" + trees + ", maxLeaves=" + maxLeaves
                + ", maxDepth=" + maxDepth + ", minLeafSize=" + minLeafSize + ", learningRate=" + learningRate
                + ", subsample=" + subsample + ", loss=" + loss + ", seed=" + seed + "]";
    }

    /**
     * Trains on a group without attributes; as {@code fit(group, Map.of())}.
     *
     * @see #fit(List, Map)
     */
    public GlobalFit fit(List<TimeSeries> group) {
        return fit(group, Map.of());
    }

    /**
     * Trains one model on the pooled rows of every series of {@code group} and returns it with a fitted model per
     * series.
     *
     * @param group      the series, with unique keys and one season length
     * @param attributes per series key, numeric attributes by name; either empty (no attributes) or an entry for
     *                   every series with the same names
     * @throws IllegalArgumentException if the group is empty, a key appears twice, the season lengths differ, a
     *                                  series is shorter than the features' history plus one, no series is long
     *                                  enough for the holdout, or the attributes are not given alike for every
     *                                  series of the group or are not finite (each message names the series)
     * @throws NullPointerException     if an argument, a series, or an attribute value is null
     * @throws IllegalStateException    if Smile is not on the class path (or, on the module path, not resolved)
     */
    public GlobalFit fit(List<TimeSeries> group, Map<String, Map<String, Double>> attributes) {
        requireSmile();
        return Training.run(this, Group.of(group, attributes));
    }

    /** The number of lags: as set, or 6, or the season length plus 1 when that is more. */
    int lags(int seasonLength) {
        return lags != null ? lags : Math.max(6, seasonLength + 1);
    }

    /** The rolling windows: as set, or 3, 6 and the season length when it is above 1. */
    int[] windows(int seasonLength) {
        if (windows != null) {
            return windows.clone();
        }
        TreeSet<Integer> w = new TreeSet<>(List.of(3, 6));
        if (seasonLength > 1) {
            w.add(seasonLength);
        }
        return w.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The holdout length: as set, or the season length but at least 6. */
    int holdout(int seasonLength) {
        return holdout != null ? holdout : Math.max(6, seasonLength);
    }

    int seasonalLags() {
        return seasonalCycles;
    }

    int trees() {
        return trees;
    }

    int maxLeaves() {
        return maxLeaves;
    }

    int maxDepth() {
        return maxDepth;
    }

    int minLeafSize() {
        return minLeafSize;
    }

    double learningRate() {
        return learningRate;
    }

    double subsample() {
        return subsample;
    }

    PointLoss loss() {
        return loss;
    }

    long seed() {
        return seed;
    }

    boolean nonNegative() {
        return nonNegative;
    }

    private static void requireSmile() {
        try {
            Class.forName(SMILE_CLASS, false, GlobalBoostedTrees.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("GlobalBoostedTrees needs Smile, which is not on the class path: add "
                    + "com.github.haifengl:smile-core (6.x, GPL-3) to your application's dependencies (on the module "
                    + "path, also 'requires smile.core' and 'requires org.slf4j')", e);
        }
    }

    /**
     * Builds a {@link GlobalBoostedTrees} specification. Each property may be set once ({@link IllegalStateException}
     * on a second call); values are checked when set ({@link IllegalArgumentException}, with the valid range).
     */
    public static final class Builder {
        private Integer lags;
        private Integer seasonalCycles;
        private int[] windows;
        private Integer holdout;
        private Integer trees;
        private Integer maxLeaves;
        private Integer maxDepth;
        private Integer minLeafSize;
        private Double learningRate;
        private Double subsample;
        private PointLoss loss;
        private Long seed;
        private boolean nonNegative;

        private Builder() {
        }

        /**
         * Number of most recent values used as features ({@code lag1..lagP}); default 6, or the season length plus 1
         * when that is more (13 for monthly data: a full season and the value before it).
         *
         * @throws IllegalArgumentException if {@code lags < 1}
         */
        public Builder lags(int lags) {
            once(this.lags, "lags");
            this.lags = atLeast("lags", lags, 1);
            return this;
        }

        /**
         * Number of seasonal lags: the values {@code m, 2m, ..., cycles * m} periods earlier, where the plain lags
         * do not reach them; ignored when the season length {@code m} is 1; default 2.
         *
         * @throws IllegalArgumentException if {@code cycles < 0}
         */
        public Builder seasonalLags(int cycles) {
            once(this.seasonalCycles, "seasonalLags");
            this.seasonalCycles = atLeast("seasonalLags", cycles, 0);
            return this;
        }

        /**
         * Windows of the rolling-mean features, each the number of most recent values averaged; none for no rolling
         * means. Default: 3, 6 and the season length when it is above 1.
         *
         * @throws IllegalArgumentException if a window is below 2 or appears twice
         */
        public Builder rollingWindows(int... windows) {
            once(this.windows, "rollingWindows");
            int[] w = Objects.requireNonNull(windows, "windows").clone();
            for (int x : w) {
                atLeast("a rolling window", x, 2);
            }
            if (Arrays.stream(w).distinct().count() != w.length) {
                throw new IllegalArgumentException("rolling windows must differ, were " + Arrays.toString(w));
            }
            Arrays.sort(w);
            this.windows = w;
            return this;
        }

        /**
         * Number of trailing values of each series held out to measure the forecast errors that intervals and
         * sample paths are made from; best at least the horizon to be forecast. Default: the season length, but at
         * least 6.
         *
         * @throws IllegalArgumentException if {@code holdout < 1}
         */
        public Builder holdout(int holdout) {
            once(this.holdout, "holdout");
            this.holdout = atLeast("holdout", holdout, 1);
            return this;
        }

        /**
         * Number of boosting iterations (trees); default 200.
         *
         * @throws IllegalArgumentException if {@code trees < 1}
         */
        public Builder trees(int trees) {
            once(this.trees, "trees");
            this.trees = atLeast("trees", trees, 1);
            return this;
        }

        /**
         * Maximum number of leaves of each tree; default 8.
         *
         * @throws IllegalArgumentException if {@code maxLeaves < 2}
         */
        public Builder maxLeaves(int maxLeaves) {
            once(this.maxLeaves, "maxLeaves");
            this.maxLeaves = atLeast("maxLeaves", maxLeaves, 2);
            return this;
        }

        /**
         * Maximum depth of each tree; default 8.
         *
         * @throws IllegalArgumentException if {@code maxDepth < 2}
         */
        public Builder maxDepth(int maxDepth) {
            once(this.maxDepth, "maxDepth");
            this.maxDepth = atLeast("maxDepth", maxDepth, 2);
            return this;
        }

        /**
         * Minimum number of training rows in a leaf; default 10.
         *
         * @throws IllegalArgumentException if {@code minLeafSize < 1}
         */
        public Builder minLeafSize(int minLeafSize) {
            once(this.minLeafSize, "minLeafSize");
            this.minLeafSize = atLeast("minLeafSize", minLeafSize, 1);
            return this;
        }

        /**
         * Shrinkage applied to each tree's contribution; default 0.1.
         *
         * @throws IllegalArgumentException if {@code learningRate} is not in (0, 1]
         */
        public Builder learningRate(double learningRate) {
            once(this.learningRate, "learningRate");
            this.learningRate = fraction("learningRate", learningRate);
            return this;
        }

        /**
         * Share of the training rows each tree is grown on, drawn without replacement (stochastic gradient
         * boosting; 1 for none); default 0.8.
         *
         * @throws IllegalArgumentException if {@code subsample} is not in (0, 1]
         */
        public Builder subsample(double subsample) {
            once(this.subsample, "subsample");
            this.subsample = fraction("subsample", subsample);
            return this;
        }

        /** The loss the trees minimise; default {@link PointLoss#HUBER}. */
        public Builder loss(PointLoss loss) {
            once(this.loss, "loss");
            this.loss = Objects.requireNonNull(loss, "loss");
            return this;
        }

        /** Seed of the row subsampling; default 20260101. */
        public Builder seed(long seed) {
            once(this.seed, "seed");
            this.seed = seed;
            return this;
        }

        /**
         * Truncates at zero every forecast, bound and simulated value, each before it feeds the next step of the
         * recursion, for quantities that cannot be negative such as demand.
         */
        public Builder nonNegative() {
            if (nonNegative) {
                throw new IllegalStateException("nonNegative was already set");
            }
            this.nonNegative = true;
            return this;
        }

        /** The specification. */
        public GlobalBoostedTrees build() {
            return new GlobalBoostedTrees(this);
        }

        private static void once(Object current, String name) {
            if (current != null) {
                throw new IllegalStateException(name + " was already set");
            }
        }

        private static int atLeast(String name, int value, int minimum) {
            if (value < minimum) {
                throw new IllegalArgumentException(name + " must be at least " + minimum + ", was " + value);
            }
            return value;
        }

        private static double fraction(String name, double value) {
            if (!(value > 0 && value <= 1)) {
                throw new IllegalArgumentException(name + " must be in (0, 1], was " + value);
            }
            return value;
        }
    }
}
