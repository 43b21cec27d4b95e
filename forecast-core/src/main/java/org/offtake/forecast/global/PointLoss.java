package org.offtake.forecast.global;

/** The loss the trees of {@link GlobalBoostedTrees} minimise, and so which point forecast they give. */
public enum PointLoss {
    /** Squared error: the point forecast estimates the conditional mean. */
    SQUARED,
    /** Absolute error: the point forecast estimates the conditional median. */
    ABSOLUTE,
    /**
     * Huber's loss (Friedman 2001, algorithm 4), squared for errors below the 90th percentile of the absolute
     * residuals of each boosting step and absolute above: a mean that outliers pull less.
     */
    HUBER
}
