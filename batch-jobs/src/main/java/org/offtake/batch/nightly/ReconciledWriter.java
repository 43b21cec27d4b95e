package org.offtake.batch.nightly;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reconcile step's writer: the forecast rows of a chunk of items (each item's rows deleted first, so writing the
 * same items again, on a restart, replaces rather than duplicates), and each item's reconciled national demand
 * paths to its file in the run's work folder ({@link SpillFiles#writeReconciled}), moved into place before the
 * chunk's transaction commits.
 */
class ReconciledWriter implements ItemWriter<ReconciledItem> {

    private static final String FORECAST = "INSERT INTO forecast (as_of, item_code, level, region, manufacturer_id, "
            + "period, mean, lower_95, lower_80, upper_80, upper_95, model) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final String asOf;
    private final WorkDir work;

    ReconciledWriter(JdbcTemplate jdbc, String asOf, WorkDir work) {
        this.jdbc = jdbc;
        this.asOf = asOf;
        this.work = work;
    }

    @Override
    public void write(Chunk<? extends ReconciledItem> chunk) throws IOException {
        List<Object[]> items = new ArrayList<>();
        List<Object[]> forecasts = new ArrayList<>();
        for (ReconciledItem item : chunk) {
            items.add(new Object[] {asOf, item.itemCode()});
            for (ForecastRow f : item.forecasts()) {
                forecasts.add(new Object[] {asOf, f.itemCode(), f.level(), f.region(), f.manufacturerId(),
                    f.period(), f.mean(), f.lower95(), f.lower80(), f.upper80(), f.upper95(),
                    Text.clip(f.model(), 2000)});
            }
        }
        jdbc.batchUpdate("DELETE FROM forecast WHERE as_of = ? AND item_code = ?", items);
        jdbc.batchUpdate(FORECAST, forecasts);
        for (ReconciledItem item : chunk) {
            SpillFiles.writeReconciled(work.reconciled(item.itemNo()), item);
        }
    }
}
