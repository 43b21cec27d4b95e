package org.offtake.benchmarks;

/**
 * Point and interval accuracy measures for one series, as the M competitions define them.
 *
 * <ul>
 * <li>sMAPE: mean over the horizon of {@code 200 |y - f| / (|y| + |f|)} (0 where both are 0);</li>
 * <li>MASE: mean absolute error over the in-sample mean absolute error of the seasonal naive forecast (lag
 *     {@code m}, or 1 when the training data are not longer than one season), Hyndman &amp; Koehler 2006;</li>
 * <li>RMSSE: root mean squared error over the in-sample root mean squared seasonal-naive error;</li>
 * <li>coverage: share of test values within the interval.</li>
 * </ul>
 */
final class Metrics {

    private Metrics() {
    }

    static double smape(double[] actual, double[] forecast) {
        double sum = 0;
        for (int t = 0; t < actual.length; t++) {
            double denominator = Math.abs(actual[t]) + Math.abs(forecast[t]);
            sum += denominator == 0 ? 0 : 200 * Math.abs(actual[t] - forecast[t]) / denominator;
        }
        return sum / actual.length;
    }

    /** In-sample mean absolute (power 1) or root mean squared (power 2) seasonal-naive error. */
    static double naiveScale(double[] train, int m, int power) {
        int lag = train.length > m ? m : 1;
        double sum = 0;
        int count = 0;
        for (int t = lag; t < train.length; t++) {
            double d = Math.abs(train[t] - train[t - lag]);
            sum += power == 1 ? d : d * d;
            count++;
        }
        if (count == 0) {
            return Double.NaN;
        }
        return power == 1 ? sum / count : Math.sqrt(sum / count);
    }

    static double mase(double[] actual, double[] forecast, double scale) {
        double sum = 0;
        for (int t = 0; t < actual.length; t++) {
            sum += Math.abs(actual[t] - forecast[t]);
        }
        return sum / actual.length / scale;
    }

    static double rmsse(double[] actual, double[] forecast, double scale) {
        double sum = 0;
        for (int t = 0; t < actual.length; t++) {
            double d = actual[t] - forecast[t];
            sum += d * d;
        }
        return Math.sqrt(sum / actual.length) / scale;
    }

    /** Number of test values inside {@code [lower, upper]}. */
    static int inside(double[] actual, double[] lower, double[] upper) {
        int k = 0;
        for (int t = 0; t < actual.length; t++) {
            if (actual[t] >= lower[t] && actual[t] <= upper[t]) {
                k++;
            }
        }
        return k;
    }
}
