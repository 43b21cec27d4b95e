package org.offtake.forecast.contract;

import java.time.YearMonth;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What an offtake contract between the distributor and one manufacturer for one item says, as far as sizing it
 * needs: when it starts, for how many whole years, which share of the item's demand it covers, what the manufacturer
 * can make, what a unit costs, what a wrong commitment costs either way, and in which quantities units are ordered.
 * Immutable; build with {@link #builder(YearMonth, int)}.
 *
 * @param start           the first month of contract year 1
 * @param termYears       whole contract years, 1 to 10
 * @param share           the share of the item's demand the contract covers, in (0, 1]
 * @param capacityPerYear the most the manufacturer can deliver in one contract year (positive; infinite when not
 *                        limited)
 * @param unitPrice       the price of one unit (zero or more; used for contract values only)
 * @param overCost        the cost of committing a unit that turns out not to be needed (positive)
 * @param underCost       the cost of needing a unit that was not committed, bought elsewhere at a premium (positive)
 * @param minimumOrder    the least a contract year may commit when it commits anything (zero or more)
 * @param packSize        volumes are whole multiples of this (positive)
 * @param optionQuantile  when present, the probability (above the critical fractile, below 1) up to which an
 *                        optional volume band is offered on top of the firm volume
 */
public record ContractTerms(YearMonth start, int termYears, double share, double capacityPerYear, double unitPrice,
                            double overCost, double underCost, double minimumOrder, double packSize,
                            OptionalDouble optionQuantile) {

    /** The longest term the distributor signs. */
    public static final int MAX_TERM_YEARS = 10;

    /**
     * @throws IllegalArgumentException naming the field and its valid range if any value is out of range
     */
    public ContractTerms {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(optionQuantile, "optionQuantile");
        if (termYears < 1 || termYears > MAX_TERM_YEARS) {
            throw new IllegalArgumentException("termYears must be a whole number of years from 1 to "
                    + MAX_TERM_YEARS + ", was " + termYears);
        }
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be in (0, 1], was " + share);
        }
        if (!(capacityPerYear > 0)) {
            throw new IllegalArgumentException("capacityPerYear must be positive (infinite when unlimited), was "
                    + capacityPerYear);
        }
        requireFinite("unitPrice", unitPrice, 0);
        if (!(overCost > 0 && Double.isFinite(overCost))) {
            throw new IllegalArgumentException("overCost must be positive and finite, was " + overCost);
        }
        if (!(underCost > 0 && Double.isFinite(underCost))) {
            throw new IllegalArgumentException("underCost must be positive and finite, was " + underCost);
        }
        requireFinite("minimumOrder", minimumOrder, 0);
        if (!(packSize > 0 && Double.isFinite(packSize))) {
            throw new IllegalArgumentException("packSize must be positive and finite, was " + packSize);
        }
        if (optionQuantile.isPresent()) {
            double q = optionQuantile.getAsDouble();
            double fractile = underCost / (underCost + overCost);
            if (!(q > fractile && q < 1)) {
                throw new IllegalArgumentException("optionQuantile must be above the critical fractile "
                        + fractile + " (underCost / (underCost + overCost)) and below 1, was " + q);
            }
        }
    }

    private static void requireFinite(String name, double value, double least) {
        if (!(value >= least && Double.isFinite(value))) {
            throw new IllegalArgumentException(name + " must be finite and at least " + least + ", was " + value);
        }
    }

    /**
     * The newsvendor's critical fractile {@code underCost / (underCost + overCost)}: committing the demand quantile
     * at this probability minimises the expected cost of a wrong commitment.
     */
    public double criticalFractile() {
        return underCost / (underCost + overCost);
    }

    /** The first month after the contract's last year. */
    public YearMonth end() {
        return start.plusYears(termYears);
    }

    /**
     * A builder for a contract starting at {@code start} for {@code termYears} years, by default covering all of
     * the item's demand, without a capacity limit, minimum order or option band, in packs of one, price zero, and
     * over- and under-commitment costs of 1 and 3 per unit (a unit bought elsewhere costs three times a unit
     * committed in vain).
     */
    public static Builder builder(YearMonth start, int termYears) {
        return new Builder(start, termYears);
    }

    /** Builder of {@link ContractTerms}; values are checked in {@link #build()}. */
    public static final class Builder {
        private final YearMonth start;
        private final int termYears;
        private double share = 1;
        private double capacityPerYear = Double.POSITIVE_INFINITY;
        private double unitPrice;
        private double overCost = 1;
        private double underCost = 3;
        private double minimumOrder;
        private double packSize = 1;
        private OptionalDouble optionQuantile = OptionalDouble.empty();

        private Builder(YearMonth start, int termYears) {
            this.start = start;
            this.termYears = termYears;
        }

        /** The share of the item's demand the contract covers, in (0, 1]. */
        public Builder share(double share) {
            this.share = share;
            return this;
        }

        /** The most the manufacturer can deliver in one contract year. */
        public Builder capacityPerYear(double capacityPerYear) {
            this.capacityPerYear = capacityPerYear;
            return this;
        }

        /** The price of one unit. */
        public Builder unitPrice(double unitPrice) {
            this.unitPrice = unitPrice;
            return this;
        }

        /** The costs of a unit committed but not needed ({@code over}) and needed but not committed ({@code under}). */
        public Builder costs(double over, double under) {
            this.overCost = over;
            this.underCost = under;
            return this;
        }

        /** The least a contract year may commit when it commits anything. */
        public Builder minimumOrder(double minimumOrder) {
            this.minimumOrder = minimumOrder;
            return this;
        }

        /** Volumes are whole multiples of the pack size. */
        public Builder packSize(double packSize) {
            this.packSize = packSize;
            return this;
        }

        /** Offer an optional volume band above the firm volume up to this demand quantile. */
        public Builder optionUpTo(double quantile) {
            this.optionQuantile = OptionalDouble.of(quantile);
            return this;
        }

        /**
         * @throws IllegalArgumentException naming the field and its valid range if any value is out of range
         */
        public ContractTerms build() {
            return new ContractTerms(start, termYears, share, capacityPerYear, unitPrice, overCost, underCost,
                    minimumOrder, packSize, optionQuantile);
        }
    }
}
