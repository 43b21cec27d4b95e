package org.offtake.forecast.baseline;

import org.offtake.forecast.ForecastModel;

/**
 * The simple benchmark models every forecast should beat, with the analytic prediction intervals of Hyndman &amp;
 * Athanasopoulos, <i>Forecasting: Principles and Practice</i> (3rd ed., 2021), section 5.5, computed as R's
 * {@code forecast} package computes them ({@code naive}, {@code snaive}, {@code rwf(drift = TRUE)},
 * {@code meanf}).
 *
 * <p>Where the data are too few to estimate a spread (one observation; a season not yet repeated), intervals
 * collapse onto the point forecast and the parameter {@code sigma} is NaN.
 */
public final class Baselines {

    private Baselines() {
    }

    /**
     * Naive: every forecast is the last observation. Intervals {@code ŷ ± z σ √h}, with {@code σ²} the mean squared
     * one-step change.
     */
    public static ForecastModel naive() {
        return LagWalk.NAIVE;
    }

    /**
     * Seasonal naive: each forecast is the observation one season earlier. Intervals {@code ŷ ± z σ √(k+1)}, with
     * {@code k} the number of complete seasons in {@code h-1} and {@code σ²} the mean squared seasonal change. With
     * fewer observations than one season it behaves as {@link #naive()} and says so in its description.
     */
    public static ForecastModel seasonalNaive() {
        return LagWalk.SEASONAL_NAIVE;
    }

    /**
     * Random walk with drift: the last observation plus {@code h} times the mean one-step change {@code b}.
     * Intervals {@code ŷ ± z √(σ² h + h² se(b)²)}, which include the uncertainty of the estimated drift.
     */
    public static ForecastModel drift() {
        return LagWalk.DRIFT;
    }

    /**
     * Historic mean: every forecast is the mean of all observations. Intervals
     * {@code ȳ ± t(n-1) s √(1 + 1/n)} with Student's t quantile.
     */
    public static ForecastModel mean() {
        return MeanModel.HISTORIC;
    }

    /**
     * Window average: every forecast is the mean of the last {@code window} observations (of all, when there are
     * fewer). Intervals as for {@link #mean()}, over the window.
     *
     * @throws IllegalArgumentException if {@code window < 1}
     */
    public static ForecastModel windowAverage(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1 observation, was " + window);
        }
        return new MeanModel(window);
    }
}
