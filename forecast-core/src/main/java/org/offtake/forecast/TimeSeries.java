package org.offtake.forecast;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.DoubleStream;

/**
 * An immutable, regularly spaced series of observations: a key, a {@link Frequency} with its season length, the
 * first period and the values.
 *
 * <p>Values are finite. Missing observations (NaN) are rejected unless the builder was given another
 * {@link MissingValuePolicy}; infinite values are always rejected. Errors name the key and the index.
 *
 * <pre>{@code
 * TimeSeries s = TimeSeries.monthly("amoxicillin-500mg/KZ-ALA", YearMonth.of(2021, 1), 120, 134, 128);
 * TimeSeries t = TimeSeries.builder("item-42")
 *         .frequency(Frequency.QUARTERLY)
 *         .start(LocalDate.of(2020, 1, 1))
 *         .values(values)
 *         .missingValues(MissingValuePolicy.ZERO)
 *         .build();
 * }</pre>
 */
public final class TimeSeries {

    private final String key;
    private final Frequency frequency;
    private final int seasonLength;
    private final LocalDate start;
    private final double[] values;

    private TimeSeries(String key, Frequency frequency, int seasonLength, LocalDate start, double[] values) {
        this.key = key;
        this.frequency = frequency;
        this.seasonLength = seasonLength;
        this.start = start;
        this.values = values;
    }

    /**
     * A series of frequency {@link Frequency#NONE} (no calendar, no seasonality) with the given values.
     *
     * @throws IllegalArgumentException if a value is NaN or infinite (the message names the key and index)
     */
    public static TimeSeries of(String key, double... values) {
        return builder(key).frequency(Frequency.NONE).values(values).build();
    }

    /**
     * A series of frequency {@link Frequency#NONE} with an explicit season length, for data whose seasonal cycle
     * is known but whose calendar is not (for example a benchmark file with season length 12 and no dates). Named
     * apart from {@link #of(String, double...)} so that {@code of("k", 12, 30, 31)} cannot be read two ways.
     *
     * @throws IllegalArgumentException if {@code seasonLength < 1}, or a value is NaN or infinite
     */
    public static TimeSeries seasonal(String key, int seasonLength, double... values) {
        return builder(key).frequency(Frequency.NONE).seasonLength(seasonLength).values(values).build();
    }

    /**
     * A monthly series (season length 12) starting in {@code start}.
     *
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public static TimeSeries monthly(String key, java.time.YearMonth start, double... values) {
        Objects.requireNonNull(start, "start");
        return builder(key).frequency(Frequency.MONTHLY).start(start.atDay(1)).values(values).build();
    }

    /** A new builder for a series with the given key (not blank). */
    public static Builder builder(String key) {
        return new Builder(key);
    }

    /** The series key, for example {@code item x region}; never blank. */
    public String key() {
        return key;
    }

    /** The frequency of the observations. */
    public Frequency frequency() {
        return frequency;
    }

    /** Number of periods in a seasonal cycle; 1 for a non-seasonal series. */
    public int seasonLength() {
        return seasonLength;
    }

    /** The first day of the first period; empty for {@link Frequency#NONE}. */
    public Optional<LocalDate> start() {
        return Optional.ofNullable(start);
    }

    /** Number of observations. */
    public int length() {
        return values.length;
    }

    /** Whether the series has no observations. */
    public boolean isEmpty() {
        return values.length == 0;
    }

    /**
     * The observation at {@code index} (0-based).
     *
     * @throws IndexOutOfBoundsException if {@code index} is outside {@code [0, length())}
     */
    public double get(int index) {
        Objects.checkIndex(index, values.length);
        return values[index];
    }

    /** A copy of the observations. */
    public double[] values() {
        return values.clone();
    }

    /** The observations as a stream. */
    public DoubleStream stream() {
        return Arrays.stream(values);
    }

    /**
     * The first day of the period at {@code index} (which may lie beyond the last observation, for forecasts).
     *
     * @throws UnsupportedOperationException if the frequency is {@link Frequency#NONE}
     */
    public LocalDate period(int index) {
        if (start == null) {
            throw new UnsupportedOperationException("series '" + key + "' has frequency NONE: it has no calendar");
        }
        return frequency.plus(start, index);
    }

    /**
     * A readable label of the period at {@code index} (0-based; may lie beyond the data): {@code 2024-03} for a
     * monthly series, or the 1-based position {@code 37} when the series has no calendar.
     */
    public String periodLabel(int index) {
        return start == null ? Integer.toString(index + 1) : frequency.label(period(index));
    }

    /**
     * The observations in {@code [from, to)} as a new series with the same key, frequency and season length.
     *
     * @throws IndexOutOfBoundsException if the range is not within {@code [0, length()]}
     */
    public TimeSeries slice(int from, int to) {
        Objects.checkFromToIndex(from, to, values.length);
        LocalDate sliceStart = start == null ? null : frequency.plus(start, from);
        return new TimeSeries(key, frequency, seasonLength, sliceStart, Arrays.copyOfRange(values, from, to));
    }

    /** The first {@code n} observations. */
    public TimeSeries head(int n) {
        return slice(0, n);
    }

    /** A series with the same key, frequency, season length and start, and other values (checked the same way). */
    public TimeSeries withValues(double... newValues) {
        return builder(key).frequency(frequency).seasonLength(seasonLength).start(start).values(newValues).build();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof TimeSeries other
                && key.equals(other.key)
                && frequency == other.frequency
                && seasonLength == other.seasonLength
                && Objects.equals(start, other.start)
                && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, frequency, seasonLength, start, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "TimeSeries[" + key + ", " + frequency + (seasonLength > 1 ? "/" + seasonLength : "")
                + (start == null ? "" : ", from " + frequency.label(start)) + ", n=" + values.length + "]";
    }

    /**
     * Builds a {@link TimeSeries}. Each property may be set once; a second call throws
     * {@link IllegalStateException}.
     */
    public static final class Builder {
        private final String key;
        private Frequency frequency;
        private Integer seasonLength;
        private LocalDate start;
        private boolean startSet;
        private double[] values;
        private MissingValuePolicy missing;

        private Builder(String key) {
            Objects.requireNonNull(key, "key");
            if (key.isBlank()) {
                throw new IllegalArgumentException("series key must not be blank");
            }
            this.key = key;
        }

        /** The frequency; {@link Frequency#NONE} when not set. */
        public Builder frequency(Frequency frequency) {
            requireUnset(this.frequency, "frequency");
            this.frequency = Objects.requireNonNull(frequency, "frequency");
            return this;
        }

        /**
         * The season length, when it differs from the frequency's default (for example 1 to treat monthly data as
         * non-seasonal).
         *
         * @throws IllegalArgumentException if {@code seasonLength < 1}
         */
        public Builder seasonLength(int seasonLength) {
            requireUnset(this.seasonLength, "seasonLength");
            if (seasonLength < 1) {
                throw new IllegalArgumentException("series '" + key + "': season length must be at least 1, was "
                        + seasonLength);
            }
            this.seasonLength = seasonLength;
            return this;
        }

        /**
         * The first day of the first period; required for calendar frequencies, must be null for
         * {@link Frequency#NONE}.
         */
        public Builder start(LocalDate start) {
            if (startSet) {
                throw new IllegalStateException("start was already set");
            }
            this.startSet = true;
            this.start = start;
            return this;
        }

        /** The observations (copied). */
        public Builder values(double... values) {
            requireUnset(this.values, "values");
            this.values = Objects.requireNonNull(values, "values").clone();
            return this;
        }

        /** What to do with NaN values; {@link MissingValuePolicy#REJECT} when not set. */
        public Builder missingValues(MissingValuePolicy policy) {
            requireUnset(this.missing, "missingValues");
            this.missing = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Validates and builds the series.
         *
         * @throws IllegalStateException    if no values were given
         * @throws IllegalArgumentException if a value is infinite, or NaN under {@link MissingValuePolicy#REJECT};
         *                                  if a calendar frequency has no start, or a start that is not the
         *                                  first day of a period; if {@link Frequency#NONE} was given a start
         */
        public TimeSeries build() {
            if (values == null) {
                throw new IllegalStateException("series '" + key + "': values were not set");
            }
            Frequency f = frequency == null ? Frequency.NONE : frequency;
            if (f.hasCalendar()) {
                if (start == null) {
                    throw new IllegalArgumentException("series '" + key + "': frequency " + f
                            + " needs a start period (the first day of the first period)");
                }
                if (!f.isPeriodStart(start)) {
                    throw new IllegalArgumentException("series '" + key + "': start " + start
                            + " is not the first day of a " + f.name().toLowerCase(java.util.Locale.ROOT)
                            + " period; expected " + f.periodContaining(start));
                }
            } else if (start != null) {
                throw new IllegalArgumentException("series '" + key + "': frequency NONE has no calendar, so it "
                        + "takes no start date (was " + start + ")");
            }
            int m = seasonLength == null ? f.defaultSeasonLength() : seasonLength;
            double[] clean = applyPolicy(values.clone(), missing == null ? MissingValuePolicy.REJECT : missing);
            return new TimeSeries(key, f, m, start, clean);
        }

        private double[] applyPolicy(double[] raw, MissingValuePolicy policy) {
            int firstObserved = -1;
            for (int i = 0; i < raw.length; i++) {
                double v = raw[i];
                if (Double.isInfinite(v)) {
                    throw new IllegalArgumentException("series '" + key + "': value at index " + i + " is " + v
                            + "; values must be finite");
                }
                if (Double.isNaN(v)) {
                    if (policy == MissingValuePolicy.REJECT) {
                        throw new IllegalArgumentException("series '" + key + "': value at index " + i
                                + " is missing (NaN); supply a finite value or choose a MissingValuePolicy"
                                + " (ZERO or INTERPOLATE)");
                    }
                } else if (firstObserved < 0) {
                    firstObserved = i;
                }
            }
            if (policy == MissingValuePolicy.ZERO) {
                for (int i = 0; i < raw.length; i++) {
                    if (Double.isNaN(raw[i])) {
                        raw[i] = 0.0;
                    }
                }
            } else if (policy == MissingValuePolicy.INTERPOLATE && raw.length > 0) {
                if (firstObserved < 0) {
                    throw new IllegalArgumentException("series '" + key
                            + "': every value is missing, nothing to interpolate from");
                }
                interpolate(raw, firstObserved);
            }
            return raw;
        }

        private static void interpolate(double[] x, int firstObserved) {
            Arrays.fill(x, 0, firstObserved, x[firstObserved]);
            int last = firstObserved;
            for (int i = firstObserved + 1; i < x.length; i++) {
                if (!Double.isNaN(x[i])) {
                    for (int j = last + 1; j < i; j++) {
                        x[j] = x[last] + (x[i] - x[last]) * (j - last) / (i - last);
                    }
                    last = i;
                }
            }
            Arrays.fill(x, last + 1, x.length, x[last]);
        }

        private static void requireUnset(Object current, String name) {
            if (current != null) {
                throw new IllegalStateException(name + " was already set");
            }
        }
    }
}
