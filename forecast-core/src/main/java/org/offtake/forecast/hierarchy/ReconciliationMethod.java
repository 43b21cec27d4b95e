package org.offtake.forecast.hierarchy;

/**
 * How base forecasts of a {@link Block} are made coherent. With {@code y} the base forecasts of every node, {@code S}
 * the block's summing matrix and {@code b} the bottoms, each method chooses bottoms {@code b~ = P y} and returns
 * {@code S b~}, so aggregates always equal the sums of their bottoms.
 *
 * <p>The projection methods ({@link #OLS}, {@link #WLS_STRUCTURAL}, {@link #WLS_VARIANCE}, {@link #MINT_SHRINK}) take
 * {@code P = (S' W^-1 S)^-1 S' W^-1} for a symmetric positive definite {@code W} (Wickramasuriya, Athanasopoulos &amp;
 * Hyndman 2019); they satisfy {@code S P S = S}, so base forecasts that are already coherent come back unchanged.
 * Top-down methods split the block's single aggregate (an item's national forecast) among its bottoms (the
 * regions) by proportions that add up to one; they need a block with exactly one aggregate.
 */
public enum ReconciliationMethod {

    /** The bottoms' base forecasts, summed: {@code P = [0 | I]}. Needs bottom forecasts only. */
    BOTTOM_UP("bottom-up", false, false),

    /**
     * Top-down by average historical proportions, Gross &amp; Sohl (1990) method A1: {@code p_j = (1/T) Σ_t y_jt /
     * y_t}, with {@code y_t} the sum of the bottoms' histories. Periods in which the total is zero have no proportion
     * and are left out (intermittent demand has many); when every period is zero the split is equal. Needs the
     * aggregate's forecast and the bottoms' histories.
     */
    TOP_DOWN_AVERAGE_PROPORTIONS("top-down average historical proportions", false, false),

    /**
     * Top-down by proportions of the historical averages, Gross &amp; Sohl (1990) method F2: {@code p_j = Σ_t y_jt /
     * Σ_t y_t}; an equal split when the history is all zero. Needs the aggregate's forecast and the bottoms'
     * histories.
     */
    TOP_DOWN_PROPORTIONS_OF_AVERAGES("top-down proportions of historical averages", false, false),

    /**
     * Top-down by forecast proportions (Athanasopoulos, Ahmed &amp; Hyndman 2009), which for one aggregate over its
     * bottoms is {@code p_jh = ŷ_jh / Σ_k ŷ_kh} per step {@code h}. Negative bottom forecasts count as zero; at a
     * step where they are all zero, proportions of historical averages are used, or an equal split without history.
     * Needs every node's forecast.
     */
    TOP_DOWN_FORECAST_PROPORTIONS("top-down forecast proportions", false, false),

    /** Ordinary least squares, {@code W = I} (Hyndman, Ahmed, Athanasopoulos &amp; Shang 2011). */
    OLS("OLS", true, false),

    /**
     * Weighted least squares with structural scaling, {@code W = diag(S 1)}: each node weighted by the number of
     * bottoms it sums (Athanasopoulos, Hyndman, Kourentzes &amp; Petropoulos 2017). Needs no residuals.
     */
    WLS_STRUCTURAL("WLS structural", true, false),

    /**
     * Weighted least squares with variance scaling, {@code W = diag} of the in-sample one-step residuals' mean
     * squares (Hyndman, Lee &amp; Wang 2016; R's {@code hts} {@code "wls"}). Needs every node's residuals.
     */
    WLS_VARIANCE("WLS variance", true, true),

    /**
     * MinT with a shrinkage covariance (Wickramasuriya, Athanasopoulos &amp; Hyndman 2019): {@code W = λ D + (1 - λ)
     * Σ̂}, with {@code Σ̂} the in-sample one-step residuals' covariance (moments about zero over the {@code T}
     * periods in which every node has a residual) and {@code D} its diagonal; {@code λ} by Schäfer &amp; Strimmer
     * (2005) from the correlations of the standardised residuals, as R's {@code hts::MinT} computes it. A node whose
     * residuals are all zero gets a tiny variance instead of none. Needs every node's residuals, at least two
     * periods.
     */
    MINT_SHRINK("MinT shrink", true, true);

    private final String label;
    private final boolean projection;
    private final boolean needsResiduals;

    ReconciliationMethod(String label, boolean projection, boolean needsResiduals) {
        this.label = label;
        this.projection = projection;
        this.needsResiduals = needsResiduals;
    }

    /** A readable name, for example {@code MinT shrink}. */
    public String label() {
        return label;
    }

    /** Whether the method is a projection {@code P = (S' W^-1 S)^-1 S' W^-1} (so {@code S P S = S}). */
    public boolean isProjection() {
        return projection;
    }

    /** Whether the method estimates {@code W} from in-sample residuals. */
    public boolean needsResiduals() {
        return needsResiduals;
    }

    /** Whether the method splits an aggregate by proportions. */
    public boolean isTopDown() {
        return this == TOP_DOWN_AVERAGE_PROPORTIONS || this == TOP_DOWN_PROPORTIONS_OF_AVERAGES
                || this == TOP_DOWN_FORECAST_PROPORTIONS;
    }
}
