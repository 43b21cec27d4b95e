package org.offtake.forecast.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.offtake.forecast.Forecast;

/**
 * The backtest of one series: what was forecast from each origin, what happened, and how well it did.
 *
 * @param seriesKey the series
 * @param origins   the origins, earliest first
 */
public record BacktestResult(String seriesKey, List<Origin> origins) {

    public BacktestResult {
        origins = List.copyOf(origins);
    }

    /**
     * One origin.
     *
     * @param origin   index of the first forecast period in the series
     * @param model    the fitted model's description
     * @param forecast the forecast made at the origin
     * @param actual   what happened over the horizon
     * @param accuracy its scores
     */
    public record Origin(int origin, String model, Forecast forecast, double[] actual, Accuracy accuracy) {
        public Origin {
            actual = actual.clone();
        }

        @Override
        public double[] actual() {
            return actual.clone();
        }
    }

    /** Accuracy over this series' origins (each origin counted as one forecast). */
    public AccuracySummary summary() {
        List<Accuracy> all = new ArrayList<>(origins.size());
        for (Origin o : origins) {
            all.add(o.accuracy());
        }
        return AccuracySummary.of(all);
    }
}
