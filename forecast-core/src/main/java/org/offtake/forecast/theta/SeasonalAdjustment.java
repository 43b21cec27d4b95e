package org.offtake.forecast.theta;

import org.offtake.forecast.internal.ClassicalDecomposition;
import org.offtake.forecast.internal.Quantiles;
import org.offtake.forecast.internal.SeriesChecks;

/**
 * The seasonal step every Theta variant shares, as R's {@code forecast::thetaf} does it (Assimakopoulos &amp;
 * Nikolopoulos 2000; Hyndman &amp; Billah 2003): a series of season length {@code m > 1}, not constant, longer than
 * two seasons, is seasonal when its autocorrelation at lag {@code m} exceeds the 90 % two-sided bound
 * {@code 1.645 sqrt((1 + 2 Σ_{k<m} r_k²) / n)}; it is then divided by the indices of a classical multiplicative
 * decomposition, and forecasts are multiplied by the last season's indices. Indices below 1e-4 in absolute value
 * (or not finite, as data with zeros or negatives can give) leave the series unadjusted.
 */
final class SeasonalAdjustment {

    private final double[] indices;
    private final double[] adjusted;
    private final int m;

    private SeasonalAdjustment(double[] indices, double[] adjusted, int m) {
        this.indices = indices;
        this.adjusted = adjusted;
        this.m = m;
    }

    static SeasonalAdjustment of(double[] y, int m) {
        int n = y.length;
        if (m > 1 && n > 2 * m && !SeriesChecks.isConstant(y) && seasonalByAutocorrelation(y, m)) {
            double[] indices = ClassicalDecomposition.seasonal(y, m, false);
            boolean usable = true;
            for (double s : indices) {
                usable &= Double.isFinite(s) && Math.abs(s) >= 1e-4;
            }
            if (usable) {
                double[] adjusted = new double[n];
                for (int t = 0; t < n; t++) {
                    adjusted[t] = y[t] / indices[t];
                }
                return new SeasonalAdjustment(indices, adjusted, m);
            }
        }
        return new SeasonalAdjustment(null, y.clone(), 1);
    }

    /** R's test: {@code |r_m| / sqrt((1 + 2 Σ_{k=1}^{m-1} r_k²) / n) > qnorm(0.95)}. */
    static boolean seasonalByAutocorrelation(double[] y, int m) {
        double[] r = autocorrelations(y, m);
        double sum = 0;
        for (int k = 1; k < m; k++) {
            sum += r[k] * r[k];
        }
        double stat = Math.sqrt((1 + 2 * sum) / y.length);
        return Math.abs(r[m]) / stat > Quantiles.normal(0.95);
    }

    /** Sample autocorrelations {@code r_0 .. r_maxLag} as R's {@code acf} (denominator n, overall mean). */
    static double[] autocorrelations(double[] y, int maxLag) {
        int n = y.length;
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n;
        double[] r = new double[maxLag + 1];
        double c0 = 0;
        for (double v : y) {
            c0 += (v - mean) * (v - mean);
        }
        for (int k = 0; k <= maxLag; k++) {
            double c = 0;
            for (int t = 0; t + k < n; t++) {
                c += (y[t] - mean) * (y[t + k] - mean);
            }
            r[k] = c / c0;
        }
        return r;
    }

    boolean seasonal() {
        return indices != null;
    }

    /** The seasonally adjusted series (a copy of the data when not seasonal). */
    double[] adjusted() {
        return adjusted.clone();
    }

    /** The multiplicative index of period {@code t} (0-based; beyond the data, the last season repeated); 1 if none. */
    double index(int t) {
        if (indices == null) {
            return 1.0;
        }
        int n = indices.length;
        return t < n ? indices[t] : indices[n - m + (t - n) % m];
    }
}
