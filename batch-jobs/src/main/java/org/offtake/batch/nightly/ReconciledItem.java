package org.offtake.batch.nightly;

import java.util.List;

import org.offtake.forecast.SamplePaths;

/**
 * An item after reconciliation: its published forecast rows, and the reconciled national demand paths the contract
 * processor sizes its contracts from (held for this item only).
 */
record ReconciledItem(ItemBlock block, List<ForecastRow> forecasts, SamplePaths demandPaths, String model,
                      List<ContractBook.Candidate> candidates) {
}
