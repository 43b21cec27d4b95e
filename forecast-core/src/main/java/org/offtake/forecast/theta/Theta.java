package org.offtake.forecast.theta;

import org.offtake.forecast.ForecastModel;

/**
 * The Theta family. Every member first tests for seasonality and, when seasonal, works on the series divided by its
 * multiplicative seasonal indices ({@code thetaf}'s test: autocorrelation at the seasonal lag beyond its 90 % bound).
 *
 * <ul>
 * <li>{@link #standard()}: the standard Theta method exactly as R's {@code forecast::thetaf};</li>
 * <li>{@link #standardModel()}, {@link #optimised()}, {@link #dynamicStandard()}, {@link #dynamicOptimised()}: the
 *     STM, OTM, DSTM and DOTM state-space models of Fiorucci, Pellegrini, Louzada, Petropoulos &amp; Koehler (2016),
 *     International Journal of Forecasting 32:1151-1161, estimated as the authors' R package {@code forecTheta};</li>
 * <li>{@link #auto()}: whichever of those four fits the series best in sample.</li>
 * </ul>
 * The state-space models need 4 observations; with fewer they give the standard method's forecast.
 */
public final class Theta {

    private Theta() {
    }

    /** The standard Theta method as R's {@code thetaf} (Hyndman &amp; Billah 2003): SES with drift half the slope. */
    public static ForecastModel standard() {
        return ClassicTheta.INSTANCE;
    }

    /** STM: the standard Theta model (θ = 2, static line). */
    public static ForecastModel standardModel() {
        return new StateSpaceTheta(StateSpaceTheta.Variant.STM);
    }

    /** OTM: the optimised Theta model (θ estimated, static line). */
    public static ForecastModel optimised() {
        return new StateSpaceTheta(StateSpaceTheta.Variant.OTM);
    }

    /** DSTM: the dynamic standard Theta model (θ = 2, line updated every period). */
    public static ForecastModel dynamicStandard() {
        return new StateSpaceTheta(StateSpaceTheta.Variant.DSTM);
    }

    /** DOTM: the dynamic optimised Theta model (θ estimated, line updated every period). */
    public static ForecastModel dynamicOptimised() {
        return new StateSpaceTheta(StateSpaceTheta.Variant.DOTM);
    }

    /** The best of STM, OTM, DSTM and DOTM by in-sample mean squared error. */
    public static ForecastModel auto() {
        return AutoTheta.INSTANCE;
    }
}
