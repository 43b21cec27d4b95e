package org.offtake.batch.nightly;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.offtake.forecast.Forecast;
import org.offtake.forecast.SamplePaths;
import org.offtake.forecast.hierarchy.BaseForecasts;
import org.offtake.forecast.hierarchy.ManufacturerVolumes;
import org.offtake.forecast.hierarchy.Reconciled;
import org.offtake.forecast.hierarchy.Reconciler;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reconciles an item's regions with its national total, path by path (forecast-core's {@link Reconciler}), and
 * splits the national demand into manufacturers' purchase volumes by their shares; turns the first
 * {@code horizon} months of each into forecast rows.
 */
class ReconcileProcessor implements ItemProcessor<ItemForecasts, ReconciledItem> {

    private final Reconciler reconciler;
    private final int horizon;
    private final YearMonth firstMonth;

    ReconcileProcessor(Reconciler reconciler, int horizon, YearMonth firstMonth) {
        this.reconciler = reconciler;
        this.horizon = horizon;
        this.firstMonth = firstMonth;
    }

    @Override
    public ReconciledItem process(ItemForecasts item) {
        String code = item.block().itemCode();
        BaseForecasts.Builder base = BaseForecasts.builder(item.hierarchy());
        for (Map.Entry<String, ItemForecasts.Node> node : item.nodes().entrySet()) {
            ItemForecasts.Node n = node.getValue();
            if (n.forecast() != null) {
                base.mean(node.getKey(), n.forecast().mean()).paths(n.paths());
            }
            base.history(node.getKey(), n.history().values());
        }
        Reconciled reconciled = reconciler.reconcile(base.build());
        List<ForecastRow> rows = new ArrayList<>();
        for (Map.Entry<String, ItemForecasts.Node> node : item.nodes().entrySet()) {
            String key = node.getKey();
            boolean national = key.equals(code);
            Forecast f = reconciled.forecast(key, node.getValue().history(), ForecastProcessor.LEVELS);
            String model = (node.getValue().forecast() != null ? node.getValue().model()
                    : "share of " + item.nodes().get(code).model()) + "; " + reconciled.method();
            for (int t = 0; t < horizon; t++) {
                rows.add(new ForecastRow(code, national ? "item" : "item_region",
                        national ? "" : item.regionOf().get(key), "", firstMonth.plusMonths(t).toString(),
                        f.mean(t), f.lower(95)[t], f.lower(80)[t], f.upper(80)[t], f.upper(95)[t], model));
            }
        }
        SamplePaths demand = reconciled.paths(code);
        ManufacturerVolumes volumes = item.shares().volumes().volumes(reconciled.mean(code), demand);
        for (String manufacturer : volumes.manufacturers()) {
            double[] mean = volumes.mean(manufacturer);
            SamplePaths paths = volumes.paths(manufacturer);
            String model = "national demand x share " + item.shares().volumes().share(manufacturer) + " ("
                    + item.shares().volumes().basis() + ")";
            for (int t = 0; t < horizon; t++) {
                rows.add(new ForecastRow(code, "manufacturer_item", "", manufacturer,
                        firstMonth.plusMonths(t).toString(), mean[t], paths.quantile(t, 0.025),
                        paths.quantile(t, 0.1), paths.quantile(t, 0.9), paths.quantile(t, 0.975), model));
            }
        }
        String nationalModel = item.nodes().get(code).forecast() != null ? item.nodes().get(code).model()
                : "sum of the regions' models";
        return new ReconciledItem(item.block(), rows, demand, nationalModel, item.candidates());
    }
}
