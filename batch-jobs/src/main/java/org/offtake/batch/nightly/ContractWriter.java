package org.offtake.batch.nightly;

import java.util.ArrayList;
import java.util.List;

import org.offtake.forecast.contract.ContractPeriod;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The contract-sizing step's writer: the contract recommendations of a chunk of items. Each item's rows are deleted
 * first, so writing the same items again (a restart) replaces rather than duplicates.
 */
class ContractWriter implements ItemWriter<ItemContracts> {

    private static final String CONTRACT = "INSERT INTO contract_recommendation (as_of, manufacturer_id, item_code, "
            + "contract_year, period_from, period_to, share, firm, option_volume, mean, p10, p50, p90, "
            + "expected_shortfall, expected_excess, probability_of_excess, expected_cost, terms_source, model, reason) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final String asOf;

    ContractWriter(JdbcTemplate jdbc, String asOf) {
        this.jdbc = jdbc;
        this.asOf = asOf;
    }

    @Override
    public void write(Chunk<? extends ItemContracts> chunk) {
        List<Object[]> items = new ArrayList<>();
        List<Object[]> contracts = new ArrayList<>();
        for (ItemContracts item : chunk) {
            items.add(new Object[] {asOf, item.itemCode()});
            for (ContractRow c : item.contracts()) {
                ContractPeriod p = c.period();
                contracts.add(new Object[] {asOf, c.manufacturerId(), c.itemCode(), p.year(), p.from().toString(),
                    p.to().toString(), c.share(), p.firm(), p.option(), p.mean(), p.p10(), p.p50(), p.p90(),
                    p.expectedShortfall(), p.expectedExcess(), p.probabilityOfExcess(), p.expectedCost(),
                    c.source(), Text.clip(c.model(), 2000), Text.clip(p.reason(), 4000)});
            }
        }
        jdbc.batchUpdate("DELETE FROM contract_recommendation WHERE as_of = ? AND item_code = ?", items);
        jdbc.batchUpdate(CONTRACT, contracts);
    }
}
