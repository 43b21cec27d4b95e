package org.offtake.forecast.auto;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.Optional;
import java.util.function.Function;

import org.offtake.forecast.FittedModel;
import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.TimeSeries;
import org.offtake.forecast.baseline.Baselines;
import org.offtake.forecast.ets.Ets;
import org.offtake.forecast.intermittent.DemandClassification;
import org.offtake.forecast.intermittent.Intermittent;
import org.offtake.forecast.theta.Theta;

/**
 * Forecasts a series by combining several models: each candidate is fitted, the point forecasts are combined with
 * equal weights (their mean, or their median), and the intervals and sample paths are those of the candidates'
 * equal-weight mixture, the linear opinion pool (Stone 1961, "The opinion pool", Annals of Mathematical Statistics
 * 32:1339-1342): paths are drawn from each candidate in turn and the bounds are quantiles of all of them together.
 * Averaging distributions rather than quantiles widens the intervals where the candidates disagree, which corrects
 * the over-confidence single models show out of sample (Lichtendahl, Grushka-Cockayne &amp; Winkler 2013, "Is it
 * better to average probabilities or quantiles?", Management Science 59:1594-1611).
 *
 * <p>The default candidates are automatic ETS and the dynamic optimised Theta model; on the 3,003 M3 series their
 * combination is more accurate than either (benchmarks/RESULTS.md). Series whose demand is sporadic (intermittent or
 * lumpy) go to the automatic intermittent-demand model instead; a caller can route other series elsewhere. A
 * candidate that fails is left out and its failure recorded; when every candidate fails, the fallback model (the
 * naive method by default) forecasts, and the failures are kept in the fit's diagnostics, never thrown.
 */
public final class AutoForecaster implements ForecastModel {

    /** How point forecasts are combined. */
    public enum Combination {
        /** The mean of the candidates' point forecasts (the mixture's mean). */
        MEAN,
        /** The median of the candidates' point forecasts. */
        MEDIAN
    }

    private static final AutoForecaster DEFAULT = builder().build();

    private final List<Candidate> candidates;
    private final Combination combination;
    private final Function<TimeSeries, Optional<String>> route;
    private final ForecastModel routeModel;
    private final ForecastModel fallback;
    private final int paths;
    private final long seed;

    /** A candidate model and the name it is reported under. */
    record Candidate(String name, ForecastModel model) {
    }

    private AutoForecaster(Builder b) {
        this.candidates = List.copyOf(b.candidates.isEmpty() ? List.of(new Candidate("ETS", Ets.auto()),
                new Candidate("DOTM", Theta.dynamicOptimised())) : b.candidates);
        this.combination = b.combination == null ? Combination.MEAN : b.combination;
        this.route = b.route == null ? AutoForecaster::sporadicDemand : b.route;
        this.routeModel = b.routeModel == null ? Intermittent.auto() : b.routeModel;
        this.fallback = b.fallback == null ? Baselines.naive() : b.fallback;
        this.paths = b.paths == null ? 1000 : b.paths;
        this.seed = b.seed == null ? 4L : b.seed;
    }

    /**
     * The default route: a series without negative values whose demand is sporadic (intermittent or lumpy by the
     * Syntetos-Boylan-Croston classification), with the classification in words as the reason.
     */
    static Optional<String> sporadicDemand(TimeSeries series) {
        if (series.stream().anyMatch(v -> v < 0)) {
            return Optional.empty();
        }
        DemandClassification c = DemandClassification.of(series);
        return c.demandClass().sporadic() ? Optional.of(c.explanation()) : Optional.empty();
    }

    /**
     * The default: intermittent and lumpy demand to the automatic intermittent-demand model, everything else to the
     * pool of automatic ETS and DOTM with mean point forecasts; naive fallback.
     */
    public static AutoForecaster defaults() {
        return DEFAULT;
    }

    /** A builder starting from no candidates (the defaults apply to whatever is not set). */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String name() {
        StringBuilder b = new StringBuilder("Auto(");
        for (int i = 0; i < candidates.size(); i++) {
            b.append(i == 0 ? "" : "+").append(candidates.get(i).name());
        }
        return b.append(')').toString();
    }

    @Override
    public String toString() {
        return name();
    }

    /**
     * Fits the candidates (or the routed model) to the series and combines them.
     *
     * @throws IllegalArgumentException only for input no model can take (an empty series)
     */
    @Override
    public AutoFit fit(TimeSeries series) {
        Objects.requireNonNull(series, "series");
        if (series.isEmpty()) {
            throw new IllegalArgumentException("series '" + series.key() + "' is empty: nothing to forecast from");
        }
        List<String> failures = new ArrayList<>();
        Optional<String> routed = route.apply(series);
        if (routed.isPresent()) {
            try {
                FittedModel fit = routeModel.fit(series);
                return new AutoFitted(series, List.of(new AutoFitted.Member(routeModel.name(), fit)), combination,
                        routed.get() + ": " + fit.description(), failures, paths, seed);
            } catch (CancellationException stopped) {
                throw stopped;
            } catch (RuntimeException e) {
                failures.add(routeModel.name() + ": " + e.getMessage());
            }
        }
        List<AutoFitted.Member> members = new ArrayList<>();
        for (Candidate c : candidates) {
            try {
                members.add(new AutoFitted.Member(c.name(), c.model().fit(series)));
            } catch (CancellationException stopped) {
                throw stopped;
            } catch (RuntimeException e) {
                failures.add(c.name() + ": " + e.getMessage());
            }
        }
        if (members.isEmpty()) {
            FittedModel f = fallback.fit(series);
            return new AutoFitted(series, List.of(new AutoFitted.Member(fallback.name(), f)), combination,
                    "every candidate failed, fallback " + f.description(), failures, paths, seed);
        }
        StringBuilder reason = new StringBuilder(members.size() == 1 ? "only " : "equal-weight ")
                .append(members.size() == 1 ? "" : combination.name().toLowerCase(java.util.Locale.ROOT) + " of ");
        for (int i = 0; i < members.size(); i++) {
            reason.append(i == 0 ? "" : " and ").append(members.get(i).fit().description());
        }
        if (!failures.isEmpty()) {
            reason.append(" (").append(failures.size()).append(" candidate(s) failed)");
        }
        return new AutoFitted(series, members, combination, reason.toString(), failures, paths, seed);
    }

    /**
     * Builds an {@link AutoForecaster}. Each property may be set once, except {@link #candidate}, which adds one
     * candidate per call.
     */
    public static final class Builder {
        private final List<Candidate> candidates = new ArrayList<>();
        private Combination combination;
        private Function<TimeSeries, Optional<String>> route;
        private ForecastModel routeModel;
        private ForecastModel fallback;
        private Integer paths;
        private Long seed;

        private Builder() {
        }

        /** Adds a candidate, reported under {@code name}. */
        public Builder candidate(String name, ForecastModel model) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(model, "model");
            if (candidates.stream().anyMatch(c -> c.name().equals(name))) {
                throw new IllegalArgumentException("a candidate is already called '" + name + "'");
            }
            candidates.add(new Candidate(name, model));
            return this;
        }

        /** How point forecasts are combined (default {@link Combination#MEAN}). */
        public Builder combination(Combination combination) {
            once(this.combination, "combination");
            this.combination = Objects.requireNonNull(combination, "combination");
            return this;
        }

        /**
         * Series for which {@code test} gives a reason are forecast by {@code model} alone, with the reason recorded
         * (default: sporadic demand, to {@code Intermittent.auto()}). {@code test} giving an empty reason for every
         * series turns routing off.
         */
        public Builder route(Function<TimeSeries, Optional<String>> test, ForecastModel model) {
            once(this.routeModel, "route");
            this.route = Objects.requireNonNull(test, "test");
            this.routeModel = Objects.requireNonNull(model, "model");
            return this;
        }

        /** The model used when every candidate fails (default the naive method). */
        public Builder fallback(ForecastModel model) {
            once(this.fallback, "fallback");
            this.fallback = Objects.requireNonNull(model, "model");
            return this;
        }

        /** Paths drawn for the pooled intervals, shared among the candidates (default 1000, at least 100). */
        public Builder paths(int paths) {
            once(this.paths, "paths");
            if (paths < 100) {
                throw new IllegalArgumentException("paths must be at least 100, was " + paths);
            }
            this.paths = paths;
            return this;
        }

        /** Seed of the pooled intervals' paths (default fixed, so forecasts are reproducible). */
        public Builder seed(long seed) {
            once(this.seed, "seed");
            this.seed = seed;
            return this;
        }

        public AutoForecaster build() {
            return new AutoForecaster(this);
        }

        private static void once(Object current, String name) {
            if (current != null) {
                throw new IllegalStateException(name + " was already set");
            }
        }
    }
}
