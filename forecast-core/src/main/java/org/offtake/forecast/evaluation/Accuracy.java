package org.offtake.forecast.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.offtake.forecast.Forecast;
import org.offtake.forecast.TimeSeries;

/**
 * How one forecast of one series did: every measure of {@link Metrics}, computed from the forecast, what happened,
 * and the history the forecast was made from (which scales MASE, RMSSE and MSIS). Pinball losses are given for the
 * quantiles the forecast's intervals stand for (an 80 % interval gives τ = 0.1 and 0.9); coverage, Winkler score and
 * MSIS per interval level.
 *
 * @param seriesKey the series
 * @param values    number of forecast periods scored
 * @param absoluteErrorSum  {@code Σ |y - f|} (for pooled WAPE over many series)
 * @param absoluteActualSum {@code Σ |y|}
 * @param pinball   loss per quantile probability τ
 * @param coverage  share of values inside the interval, per level (percent, e.g. 80)
 * @param winkler   Winkler score per level
 * @param msis      scaled interval score per level
 */
public record Accuracy(String seriesKey, int values, double mae, double rmse, double mase, double rmsse, double smape,
                       double wape, double bias, double absoluteErrorSum, double absoluteActualSum,
                       Map<Double, Double> pinball, Map<Double, Double> coverage, Map<Double, Double> winkler,
                       Map<Double, Double> msis) {

    public Accuracy {
        pinball = Collections.unmodifiableMap(new LinkedHashMap<>(pinball));
        coverage = Collections.unmodifiableMap(new LinkedHashMap<>(coverage));
        winkler = Collections.unmodifiableMap(new LinkedHashMap<>(winkler));
        msis = Collections.unmodifiableMap(new LinkedHashMap<>(msis));
    }

    /**
     * Scores {@code forecast} against {@code actual}.
     *
     * @param history the data the forecast was made from; its season length sets the naive scale's lag
     * @throws IllegalArgumentException if {@code actual} is empty or longer than the forecast
     */
    public static Accuracy of(TimeSeries history, double[] actual, Forecast forecast) {
        Objects.requireNonNull(history, "history");
        int h = actual.length;
        if (h == 0 || h > forecast.horizon()) {
            throw new IllegalArgumentException("series '" + history.key() + "': " + h + " actual values for a "
                    + forecast.horizon() + "-step forecast; expected 1 to " + forecast.horizon());
        }
        double[] mean = java.util.Arrays.copyOf(forecast.mean(), h);
        double[] y = history.values();
        double scale1 = Metrics.naiveScale(y, history.seasonLength(), 1);
        double scale2 = Metrics.naiveScale(y, history.seasonLength(), 2);
        double mae = Metrics.mae(actual, mean);
        double rmse = Metrics.rmse(actual, mean);
        Map<Double, Double> pinball = new LinkedHashMap<>();
        Map<Double, Double> coverage = new LinkedHashMap<>();
        Map<Double, Double> winkler = new LinkedHashMap<>();
        Map<Double, Double> msis = new LinkedHashMap<>();
        for (double level : forecast.levels()) {
            double[] lo = java.util.Arrays.copyOf(forecast.lower(level), h);
            double[] hi = java.util.Arrays.copyOf(forecast.upper(level), h);
            double tau = (100 - level) / 200.0;
            pinball.put(tau, Metrics.pinball(actual, lo, tau));
            pinball.put(1 - tau, Metrics.pinball(actual, hi, 1 - tau));
            coverage.put(level, (double) Metrics.inside(actual, lo, hi) / h);
            double w = Metrics.winkler(actual, lo, hi, level);
            winkler.put(level, w);
            msis.put(level, scaled(w, scale1));
        }
        double absError = mae * h;
        double absActual = 0;
        for (double v : actual) {
            absActual += Math.abs(v);
        }
        return new Accuracy(history.key(), h, mae, rmse, scaled(mae, scale1), scaled(rmse, scale2),
                Metrics.smape(actual, mean), Metrics.wape(actual, mean), Metrics.bias(actual, mean), absError,
                absActual, new java.util.TreeMap<>(pinball), coverage, winkler, msis);
    }

    /** NaN when the scale is zero or undefined (a constant or one-value history). */
    private static double scaled(double value, double scale) {
        return scale > 0 ? value / scale : Double.NaN;
    }
}
