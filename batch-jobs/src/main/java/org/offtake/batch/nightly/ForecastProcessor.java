package org.offtake.batch.nightly;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.SamplePaths;
import org.offtake.forecast.TimeSeries;
import org.offtake.forecast.engine.ForecastEngine;
import org.offtake.forecast.engine.SeriesResult;
import org.offtake.forecast.hierarchy.ReconciliationMethod;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Forecasts one item's national total and regions with the {@link ForecastEngine} (the model, its fallback, a time
 * limit per series, sample paths with the run's seed), far enough ahead for the published horizon and the item's
 * contracts. Only the nodes the reconciliation method needs are forecast: the national total and the regions for
 * the projections, the regions for bottom-up, the national total alone for top-down by historical proportions (the
 * fast choice: one model per item instead of one per region and one for the item). An item bought in one region
 * only has one series: it is forecast once and stands for both nodes. The {@link BaseForecastsWriter} hands the
 * result to the reconcile step through the run's work folder.
 */
class ForecastProcessor implements ItemProcessor<ItemBlock, ItemForecasts> {

    static final double[] LEVELS = {80, 95};

    private final ForecastModel model;
    private final int horizon;
    private final int paths;
    private final long seed;
    private final Duration timeout;
    private final int sharesRecentMonths;
    private final ContractBook contracts;
    private final ReconciliationMethod method;

    ForecastProcessor(ForecastModel model, int horizon, int paths, long seed, Duration timeout,
                      int sharesRecentMonths, ContractBook contracts,
                      ReconciliationMethod method) {
        this.method = method;
        this.model = model;
        this.horizon = horizon;
        this.paths = paths;
        this.seed = seed;
        this.timeout = timeout;
        this.sharesRecentMonths = sharesRecentMonths;
        this.contracts = contracts;
    }

    @Override
    public ItemForecasts process(ItemBlock item) {
        String code = item.itemCode();
        SharesOfItem shares = SharesOfItem.of(item, contracts, sharesRecentMonths);
        List<ContractBook.Candidate> candidates = contracts.candidates(item, shares.candidateWindow()::share);
        int steps = Math.max(horizon, contracts.monthsNeeded(candidates));

        ItemNodes structure = ItemNodes.of(item);
        Map<String, TimeSeries> series = structure.series();
        boolean oneRegion = item.regions().size() == 1;
        List<TimeSeries> toForecast = new ArrayList<>();
        if (oneRegion || method != ReconciliationMethod.BOTTOM_UP) {
            toForecast.add(series.get(code));
        }
        if (!oneRegion && !topDownByHistory()) {
            toForecast.addAll(series.values().stream().skip(1).toList());
        }

        Map<String, SeriesResult> results = new LinkedHashMap<>();
        ForecastEngine.builder().model(model).horizon(steps).levels().threads(1).samplePaths(paths, seed)
                .timeoutPerSeries(timeout).build().run(toForecast.iterator(), toForecast.size(),
                        r -> results.put(r.seriesKey(), r));

        List<ItemForecasts.Node> nodes = new ArrayList<>();
        for (String key : structure.block().keys()) {
            SeriesResult r = oneRegion ? results.get(code) : results.get(key);
            if (r == null) {
                nodes.add(new ItemForecasts.Node(key, "", null, null));
                continue;
            }
            if (r.status() == SeriesResult.Status.FAILED) {
                throw new IllegalStateException("item " + code + ", series '" + key + "': neither the model nor "
                        + "the fallback could forecast it: " + r.diagnostic());
            }
            SamplePaths p = r.paths().seriesKey().equals(key) ? r.paths()
                    : SamplePaths.of(key, r.paths().model(), copy(r.paths()));
            String description = r.status() == SeriesResult.Status.FALLBACK
                    ? "fallback " + r.model() + " (" + r.diagnostic() + ")" : r.model();
            nodes.add(new ItemForecasts.Node(key, description, r.forecast().mean(), p));
        }
        return new ItemForecasts(item.itemNo(), code, nodes);
    }

    /** Whether the method splits the national forecast by historical proportions (regions need no model). */
    private boolean topDownByHistory() {
        return method == ReconciliationMethod.TOP_DOWN_AVERAGE_PROPORTIONS
                || method == ReconciliationMethod.TOP_DOWN_PROPORTIONS_OF_AVERAGES;
    }

    private static double[][] copy(SamplePaths paths) {
        double[][] out = new double[paths.count()][];
        for (int p = 0; p < out.length; p++) {
            out[p] = paths.path(p);
        }
        return out;
    }
}
