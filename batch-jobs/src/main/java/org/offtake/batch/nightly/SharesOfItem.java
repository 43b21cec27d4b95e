package org.offtake.batch.nightly;

import java.util.Map;

import org.offtake.forecast.hierarchy.ManufacturerShares;

/**
 * An item's manufacturer shares: those that split the forecast into manufacturers' volumes (recent purchases, with
 * contracted shares of the contracts file fixed), and the shares over the contract-candidate window that size
 * default contracts.
 */
record SharesOfItem(ManufacturerShares volumes, ManufacturerShares candidateWindow) {

    /**
     * The shares of {@code item}: over its last {@code recentMonths} months (the contracts file's shares fixed) and
     * over the contract book's candidate window.
     */
    static SharesOfItem of(ItemBlock item, ContractBook contracts, int recentMonths) {
        ManufacturerShares.Builder recent = ManufacturerShares.builder(item.itemCode());
        ManufacturerShares.Builder window = ManufacturerShares.builder(item.itemCode());
        for (Map.Entry<String, double[]> m : item.manufacturers().entrySet()) {
            recent.purchases(m.getKey(), m.getValue());
            window.purchases(m.getKey(), m.getValue());
        }
        for (String m : contracts.fileManufacturers(item.itemCode())) {
            Double share = contracts.contractedShare(item.itemCode(), m);
            if (share != null) {
                recent.contracted(m, share);
            }
        }
        return new SharesOfItem(recent.recentPeriods(recentMonths).build(),
                window.recentPeriods(contracts.candidateMonths()).build());
    }
}
