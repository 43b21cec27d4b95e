package org.offtake.datasets.generate;

/**
 * The four demand patterns of Syntetos, Boylan &amp; Croston (2005), "On the categorization of demand patterns",
 * Journal of the Operational Research Society 56(5), by the average inter-demand interval (ADI, cut-off 1.32) and the
 * squared coefficient of variation of the non-zero sizes (CV², cut-off 0.49). The generator gives each item x region
 * series one pattern and draws its monthly quantities to match it.
 */
public enum DemandPattern {
    /** Demand every month, sizes varying little (ADI &le; 1.32, CV² &le; 0.49). */
    SMOOTH,
    /** Demand every month, sizes varying a lot (ADI &le; 1.32, CV² &gt; 0.49). */
    ERRATIC,
    /** Demand in some months, sizes varying little (ADI &gt; 1.32, CV² &le; 0.49). */
    INTERMITTENT,
    /** Demand in some months, sizes varying a lot (ADI &gt; 1.32, CV² &gt; 0.49). */
    LUMPY
}
