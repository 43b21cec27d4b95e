package org.offtake.batch.nightly;

import java.util.LinkedHashMap;
import java.util.Map;

import org.offtake.forecast.TimeSeries;
import org.offtake.forecast.hierarchy.Block;
import org.offtake.forecast.hierarchy.Hierarchy;

/**
 * An item's hierarchy as the job forecasts and reconciles it, built the same way from its demand in every step: the
 * national total (key: the item code), then each region (key: {@code "<item> / <region>"}).
 *
 * @param block    the item's block
 * @param regionOf the region of each region node's key ({@code ""} when the input had none)
 * @param series   the history of each node, in block order
 */
record ItemNodes(Block block, Map<String, String> regionOf, Map<String, TimeSeries> series) {

    private static final String NO_REGION = "(no region)";

    static ItemNodes of(ItemBlock item) {
        String code = item.itemCode();
        Hierarchy.Builder structure = Hierarchy.builder();
        Map<String, String> regionOf = new LinkedHashMap<>();
        Map<String, TimeSeries> series = new LinkedHashMap<>();
        series.put(code, TimeSeries.monthly(code, item.start(), item.total()));
        for (Map.Entry<String, double[]> region : item.regions().entrySet()) {
            String label = region.getKey().isEmpty() ? NO_REGION : region.getKey();
            String key = code + " / " + label;
            structure.bottom(key, code, label);
            regionOf.put(key, region.getKey());
            series.put(key, TimeSeries.monthly(key, item.start(), region.getValue()));
        }
        return new ItemNodes(structure.build().itemBlock(code), regionOf, series);
    }
}
