package org.offtake.batch.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offtake.batch.NightlyApp;
import org.offtake.batch.OfftakeBatchApplication;
import org.offtake.batch.ProcurementFixture;
import org.offtake.batch.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restart after a crash: the job runs in a separate JVM, is killed with SIGKILL in the middle of the forecast step,
 * and is started again; every result table and every output file must then be exactly those of an uninterrupted
 * run.
 */
abstract class AbstractNightlyRestartFunctionalTests {

    private static final int ITEMS = 16;
    private static final List<String> TABLES = List.of(
            "staging_line ORDER BY record_id",
            "rejected_line ORDER BY line_no",
            "demand_series ORDER BY item_code, level, region, manufacturer_id, period",
            "series_item ORDER BY item_no",
            "series_manufacturer ORDER BY manufacturer_id",
            "forecast ORDER BY item_code, level, region, manufacturer_id, period",
            "backtest_accuracy ORDER BY item_code",
            "contract_recommendation ORDER BY manufacturer_id, item_code, contract_year");
    private static final List<String> FILES = List.of("demand-series.csv", "forecasts.csv",
            "contract-recommendations.csv", "rejected-lines.csv", "backtest-accuracy.csv");

    /** A new, empty database of this variant (under {@code dir} for H2). */
    abstract TestDatabase emptyDatabase(Path dir);

    @Test
    void killedInTheForecastStep_resumesFromItsLastCommit_andEndsWithTheResultsOfAnUninterruptedRun(
            @TempDir Path dir) throws Exception {
        ProcurementFixture history = ProcurementFixture.write(dir, YearMonth.of(2025, 12), ITEMS - 4);
        TestDatabase reference = emptyDatabase(dir.resolve("db-reference"));
        assertThat(NightlyApp.run(reference.args(), args(history, dir.resolve("out-reference")))).isZero();
        Map<String, List<String>> expected = snapshot(reference, dir.resolve("out-reference"));

        TestDatabase database = emptyDatabase(dir.resolve("db"));
        Path output = dir.resolve("out");
        Process first = launch(database, args(history, output), dir.resolve("first.log"));
        int itemsAtKill = waitForSomeForecasts(database, first, dir.resolve("first.log"));
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(itemsAtKill).as("items forecast when the process was killed; its log:%n%s",
                Files.readString(dir.resolve("first.log"))).isBetween(1, ITEMS - 1);

        Process second = launch(database, args(history, output), dir.resolve("second.log"));
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(second.exitValue()).as(Files.readString(dir.resolve("second.log"))).isZero();
        assertThat(Files.readString(dir.resolve("second.log"))).contains("resuming run");

        Map<String, List<String>> actual = snapshot(database, output);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (String key : expected.keySet()) {
            assertThat(actual.get(key)).as(key).hasSize(expected.get(key).size()).isEqualTo(expected.get(key));
        }
        List<String> statuses = jdbc(database).queryForList("SELECT status FROM batch_job_execution "
                + "ORDER BY job_execution_id", String.class);
        assertThat(statuses).containsExactly("FAILED", "COMPLETED");
    }

    private static String[] args(ProcurementFixture history, Path output) {
        return new String[] {"--input=" + history.file, "--as-of=2025-12", "--output=" + output,
            "--offtake.chunk-size=1", "--offtake.backtest.every=3"};
    }

    /** Starts the application in a JVM of its own, as the operator would, with the test's classpath. */
    private static Process launch(TestDatabase database, String[] args, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                OfftakeBatchApplication.class.getName()));
        command.addAll(database.args());
        command.addAll(NightlyApp.TEST_SETTINGS);
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * Once the process has started the forecast step (so that it, not this JVM, serves the H2 database), polls the
     * forecast table until some items are written; returns how many (-1 if the process ended first).
     */
    private static int waitForSomeForecasts(TestDatabase database, Process process, Path log)
            throws InterruptedException, IOException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()
                && !Files.readString(log).contains("Executing step: [forecast]")) {
            Thread.sleep(50);
        }
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                Integer items = jdbc(database).queryForObject("SELECT COUNT(DISTINCT item_code) FROM forecast",
                        Integer.class);
                if (items != null && items >= 2) {
                    return items;
                }
            } catch (RuntimeException notYet) {
                // the tables do not exist yet, or the database is starting
            }
            Thread.sleep(50);
        }
        return -1;
    }

    private static JdbcTemplate jdbc(TestDatabase database) {
        return new JdbcTemplate(new DriverManagerDataSource(database.url(), database.user(), database.password()));
    }

    /**
     * Every result table's rows and every output file's text; of the summary, every figure but the timings, the
     * per-step counts (which count what each execution did) and the output folder.
     */
    private static Map<String, List<String>> snapshot(TestDatabase database, Path output) throws IOException {
        Map<String, List<String>> snapshot = new LinkedHashMap<>();
        JdbcTemplate jdbc = jdbc(database);
        for (String table : TABLES) {
            snapshot.put(table, jdbc.query("SELECT * FROM " + table, (rs, i) -> {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    row.append(rs.getString(c)).append('|');
                }
                return row.toString();
            }));
        }
        for (String file : FILES) {
            snapshot.put(file, Files.readAllLines(output.resolve(file)));
        }
        ObjectNode summary = (ObjectNode) JsonMapper.builder().build().readTree(output.resolve("run-summary.json")
                .toFile());
        summary.remove(List.of("seconds", "steps", "output"));
        snapshot.put("run-summary.json", List.of(summary.toString()));
        return snapshot;
    }
}
