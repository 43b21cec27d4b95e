package org.offtake.batch.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.offtake.forecast.Forecast;
import org.offtake.forecast.SamplePaths;
import org.offtake.forecast.TimeSeries;
import org.offtake.forecast.hierarchy.BaseForecasts;
import org.offtake.forecast.hierarchy.ManufacturerShares;
import org.offtake.forecast.hierarchy.ManufacturerVolumes;
import org.offtake.forecast.hierarchy.Reconciled;
import org.offtake.forecast.hierarchy.Reconciler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The reconcile step's processor. Reads the item's base forecasts from the run's work folder (what the forecast
 * step left there, {@link SpillFiles#readBase}), reconciles its regions with its national total, path by path
 * (forecast-core's {@link Reconciler}), and splits the national demand into manufacturers' purchase volumes by
 * their shares; turns the first {@code horizon} months of each into forecast rows, and keeps the reconciled national
 * paths for the contract-sizing step. When the item's file cannot be read (missing or incomplete: lost with the
 * machine's power, or removed), the item is forecast again and the file written again; forecasting is deterministic,
 * so the same numbers come out.
 */
class ReconcileProcessor implements ItemProcessor<ItemBlock, ReconciledItem> {

    private static final Logger LOG = LoggerFactory.getLogger(ReconcileProcessor.class);

    private final Reconciler reconciler;
    private final int horizon;
    private final YearMonth firstMonth;
    private final ContractBook contracts;
    private final int sharesRecentMonths;
    private final WorkDir work;
    private final ForecastProcessor forecasts;

    ReconcileProcessor(Reconciler reconciler, int horizon, YearMonth firstMonth, ContractBook contracts,
                       int sharesRecentMonths, WorkDir work, ForecastProcessor forecasts) {
        this.forecasts = forecasts;
        this.reconciler = reconciler;
        this.horizon = horizon;
        this.firstMonth = firstMonth;
        this.contracts = contracts;
        this.sharesRecentMonths = sharesRecentMonths;
        this.work = work;
    }

    @Override
    public ReconciledItem process(ItemBlock block) {
        String code = block.itemCode();
        ItemNodes structure = ItemNodes.of(block);
        ItemForecasts item = base(block);
        if (!structure.block().keys().equals(item.nodes().stream().map(ItemForecasts.Node::key).toList())) {
            throw new IllegalStateException("item " + code + ": the base forecasts in " + work.base(block.itemNo())
                    + " are of the nodes " + item.nodes().stream().map(ItemForecasts.Node::key).toList()
                    + "; expected " + structure.block().keys() + " as the item's demand has them");
        }
        BaseForecasts.Builder base = BaseForecasts.builder(structure.block());
        for (ItemForecasts.Node n : item.nodes()) {
            if (n.forecast()) {
                base.mean(n.key(), n.mean()).paths(n.paths());
            }
            base.history(n.key(), structure.series().get(n.key()).values());
        }
        Reconciled reconciled = reconciler.reconcile(base.build());
        List<ForecastRow> rows = new ArrayList<>();
        Forecast national = null;
        for (ItemForecasts.Node n : item.nodes()) {
            String key = n.key();
            boolean isNational = key.equals(code);
            TimeSeries history = structure.series().get(key);
            Forecast f = reconciled.forecastFirst(horizon, key, history, ForecastProcessor.LEVELS);
            national = isNational ? f : national;
            String model = (n.forecast() ? n.model() : "share of " + item.node(code).model()) + "; "
                    + reconciled.method();
            double[] mean = f.mean();
            double[] lower95 = f.lower(95);
            double[] lower80 = f.lower(80);
            double[] upper80 = f.upper(80);
            double[] upper95 = f.upper(95);
            for (int t = 0; t < horizon; t++) {
                rows.add(new ForecastRow(code, isNational ? "item" : "item_region",
                        isNational ? "" : structure.regionOf().get(key), "", firstMonth.plusMonths(t).toString(),
                        mean[t], lower95[t], lower80[t], upper80[t], upper95[t], model));
            }
        }
        SamplePaths demand = reconciled.paths(code);
        ManufacturerShares shares = SharesOfItem.of(block, contracts, sharesRecentMonths).volumes();
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
        String nationalModel = item.node(code).forecast() ? item.node(code).model() : "sum of the regions' models";
        return new ReconciledItem(block.itemNo(), code, rows, demand, nationalModel);
    }

    /** The item's base forecasts as the forecast step left them, or made again when they cannot be read. */
    private ItemForecasts base(ItemBlock block) {
        Path file = work.base(block.itemNo());
        try {
            return SpillFiles.readBase(file, block.itemNo(), block.itemCode());
        } catch (SpillFiles.Unreadable e) {
            LOG.warn("{}; forecasting item {} again (the same numbers come out)", e.getMessage(), block.itemCode());
            try {
                SpillFiles.writeBase(file, forecasts.process(block));
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            return SpillFiles.readBase(file, block.itemNo(), block.itemCode());
        }
    }
}
