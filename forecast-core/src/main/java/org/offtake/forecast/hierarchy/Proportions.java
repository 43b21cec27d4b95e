package org.offtake.forecast.hierarchy;

import java.util.Arrays;

/** Top-down proportions of a block's bottoms; they add up to one. */
final class Proportions {

    private Proportions() {
    }

    /** Gross &amp; Sohl (1990) A1: the average over periods of each bottom's share of the total. */
    static double[] averageHistorical(double[][] histories) {
        int m = histories.length;
        int length = histories[0].length;
        double[] p = new double[m];
        int periods = 0;
        for (int t = 0; t < length; t++) {
            double total = 0;
            for (double[] h : histories) {
                total += h[t];
            }
            if (total == 0) {
                continue;
            }
            periods++;
            for (int j = 0; j < m; j++) {
                p[j] += histories[j][t] / total;
            }
        }
        if (periods == 0) {
            return equal(m);
        }
        for (int j = 0; j < m; j++) {
            p[j] /= periods;
        }
        return p;
    }

    /** Gross &amp; Sohl (1990) F2: each bottom's total over the history divided by the grand total. */
    static double[] ofAverages(double[][] histories) {
        int m = histories.length;
        double[] sums = new double[m];
        double total = 0;
        for (int j = 0; j < m; j++) {
            for (double v : histories[j]) {
                sums[j] += v;
            }
            total += sums[j];
        }
        if (total == 0) {
            return equal(m);
        }
        for (int j = 0; j < m; j++) {
            sums[j] /= total;
        }
        return sums;
    }

    /**
     * Athanasopoulos, Ahmed &amp; Hyndman (2009) for one aggregate over its bottoms: each bottom's base forecast
     * (negative counts as zero) over their sum; {@code fallback} when they are all zero.
     */
    static double[] ofForecasts(double[] bottomForecasts, double[] fallback) {
        double[] p = new double[bottomForecasts.length];
        double total = 0;
        for (int j = 0; j < p.length; j++) {
            p[j] = Math.max(0, bottomForecasts[j]);
            total += p[j];
        }
        if (total == 0) {
            return fallback.clone();
        }
        for (int j = 0; j < p.length; j++) {
            p[j] /= total;
        }
        return p;
    }

    static double[] equal(int m) {
        double[] p = new double[m];
        Arrays.fill(p, 1.0 / m);
        return p;
    }
}
