package org.offtake.datasets.generate;

import java.util.SplittableRandom;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Seeded randomness: a stream for every (seed, purpose, index...) tuple, so that each series draws from its own
 * stream and the output does not depend on the order of the work; and an adapter that lets Commons Math's
 * distributions draw from a {@link SplittableRandom}.
 */
final class Rng implements RandomGenerator {

    private final SplittableRandom random;

    private Rng(SplittableRandom random) {
        this.random = random;
    }

    /** The stream for {@code seed} and {@code keys}. */
    static Rng of(long seed, long... keys) {
        long h = mix(seed ^ 0x6A09E667F3BCC909L);
        for (long key : keys) {
            h = mix(h ^ mix(key + 0x9E3779B97F4A7C15L));
        }
        return new Rng(new SplittableRandom(h));
    }

    /** The finaliser of SplitMix64 (Steele, Lea &amp; Flood 2014). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [low, high). */
    double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    /** A standard normal variate. */
    double normal() {
        return nextGaussian();
    }

    /** A log-normal factor with median 1 and log-scale {@code sigma}. */
    double logNormal(double sigma) {
        return StrictMath.exp(sigma * normal());
    }

    /** A log-normal factor with mean 1 and log-scale {@code sigma}. */
    double logNormalMeanOne(double sigma) {
        return StrictMath.exp(sigma * normal() - sigma * sigma / 2);
    }

    /** {@code x} rounded down or up at random so that the expected result is {@code x}. */
    long roundStochastically(double x) {
        double floor = Math.floor(x);
        return (long) floor + (random.nextDouble() < x - floor ? 1 : 0);
    }

    /** An index drawn with probabilities proportional to {@code weights}. */
    int pick(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    @Override
    public void setSeed(int seed) {
        throw new UnsupportedOperationException("streams are seeded when created");
    }

    @Override
    public void setSeed(int[] seed) {
        throw new UnsupportedOperationException("streams are seeded when created");
    }

    @Override
    public void setSeed(long seed) {
        throw new UnsupportedOperationException("streams are seeded when created");
    }

    @Override
    public void nextBytes(byte[] bytes) {
        random.nextBytes(bytes);
    }

    @Override
    public int nextInt() {
        return random.nextInt();
    }

    @Override
    public int nextInt(int n) {
        return random.nextInt(n);
    }

    @Override
    public long nextLong() {
        return random.nextLong();
    }

    @Override
    public boolean nextBoolean() {
        return random.nextBoolean();
    }

    @Override
    public float nextFloat() {
        return random.nextFloat();
    }

    @Override
    public double nextDouble() {
        return random.nextDouble();
    }

    /** Box-Muller with {@link StrictMath}, so that the variates are the same on every JVM and processor. */
    @Override
    public double nextGaussian() {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
    }
}
