package org.offtake.batch.nightly;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offtake.batch.NightlyApp;
import org.offtake.batch.NightlyRunner;
import org.offtake.batch.ProcurementFixture;
import org.offtake.batch.TestDatabase;
import org.offtake.datasets.CanonicalColumn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The job reading its input from a procurement database through a SQL query instead of a file. */
class QueryInputFunctionalTests {

    private static final String PROCUREMENT = "jdbc:h2:mem:procurement;DB_CLOSE_DELAY=-1";

    @Test
    void queryInput_isReadAndValidatedLikeAFile(@TempDir Path dir) throws Exception {
        ProcurementFixture history = ProcurementFixture.write(dir, YearMonth.of(2025, 12));
        JdbcTemplate procurement = new JdbcTemplate(new SingleConnectionDataSource(PROCUREMENT, "sa", "", true));
        procurement.execute("CREATE TABLE purchases AS SELECT * FROM CSVREAD('" + history.file + "', NULL, "
                + "'charset=UTF-8')");
        TestDatabase database = TestDatabase.h2(dir.resolve("db"));
        Path output = dir.resolve("out");

        int code = NightlyApp.run(database.args(), "--offtake.input-query=SELECT * FROM purchases",
                "--offtake.input-jdbc.url=" + PROCUREMENT, "--offtake.input-jdbc.username=sa", "--as-of=2025-12",
                "--output=" + output);

        assertThat(code).isEqualTo(NightlyRunner.COMPLETED);
        JdbcTemplate jdbc = database.jdbc();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staging_line", Integer.class)).isEqualTo(
                history.accepted);
        assertThat(jdbc.queryForList("SELECT reason FROM rejected_line ORDER BY line_no", String.class))
                .containsExactly("date_after_as_of", "non_positive_quantity", "duplicate_record_id",
                        "unparsable_date");
        assertThat(jdbc.queryForObject("SELECT SUM(quantity) FROM demand_series WHERE level = 'item_region'",
                Double.class)).isEqualTo(history.total());
        assertThat(Files.readAllLines(output.resolve(NightlyRunner.QUERY_EXPORT)).getFirst())
                .isEqualTo(CanonicalColumn.header());
        assertThat(jdbc.queryForObject("SELECT input FROM offtake_run", String.class))
                .endsWith(NightlyRunner.QUERY_EXPORT);
    }

    @Test
    void queryWithoutRequiredColumns_exitsWithTwo_namingThem(@TempDir Path dir) throws Exception {
        JdbcTemplate procurement = new JdbcTemplate(new SingleConnectionDataSource(PROCUREMENT, "sa", "", true));
        procurement.execute("CREATE TABLE IF NOT EXISTS ids (record_id VARCHAR(10))");
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = NightlyApp.run(TestDatabase.h2(dir.resolve("db")).args(), "--offtake.input-query=SELECT * FROM ids",
                    "--offtake.input-jdbc.url=" + PROCUREMENT, "--offtake.input-jdbc.username=sa", "--as-of=2025-12",
                    "--output=" + dir.resolve("out"));
        } finally {
            System.setErr(err);
        }
        assertThat(code).isEqualTo(NightlyRunner.BAD_INPUT);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains(
                "offtake.input-query returns no column [date, manufacturer_id, item_code, quantity]");
    }
}
