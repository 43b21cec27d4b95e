package org.offtake.batch.nightly;

import org.offtake.forecast.contract.ContractPeriod;

/**
 * One contract year (year 0: the whole term) of one manufacturer x item recommendation.
 */
record ContractRow(String manufacturerId, String itemCode, double share, ContractPeriod period, String source,
                   String model) {
}
