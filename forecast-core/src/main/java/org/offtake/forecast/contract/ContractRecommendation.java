package org.offtake.forecast.contract;

import java.util.List;

/**
 * Recommended volumes for one contract: each contract year, and the whole term.
 *
 * @param key   the contract's name, for example {@code manufacturer/item}
 * @param model the forecast model behind the demand distribution
 * @param terms the contract's terms
 * @param years one period per contract year, in order
 * @param term  the whole term: sums of the yearly volumes and expectations, the distribution of the cumulative
 *              demand over the term
 */
public record ContractRecommendation(String key, String model, ContractTerms terms, List<ContractPeriod> years,
                                     ContractPeriod term) {

    public ContractRecommendation {
        years = List.copyOf(years);
    }
}
