package org.offtake.forecast.intermittent;

/**
 * The four demand patterns of Syntetos, Boylan &amp; Croston (2005), "On the categorization of demand patterns",
 * Journal of the Operational Research Society 56(5):495-503, from the average inter-demand interval (ADI) and the
 * squared coefficient of variation of the non-zero demand sizes (CV²), with their cut-offs
 * {@value DemandClassification#ADI_CUTOFF} and {@value DemandClassification#CV2_CUTOFF}:
 *
 * <pre>
 *                 CV² &lt;= 0.49     CV² &gt; 0.49
 *   ADI &lt;= 1.32    SMOOTH          ERRATIC
 *   ADI &gt; 1.32     INTERMITTENT    LUMPY
 * </pre>
 */
public enum DemandClass {

    /** Demand in most periods, of a fairly steady size. */
    SMOOTH("demand in most periods, of steady size"),
    /** Demand in most periods, of strongly varying size. */
    ERRATIC("demand in most periods, of strongly varying size"),
    /** Many periods without demand; steady sizes when there is demand. */
    INTERMITTENT("many periods without demand, steady sizes when there is demand"),
    /** Many periods without demand and strongly varying sizes: the hardest pattern to forecast. */
    LUMPY("many periods without demand and strongly varying sizes");

    private final String meaning;

    DemandClass(String meaning) {
        this.meaning = meaning;
    }

    /** What the pattern means, in words, for example {@code "many periods without demand, steady sizes ..."}. */
    public String meaning() {
        return meaning;
    }

    /** Whether demand is missing in many periods (ADI above the cut-off): {@link #INTERMITTENT} or {@link #LUMPY}. */
    public boolean sporadic() {
        return this == INTERMITTENT || this == LUMPY;
    }

    /** Whether sizes vary strongly (CV² above the cut-off): {@link #ERRATIC} or {@link #LUMPY}. */
    public boolean variableSizes() {
        return this == ERRATIC || this == LUMPY;
    }
}
