/**
 * Offtake's forecasting library: time series, forecasting models with prediction intervals and sample paths.
 * Exports the API packages only; implementations are package-private or in the unexported
 * {@code org.offtake.forecast.internal} package.
 */
module org.offtake.forecast {
    requires commons.math3;

    exports org.offtake.forecast;
    exports org.offtake.forecast.baseline;
    exports org.offtake.forecast.ets;
    exports org.offtake.forecast.intermittent;
}
