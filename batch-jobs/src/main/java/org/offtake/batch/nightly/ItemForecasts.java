package org.offtake.batch.nightly;

import java.util.List;
import java.util.Map;

import org.offtake.forecast.Forecast;
import org.offtake.forecast.SamplePaths;
import org.offtake.forecast.TimeSeries;
import org.offtake.forecast.hierarchy.Block;

/**
 * An item's base forecasts, handed from the forecast processor to the reconcile processor: per node of the item's
 * block (the national total, then each region) its history, forecast, sample paths and model.
 *
 * @param block      the item's demand
 * @param hierarchy  the item's block (national total and regions)
 * @param regionOf   the region of each bottom node key
 * @param nodes      base forecasts by node key, in block order
 * @param candidates the item's contracts
 * @param shares     manufacturer shares of the item's demand, and each manufacturer's share over the candidate window
 */
record ItemForecasts(ItemBlock block, Block hierarchy, Map<String, String> regionOf, Map<String, Node> nodes,
                     List<ContractBook.Candidate> candidates, SharesOfItem shares) {

    /** A node's base forecast; forecast and paths are null for a node the reconciliation method does not need. */
    record Node(TimeSeries history, Forecast forecast, SamplePaths paths, String model) {
    }
}
