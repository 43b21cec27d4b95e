package org.offtake.batch.nightly;

import java.util.List;

import org.offtake.forecast.SamplePaths;

/**
 * An item after reconciliation: its published forecast rows (national total, regions, manufacturers), and what the
 * contract-sizing step needs, handed over through the run's work folder ({@link SpillFiles}): the reconciled
 * national demand paths and the national model's description.
 *
 * @param itemNo      the item's number in the run
 * @param itemCode    the item
 * @param forecasts   forecast rows
 * @param demand      reconciled national demand paths
 * @param model       the national model (as the contract rows name it)
 */
record ReconciledItem(long itemNo, String itemCode, List<ForecastRow> forecasts, SamplePaths demand, String model) {
}
