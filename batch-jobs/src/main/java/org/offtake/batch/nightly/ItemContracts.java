package org.offtake.batch.nightly;

import java.util.List;

/**
 * What the contract-sizing step writes for one item: its manufacturers' recommendations, one row per contract year
 * and one for the whole term (none when the item has no contract to size).
 *
 * @param itemCode  the item
 * @param contracts the rows
 */
record ItemContracts(String itemCode, List<ContractRow> contracts) {
}
