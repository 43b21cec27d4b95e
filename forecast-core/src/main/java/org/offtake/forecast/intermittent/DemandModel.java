package org.offtake.forecast.intermittent;

import org.offtake.forecast.FittedModel;
import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.TimeSeries;

/** A model of this package: fits a checked {@link DemandHistory}, so that a combination checks the series once. */
sealed interface DemandModel extends ForecastModel permits CrostonModel, TsbModel, AggregationModel {

    /** Fits the history. */
    IntermittentFit fit(DemandHistory history);

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the series is empty or has a negative value (the message names the series)
     */
    @Override
    default FittedModel fit(TimeSeries series) {
        return fit(DemandHistory.of(series, name()));
    }
}
