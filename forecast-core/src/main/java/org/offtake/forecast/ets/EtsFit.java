package org.offtake.forecast.ets;

import org.offtake.forecast.FittedModel;

/**
 * An ETS model fitted to one series: its components, smoothing parameters, initial and final states, innovation
 * variance and information criteria, besides everything a {@link FittedModel} gives.
 *
 * <p>The log-likelihood is reported as R's {@code forecast::ets} reports it: {@code -0.5 n log(SSE)} (less
 * {@code Σ log|ŷ|} for multiplicative errors), the concentrated Gaussian log-likelihood without its constant
 * {@code -n/2 (1 + log(2π/n))}. AIC, AICc and BIC count the estimated smoothing parameters and initial states plus
 * the variance. Fits made by the small-sample path (see {@link Ets}) minimise squared errors and report no
 * likelihood.
 */
public interface EtsFit extends FittedModel {

    /** The fitted model's components. */
    EtsComponents components();

    /** Season length the model used (1 when non-seasonal). */
    int seasonLength();

    /** Level smoothing parameter. */
    double alpha();

    /** Growth smoothing parameter; NaN without a trend. */
    double beta();

    /** Seasonal smoothing parameter; NaN without a season. */
    double gamma();

    /** Damping parameter; NaN when not damped. */
    double phi();

    /** Initial states {@code [l, b?, s0..s(m-1)?]}, {@code s0} the most recent season (R's order); a copy. */
    double[] initialStates();

    /** States after the last observation, in the same order; a copy. */
    double[] finalStates();

    /** Innovations: one-step errors, relative ({@code (y - ŷ)/ŷ}) for multiplicative errors; a copy. */
    double[] innovations();

    /** Innovation variance: the sum of squared innovations over {@code n} less the number of parameters. */
    double sigma2();
}
