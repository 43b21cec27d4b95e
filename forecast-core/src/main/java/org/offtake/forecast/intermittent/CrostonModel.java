package org.offtake.forecast.intermittent;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Croston's method and the Syntetos-Boylan approximation, with fixed or optimised smoothing constants.
 *
 * <p>Sizes {@code z} and intervals {@code q} are smoothed at each demand: {@code ẑ = ẑ + a (z - ẑ)},
 * {@code q̂ = q̂ + b (q - q̂)}, starting from the first size and the first interval (R's
 * {@code ses(initial = "simple")}, as {@code forecast::croston}); periods without demand leave both unchanged. The
 * forecast is {@code c ẑ / q̂}, with {@code c = 1} for Croston and {@code c = 1 - b/2} for SBA.
 */
final class CrostonModel implements DemandModel {

    /** R's {@code croston} default for both constants. */
    static final double DEFAULT_ALPHA = 0.1;

    private final boolean sba;
    private final boolean optimised;
    private final double alphaSize;
    private final double alphaInterval;

    private CrostonModel(boolean sba, boolean optimised, double alphaSize, double alphaInterval) {
        this.sba = sba;
        this.optimised = optimised;
        this.alphaSize = alphaSize;
        this.alphaInterval = alphaInterval;
    }

    static CrostonModel fixed(boolean sba, double alphaSize, double alphaInterval) {
        return new CrostonModel(sba, false, alphaSize, alphaInterval);
    }

    static CrostonModel optimised(boolean sba) {
        return new CrostonModel(sba, true, Double.NaN, Double.NaN);
    }

    @Override
    public String name() {
        String method = sba ? "SBA" : "Croston";
        if (optimised) {
            return method + "(optimised)";
        }
        if (alphaSize == DEFAULT_ALPHA && alphaInterval == DEFAULT_ALPHA) {
            return method;
        }
        return String.format(Locale.ROOT, "%s(%s, %s)", method, alphaSize, alphaInterval);
    }

    @Override
    public IntermittentFit fit(DemandHistory history) {
        double a = alphaSize;
        double b = alphaInterval;
        if (optimised) {
            if (history.demands() >= 2) {
                double[] best = Smoothing.minimise((x, y) -> squaredError(history, x, y));
                a = best[0];
                b = best[1];
            } else {
                a = DEFAULT_ALPHA;
                b = DEFAULT_ALPHA;
            }
        }
        double[] fitted = new double[history.length()];
        double[] state = filter(history, a, b, fitted);
        Map<String, Double> params = new LinkedHashMap<>();
        params.put("alphaSize", a);
        params.put("alphaInterval", b);
        params.put("size", state[0]);
        params.put("interval", state[1]);
        if (history.allZero()) {
            return new IntermittentFit(history, name() + ", no demand", params, fitted, 0, 0);
        }
        double mean = factor(b) * state[0] / state[1];
        String description = optimised
                ? String.format(Locale.ROOT, "%s(alphaSize=%.3f, alphaInterval=%.3f)", sba ? "SBA" : "Croston", a, b)
                : name();
        return new IntermittentFit(history, description, params, fitted, mean, Math.min(1, 1 / state[1]));
    }

    private double factor(double b) {
        return sba ? 1 - b / 2 : 1;
    }

    /**
     * Runs the recursion; writes the one-step forecasts to {@code fitted} (NaN for the first period, 0 until the
     * first demand, as R's {@code croston} fits; all zeros for a series without demand, as R) and returns the final
     * {@code {ẑ, q̂}} ({@code {0, NaN}} without demand).
     */
    private double[] filter(DemandHistory history, double a, double b, double[] fitted) {
        double[] y = history.values();
        double z = 0;
        double q = Double.NaN;
        boolean seen = false;
        int previous = -1;
        double c = factor(b);
        for (int t = 0; t < y.length; t++) {
            if (t == 0) {
                fitted[t] = history.allZero() ? 0 : Double.NaN;
            } else {
                fitted[t] = seen ? c * z / q : 0;
            }
            if (y[t] > 0) {
                int interval = t - previous;
                if (seen) {
                    z += a * (y[t] - z);
                    q += b * (interval - q);
                } else {
                    z = y[t];
                    q = interval;
                    seen = true;
                }
                previous = t;
            }
        }
        return new double[] {z, q};
    }

    private double squaredError(DemandHistory history, double a, double b) {
        double[] fitted = new double[history.length()];
        filter(history, a, b, fitted);
        double[] y = history.values();
        double sse = 0;
        for (int t = 1; t < y.length; t++) {
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
