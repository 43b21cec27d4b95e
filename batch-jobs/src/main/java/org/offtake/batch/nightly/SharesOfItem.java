package org.offtake.batch.nightly;

import org.offtake.forecast.hierarchy.ManufacturerShares;

/**
 * An item's manufacturer shares: those that split the forecast into manufacturers' volumes (recent purchases, with
 * contracted shares of the contracts file fixed), and the shares over the contract-candidate window that size
 * default contracts.
 */
record SharesOfItem(ManufacturerShares volumes, ManufacturerShares candidateWindow) {
}
