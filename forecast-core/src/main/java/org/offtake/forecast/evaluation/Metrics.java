package org.offtake.forecast.evaluation;

/**
 * Accuracy measures of forecasts against what happened, as the forecasting literature defines them. Every function
 * takes arrays of equal length: the actual values and the forecasts (or interval bounds) for the same periods.
 *
 * <ul>
 * <li>MAE, RMSE: mean absolute and root mean squared error;</li>
 * <li>bias: mean of forecast minus actual (positive when forecasts are too high);</li>
 * <li>sMAPE: mean of {@code 200 |y - f| / (|y| + |f|)}, 0 where both are 0 (Makridakis &amp; Hibon 2000, M3);</li>
 * <li>WAPE: {@code Σ|y - f| / Σ|y|} (NaN when every actual is 0);</li>
 * <li>MASE, RMSSE: MAE over the in-sample mean absolute seasonal-naive error, RMSE over the in-sample root mean
 *     squared one (Hyndman &amp; Koehler 2006; Makridakis et al. 2022, M5);</li>
 * <li>pinball loss of a quantile forecast at probability τ: mean of {@code max(τ (y - q), (τ - 1)(y - q))};</li>
 * <li>coverage: share of actual values inside their interval, bounds included;</li>
 * <li>Winkler score at coverage {@code 1 - a}: mean of {@code (U - L) + (2/a)(L - y)[y < L] + (2/a)(y - U)[y > U]}
 *     (Winkler 1972); MSIS is the Winkler score over the in-sample mean absolute seasonal-naive error (Makridakis
 *     et al. 2020, M4).</li>
 * </ul>
 */
public final class Metrics {

    private Metrics() {
    }

    public static double mae(double[] actual, double[] forecast) {
        double s = 0;
        for (int t = 0; t < actual.length; t++) {
            s += Math.abs(actual[t] - forecast[t]);
        }
        return s / actual.length;
    }

    public static double rmse(double[] actual, double[] forecast) {
        double s = 0;
        for (int t = 0; t < actual.length; t++) {
            double d = actual[t] - forecast[t];
            s += d * d;
        }
        return Math.sqrt(s / actual.length);
    }

    public static double bias(double[] actual, double[] forecast) {
        double s = 0;
        for (int t = 0; t < actual.length; t++) {
            s += forecast[t] - actual[t];
        }
        return s / actual.length;
    }

    public static double smape(double[] actual, double[] forecast) {
        double s = 0;
        for (int t = 0; t < actual.length; t++) {
            double denominator = Math.abs(actual[t]) + Math.abs(forecast[t]);
            s += denominator == 0 ? 0 : 200 * Math.abs(actual[t] - forecast[t]) / denominator;
        }
        return s / actual.length;
    }

    public static double wape(double[] actual, double[] forecast) {
        double error = 0;
        double total = 0;
        for (int t = 0; t < actual.length; t++) {
            error += Math.abs(actual[t] - forecast[t]);
            total += Math.abs(actual[t]);
        }
        return total == 0 ? Double.NaN : error / total;
    }

    /**
     * In-sample mean absolute ({@code power = 1}) or root mean squared ({@code power = 2}) error of the seasonal
     * naive forecast, lag {@code m}, or lag 1 when the history is not longer than one season; NaN with fewer than
     * two observations.
     */
    public static double naiveScale(double[] history, int m, int power) {
        int lag = history.length > m ? m : 1;
        double s = 0;
        int count = 0;
        for (int t = lag; t < history.length; t++) {
            double d = Math.abs(history[t] - history[t - lag]);
            s += power == 1 ? d : d * d;
            count++;
        }
        if (count == 0) {
            return Double.NaN;
        }
        return power == 1 ? s / count : Math.sqrt(s / count);
    }

    /** MAE over a scale such as {@link #naiveScale naiveScale(history, m, 1)}. */
    public static double mase(double[] actual, double[] forecast, double scale) {
        return mae(actual, forecast) / scale;
    }

    /** RMSE over a scale such as {@link #naiveScale naiveScale(history, m, 2)}. */
    public static double rmsse(double[] actual, double[] forecast, double scale) {
        return rmse(actual, forecast) / scale;
    }

    public static double pinball(double[] actual, double[] quantile, double tau) {
        double s = 0;
        for (int t = 0; t < actual.length; t++) {
            double d = actual[t] - quantile[t];
            s += Math.max(tau * d, (tau - 1) * d);
        }
        return s / actual.length;
    }

    /** Number of actual values inside {@code [lower, upper]}. */
    public static int inside(double[] actual, double[] lower, double[] upper) {
        int k = 0;
        for (int t = 0; t < actual.length; t++) {
            if (actual[t] >= lower[t] && actual[t] <= upper[t]) {
                k++;
            }
        }
        return k;
    }

    /** Winkler score of a central interval at {@code level} percent. */
    public static double winkler(double[] actual, double[] lower, double[] upper, double level) {
        double a = 1 - level / 100.0;
        double s = 0;
        for (int t = 0; t < actual.length; t++) {
            double y = actual[t];
            s += upper[t] - lower[t];
            if (y < lower[t]) {
                s += 2 / a * (lower[t] - y);
            } else if (y > upper[t]) {
                s += 2 / a * (y - upper[t]);
            }
        }
        return s / actual.length;
    }
}
