package org.offtake.datasets.generate;

import org.apache.commons.math3.distribution.GammaDistribution;

/**
 * One item x region series: its demand pattern, its share of the item's national demand beyond the population weight,
 * and its own random stream. Monthly quantities are gamma-distributed around the expected demand, with a shape that
 * sets the variability of the sizes; sporadic patterns deliver in a month with probability {@code p} and then
 * {@code 1/p} times as much, so the expected quantity is the expected demand in every pattern. Shapes: smooth 16
 * (CV 0.25), erratic 0.9 (CV 1.05), intermittent 8 (CV 0.35, p 0.3 to 0.6), lumpy 0.8 (CV 1.1, p 0.25 to 0.55).
 */
final class Series {

    final DemandPattern pattern;
    final double weight;
    final double probability;
    final Rng rng;
    private final GammaDistribution sizes;

    Series(DemandPattern pattern, double weight, Rng rng) {
        this.pattern = pattern;
        this.weight = weight;
        this.rng = rng;
        double shape;
        switch (pattern) {
            case SMOOTH -> {
                shape = 16;
                probability = 1;
            }
            case ERRATIC -> {
                shape = 0.9;
                probability = 1;
            }
            case INTERMITTENT -> {
                shape = 8;
                probability = rng.uniform(0.3, 0.6);
            }
            default -> {
                shape = 0.8;
                probability = rng.uniform(0.25, 0.55);
            }
        }
        this.sizes = new GammaDistribution(rng, shape, 1 / shape);
    }

    /** The quantity delivered in a month whose expected demand is {@code expected}: whole units, mean {@code expected}. */
    long draw(double expected) {
        if (expected <= 0) {
            return 0;
        }
        if (probability < 1 && rng.nextDouble() >= probability) {
            return 0;
        }
        return rng.roundStochastically(expected / probability * sizes.sample());
    }
}
