package org.offtake.forecast;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * A model fitted to one series: its estimated parameters, in-sample fit, information criteria, and the means to
 * forecast and to simulate future paths. Immutable and safe to share between threads.
 */
public interface FittedModel {

    /** What was fitted, for example {@code ETS(M,Ad,N)} or {@code naive}. */
    String description();

    /** The series the model was fitted to. */
    TimeSeries series();

    /**
     * The estimated parameters by name, in a stable order: for ETS {@code alpha}, {@code beta}, {@code gamma},
     * {@code phi}, then the initial states {@code l}, {@code b}, {@code s0}...; for the baselines the quantities
     * their forecasts and intervals are computed from (for example {@code sigma}).
     */
    Map<String, Double> parameters();

    /** In-sample one-step-ahead fitted values, one per observation (NaN where the model has none, e.g. naive at t=0). */
    double[] fittedValues();

    /** Response residuals {@code y - fitted}, one per observation (NaN where there is no fitted value). */
    double[] residuals();

    /** Log-likelihood, where the model defines one. */
    OptionalDouble logLikelihood();

    /** Akaike's information criterion, where defined. */
    OptionalDouble aic();

    /** AIC corrected for small samples, where defined. */
    OptionalDouble aicc();

    /** Bayesian information criterion, where defined. */
    OptionalDouble bic();

    /**
     * Point forecasts for the next {@code horizon} periods with prediction intervals at the given levels.
     *
     * @param horizon number of periods ahead, at least 1
     * @param levels  interval coverage in percent, each from 1 to below 100 (80 and 95, not 0.8 and 0.95); none
     *                for point forecasts only
     * @throws IllegalArgumentException if {@code horizon < 1} or a level is outside [1, 100)
     */
    Forecast forecast(int horizon, double... levels);

    /**
     * This model with its estimated parameters kept, fitted to another stretch of data (typically the same series
     * with more observations), for back-testing without re-estimation. What is kept is the model's to say: ETS keeps
     * its form and smoothing parameters and re-estimates its initial states, as R's {@code ets(y, model = fit)}.
     *
     * @throws UnsupportedOperationException if the model can only be refitted (the default)
     */
    default FittedModel update(TimeSeries series) {
        throw new UnsupportedOperationException(description() + " cannot be re-run with its parameters kept; "
                + "refit it instead");
    }

    /**
     * Future sample paths drawn from the fitted model. The same seed gives the same paths, on any thread.
     *
     * @param horizon number of periods per path, at least 1
     * @param paths   number of paths, at least 1
     * @param seed    seed of the random number generator
     * @throws IllegalArgumentException if {@code horizon < 1} or {@code paths < 1}
     */
    SamplePaths simulate(int horizon, int paths, long seed);
}
