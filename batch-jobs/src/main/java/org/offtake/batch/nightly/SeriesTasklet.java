package org.offtake.batch.nightly;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Aggregates the staged lines into monthly demand series, item x region and manufacturer x item, numbers the items
 * for the forecast step's partitions and lists the manufacturers. Deletes the month's rows first, in the same
 * transaction, so it can run again.
 */
class SeriesTasklet implements Tasklet {

    private final JdbcTemplate jdbc;
    private final String asOf;

    SeriesTasklet(JdbcTemplate jdbc, String asOf) {
        this.jdbc = jdbc;
        this.asOf = asOf;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        for (String table : new String[] {"demand_series", "series_item", "series_manufacturer"}) {
            jdbc.update("DELETE FROM " + table + " WHERE as_of = ?", asOf);
        }
        int itemRegion = jdbc.update("INSERT INTO demand_series (as_of, item_code, level, region, manufacturer_id, "
                + "period, quantity) SELECT as_of, item_code, 'item_region', region, '', period, SUM(quantity) "
                + "FROM staging_line WHERE as_of = ? GROUP BY as_of, item_code, region, period", asOf);
        int manufacturerItem = jdbc.update("INSERT INTO demand_series (as_of, item_code, level, region, "
                + "manufacturer_id, period, quantity) SELECT as_of, item_code, 'manufacturer_item', '', "
                + "manufacturer_id, period, SUM(quantity) FROM staging_line WHERE as_of = ? "
                + "GROUP BY as_of, item_code, manufacturer_id, period", asOf);
        int items = jdbc.update("INSERT INTO series_item (as_of, item_no, item_code, first_period) "
                + "SELECT as_of, ROW_NUMBER() OVER (ORDER BY item_code), item_code, MIN(period) "
                + "FROM staging_line WHERE as_of = ? GROUP BY as_of, item_code", asOf);
        jdbc.update("INSERT INTO series_manufacturer (as_of, manufacturer_id, name, domestic) "
                + "SELECT as_of, manufacturer_id, MAX(manufacturer_name), MAX(CASE WHEN domestic THEN 1 ELSE 0 END) = 1 "
                + "FROM staging_line WHERE as_of = ? GROUP BY as_of, manufacturer_id", asOf);
        contribution.incrementWriteCount(itemRegion + manufacturerItem);
        chunkContext.getStepContext().getStepExecution().getExecutionContext().putLong("items", items);
        return RepeatStatus.FINISHED;
    }
}
