package org.offtake.batch.nightly;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offtake.batch.NightlyApp;
import org.offtake.batch.NightlyRunner;
import org.offtake.batch.ProcurementFixture;
import org.offtake.batch.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The fast configuration: top-down reconciliation by proportions of historical averages forecasts each item's
 * national total only and splits it among the regions in proportion to their history.
 */
class TopDownFunctionalTests {

    @Test
    void topDownByHistory_splitsTheNationalForecastInTheRegionsHistoricalProportions(@TempDir Path dir)
            throws Exception {
        ProcurementFixture history = ProcurementFixture.write(dir, YearMonth.of(2025, 12));
        TestDatabase database = TestDatabase.h2(dir.resolve("db"));

        int code = NightlyApp.run(database.args(), "--input=" + history.file, "--as-of=2025-12",
                "--output=" + dir.resolve("out"), "--offtake.reconciliation=TOP_DOWN_PROPORTIONS_OF_AVERAGES");

        assertThat(code).isEqualTo(NightlyRunner.COMPLETED);
        JdbcTemplate jdbc = database.jdbc();
        Map<String, Double> regions = history.quantities.get("ITEM-B").entrySet().stream().collect(
                java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().values().stream().mapToDouble(Double::doubleValue).sum()));
        double all = regions.values().stream().mapToDouble(Double::doubleValue).sum();
        double national = jdbc.queryForObject("SELECT mean FROM forecast WHERE level = 'item' AND item_code = 'ITEM-B' "
                + "AND period = '2026-05'", Double.class);
        for (Map.Entry<String, Double> region : regions.entrySet()) {
            double mean = jdbc.queryForObject("SELECT mean FROM forecast WHERE level = 'item_region' AND item_code = "
                    + "'ITEM-B' AND region = ? AND period = '2026-05'", Double.class, region.getKey());
            assertThat(mean).as(region.getKey()).isCloseTo(national * region.getValue() / all,
                    within(1e-9 * national));
        }
        assertThat(jdbc.queryForList("SELECT DISTINCT model FROM forecast WHERE level = 'item_region' AND item_code = 'ITEM-B'",
                String.class))
                .allMatch(m -> m.startsWith("share of ") && m.contains("top-down proportions of historical averages"));
    }
}
