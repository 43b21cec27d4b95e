package org.offtake.batch.nightly;

import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.TimeSeries;
import org.offtake.forecast.evaluation.AccuracySummary;
import org.offtake.forecast.evaluation.Backtest;
import org.offtake.forecast.evaluation.BacktestResult;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Back-tests the model on an item's national series with forecast-core's rolling-origin {@link Backtest}; items too
 * short for the design are left out (filtered).
 */
class BacktestProcessor implements ItemProcessor<ItemBlock, BacktestProcessor.AccuracyRow> {

    /** One item's back-test accuracy. */
    record AccuracyRow(String asOf, String itemCode, int origins, int horizon, AccuracySummary summary, String model) {

        public Double coverage80() {
            return summary.coverage().get(80.0);
        }

        public Double coverage95() {
            return summary.coverage().get(95.0);
        }
    }

    private final ForecastModel model;
    private final Backtest backtest;
    private final String asOf;
    private final int windows;
    private final int horizon;

    BacktestProcessor(ForecastModel model, int horizon, int windows, String asOf) {
        this.model = model;
        this.backtest = Backtest.builder().horizon(horizon).windows(windows).step(Math.max(1, horizon / 2))
                .levels(80, 95).build();
        this.asOf = asOf;
        this.windows = windows;
        this.horizon = horizon;
    }

    @Override
    public AccuracyRow process(ItemBlock item) {
        TimeSeries national = TimeSeries.monthly(item.itemCode(), item.start(), item.total());
        if (national.length() < backtest.minimumLength()) {
            return null;
        }
        BacktestResult result = backtest.run(model, national);
        return new AccuracyRow(asOf, item.itemCode(), windows, horizon, result.summary(),
                result.origins().getLast().model());
    }
}
