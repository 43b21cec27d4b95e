package org.offtake.forecast;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Point forecasts and prediction intervals for one series: a mean per step and, per coverage level, a lower and an
 * upper bound per step. Immutable; accessors return copies.
 *
 * <p>Steps are 0-based: step 0 is the first period after the data. Levels are in percent (80 means an interval
 * meant to contain the outcome 80 % of the time, bounded by the 10 % and 90 % quantiles).
 */
public final class Forecast {

    private final String seriesKey;
    private final String model;
    private final Frequency frequency;
    private final LocalDate firstPeriod;
    private final int firstIndex;
    private final double[] mean;
    private final double[] levels;
    private final double[][] lower;
    private final double[][] upper;

    private Forecast(String seriesKey, String model, Frequency frequency, LocalDate firstPeriod, int firstIndex,
                     double[] mean, double[] levels, double[][] lower, double[][] upper) {
        this.seriesKey = seriesKey;
        this.model = model;
        this.frequency = frequency;
        this.firstPeriod = firstPeriod;
        this.firstIndex = firstIndex;
        this.mean = mean;
        this.levels = levels;
        this.lower = lower;
        this.upper = upper;
    }

    /**
     * A forecast of the periods following {@code history}.
     *
     * @param history the series the forecast continues (only its key, frequency and periods are kept)
     * @param model   a description of the model, for example {@code ETS(A,N,N)}
     * @param mean    point forecasts, one per step (at least one)
     * @param levels  coverage levels in percent, strictly increasing, each in (0, 100)
     * @param lower   per level, the lower bounds ({@code lower[i].length == mean.length})
     * @param upper   per level, the upper bounds
     * @throws IllegalArgumentException if lengths disagree, a level is out of range or out of order, a value is not
     *                                  finite, or a lower bound exceeds its upper bound
     */
    public static Forecast of(TimeSeries history, String model, double[] mean, double[] levels, double[][] lower,
                              double[][] upper) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(model, "model");
        int h = mean.length;
        if (h < 1) {
            throw new IllegalArgumentException("series '" + history.key() + "': a forecast needs at least one step");
        }
        if (lower.length != levels.length || upper.length != levels.length) {
            throw new IllegalArgumentException("series '" + history.key() + "': " + levels.length
                    + " levels but " + lower.length + " lower and " + upper.length + " upper bound rows");
        }
        for (int t = 0; t < h; t++) {
            requireFinite(history.key(), model, "mean", t, mean[t]);
        }
        double previous = 0;
        for (int i = 0; i < levels.length; i++) {
            if (!(levels[i] > previous && levels[i] < 100)) {
                throw new IllegalArgumentException("series '" + history.key() + "': levels must be strictly "
                        + "increasing and in (0, 100), were " + Arrays.toString(levels));
            }
            previous = levels[i];
            if (lower[i].length != h || upper[i].length != h) {
                throw new IllegalArgumentException("series '" + history.key() + "': bounds at level " + levels[i]
                        + " have " + lower[i].length + "/" + upper[i].length + " steps, expected " + h);
            }
            for (int t = 0; t < h; t++) {
                requireFinite(history.key(), model, "lower" + fmt(levels[i]), t, lower[i][t]);
                requireFinite(history.key(), model, "upper" + fmt(levels[i]), t, upper[i][t]);
                if (lower[i][t] > upper[i][t]) {
                    throw new IllegalArgumentException("series '" + history.key() + "', model " + model
                            + ": lower bound " + lower[i][t] + " above upper bound " + upper[i][t] + " at step " + t
                            + ", level " + levels[i]);
                }
            }
        }
        LocalDate first = history.start().isPresent() ? history.period(history.length()) : null;
        return new Forecast(history.key(), model, history.frequency(), first, history.length(), mean.clone(),
                levels.clone(), deepCopy(lower), deepCopy(upper));
    }

    private static void requireFinite(String key, String model, String what, int step, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("series '" + key + "', model " + model + ": " + what + " at step "
                    + step + " is " + v);
        }
    }

    /** Key of the forecast series. */
    public String seriesKey() {
        return seriesKey;
    }

    /** The model that produced the forecast, for example {@code ETS(M,Ad,N)}. */
    public String model() {
        return model;
    }

    /** Number of steps. */
    public int horizon() {
        return mean.length;
    }

    /** Point forecasts, one per step (a copy). */
    public double[] mean() {
        return mean.clone();
    }

    /** Point forecast at {@code step} (0-based). */
    public double mean(int step) {
        return mean[Objects.checkIndex(step, mean.length)];
    }

    /** Coverage levels in percent, increasing (a copy; empty when the forecast has no intervals). */
    public double[] levels() {
        return levels.clone();
    }

    /** Whether bounds at {@code level} percent are present. */
    public boolean hasLevel(double level) {
        return indexOf(level) >= 0;
    }

    /**
     * Lower bounds of the {@code level} % interval, one per step (a copy).
     *
     * @throws IllegalArgumentException if the forecast has no bounds at this level
     */
    public double[] lower(double level) {
        return lower[requireLevel(level)].clone();
    }

    /**
     * Upper bounds of the {@code level} % interval, one per step (a copy).
     *
     * @throws IllegalArgumentException if the forecast has no bounds at this level
     */
    public double[] upper(double level) {
        return upper[requireLevel(level)].clone();
    }

    /** First day of the period forecast at {@code step}; empty when the series has no calendar. */
    public Optional<LocalDate> period(int step) {
        Objects.checkIndex(step, mean.length);
        return firstPeriod == null ? Optional.empty() : Optional.of(frequency.plus(firstPeriod, step));
    }

    /** Label of the period forecast at {@code step}, as {@link TimeSeries#periodLabel(int)} would give it. */
    public String periodLabel(int step) {
        Objects.checkIndex(step, mean.length);
        return firstPeriod == null ? Integer.toString(firstIndex + step + 1)
                : frequency.label(frequency.plus(firstPeriod, step));
    }

    /** This forecast with means and bounds below zero set to zero. */
    public Forecast truncatedAtZero() {
        double[][] lo = deepCopy(lower);
        double[][] hi = deepCopy(upper);
        for (int i = 0; i < levels.length; i++) {
            clampAtZero(lo[i]);
            clampAtZero(hi[i]);
        }
        double[] mu = mean.clone();
        clampAtZero(mu);
        return new Forecast(seriesKey, model, frequency, firstPeriod, firstIndex, mu, levels, lo, hi);
    }

    /** This forecast under another model description (for example after a transformation of the values). */
    public Forecast withModel(String description) {
        return new Forecast(seriesKey, Objects.requireNonNull(description, "description"), frequency, firstPeriod,
                firstIndex, mean, levels, lower, upper);
    }

    private int requireLevel(double level) {
        int i = indexOf(level);
        if (i < 0) {
            throw new IllegalArgumentException("forecast of '" + seriesKey + "' has no " + fmt(level)
                    + " % interval; levels present: " + Arrays.toString(levels));
        }
        return i;
    }

    private int indexOf(double level) {
        for (int i = 0; i < levels.length; i++) {
            if (Math.abs(levels[i] - level) < 1e-9) {
                return i;
            }
        }
        return -1;
    }

    private static void clampAtZero(double[] v) {
        for (int t = 0; t < v.length; t++) {
            if (v[t] < 0) {
                v[t] = 0;
            }
        }
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    private static String fmt(double level) {
        return level == Math.rint(level) ? Long.toString((long) level) : Double.toString(level);
    }

    @Override
    public String toString() {
        return "Forecast[" + seriesKey + ", " + model + ", h=" + mean.length + ", levels=" + Arrays.toString(levels)
                + "]";
    }
}
