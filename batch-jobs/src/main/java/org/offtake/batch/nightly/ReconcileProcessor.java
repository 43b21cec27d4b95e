package org.offtake.batch.nightly;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.offtake.forecast.Forecast;
import org.offtake.forecast.SamplePaths;
import org.offtake.forecast.hierarchy.BaseForecasts;
import org.offtake.forecast.hierarchy.ManufacturerShares;
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
        Forecast national = null;
        for (Map.Entry<String, ItemForecasts.Node> node : item.nodes().entrySet()) {
            String key = node.getKey();
            boolean isNational = key.equals(code);
            Forecast f = reconciled.forecast(key, node.getValue().history(), ForecastProcessor.LEVELS);
            national = isNational ? f : national;
            String model = (node.getValue().forecast() != null ? node.getValue().model()
                    : "share of " + item.nodes().get(code).model()) + "; " + reconciled.method();
            double[] mean = f.mean();
            double[] lower95 = f.lower(95);
            double[] lower80 = f.lower(80);
            double[] upper80 = f.upper(80);
            double[] upper95 = f.upper(95);
            for (int t = 0; t < horizon; t++) {
                rows.add(new ForecastRow(code, isNational ? "item" : "item_region",
                        isNational ? "" : item.regionOf().get(key), "", firstMonth.plusMonths(t).toString(),
                        mean[t], lower95[t], lower80[t], upper80[t], upper95[t], model));
            }
        }
        SamplePaths demand = reconciled.paths(code);
        ManufacturerShares shares = item.shares().volumes();
        ManufacturerVolumes volumes = shares.volumes(reconciled.mean(code));
        double[] lower95 = national.lower(95);
        double[] lower80 = national.lower(80);
        double[] upper80 = national.upper(80);
        double[] upper95 = national.upper(95);
        for (String manufacturer : volumes.manufacturers()) {
            double share = shares.share(manufacturer);
            double[] mean = volumes.mean(manufacturer);
            String model = "national demand x share " + share + " (" + shares.basis() + ")";
            for (int t = 0; t < horizon; t++) {
                // A volume is the item's demand times a fixed share, path by path, so its percentiles are the
                // item's times the share (ManufacturerVolumes).
                rows.add(new ForecastRow(code, "manufacturer_item", "", manufacturer,
                        firstMonth.plusMonths(t).toString(), mean[t], share * lower95[t], share * lower80[t],
                        share * upper80[t], share * upper95[t], model));
            }
        }
        String nationalModel = item.nodes().get(code).forecast() != null ? item.nodes().get(code).model()
                : "sum of the regions' models";
        return new ReconciledItem(item.block(), rows, demand, nationalModel, item.candidates());
    }
}
