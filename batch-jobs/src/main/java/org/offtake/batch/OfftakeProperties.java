package org.offtake.batch;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The nightly job's settings, under {@code offtake.*} (the command line's {@code --input}, {@code --as-of} and
 * {@code --output} are mapped onto them in {@code application.properties}).
 *
 * @param input          the procurement file (CSV, gzipped CSV or XLSX in any layout the datasets readers accept)
 * @param inputQuery     instead of a file: a SQL query against {@code offtake.input-jdbc.*} whose columns carry the
 *                       canonical names ({@code record_id, date, manufacturer_id, ...})
 * @param inputJdbc      the procurement database of {@code inputQuery}
 * @param asOf           the as-of month, {@code YYYY-MM}: later deliveries are rejected, forecasts start the month
 *                       after
 * @param output         where the CSV files and {@code run-summary.json} go
 * @param workDir        where a run keeps its items' sample paths between steps, in a folder per as-of month that
 *                       the run removes when it completes
 * @param horizon        months of published forecasts
 * @param threads        partitions of the forecast, reconcile and sizeContracts steps, and threads of the report
 *                       and publish split (0: one per processor)
 * @param paths          sample paths per series, for bounds, reconciliation and contract sizing
 * @param seed           the seed of every simulation
 * @param model          the forecasting model by name ({@code auto}, {@code ets}, {@code dotm}, {@code theta},
 *                       {@code intermittent}, {@code naive}, {@code seasonal-naive})
 * @param reconciliation the reconciliation method ({@code ReconciliationMethod} constant not needing residuals)
 * @param timeoutPerSeries the engine's time limit per series before the fallback model takes over
 * @param sharesRecentMonths months over which manufacturers' shares of an item are measured
 * @param chunkSize      items per commit in the forecast, reconcile and sizeContracts steps
 * @param contracts      the contracts file overriding default terms per manufacturer x item (optional)
 * @param contract       default contract terms
 * @param backtest       the back-test of the model on a sample of items
 * @param progressEvery  how often each step (and partition) logs its progress while it runs
 */
@ConfigurationProperties("offtake")
public record OfftakeProperties(String input, String inputQuery, InputJdbc inputJdbc, String asOf,
                                @DefaultValue("offtake-output") String output,
                                @DefaultValue("./offtake-work") String workDir, @DefaultValue("24") int horizon,
                                @DefaultValue("0") int threads, @DefaultValue("1000") int paths,
                                @DefaultValue("42") long seed, @DefaultValue("auto") String model,
                                @DefaultValue("WLS_STRUCTURAL") String reconciliation,
                                @DefaultValue("5m") Duration timeoutPerSeries,
                                @DefaultValue("12") int sharesRecentMonths, @DefaultValue("4") int chunkSize,
                                String contracts,
                                @DefaultValue Contract contract, @DefaultValue Backtest backtest,
                                @DefaultValue("10s") Duration progressEvery) {

    /**
     * The procurement database read by {@code offtake.input-query}.
     *
     * @param url      its JDBC URL
     * @param username the user
     * @param password the password
     */
    public record InputJdbc(String url, String username, String password) {
    }

    /**
     * Default terms of a contract candidate (every domestic manufacturer x item with purchases in the last
     * {@code candidateMonths} months); a contracts file overrides them per pair.
     *
     * @param candidateMonths months of purchases that make a domestic manufacturer x item a candidate
     * @param termYears       contract years
     * @param share           share of the item's demand; empty: the manufacturer's share of the item's purchases
     *                        over the last {@code candidateMonths} months
     * @param overCost        cost of a unit committed but not needed
     * @param underCost       cost of a unit needed but not committed
     * @param optionQuantile  demand quantile up to which an option band is offered (0: none)
     * @param packSize        volumes are multiples of this
     */
    public record Contract(@DefaultValue("24") int candidateMonths, @DefaultValue("3") int termYears, Double share,
                           @DefaultValue("1") double overCost, @DefaultValue("3") double underCost,
                           @DefaultValue("0.9") double optionQuantile, @DefaultValue("1") double packSize) {
    }

    /**
     * The rolling-origin back-test of the model on items' national series.
     *
     * @param every   back-test every n-th item (by item number; 0: none)
     * @param horizon months per origin
     * @param windows origins
     */
    public record Backtest(@DefaultValue("10") int every, @DefaultValue("12") int horizon,
                           @DefaultValue("2") int windows) {
    }
}
