package org.offtake.forecast.intermittent;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Temporal aggregation: ADIDA (one aggregation level) and IMAPA (several, averaged).
 *
 * <p>At aggregation level {@code k} the series is cut into non-overlapping buckets of {@code k} periods that end with
 * the last observation (the oldest {@code n mod k} periods are left out), the bucket totals are forecast by simple
 * exponential smoothing started at their mean (the "mean" start of Kourentzes' tsintermittent; with few buckets and
 * a low constant the first total alone would weigh on the forecast for long), and the forecast total is spread
 * equally over the {@code k} periods of a bucket. Fitted values are the one-step forecasts of the buckets, spread
 * the same way (NaN for the periods left out; for IMAPA, the mean over the levels that cover the period). Buckets of about the mean inter-demand interval hold demand in most buckets, so smoothing no longer
 * sees a series of zeros and lumps.
 */
final class AggregationModel implements DemandModel {

    private final boolean multiple;
    private final double alpha;

    private AggregationModel(boolean multiple, double alpha) {
        this.multiple = multiple;
        this.alpha = alpha;
    }

    /** ADIDA with the given constant, or optimised when {@code alpha} is NaN. */
    static AggregationModel adida(double alpha) {
        return new AggregationModel(false, alpha);
    }

    /** IMAPA with the given constant at every level, or optimised per level when {@code alpha} is NaN. */
    static AggregationModel imapa(double alpha) {
        return new AggregationModel(true, alpha);
    }

    @Override
    public String name() {
        String method = multiple ? "IMAPA" : "ADIDA";
        return Double.isNaN(alpha) ? method : method + "(" + alpha + ")";
    }

    @Override
    public IntermittentFit fit(DemandHistory history) {
        int n = history.length();
        Map<String, Double> params = new LinkedHashMap<>();
        if (history.allZero()) {
            double[] zeros = new double[n];
            params.put(multiple ? "levels" : "aggregation", 1.0);
            return new IntermittentFit(history, name() + ", no demand", params, zeros, 0, 0);
        }
        int top = multiple ? imapaLevels(history) : adidaLevel(history);
        int from = multiple ? 1 : top;
        double[] fitted = new double[n];
        int[] counted = new int[n];
        double mean = 0;
        StringBuilder alphas = new StringBuilder();
        params.put(multiple ? "levels" : "aggregation", (double) top);
        for (int k = from; k <= top; k++) {
            Level level = level(history.values(), k);
            mean += level.forecast() / k;
            for (int t = 0; t < n; t++) {
                if (!Double.isNaN(level.fitted()[t])) {
                    fitted[t] += level.fitted()[t];
                    counted[t]++;
                }
            }
            params.put(multiple ? "alpha" + k : "alpha", level.alpha());
            alphas.append(alphas.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", level.alpha()));
        }
        for (int t = 0; t < n; t++) {
            fitted[t] = counted[t] == 0 ? Double.NaN : fitted[t] / counted[t];
        }
        mean /= top - from + 1;
        String description = multiple
                ? "IMAPA(levels=1.." + top + ", alpha=" + alphas + ")"
                : "ADIDA(level=" + top + ", alpha=" + alphas + ")";
        return new IntermittentFit(history, description, params, fitted, mean, history.demandShare());
    }

    /** ADIDA's level: the average inter-demand interval rounded, within {@code [1, n]}. */
    static int adidaLevel(DemandHistory history) {
        return (int) Math.max(1, Math.min(history.length(), Math.round(history.adi())));
    }

    /** IMAPA's highest level: the longest inter-demand interval, within {@code [1, n]}. */
    static int imapaLevels(DemandHistory history) {
        return Math.max(1, Math.min(history.length(), history.longestInterval()));
    }

    /** One aggregation level: its smoothing constant, its per-period fitted values and the forecast bucket total. */
    private record Level(double alpha, double[] fitted, double forecast) {
    }

    private Level level(double[] y, int k) {
        int n = y.length;
        int buckets = n / k;
        int offset = n - buckets * k;
        double[] totals = new double[buckets];
        for (int j = 0; j < buckets; j++) {
            for (int i = 0; i < k; i++) {
                totals[j] += y[offset + j * k + i];
            }
        }
        double a = alpha;
        double initial = Arrays.stream(totals).average().orElseThrow();
        if (Double.isNaN(a)) {
            a = buckets < 3 ? CrostonModel.DEFAULT_ALPHA
                    : Smoothing.minimise(x -> Smoothing.sesSse(totals, x, initial));
        }
        double[] oneStep = new double[buckets];
        double forecast = Smoothing.ses(totals, a, initial, oneStep);
        double[] fitted = new double[n];
        Arrays.fill(fitted, 0, offset, Double.NaN);
        for (int t = offset; t < n; t++) {
            fitted[t] = oneStep[(t - offset) / k] / k;
        }
        return new Level(a, fitted, forecast);
    }

    @Override
    public String toString() {
        return name();
    }
}
