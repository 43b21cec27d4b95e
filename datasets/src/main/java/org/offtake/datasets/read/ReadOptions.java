package org.offtake.datasets.read;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * How to read a procurement file: the as-of month (later dates are rejected), the column mapping, the tolerance of
 * the amount check, and where to resume. Immutable; build with {@link #builder()}.
 */
public final class ReadOptions {

    private static final ReadOptions DEFAULTS = builder().build();

    private final YearMonth asOf;
    private final ColumnMapping mapping;
    private final double amountTolerance;
    private final long resumeAfter;

    private ReadOptions(Builder builder) {
        this.asOf = builder.asOf;
        this.mapping = builder.mapping;
        this.amountTolerance = builder.amountTolerance;
        this.resumeAfter = builder.resumeAfter;
    }

    /** No as-of month, no mapping, 1 % amount tolerance, from the first row. */
    public static ReadOptions defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The as-of month, or {@code null} when dates are not checked against one. */
    public YearMonth asOf() {
        return asOf;
    }

    /** The last date accepted (the as-of month's last day), or {@code null} without an as-of month. */
    LocalDate lastDate() {
        return asOf == null ? null : asOf.atEndOfMonth();
    }

    /** The column mapping ({@link ColumnMapping#none()} when not given). */
    public ColumnMapping mapping() {
        return mapping;
    }

    /**
     * The relative tolerance of the amount check: an amount is doubtful when
     * {@code |amount - quantity * unitPrice| > tolerance * max(|amount|, |quantity * unitPrice|) + 0.01}.
     */
    public double amountTolerance() {
        return amountTolerance;
    }

    /** Data rows already processed in an earlier run: they are read and validated again but not returned. */
    public long resumeAfter() {
        return resumeAfter;
    }

    /** Builder of {@link ReadOptions}; each value may be set once. */
    public static final class Builder {

        private YearMonth asOf;
        private ColumnMapping mapping = ColumnMapping.none();
        private double amountTolerance = 0.01;
        private long resumeAfter;
        private boolean amountToleranceSet;
        private boolean resumeAfterSet;
        private boolean mappingSet;

        private Builder() {
        }

        /**
         * Rejects rows dated after {@code month}.
         *
         * @throws IllegalStateException if set twice
         */
        public Builder asOf(YearMonth month) {
            if (asOf != null) {
                throw new IllegalStateException("asOf was already set to " + asOf);
            }
            this.asOf = Objects.requireNonNull(month, "month");
            return this;
        }

        /**
         * Finds columns by {@code columnMapping} before the built-in names.
         *
         * @throws IllegalStateException if set twice
         */
        public Builder mapping(ColumnMapping columnMapping) {
            if (mappingSet) {
                throw new IllegalStateException("mapping was already set to " + mapping);
            }
            this.mapping = Objects.requireNonNull(columnMapping, "columnMapping");
            mappingSet = true;
            return this;
        }

        /**
         * The relative tolerance of the amount check, in [0, 1] (default 0.01).
         *
         * @throws IllegalArgumentException if outside [0, 1]
         * @throws IllegalStateException    if set twice
         */
        public Builder amountTolerance(double tolerance) {
            if (amountToleranceSet) {
                throw new IllegalStateException("amountTolerance was already set to " + amountTolerance);
            }
            if (!(tolerance >= 0 && tolerance <= 1)) {
                throw new IllegalArgumentException("amountTolerance must be in [0, 1], was " + tolerance);
            }
            this.amountTolerance = tolerance;
            amountToleranceSet = true;
            return this;
        }

        /**
         * Resumes after {@code rows} data rows (0 or more): they are read and validated again, so that duplicate ids
         * and the summary are exactly as in an uninterrupted read, but not returned.
         *
         * @throws IllegalArgumentException if {@code rows} is negative
         * @throws IllegalStateException    if set twice
         */
        public Builder resumeAfter(long rows) {
            if (resumeAfterSet) {
                throw new IllegalStateException("resumeAfter was already set to " + resumeAfter);
            }
            if (rows < 0) {
                throw new IllegalArgumentException("resumeAfter must be 0 or more data rows, was " + rows);
            }
            this.resumeAfter = rows;
            resumeAfterSet = true;
            return this;
        }

        public ReadOptions build() {
            return new ReadOptions(this);
        }
    }
}
