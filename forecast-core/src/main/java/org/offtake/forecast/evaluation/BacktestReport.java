package org.offtake.forecast.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * The backtest of many series: one result per series that was long enough, and the series left out with the
 * reason.
 *
 * @param results per series, in input order
 * @param skipped the series too short for the design, with why
 */
public record BacktestReport(List<BacktestResult> results, List<Skipped> skipped) {

    public BacktestReport {
        results = List.copyOf(results);
        skipped = List.copyOf(skipped);
    }

    /** A series the backtest could not use, and why. */
    public record Skipped(String seriesKey, String reason) {
    }

    /**
     * Accuracy over every origin of every series (each origin of each series counted as one forecast).
     *
     * @throws IllegalArgumentException if no series was long enough
     */
    public AccuracySummary summary() {
        List<Accuracy> all = new ArrayList<>();
        for (BacktestResult r : results) {
            for (BacktestResult.Origin o : r.origins()) {
                all.add(o.accuracy());
            }
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no series was long enough for the backtest; " + skipped.size()
                    + " skipped");
        }
        return AccuracySummary.of(all);
    }
}
