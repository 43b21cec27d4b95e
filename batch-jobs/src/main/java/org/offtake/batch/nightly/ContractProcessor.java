package org.offtake.batch.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.offtake.forecast.contract.ContractPeriod;
import org.offtake.forecast.contract.ContractRecommendation;
import org.offtake.forecast.contract.ContractSizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The contract-sizing step's processor: the item's contracts ({@link ContractBook}: its domestic manufacturers with
 * recent purchases, and the contracts file's), each sized with forecast-core's {@link ContractSizer} from the item's
 * reconciled national demand paths, which the reconcile step left in the run's work folder
 * ({@link SpillFiles#readReconciled}): one row per contract year and one for the whole term. When that file cannot be
 * read (missing or incomplete), the item is reconciled again and the file written again, which gives the same
 * numbers.
 */
class ContractProcessor implements ItemProcessor<ItemBlock, ItemContracts> {

    private static final Logger LOG = LoggerFactory.getLogger(ContractProcessor.class);

    private final YearMonth firstMonth;
    private final ContractBook contracts;
    private final int sharesRecentMonths;
    private final WorkDir work;
    private final ReconcileProcessor reconcile;

    ContractProcessor(YearMonth firstMonth, ContractBook contracts, int sharesRecentMonths, WorkDir work,
                      ReconcileProcessor reconcile) {
        this.reconcile = reconcile;
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
        SpillFiles.Demand demand = demand(item);
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

    /** The item's reconciled national demand as the reconcile step left it, or made again when it cannot be read. */
    private SpillFiles.Demand demand(ItemBlock item) {
        Path file = work.reconciled(item.itemNo());
        try {
            return SpillFiles.readReconciled(file, item.itemNo(), item.itemCode());
        } catch (SpillFiles.Unreadable e) {
            LOG.warn("{}; reconciling item {} again (the same numbers come out)", e.getMessage(), item.itemCode());
            try {
                SpillFiles.writeReconciled(file, reconcile.process(item));
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            return SpillFiles.readReconciled(file, item.itemNo(), item.itemCode());
        }
    }
}
