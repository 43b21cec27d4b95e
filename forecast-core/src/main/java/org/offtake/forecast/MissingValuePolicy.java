package org.offtake.forecast;

/**
 * What {@link TimeSeries.Builder#build()} does with missing observations, given as {@link Double#NaN}.
 *
 * <p>Infinite values are never accepted, whatever the policy: they are errors, not gaps.
 */
public enum MissingValuePolicy {
    /** A NaN is an error: the {@link IllegalArgumentException} names the series key and the index. The default. */
    REJECT,
    /**
     * A NaN is a period without demand and becomes 0. Right for procurement histories, where a month with no
     * purchase line is a month in which nothing was bought.
     */
    ZERO,
    /**
     * A NaN is replaced by linear interpolation between the nearest observed neighbours; leading and trailing
     * gaps take the nearest observed value. A series with no observed value at all is rejected.
     */
    INTERPOLATE
}
