package org.offtake.benchmarks;

import java.util.Locale;

import org.offtake.forecast.evaluation.Metrics;

/**
 * Accuracy over a whole file: the mean over series of each series' sMAPE, MASE and RMSSE (series whose scale is 0
 * or undefined are left out of MASE and RMSSE, and counted), and the coverage of each interval level over all test
 * values.
 */
final class Scores {

    private final double[] levels;
    private final int[] inside;
    private double smapeSum;
    private double maseSum;
    private double rmsseSum;
    private int series;
    private int scaled;
    private int values;

    Scores(double[] levels) {
        this.levels = levels.clone();
        this.inside = new int[levels.length];
    }

    /**
     * Adds one series.
     *
     * @param lower per level, lower bounds (may be null when the forecast has no intervals)
     */
    void add(BenchmarkSeries s, int seasonLength, double[] mean, double[][] lower, double[][] upper) {
        double[] actual = s.test();
        smapeSum += Metrics.smape(actual, mean);
        double scale1 = Metrics.naiveScale(s.train(), seasonLength, 1);
        double scale2 = Metrics.naiveScale(s.train(), seasonLength, 2);
        if (scale1 > 0 && scale2 > 0) {
            maseSum += Metrics.mase(actual, mean, scale1);
            rmsseSum += Metrics.rmsse(actual, mean, scale2);
            scaled++;
        }
        if (lower != null) {
            for (int i = 0; i < levels.length; i++) {
                inside[i] += Metrics.inside(actual, lower[i], upper[i]);
            }
        }
        values += actual.length;
        series++;
    }

    double smape() {
        return smapeSum / series;
    }

    double mase() {
        return maseSum / scaled;
    }

    double rmsse() {
        return rmsseSum / scaled;
    }

    /** Coverage in percent of the interval at level index {@code i}. */
    double coverage(int i) {
        return 100.0 * inside[i] / values;
    }

    String summary() {
        return summary(true);
    }

    /** One line: series, sMAPE, MASE, RMSSE and, if asked, the coverage of each level. */
    String summary(boolean withCoverage) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "series %d  sMAPE %.3f  MASE %.3f  RMSSE %.3f",
                series, smape(), mase(), rmsse()));
        if (scaled < series) {
            b.append(String.format(Locale.ROOT, " (MASE/RMSSE over %d series with a non-zero scale)", scaled));
        }
        for (int i = 0; withCoverage && i < levels.length; i++) {
            b.append(String.format(Locale.ROOT, "  coverage%s %.1f%%", fmt(levels[i]), coverage(i)));
        }
        return b.toString();
    }

    static String fmt(double level) {
        return level == Math.rint(level) ? Long.toString((long) level) : Double.toString(level);
    }
}
