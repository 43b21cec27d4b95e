package org.offtake.forecast.ets;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.TimeSeries;
import org.offtake.forecast.internal.SeriesChecks;

/**
 * Exponential smoothing in the innovations state-space framework (Hyndman, Koehler, Ord &amp; Snyder,
 * <i>Forecasting with Exponential Smoothing: The State Space Approach</i>, Springer 2008): the 30 models
 * {@code ETS(error, trend, season)}, estimated by maximum likelihood, and automatic selection among them by an
 * information criterion, with the defaults of R's {@code forecast::ets} (Hyndman &amp; Khandakar 2008, "Automatic
 * time series forecasting: the forecast package for R", Journal of Statistical Software 27(3)).
 *
 * <pre>{@code
 * Ets auto = Ets.auto();                                   // ETS(Z,Z,Z): choose by AICc
 * Ets holtWinters = Ets.of("MAM");                         // one model
 * Ets dampedOnly = Ets.builder().damped(true).seasonLength(12).build();
 * }</pre>
 *
 * <p>What automatic selection does, as R's {@code ets}:
 * <ul>
 * <li>a constant series gets simple exponential smoothing with {@code alpha = 0.99999} and no likelihood;</li>
 * <li>seasonality is considered only when the season length is 2 to 24 and the series is longer than one season;
 *     a seasonal model is fitted only when it has fewer parameters than observations minus one;</li>
 * <li>multiplicative components only for strictly positive data; no multiplicative trend unless
 *     {@link Builder#allowMultiplicativeTrend(boolean)}; with {@link Builder#restrict(boolean)} (the default)
 *     no model with additive errors and a multiplicative trend or season, nor ETS(M,M,A), whose forecast variance
 *     can be infinite;</li>
 * <li>a series with at most {@code 4 +} the number of parameters of the requested form (6 for a fully automatic
 *     model) is too short for maximum likelihood: it gets Holt's linear method or simple exponential smoothing
 *     (whichever has the smaller innovation variance), with starting values from the first observations and
 *     parameters minimising squared errors;</li>
 * <li>every remaining candidate is estimated (see {@code EtsEstimator}) in the region where the usual bounds
 *     and the admissibility conditions both hold; the one with the smallest AICc wins.</li>
 * </ul>
 * Instances are immutable and thread-safe; {@link #fit} never changes them.
 */
public final class Ets implements ForecastModel {

    /** Which constraints the smoothing parameters must satisfy. */
    public enum ParameterRegion {
        /** {@code 1e-4 <= alpha <= 0.9999}, {@code beta <= alpha}, {@code gamma <= 1 - alpha},
         * {@code 0.8 <= phi <= 0.98}. */
        USUAL,
        /** The region where the model is forecastable (Hyndman, Akram &amp; Archibald 2008). */
        ADMISSIBLE,
        /** Both: R's default and ours. */
        BOTH
    }

    /**
     * What estimation minimises: minus twice the log-likelihood (R's {@code opt.crit = "lik"}, the default) or the
     * mean squared one-step error (R's {@code opt.crit = "mse"}, which R's {@code ses} and {@code thetaf} use). The
     * information criteria are computed from the likelihood either way.
     */
    public enum FitCriterion {
        /** Maximum likelihood. */
        LIKELIHOOD,
        /** Least squares on the one-step errors. */
        MSE
    }

    /** Number of paths and seed used for simulated prediction intervals. */
    record Simulation(int paths, long seed) {
    }

    private static final int MAX_SEASON_LENGTH = 24;
    private static final Ets AUTO = builder().build();

    private final EtsComponents.Error error;
    private final EtsComponents.Trend trend;
    private final EtsComponents.Season season;
    private final Boolean damped;
    private final Integer seasonLength;
    private final boolean allowMultiplicativeTrend;
    private final boolean restrict;
    private final boolean additiveOnly;
    private final InformationCriterion criterion;
    private final ParameterRegion region;
    private final EtsEstimator.Fixed fixed;
    private final FitCriterion fitCriterion;
    private final Simulation simulation;

    private Ets(Builder b) {
        this.error = b.error;
        this.trend = b.trend;
        this.season = b.season;
        this.damped = b.damped;
        this.seasonLength = b.seasonLength;
        this.allowMultiplicativeTrend = b.allowMultiplicativeTrend != null && b.allowMultiplicativeTrend;
        this.restrict = b.restrict == null || b.restrict;
        this.additiveOnly = b.additiveOnly != null && b.additiveOnly;
        this.criterion = b.criterion == null ? InformationCriterion.AICC : b.criterion;
        this.region = b.region == null ? ParameterRegion.BOTH : b.region;
        this.fixed = new EtsEstimator.Fixed(nan(b.alpha), nan(b.beta), nan(b.gamma), nan(b.phi));
        this.fitCriterion = b.fitCriterion == null ? FitCriterion.LIKELIHOOD : b.fitCriterion;
        this.simulation = new Simulation(b.simulationPaths == null ? 5000 : b.simulationPaths,
                b.simulationSeed == null ? 20080101L : b.simulationSeed);
    }

    private static double nan(Double v) {
        return v == null ? Double.NaN : v;
    }

    /** Fully automatic ETS, {@code ETS(Z,Z,Z)} with R's defaults. */
    public static Ets auto() {
        return AUTO;
    }

    /**
     * One model, for example {@code Ets.of("MAdM")} or {@code Ets.of("ETS(A,N,N)")}.
     *
     * @throws IllegalArgumentException if the text is not one of the 30 models
     */
    public static Ets of(String model) {
        EtsComponents c = EtsComponents.parse(model);
        return builder().error(c.error()).trend(c.trend()).damped(c.damped()).season(c.season()).build();
    }

    /** A builder; every component not set is chosen automatically. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code ETS(Z,Z,Z)}-style name: Z for a component chosen automatically, {@code Ad} for a damped trend. */
    @Override
    public String name() {
        String t = trend == null ? "Z" : trend.code();
        if (Boolean.TRUE.equals(damped)) {
            t += "d";
        }
        return "ETS(" + (error == null ? "Z" : error.code()) + "," + t + "," + (season == null ? "Z" : season.code())
                + ")";
    }

    @Override
    public String toString() {
        return name();
    }

    /**
     * Fits the model, or selects and fits the best of the candidate models.
     *
     * @throws IllegalArgumentException if the series is empty; if a requested form cannot be used with this series
     *                                  (multiplicative errors with values {@code <= 0}, a seasonal component with a
     *                                  season length above 24 or of 1); if no candidate could be estimated
     */
    @Override
    public EtsFit fit(TimeSeries series) {
        Objects.requireNonNull(series, "series");
        double[] y = series.values();
        int n = y.length;
        if (n == 0) {
            throw new IllegalArgumentException("series '" + series.key() + "' is empty: " + name()
                    + " needs at least one observation");
        }
        boolean automatic = error == null && trend == null && season == null && damped == null;
        if (automatic && SeriesChecks.isConstant(y)) {
            EtsComponents ann = new EtsComponents(EtsComponents.Error.ADDITIVE, EtsComponents.Trend.NONE, false,
                    EtsComponents.Season.NONE);
            return EtsFitted.of(series, ann, 1, 0.99999, Double.NaN, Double.NaN, Double.NaN, new double[] {y[0]}, 1, 0,
                    false, simulation);
        }
        int m = seasonLength == null ? series.seasonLength() : seasonLength;
        EtsComponents.Season seasonChoice = season;
        if (m > MAX_SEASON_LENGTH && seasonChoice != null && seasonChoice != EtsComponents.Season.NONE) {
            throw new IllegalArgumentException("series '" + series.key() + "': season length " + m + " is above "
                    + MAX_SEASON_LENGTH + ", which ETS does not handle; use a non-seasonal model");
        }
        if (m <= 1 || n <= m || m > MAX_SEASON_LENGTH) {
            if (m <= 1 && seasonChoice != null && seasonChoice != EtsComponents.Season.NONE) {
                throw new IllegalArgumentException("series '" + series.key() + "' is not seasonal (season length "
                        + m + "): " + name() + " needs a season length of 2 to " + MAX_SEASON_LENGTH);
            }
            seasonChoice = EtsComponents.Season.NONE;
        }
        boolean positive = SeriesChecks.allPositive(y);
        checkRequestedForm(series, positive, seasonChoice);

        int npars = 2;
        if (trend == EtsComponents.Trend.ADDITIVE || trend == EtsComponents.Trend.MULTIPLICATIVE) {
            npars += 2;
        }
        if (seasonChoice == EtsComponents.Season.ADDITIVE || seasonChoice == EtsComponents.Season.MULTIPLICATIVE) {
            npars += m;
        }
        if (Boolean.TRUE.equals(damped)) {
            npars += 1;
        }
        if (n <= npars + 4) {
            return smallSample(series, seasonChoice, m);
        }

        EtsParameterSpace space = new EtsParameterSpace(EtsParameterSpace.defaults().lower,
                EtsParameterSpace.defaults().upper, EtsParameterSpace.Bounds.valueOf(region.name()));
        EtsFitted best = null;
        double bestIc = Double.POSITIVE_INFINITY;
        List<String> failures = new ArrayList<>();
        for (EtsComponents c : candidates(seasonChoice, positive)) {
            EtsFitted fit;
            try {
                EtsEstimator.Estimate e = EtsEstimator.estimate(y, c, m, space, fixed, fitCriterion);
                if (e == null) {
                    continue;
                }
                fit = EtsFitted.of(series, c, m, e.alpha(), e.beta(), e.gamma(), e.phi(), e.initialStates(),
                        e.freeParameters(), e.freeParameters() + e.fixedParameters(), true, simulation);
            } catch (CancellationException stopped) {
                throw stopped;
            } catch (RuntimeException failure) {
                failures.add(c + ": " + failure.getMessage());
                continue;
            }
            double ic = fit.criterion(criterion);
            if (ic < bestIc) {
                best = fit;
                bestIc = ic;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("series '" + series.key() + "' (" + n + " observations): no "
                    + name() + " model could be estimated" + (failures.isEmpty() ? "" : "; " + failures));
        }
        return best;
    }

    private void checkRequestedForm(TimeSeries series, boolean positive, EtsComponents.Season seasonChoice) {
        boolean mError = error == EtsComponents.Error.MULTIPLICATIVE;
        boolean mTrend = trend == EtsComponents.Trend.MULTIPLICATIVE;
        boolean mSeason = seasonChoice == EtsComponents.Season.MULTIPLICATIVE;
        if (restrict && (error == EtsComponents.Error.ADDITIVE && (mTrend || mSeason)
                || mError && mTrend && seasonChoice == EtsComponents.Season.ADDITIVE)) {
            throw new IllegalArgumentException("series '" + series.key() + "': " + name() + " is excluded because "
                    + "its forecast variance can be infinite; build with restrict(false) to fit it anyway");
        }
        if (additiveOnly && (mError || mTrend || mSeason)) {
            throw new IllegalArgumentException(name() + " has a multiplicative component but additiveOnly was set");
        }
        if (!positive && (mError || mTrend || mSeason)) {
            int at = 0;
            for (int t = 0; t < series.length(); t++) {
                if (series.get(t) <= 0) {
                    at = t;
                    break;
                }
            }
            throw new IllegalArgumentException("series '" + series.key() + "': " + name() + " has a multiplicative "
                    + "component, which needs strictly positive data, but the value at index " + at + " is "
                    + series.get(at));
        }
        if (Boolean.TRUE.equals(damped) && trend == EtsComponents.Trend.NONE) {
            throw new IllegalArgumentException("a damped model needs a trend");
        }
    }

    private EtsFitted smallSample(TimeSeries series, EtsComponents.Season seasonChoice, int m) {
        boolean seasonal = seasonChoice == EtsComponents.Season.ADDITIVE
                || seasonChoice == EtsComponents.Season.MULTIPLICATIVE;
        if (seasonal) {
            try {
                return EtsSmallSample.fit(series, trend == null ? EtsComponents.Trend.ADDITIVE : trend,
                        seasonChoice, m, fixed, simulation);
            } catch (IllegalArgumentException tooShortForSeason) {
                // as R: fall back to a non-seasonal method
            }
        }
        if (trend == EtsComponents.Trend.ADDITIVE || trend == EtsComponents.Trend.MULTIPLICATIVE) {
            try {
                return EtsSmallSample.fit(series, trend, EtsComponents.Season.NONE, m, fixed, simulation);
            } catch (IllegalArgumentException tooShortForTrend) {
                // fall back to simple exponential smoothing
            }
        }
        EtsFitted level = EtsSmallSample.fit(series, EtsComponents.Trend.NONE, EtsComponents.Season.NONE, m, fixed,
                simulation);
        if (trend != null || series.length() < 2) {
            return level;
        }
        EtsFitted holt = EtsSmallSample.fit(series, EtsComponents.Trend.ADDITIVE, EtsComponents.Season.NONE, m, fixed,
                simulation);
        return holt.sigma2() < level.sigma2() ? holt : level;
    }

    /** The candidate models, in R's order ({@link EtsComponents#all()}), filtered by the specification's rules. */
    private List<EtsComponents> candidates(EtsComponents.Season seasonChoice, boolean positive) {
        List<EtsComponents> out = new ArrayList<>();
        for (EtsComponents c : EtsComponents.all()) {
            boolean mTrend = c.trend() == EtsComponents.Trend.MULTIPLICATIVE;
            boolean mSeason = c.season() == EtsComponents.Season.MULTIPLICATIVE;
            boolean requested = (error == null || c.error() == error)
                    && (trend == null ? !mTrend || allowMultiplicativeTrend : c.trend() == trend)
                    && (seasonChoice == null || c.season() == seasonChoice)
                    && (damped == null || c.damped() == damped);
            boolean restricted = restrict && (c.error() == EtsComponents.Error.ADDITIVE && (mTrend || mSeason)
                    || c.error() == EtsComponents.Error.MULTIPLICATIVE && mTrend
                    && c.season() == EtsComponents.Season.ADDITIVE);
            if (requested && !restricted && !(additiveOnly && c.anyMultiplicative())
                    && (positive || !c.anyMultiplicative())) {
                out.add(c);
            }
        }
        return out;
    }


    /**
     * Builds an {@link Ets} specification. Each property may be set once ({@link IllegalStateException} on a
     * second call); values are checked when set ({@link IllegalArgumentException}, with the valid range).
     */
    public static final class Builder {
        private EtsComponents.Error error;
        private EtsComponents.Trend trend;
        private EtsComponents.Season season;
        private Boolean damped;
        private Integer seasonLength;
        private Boolean allowMultiplicativeTrend;
        private Boolean restrict;
        private Boolean additiveOnly;
        private InformationCriterion criterion;
        private ParameterRegion region;
        private FitCriterion fitCriterion;
        private Double alpha;
        private Double beta;
        private Double gamma;
        private Double phi;
        private Integer simulationPaths;
        private Long simulationSeed;

        private Builder() {
        }

        /** Fixes the error component (otherwise both are tried). */
        public Builder error(EtsComponents.Error error) {
            once(this.error, "error");
            this.error = Objects.requireNonNull(error, "error");
            return this;
        }

        /** Fixes the trend component (otherwise none and additive are tried, and multiplicative if allowed). */
        public Builder trend(EtsComponents.Trend trend) {
            once(this.trend, "trend");
            this.trend = Objects.requireNonNull(trend, "trend");
            return this;
        }

        /** Fixes the seasonal component (otherwise none, additive and multiplicative are tried). */
        public Builder season(EtsComponents.Season season) {
            once(this.season, "season");
            this.season = Objects.requireNonNull(season, "season");
            return this;
        }

        /** Whether the trend is damped (otherwise both are tried). */
        public Builder damped(boolean damped) {
            once(this.damped, "damped");
            this.damped = damped;
            return this;
        }

        /**
         * Season length to use instead of the series' own.
         *
         * @throws IllegalArgumentException if {@code seasonLength < 1}
         */
        public Builder seasonLength(int seasonLength) {
            once(this.seasonLength, "seasonLength");
            if (seasonLength < 1) {
                throw new IllegalArgumentException("season length must be at least 1, was " + seasonLength);
            }
            this.seasonLength = seasonLength;
            return this;
        }

        /** Whether automatic selection may try multiplicative trends (R's default, and ours: false). */
        public Builder allowMultiplicativeTrend(boolean allow) {
            once(this.allowMultiplicativeTrend, "allowMultiplicativeTrend");
            this.allowMultiplicativeTrend = allow;
            return this;
        }

        /** Whether models whose forecast variance can be infinite are excluded (default true). */
        public Builder restrict(boolean restrict) {
            once(this.restrict, "restrict");
            this.restrict = restrict;
            return this;
        }

        /** Whether only additive components are considered (default false). */
        public Builder additiveOnly(boolean additiveOnly) {
            once(this.additiveOnly, "additiveOnly");
            this.additiveOnly = additiveOnly;
            return this;
        }

        /** The criterion automatic selection minimises (default AICc). */
        public Builder criterion(InformationCriterion criterion) {
            once(this.criterion, "criterion");
            this.criterion = Objects.requireNonNull(criterion, "criterion");
            return this;
        }

        /** The parameter region (default {@link ParameterRegion#BOTH}). */
        public Builder parameterRegion(ParameterRegion region) {
            once(this.region, "parameterRegion");
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /** What estimation minimises (default {@link FitCriterion#LIKELIHOOD}). */
        public Builder fitCriterion(FitCriterion criterion) {
            once(this.fitCriterion, "fitCriterion");
            this.fitCriterion = Objects.requireNonNull(criterion, "criterion");
            return this;
        }

        /** Fixes the level smoothing parameter, in (0, 1). */
        public Builder alpha(double alpha) {
            once(this.alpha, "alpha");
            this.alpha = unitInterval("alpha", alpha);
            return this;
        }

        /** Fixes the growth smoothing parameter, in (0, 1). */
        public Builder beta(double beta) {
            once(this.beta, "beta");
            this.beta = unitInterval("beta", beta);
            return this;
        }

        /** Fixes the seasonal smoothing parameter, in (0, 1). */
        public Builder gamma(double gamma) {
            once(this.gamma, "gamma");
            this.gamma = unitInterval("gamma", gamma);
            return this;
        }

        /** Fixes the damping parameter, in (0, 1]. */
        public Builder phi(double phi) {
            once(this.phi, "phi");
            if (!(phi > 0 && phi <= 1)) {
                throw new IllegalArgumentException("phi must be in (0, 1], was " + phi);
            }
            this.phi = phi;
            return this;
        }

        /** Paths drawn for simulated intervals, for models without analytic ones (default 5000). */
        public Builder simulationPaths(int paths) {
            once(this.simulationPaths, "simulationPaths");
            if (paths < 100) {
                throw new IllegalArgumentException("simulationPaths must be at least 100, was " + paths);
            }
            this.simulationPaths = paths;
            return this;
        }

        /** Seed for simulated intervals (default fixed, so forecasts are reproducible). */
        public Builder simulationSeed(long seed) {
            once(this.simulationSeed, "simulationSeed");
            this.simulationSeed = seed;
            return this;
        }

        /**
         * Builds the specification.
         *
         * @throws IllegalArgumentException if damping was requested without a trend, or a fixed {@code beta}
         *                                  exceeds a fixed {@code alpha}
         */
        public Ets build() {
            if (Boolean.TRUE.equals(damped) && trend == EtsComponents.Trend.NONE) {
                throw new IllegalArgumentException("damped(true) needs a trend, but trend is NONE");
            }
            if (alpha != null && beta != null && beta > alpha) {
                throw new IllegalArgumentException("beta (" + beta + ") must not exceed alpha (" + alpha + ")");
            }
            return new Ets(this);
        }

        private static double unitInterval(String name, double v) {
            if (!(v > 0 && v < 1)) {
                throw new IllegalArgumentException(name + " must be in (0, 1), was " + v);
            }
            return v;
        }

        private static void once(Object current, String name) {
            if (current != null) {
                throw new IllegalStateException(name + " was already set");
            }
        }
    }
}
