package org.offtake.forecast.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.offtake.forecast.FittedModel;
import org.offtake.forecast.Forecast;
import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.TimeSeries;
import org.offtake.forecast.internal.Args;

/**
 * Rolling-origin evaluation (Tashman 2000, "Out-of-sample tests of forecasting accuracy", International Journal of
 * Forecasting 16:437-450): forecasts made from several origins at the end of a series, each scored on the
 * observations that followed it.
 *
 * <p>With {@code windows} k, {@code horizon} h and {@code step} s, the last origin leaves exactly h observations
 * after it and each earlier origin lies s periods before the next; the training window ends at the origin and either
 * starts at the first observation ({@link Window#EXPANDING}, the default) or holds the last {@code length}
 * observations ({@link Window#SLIDING}). With {@code refit(false)} the model is estimated at the first origin only
 * and {@link FittedModel#update re-run} with its parameters kept at the later ones.
 *
 * <pre>{@code
 * Backtest b = Backtest.builder().horizon(12).windows(3).step(6).build();
 * BacktestResult r = b.run(Ets.auto(), series);
 * double mase = r.summary().mase();
 * }</pre>
 */
public final class Backtest {

    /** How the training window moves with the origin. */
    public enum Window {
        /** From the first observation up to the origin. */
        EXPANDING,
        /** The {@code length} observations before the origin. */
        SLIDING
    }

    private final int horizon;
    private final int windows;
    private final int step;
    private final Window window;
    private final int length;
    private final boolean refit;
    private final double[] levels;

    private Backtest(Builder b) {
        this.horizon = b.horizon;
        this.windows = b.windows == null ? 1 : b.windows;
        this.step = b.step == null ? b.horizon : b.step;
        this.window = b.window == null ? Window.EXPANDING : b.window;
        this.length = b.length == null ? 0 : b.length;
        this.refit = b.refit == null || b.refit;
        this.levels = b.levels == null ? new double[] {80, 95} : b.levels;
    }

    /** A builder; {@link Builder#horizon(int)} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fewest observations a series needs for this backtest. */
    public int minimumLength() {
        int beforeFirstOrigin = window == Window.SLIDING ? length : 1;
        return beforeFirstOrigin + (windows - 1) * step + horizon;
    }

    /** One sentence describing the design, for messages and reports. */
    public String describe() {
        return windows + " origin(s), " + horizon + " step(s) ahead, " + step + " period(s) apart, "
                + (window == Window.SLIDING ? "sliding window of " + length : "expanding window")
                + (refit ? ", refitted at each origin" : ", estimated once");
    }

    /**
     * Runs the backtest on one series.
     *
     * @throws IllegalArgumentException if the series is shorter than {@link #minimumLength()} (the message names it
     *                                  and says how many observations the design needs)
     * @throws UnsupportedOperationException with {@code refit(false)}, if the model cannot be re-run with its
     *                                       parameters kept
     */
    public BacktestResult run(ForecastModel model, TimeSeries series) {
        Objects.requireNonNull(model, "model");
        String problem = tooShort(series);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        int n = series.length();
        int lastOrigin = n - horizon;
        List<BacktestResult.Origin> origins = new ArrayList<>(windows);
        FittedModel first = null;
        for (int w = windows - 1; w >= 0; w--) {
            int origin = lastOrigin - w * step;
            int from = window == Window.SLIDING ? origin - length : 0;
            TimeSeries train = series.slice(from, origin);
            FittedModel fit;
            if (refit || first == null) {
                fit = model.fit(train);
                first = fit;
            } else {
                fit = first.update(train);
            }
            Forecast forecast = fit.forecast(horizon, levels);
            double[] actual = Arrays.copyOfRange(series.values(), origin, origin + horizon);
            origins.add(new BacktestResult.Origin(origin, fit.description(), forecast, actual,
                    Accuracy.of(train, actual, forecast)));
        }
        return new BacktestResult(series.key(), origins);
    }

    /**
     * Runs the backtest on every series long enough for it; the others are listed in the report with the reason,
     * after every length has been checked and before any model is fitted.
     */
    public BacktestReport run(ForecastModel model, List<TimeSeries> series) {
        Objects.requireNonNull(model, "model");
        List<BacktestReport.Skipped> skipped = new ArrayList<>();
        List<TimeSeries> usable = new ArrayList<>();
        for (TimeSeries s : series) {
            String problem = tooShort(s);
            if (problem == null) {
                usable.add(s);
            } else {
                skipped.add(new BacktestReport.Skipped(s.key(), problem));
            }
        }
        List<BacktestResult> results = new ArrayList<>(usable.size());
        for (TimeSeries s : usable) {
            results.add(run(model, s));
        }
        return new BacktestReport(results, skipped);
    }

    private String tooShort(TimeSeries series) {
        int need = minimumLength();
        if (series.length() >= need) {
            return null;
        }
        return "series '" + series.key() + "' has " + series.length() + " observations; " + describe() + " needs at "
                + "least " + need;
    }

    /**
     * Builds a {@link Backtest}. Each property may be set once ({@link IllegalStateException} otherwise); values are
     * checked when set ({@link IllegalArgumentException} with the accepted range).
     */
    public static final class Builder {
        private int horizon;
        private Integer windows;
        private Integer step;
        private Window window;
        private Integer length;
        private Boolean refit;
        private double[] levels;

        private Builder() {
        }

        /** Steps forecast from each origin, at least 1. Required. */
        public Builder horizon(int horizon) {
            if (this.horizon != 0) {
                throw new IllegalStateException("horizon was already set");
            }
            if (horizon < 1) {
                throw new IllegalArgumentException("horizon must be at least 1 period, was " + horizon);
            }
            this.horizon = horizon;
            return this;
        }

        /** Number of origins, at least 1 (default 1). */
        public Builder windows(int windows) {
            once(this.windows, "windows");
            if (windows < 1) {
                throw new IllegalArgumentException("windows must be at least 1, was " + windows);
            }
            this.windows = windows;
            return this;
        }

        /** Periods between successive origins, at least 1 (default: the horizon, so test periods do not overlap). */
        public Builder step(int step) {
            once(this.step, "step");
            if (step < 1) {
                throw new IllegalArgumentException("step between origins must be at least 1 period, was " + step);
            }
            this.step = step;
            return this;
        }

        /** Training windows from the first observation to each origin (the default). */
        public Builder expanding() {
            once(this.window, "window");
            this.window = Window.EXPANDING;
            return this;
        }

        /** Training windows of the {@code length} observations before each origin, {@code length >= 1}. */
        public Builder sliding(int length) {
            once(this.window, "window");
            if (length < 1) {
                throw new IllegalArgumentException("sliding window length must be at least 1 observation, was "
                        + length);
            }
            this.window = Window.SLIDING;
            this.length = length;
            return this;
        }

        /** Whether the model is re-estimated at each origin (default true). */
        public Builder refit(boolean refit) {
            once(this.refit, "refit");
            this.refit = refit;
            return this;
        }

        /** Interval levels scored, in percent (default 80 and 95; none for point forecasts only). */
        public Builder levels(double... levels) {
            once(this.levels, "levels");
            this.levels = Args.levels(levels);
            return this;
        }

        /** @throws IllegalStateException if no horizon was given */
        public Backtest build() {
            if (horizon == 0) {
                throw new IllegalStateException("horizon is required: how many steps ahead each origin forecasts");
            }
            return new Backtest(this);
        }

        private static void once(Object current, String name) {
            if (current != null) {
                throw new IllegalStateException(name + " was already set");
            }
        }
    }
}
