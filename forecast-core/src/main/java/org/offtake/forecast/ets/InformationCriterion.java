package org.offtake.forecast.ets;

/** The criterion automatic ETS selection minimises. */
public enum InformationCriterion {
    /** Akaike's information criterion, {@code -2 log L + 2k}. */
    AIC,
    /** AIC with the small-sample correction {@code 2k(k+1)/(n-k-1)}; R's default and ours. */
    AICC,
    /** Bayesian information criterion, {@code -2 log L + k log n}. */
    BIC
}
