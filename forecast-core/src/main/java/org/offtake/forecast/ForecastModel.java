package org.offtake.forecast;

/**
 * A forecasting model specification: immutable, validated when built, reusable and safe to share between threads.
 * Fitting never changes the specification; every call to {@link #fit(TimeSeries)} returns a new
 * {@link FittedModel}.
 *
 * <pre>{@code
 * ForecastModel model = Ets.auto().nonNegative();
 * FittedModel fit = model.fit(series);
 * Forecast fc = fit.forecast(12, 80, 95);
 * SamplePaths paths = fit.simulate(36, 1000, 42L);
 * }</pre>
 */
public interface ForecastModel {

    /** A short name for the specification, for example {@code ETS(Z,Z,Z)} or {@code naive}. */
    String name();

    /**
     * Fits the model to a series.
     *
     * @throws IllegalArgumentException if the model cannot be fitted to this series (for example an empty series,
     *                                  or a multiplicative model and a series with zeros); the message names the
     *                                  series key and says what the model needs
     * @throws NullPointerException     if {@code series} is null
     */
    FittedModel fit(TimeSeries series);

    /**
     * This model with every mean, interval bound and sample path truncated at zero, for quantities that cannot be
     * negative such as demand. Fitted values and residuals are those of the underlying model.
     */
    default ForecastModel nonNegative() {
        return NonNegativeModel.of(this);
    }
}
