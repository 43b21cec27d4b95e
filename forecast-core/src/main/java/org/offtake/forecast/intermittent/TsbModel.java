package org.offtake.forecast.intermittent;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Teunter, Syntetos &amp; Babai (2011): the probability of demand {@code p̂} is smoothed every period and the size
 * {@code ẑ} in periods with demand; the forecast is {@code p̂ ẑ}. Unlike Croston's, the forecast decays while demand
 * is absent, which suits items going obsolete.
 *
 * <p>{@code p̂ = p̂ + β (o - p̂)} every period, with {@code o} 1 in a period with demand and 0 otherwise;
 * {@code ẑ = ẑ + α (z - ẑ)} in periods with demand. Starting values: {@code p̂} the share of periods with demand and
 * {@code ẑ} the mean non-zero size, both over the whole series.
 */
final class TsbModel implements DemandModel {

    private final boolean optimised;
    private final double alphaSize;
    private final double betaProbability;

    private TsbModel(boolean optimised, double alphaSize, double betaProbability) {
        this.optimised = optimised;
        this.alphaSize = alphaSize;
        this.betaProbability = betaProbability;
    }

    static TsbModel fixed(double alphaSize, double betaProbability) {
        return new TsbModel(false, alphaSize, betaProbability);
    }

    static TsbModel optimised() {
        return new TsbModel(true, Double.NaN, Double.NaN);
    }

    @Override
    public String name() {
        return optimised ? "TSB" : String.format(Locale.ROOT, "TSB(%s, %s)", alphaSize, betaProbability);
    }

    @Override
    public IntermittentFit fit(DemandHistory history) {
        double a = alphaSize;
        double b = betaProbability;
        if (optimised) {
            if (history.demands() >= 1) {
                double[] best = Smoothing.minimise((x, y) -> squaredError(history, x, y));
                a = best[0];
                b = best[1];
            } else {
                a = CrostonModel.DEFAULT_ALPHA;
                b = CrostonModel.DEFAULT_ALPHA;
            }
        }
        double[] fitted = new double[history.length()];
        double[] state = filter(history, a, b, fitted);
        Map<String, Double> params = new LinkedHashMap<>();
        params.put("alphaSize", a);
        params.put("betaProbability", b);
        params.put("size", state[0]);
        params.put("probability", state[1]);
        String description = String.format(Locale.ROOT, "TSB(alphaSize=%.3f, betaProbability=%.3f)", a, b);
        if (history.allZero()) {
            return new IntermittentFit(history, description + ", no demand", params, fitted, 0, 0);
        }
        return new IntermittentFit(history, description, params, fitted, state[0] * state[1], state[1]);
    }

    /** Writes the one-step forecasts {@code p̂ ẑ} to {@code fitted} and returns the final {@code {ẑ, p̂}}. */
    private static double[] filter(DemandHistory history, double a, double b, double[] fitted) {
        double[] y = history.values();
        double z = history.allZero() ? 0 : history.meanSize();
        double p = history.demandShare();
        for (int t = 0; t < y.length; t++) {
            fitted[t] = p * z;
            if (y[t] > 0) {
                p += b * (1 - p);
                z += a * (y[t] - z);
            } else {
                p -= b * p;
            }
        }
        return new double[] {z, p};
    }

    private static double squaredError(DemandHistory history, double a, double b) {
        double[] fitted = new double[history.length()];
        filter(history, a, b, fitted);
        double[] y = history.values();
        double sse = 0;
        for (int t = 0; t < y.length; t++) {
            double e = y[t] - fitted[t];
            sse += e * e;
        }
        return sse;
    }

    @Override
    public String toString() {
        return name();
    }
}
