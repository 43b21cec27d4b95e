package org.offtake.forecast;

import java.util.Arrays;
import java.util.Objects;

import org.offtake.forecast.internal.Quantiles;

/**
 * Simulated future paths of one series: {@code count()} paths of {@code horizon()} steps each. Sums over any range
 * of steps (a contract year, a whole term) are taken path by path, so their distribution is that of the total,
 * which adding per-step quantiles would not give. Immutable; accessors return copies.
 */
public final class SamplePaths {

    private final String seriesKey;
    private final String model;
    private final double[][] paths;

    private SamplePaths(String seriesKey, String model, double[][] paths) {
        this.seriesKey = seriesKey;
        this.model = model;
        this.paths = paths;
    }

    /**
     * Sample paths from a rectangular array {@code paths[path][step]} (copied).
     *
     * @throws IllegalArgumentException if there is no path, no step, the rows differ in length, or a value is not
     *                                  finite
     */
    public static SamplePaths of(String seriesKey, String model, double[][] paths) {
        Objects.requireNonNull(seriesKey, "seriesKey");
        Objects.requireNonNull(model, "model");
        if (paths.length == 0 || paths[0].length == 0) {
            throw new IllegalArgumentException("series '" + seriesKey + "': sample paths need at least one path "
                    + "of at least one step");
        }
        int h = paths[0].length;
        double[][] copy = new double[paths.length][];
        for (int p = 0; p < paths.length; p++) {
            if (paths[p].length != h) {
                throw new IllegalArgumentException("series '" + seriesKey + "': path " + p + " has "
                        + paths[p].length + " steps, expected " + h);
            }
            for (int t = 0; t < h; t++) {
                if (!Double.isFinite(paths[p][t])) {
                    throw new IllegalArgumentException("series '" + seriesKey + "', model " + model + ": path " + p
                            + " step " + t + " is " + paths[p][t]);
                }
            }
            copy[p] = paths[p].clone();
        }
        return new SamplePaths(seriesKey, model, copy);
    }

    /** Key of the simulated series. */
    public String seriesKey() {
        return seriesKey;
    }

    /** The model the paths were drawn from. */
    public String model() {
        return model;
    }

    /** Number of paths. */
    public int count() {
        return paths.length;
    }

    /** Number of steps per path. */
    public int horizon() {
        return paths[0].length;
    }

    /** The value of path {@code path} at step {@code step} (both 0-based). */
    public double value(int path, int step) {
        return paths[Objects.checkIndex(path, paths.length)][Objects.checkIndex(step, horizon())];
    }

    /** One path (a copy). */
    public double[] path(int path) {
        return paths[Objects.checkIndex(path, paths.length)].clone();
    }

    /** The values of all paths at one step (a new array). */
    public double[] atStep(int step) {
        Objects.checkIndex(step, horizon());
        double[] v = new double[paths.length];
        for (int p = 0; p < paths.length; p++) {
            v[p] = paths[p][step];
        }
        return v;
    }

    /** Mean over paths at one step. */
    public double mean(int step) {
        return Arrays.stream(atStep(step)).average().orElseThrow();
    }

    /**
     * The {@code probability} quantile over paths at one step (Hyndman &amp; Fan 1996 definition 8, as R's
     * {@code quantile(type = 8)}).
     *
     * @throws IllegalArgumentException if {@code probability} is not in (0, 1)
     */
    public double quantile(int step, double probability) {
        return Quantiles.type8(atStep(step), probability);
    }

    /**
     * Per path, the sum of steps {@code [fromStep, toStep)}: the simulated distribution of the total over that
     * range.
     *
     * @throws IndexOutOfBoundsException if the range is not within {@code [0, horizon()]} or is empty
     */
    public double[] totals(int fromStep, int toStep) {
        Objects.checkFromToIndex(fromStep, toStep, horizon());
        if (fromStep == toStep) {
            throw new IndexOutOfBoundsException("empty step range [" + fromStep + ", " + toStep + ")");
        }
        double[] sums = new double[paths.length];
        for (int p = 0; p < paths.length; p++) {
            double s = 0;
            for (int t = fromStep; t < toStep; t++) {
                s += paths[p][t];
            }
            sums[p] = s;
        }
        return sums;
    }

    /** These paths with negative values set to zero. */
    public SamplePaths truncatedAtZero() {
        double[][] c = new double[paths.length][];
        for (int p = 0; p < paths.length; p++) {
            c[p] = paths[p].clone();
            for (int t = 0; t < c[p].length; t++) {
                if (c[p][t] < 0) {
                    c[p][t] = 0;
                }
            }
        }
        return new SamplePaths(seriesKey, model, c);
    }

    /** These paths under another model description (for example after truncation at zero). */
    SamplePaths withModel(String description) {
        return new SamplePaths(seriesKey, Objects.requireNonNull(description, "description"), paths);
    }

    @Override
    public String toString() {
        return "SamplePaths[" + seriesKey + ", " + model + ", paths=" + paths.length + ", h=" + horizon() + "]";
    }
}
