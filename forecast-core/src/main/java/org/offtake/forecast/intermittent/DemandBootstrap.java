package org.offtake.forecast.intermittent;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws future demand for an intermittent series: a compound Bernoulli process whose sizes are bootstrapped from the
 * history, anchored to a model's point forecast, with the uncertainty of the demand rate shared by all steps of a
 * path.
 *
 * <p>Each path:
 * <ol>
 * <li>draws a rate multiplier {@code c = Σ y*[i] / Σ y[i]}, where {@code y*} is a bootstrap replicate of the
 *     {@code n} observed periods (drawn with replacement): the sampling uncertainty of a demand rate estimated from
 *     {@code n} periods, with mean 1 and variance {@code s² / (n ȳ²)};</li>
 * <li>in each step, has demand with probability {@code p} (the model's probability of demand);</li>
 * <li>gives a demand a size drawn from the observed non-zero sizes, scaled by {@code c μ / (p z̄)} so that the
 *     path's expected demand per period is {@code c μ}, where {@code μ} is the model's point forecast and {@code z̄}
 *     the mean observed size; for integer data the scaled size {@code x} is rounded at random to {@code floor(x)} or
 *     {@code floor(x) + 1}, the latter with probability {@code x - floor(x)}, which keeps its mean.</li>
 * </ol>
 * The mean over paths is the point forecast; values are zero or positive, and whole numbers when the history is.
 * Sums over many steps (a contract year) spread by both the step-to-step variation and the shared rate uncertainty,
 * so they are not as narrow as sums of independent steps would be.
 *
 * <p>Bootstrapping the observed sizes follows Willemain, Smart &amp; Schwarz (2004), "A new approach to forecasting
 * intermittent demand for service parts inventories", International Journal of Forecasting 20(3):375-387. Unlike
 * their method, occurrences are independent with the model's probability (not a two-state Markov chain fitted to
 * the history), sizes are not jittered, and the scale follows the model's forecast, so that the paths follow a
 * level the model has seen move.
 *
 * @param mean        the model's point forecast per period, {@code μ}
 * @param probability the probability of demand in a period, {@code p} in {@code [0, 1]}
 * @param history     the series the model was fitted to
 */
record DemandBootstrap(double mean, double probability, DemandHistory history) {

    /** Fills {@code path} with one future. */
    void fill(SplittableRandom random, double[] path) {
        if (mean <= 0 || probability <= 0 || history.allZero()) {
            Arrays.fill(path, 0);
            return;
        }
        double[] y = history.values();
        double[] z = history.sizes();
        int n = y.length;
        double total = 0;
        double resampled = 0;
        for (int i = 0; i < n; i++) {
            total += y[i];
            resampled += y[random.nextInt(n)];
        }
        double scale = mean * (resampled / total) / (probability * history.meanSize());
        for (int t = 0; t < path.length; t++) {
            if (random.nextDouble() >= probability) {
                path[t] = 0;
            } else {
                double size = z[random.nextInt(z.length)] * scale;
                path[t] = history.integer() ? randomRound(size, random) : size;
            }
        }
    }

    /** {@code floor(x) + 1} with probability {@code x - floor(x)}, else {@code floor(x)}: mean {@code x}. */
    private static double randomRound(double x, SplittableRandom random) {
        double floor = Math.floor(x);
        return random.nextDouble() < x - floor ? floor + 1 : floor;
    }
}
