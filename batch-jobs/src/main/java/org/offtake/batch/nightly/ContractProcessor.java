package org.offtake.batch.nightly;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.offtake.forecast.contract.ContractPeriod;
import org.offtake.forecast.contract.ContractRecommendation;
import org.offtake.forecast.contract.ContractSizer;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Sizes each of an item's contracts with forecast-core's {@link ContractSizer} from the item's reconciled national
 * demand paths: one row per contract year and one for the whole term.
 */
class ContractProcessor implements ItemProcessor<ReconciledItem, ItemResults> {

    private final YearMonth firstMonth;

    ContractProcessor(YearMonth firstMonth) {
        this.firstMonth = firstMonth;
    }

    @Override
    public ItemResults process(ReconciledItem item) {
        List<ContractRow> rows = new ArrayList<>();
        String code = item.block().itemCode();
        for (ContractBook.Candidate c : item.candidates()) {
            ContractRecommendation r = ContractSizer.size(c.manufacturerId() + " / " + code, item.demandPaths(),
                    firstMonth, c.terms());
            for (ContractPeriod year : r.years()) {
                rows.add(new ContractRow(c.manufacturerId(), code, c.terms().share(), year, c.source(), item.model()));
            }
            rows.add(new ContractRow(c.manufacturerId(), code, c.terms().share(), r.term(), c.source(), item.model()));
        }
        return new ItemResults(code, item.forecasts(), rows);
    }
}
