package org.offtake.forecast.internal;

/** Properties of a series' values that several models test. */
public final class SeriesChecks {

    private SeriesChecks() {
    }

    /** R's {@code is.constant}: {@code all.equal(y, rep(y[1], n))}, mean relative difference below 1.5e-8. */
    public static boolean isConstant(double[] y) {
        double diff = 0;
        double scale = 0;
        for (double v : y) {
            diff += Math.abs(v - y[0]);
            scale += Math.abs(v);
        }
        diff /= y.length;
        scale /= y.length;
        double tolerance = 1.5e-8;
        return (scale > tolerance ? diff / scale : diff) <= tolerance;
    }

    /** Whether every value is strictly positive. */
    public static boolean allPositive(double[] y) {
        for (double v : y) {
            if (!(v > 0)) {
                return false;
            }
        }
        return true;
    }
}
