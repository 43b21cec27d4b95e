package org.offtake.batch.nightly;

import java.util.List;

/**
 * Everything the forecast step writes for one item.
 *
 * @param itemCode  the item
 * @param forecasts reconciled forecasts of the item, its regions and its manufacturers
 * @param contracts contract recommendations of its manufacturers
 */
record ItemResults(String itemCode, List<ForecastRow> forecasts, List<ContractRow> contracts) {
}
