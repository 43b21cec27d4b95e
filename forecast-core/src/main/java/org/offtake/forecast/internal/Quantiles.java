package org.offtake.forecast.internal;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/** Quantiles of samples and of the distributions that interval formulas use. */
public final class Quantiles {

    /** Standard normal; no random generator attached (it is never sampled). */
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1,
            NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);

    /** Absolute accuracy of the root finder that inverts the t distribution. */
    private static final double T_INVERSE_ABSOLUTE_ACCURACY = 1e-14;

    private Quantiles() {
    }

    /**
     * Sample quantile by definition 8 of Hyndman &amp; Fan (1996), "Sample quantiles in statistical packages", The
     * American Statistician 50(4):361-365; median-unbiased whatever the distribution, and R's
     * {@code quantile(type = 8)}, which {@code forecast} uses for simulated intervals.
     *
     * @throws IllegalArgumentException if {@code probability} is not in (0, 1) or {@code sample} is empty
     */
    public static double type8(double[] sample, double probability) {
        if (!(probability > 0 && probability < 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1), was " + probability);
        }
        if (sample.length == 0) {
            throw new IllegalArgumentException("cannot take a quantile of an empty sample");
        }
        return new Percentile().withEstimationType(Percentile.EstimationType.R_8)
                .evaluate(sample, probability * 100.0);
    }

    /**
     * {@link #type8} of a sample already sorted in ascending order (NaN, if any, last and ignored), without copying
     * it: the same value bit for bit as Commons Math's {@code Percentile} with estimation type R-8, which
     * {@code type8} uses.
     *
     * @throws IllegalArgumentException if {@code probability} is not in (0, 1) or the sample has no number
     */
    public static double type8Sorted(double[] sorted, double probability) {
        if (!(probability > 0 && probability < 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1), was " + probability);
        }
        int n = sorted.length;
        while (n > 0 && Double.isNaN(sorted[n - 1])) {
            n--;
        }
        if (n == 0) {
            throw new IllegalArgumentException("cannot take a quantile of an empty sample");
        }
        // Percentile receives the probability in percent and divides it by 100; do the same so the bits agree
        double p = probability * 100.0 / 100d;
        double third = 1d / 3;
        double pos;
        if (Double.compare(p, 2 * third / (n + third)) < 0) {
            pos = 0;
        } else if (Double.compare(p, (n - third) / (n + third)) >= 0) {
            pos = n;
        } else {
            pos = (n + third) * p + third;
        }
        if (pos < 1) {
            return sorted[0];
        }
        if (pos >= n) {
            return sorted[n - 1];
        }
        double floor = Math.floor(pos);
        int k = (int) floor;
        double lower = sorted[k - 1];
        return lower + (pos - floor) * (sorted[k] - lower);
    }

    /** The standard normal quantile {@code z} with {@code P(Z <= z) = p}. */
    public static double normal(double p) {
        return STANDARD_NORMAL.inverseCumulativeProbability(p);
    }

    /**
     * The quantile of Student's t distribution with {@code df} degrees of freedom, agreeing with R's {@code qt} to
     * about 1e-13 relative. Commons Math inverts the distribution with a root finder; its default absolute accuracy
     * of 1e-9 would leave errors of a few 1e-10, so a tighter one is given.
     */
    public static double studentT(double p, double df) {
        return new TDistribution(null, df, T_INVERSE_ABSOLUTE_ACCURACY).inverseCumulativeProbability(p);
    }

    /** Upper tail probability for a central interval at {@code level} percent: 0.9 for 80. */
    public static double upperProbability(double level) {
        return 0.5 + level / 200.0;
    }
}
