package org.offtake.batch.nightly;

import java.util.ArrayList;
import java.util.List;

import org.offtake.forecast.contract.ContractPeriod;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the forecast step's results of a chunk of items: forecasts and contract recommendations. The items' rows are
 * deleted first, so writing the same items again (a restart) replaces rather than duplicates.
 */
class ItemResultsWriter implements ItemWriter<ItemResults> {

    private static final String FORECAST = "INSERT INTO forecast (as_of, item_code, level, region, manufacturer_id, "
            + "period, mean, lower_95, lower_80, upper_80, upper_95, model) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String CONTRACT = "INSERT INTO contract_recommendation (as_of, manufacturer_id, item_code, "
            + "contract_year, period_from, period_to, share, firm, option_volume, mean, p10, p50, p90, "
            + "expected_shortfall, expected_excess, probability_of_excess, expected_cost, terms_source, model, reason) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final String asOf;

    ItemResultsWriter(JdbcTemplate jdbc, String asOf) {
        this.jdbc = jdbc;
        this.asOf = asOf;
    }

    @Override
    public void write(Chunk<? extends ItemResults> chunk) {
        List<Object[]> items = new ArrayList<>();
        List<Object[]> forecasts = new ArrayList<>();
        List<Object[]> contracts = new ArrayList<>();
        for (ItemResults item : chunk) {
            items.add(new Object[] {asOf, item.itemCode()});
            for (ForecastRow f : item.forecasts()) {
                forecasts.add(new Object[] {asOf, f.itemCode(), f.level(), f.region(), f.manufacturerId(),
                    f.period(), f.mean(), f.lower95(), f.lower80(), f.upper80(), f.upper95(),
                    Text.clip(f.model(), 2000)});
            }
            for (ContractRow c : item.contracts()) {
                ContractPeriod p = c.period();
                contracts.add(new Object[] {asOf, c.manufacturerId(), c.itemCode(), p.year(), p.from().toString(),
                    p.to().toString(), c.share(), p.firm(), p.option(), p.mean(), p.p10(), p.p50(), p.p90(),
                    p.expectedShortfall(), p.expectedExcess(), p.probabilityOfExcess(), p.expectedCost(),
                    c.source(), Text.clip(c.model(), 2000), Text.clip(p.reason(), 4000)});
            }
        }
        jdbc.batchUpdate("DELETE FROM forecast WHERE as_of = ? AND item_code = ?", items);
        jdbc.batchUpdate("DELETE FROM contract_recommendation WHERE as_of = ? AND item_code = ?", items);
        jdbc.batchUpdate(FORECAST, forecasts);
        jdbc.batchUpdate(CONTRACT, contracts);
    }
}
