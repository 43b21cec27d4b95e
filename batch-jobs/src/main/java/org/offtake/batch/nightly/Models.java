package org.offtake.batch.nightly;

import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.auto.ModelNames;

/**
 * The forecasting model the job is told to use ({@code offtake.model}): any specification forecast-core's
 * {@link ModelNames} takes, such as {@code auto} (the default), {@code ets}, {@code dotm} or
 * {@code auto(ets,dotm,snaive)} (a model joins the automatic forecaster by configuration); it is made non-negative
 * (demand cannot be negative).
 */
final class Models {

    private Models() {
    }

    /**
     * The model {@code spec} names, non-negative.
     *
     * @throws IllegalArgumentException naming the known models when {@code spec} names none
     */
    static ForecastModel named(String spec) {
        try {
            return ModelNames.parse(spec).nonNegative();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("offtake.model: " + e.getMessage(), e);
        }
    }
}
