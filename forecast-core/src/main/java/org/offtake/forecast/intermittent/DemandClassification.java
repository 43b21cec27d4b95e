package org.offtake.forecast.intermittent;

import java.util.Locale;
import java.util.Objects;

import org.offtake.forecast.TimeSeries;

/**
 * The demand pattern of a series by the scheme of Syntetos, Boylan &amp; Croston (2005) (see {@link DemandClass}).
 *
 * <ul>
 * <li>{@code adi}, the average inter-demand interval, is periods per demand, {@code n / k} for {@code k} periods with
 *     demand among {@code n}: the mean interval between demands when the series ends with a demand, and longer when
 *     demand has stopped (the periods since the last demand count), so an item no longer bought reads as
 *     intermittent.</li>
 * <li>{@code cv2} is the squared coefficient of variation of the {@code k} non-zero sizes, {@code s² / mean²} with
 *     the sample variance {@code s²} (divisor {@code k - 1}), as R's {@code sd} gives it.</li>
 * </ul>
 *
 * <p>Edge cases, decided rather than left to arithmetic:
 * <ul>
 * <li>no demand at all: {@code adi} is {@link Double#POSITIVE_INFINITY}, {@code cv2} is 0 (no size varies) and the
 *     class is {@link DemandClass#INTERMITTENT}: the extreme of sporadic demand, not lumpy, since nothing suggests
 *     large orders;</li>
 * <li>a single demand: {@code cv2} is 0 (one size cannot vary), {@code adi} is {@code n}; the class is
 *     {@link DemandClass#INTERMITTENT} unless the series has a single period;</li>
 * <li>the cut-offs belong to the lower class: {@code adi = 1.32} is not sporadic, {@code cv2 = 0.49} not
 *     variable.</li>
 * </ul>
 *
 * @param periods     number of periods {@code n}
 * @param demands     number of periods with demand (value above zero) {@code k}
 * @param adi         average inter-demand interval {@code n / k}
 * @param cv2         squared coefficient of variation of the non-zero sizes
 * @param demandClass the class these two give
 */
public record DemandClassification(int periods, int demands, double adi, double cv2, DemandClass demandClass) {

    /** ADI cut-off of Syntetos, Boylan &amp; Croston (2005): above it demand is sporadic. */
    public static final double ADI_CUTOFF = 1.32;

    /** CV² cut-off of Syntetos, Boylan &amp; Croston (2005): above it sizes vary strongly. */
    public static final double CV2_CUTOFF = 0.49;

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if the counts are inconsistent, {@code adi} is below 1, {@code cv2} is negative
     *                                  or not a number, or the class does not follow from {@code adi} and {@code cv2}
     */
    public DemandClassification {
        Objects.requireNonNull(demandClass, "demandClass");
        if (periods < 1 || demands < 0 || demands > periods) {
            throw new IllegalArgumentException("need 0 <= demands <= periods and periods >= 1, were demands "
                    + demands + ", periods " + periods);
        }
        if (!(adi >= 1) || !(cv2 >= 0)) {
            throw new IllegalArgumentException("adi must be at least 1 and cv2 at least 0, were " + adi + " and "
                    + cv2);
        }
        if (demandClass != classify(adi, cv2)) {
            throw new IllegalArgumentException("adi " + adi + " and cv2 " + cv2 + " make the class "
                    + classify(adi, cv2) + ", not " + demandClass);
        }
    }

    /**
     * Classifies a series.
     *
     * @throws IllegalArgumentException if the series is empty or has a negative value (the message names the series)
     */
    public static DemandClassification of(TimeSeries series) {
        Objects.requireNonNull(series, "series");
        return of(DemandHistory.of(series, "demand classification"));
    }

    static DemandClassification of(DemandHistory history) {
        double[] z = history.sizes();
        int k = z.length;
        double cv2 = 0;
        if (k > 1) {
            double mean = history.meanSize();
            double ss = 0;
            for (double v : z) {
                ss += (v - mean) * (v - mean);
            }
            cv2 = ss / (k - 1) / (mean * mean);
        }
        double adi = history.adi();
        return new DemandClassification(history.length(), k, adi, cv2, classify(adi, cv2));
    }

    /** The class of an ADI and a CV² by the cut-offs (each cut-off belongs to the lower class). */
    public static DemandClass classify(double adi, double cv2) {
        boolean sporadic = adi > ADI_CUTOFF;
        boolean variable = cv2 > CV2_CUTOFF;
        if (sporadic) {
            return variable ? DemandClass.LUMPY : DemandClass.INTERMITTENT;
        }
        return variable ? DemandClass.ERRATIC : DemandClass.SMOOTH;
    }

    /**
     * The classification in words, for a planner: for example {@code "LUMPY: many periods without demand and strongly
     * varying sizes (demand in 5 of 18 periods, one every 3.60 on average; sizes vary with CV² 0.82)"}.
     */
    public String explanation() {
        String detail;
        if (demands == 0) {
            detail = "no demand in " + periods + " periods";
        } else if (demands == 1) {
            detail = "a single demand in " + periods + (periods == 1 ? " period" : " periods")
                    + "; one size cannot vary (CV² taken as 0)";
        } else {
            detail = String.format(Locale.ROOT, "demand in %d of %d periods, one every %.2f on average; sizes vary"
                    + " with CV² %.2f", demands, periods, adi, cv2);
        }
        return demandClass + ": " + demandClass.meaning() + " (" + detail + ")";
    }
}
