package org.offtake.forecast.intermittent;

import java.util.Arrays;

import org.offtake.forecast.TimeSeries;

/**
 * A series checked for intermittent-demand models and taken apart as Croston (1972) does: the non-zero demand sizes
 * {@code z[i]} and the intervals {@code q[i]} between demands, the first counted from the start of the series (a
 * first demand in period 3 has interval 3), as R's {@code forecast::croston} counts it.
 *
 * <p>Values must be finite (the series guarantees it) and not negative: returns or corrections belong in the data
 * preparation, not in a demand model. The arrays are the history's own; callers do not change them.
 */
record DemandHistory(TimeSeries series, double[] values, double[] sizes, int[] intervals, boolean integer) {

    /** Values closer than this to an integer count as integers (data read from text may carry rounding). */
    private static final double INTEGER_TOLERANCE = 1e-9;

    /**
     * The history of {@code series} for the model called {@code model} (named in error messages).
     *
     * @throws IllegalArgumentException if the series is empty or has a negative value; the message names the series,
     *                                  the index and what would be accepted
     */
    static DemandHistory of(TimeSeries series, String model) {
        int n = series.length();
        if (n == 0) {
            throw new IllegalArgumentException("series '" + series.key() + "' is empty: " + model
                    + " needs at least one observation (zeros count)");
        }
        double[] y = series.values();
        int demands = 0;
        boolean integer = true;
        for (int t = 0; t < n; t++) {
            if (y[t] < 0) {
                throw new IllegalArgumentException("series '" + series.key() + "': value at index " + t + " is "
                        + y[t] + "; " + model + " models demand, which must be zero or positive (net returns"
                        + " and corrections out of the series first, or use a model for signed data such as ETS)");
            }
            if (y[t] > 0) {
                demands++;
            }
            if (Math.abs(y[t] - Math.rint(y[t])) > INTEGER_TOLERANCE) {
                integer = false;
            }
        }
        double[] sizes = new double[demands];
        int[] intervals = new int[demands];
        int k = 0;
        int previous = -1;
        for (int t = 0; t < n; t++) {
            if (y[t] > 0) {
                sizes[k] = y[t];
                intervals[k] = t - previous;
                previous = t;
                k++;
            }
        }
        return new DemandHistory(series, y, sizes, intervals, integer);
    }

    String key() {
        return series.key();
    }

    /** Number of periods. */
    int length() {
        return values.length;
    }

    /** Number of periods with demand. */
    int demands() {
        return sizes.length;
    }

    boolean allZero() {
        return sizes.length == 0;
    }

    /**
     * Average inter-demand interval: periods per demand, {@code n / k}. It equals the mean of the intervals when the
     * series ends with a demand and also counts the periods since the last demand otherwise, so that demand which
     * has stopped reads as intermittent. Infinite for a series without demand.
     */
    double adi() {
        return sizes.length == 0 ? Double.POSITIVE_INFINITY : (double) values.length / sizes.length;
    }

    /** Mean of the non-zero sizes; NaN without demand. */
    double meanSize() {
        return sizes.length == 0 ? Double.NaN : Arrays.stream(sizes).average().orElseThrow();
    }

    /** Share of periods with demand, {@code k / n}. */
    double demandShare() {
        return (double) sizes.length / values.length;
    }

    /** The longest interval between demands (the first counted from the start); 0 without demand. */
    int longestInterval() {
        return Arrays.stream(intervals).max().orElse(0);
    }
}
