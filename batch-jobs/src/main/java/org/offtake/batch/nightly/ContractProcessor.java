package org.offtake.batch.nightly;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.offtake.forecast.contract.ContractPeriod;
import org.offtake.forecast.contract.ContractRecommendation;
import org.offtake.forecast.contract.ContractSizer;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The contract-sizing step's processor: the item's contracts ({@link ContractBook}: its domestic manufacturers with
 * recent purchases, and the contracts file's), each sized with forecast-core's {@link ContractSizer} from the item's
 * reconciled national demand paths, which the reconcile step left in the run's work folder
 * ({@link SpillFiles#readReconciled}): one row per contract year and one for the whole term.
 */
class ContractProcessor implements ItemProcessor<ItemBlock, ItemContracts> {

    private final YearMonth firstMonth;
    private final ContractBook contracts;
    private final int sharesRecentMonths;
    private final WorkDir work;

    ContractProcessor(YearMonth firstMonth, ContractBook contracts, int sharesRecentMonths, WorkDir work) {
        this.firstMonth = firstMonth;
        this.contracts = contracts;
        this.sharesRecentMonths = sharesRecentMonths;
        this.work = work;
    }

    @Override
    public ItemContracts process(ItemBlock item) {
        String code = item.itemCode();
        SharesOfItem shares = SharesOfItem.of(item, contracts, sharesRecentMonths);
        List<ContractBook.Candidate> candidates = contracts.candidates(item, shares.candidateWindow()::share);
        List<ContractRow> rows = new ArrayList<>();
        if (candidates.isEmpty()) {
            return new ItemContracts(code, rows);
        }
        SpillFiles.Demand demand = SpillFiles.readReconciled(work.reconciled(item.itemNo()), item.itemNo(), code);
        for (ContractBook.Candidate c : candidates) {
            ContractRecommendation r = ContractSizer.size(c.manufacturerId() + " / " + code, demand.paths(),
                    firstMonth, c.terms());
            for (ContractPeriod year : r.years()) {
                rows.add(new ContractRow(c.manufacturerId(), code, c.terms().share(), year, c.source(),
                        demand.model()));
            }
            rows.add(new ContractRow(c.manufacturerId(), code, c.terms().share(), r.term(), c.source(),
                    demand.model()));
        }
        return new ItemContracts(code, rows);
    }
}
