package org.offtake.batch.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offtake.batch.CrashPoint;
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
 * Restart after a crash: the job runs in a separate JVM that sends itself SIGKILL in one step (see {@link CrashPoint}:
 * in a chunk-oriented step while its second chunk is written, in a tasklet step after the tasklet's work committed);
 * it is started again, dies in the next step, and so on through every step of the job, and the last start runs to
 * the end. Every result table and every output file must then be exactly those of an uninterrupted run.
 */
abstract class AbstractNightlyRestartFunctionalTests {

    private static final int ITEMS = 16;
    /** Every step of the job, in order ({@code forecastPartition} is the forecast step's worker). */
    private static final List<String> STEPS = List.of("prepare", "ingest", "series", "forecastPartition", "backtest",
            "report", "publish");
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
    void killedOnceInEveryStep_resumesEachTimeFromItsLastCommit_andEndsWithTheResultsOfAnUninterruptedRun(
            @TempDir Path dir) throws Exception {
        ProcurementFixture history = ProcurementFixture.write(dir, YearMonth.of(2025, 12), ITEMS - 4);
        TestDatabase reference = emptyDatabase(dir.resolve("db-reference"));
        assertThat(NightlyApp.run(reference.args(), args(history, dir.resolve("out-reference")))).isZero();
        Map<String, List<String>> expected = snapshot(reference, dir.resolve("out-reference"));

        TestDatabase database = emptyDatabase(dir.resolve("db"));
        Path output = dir.resolve("out");
        for (String step : STEPS) {
            Path log = dir.resolve("killed-in-" + step + ".log");
            Process killed = launch(database, args(history, output), log, step);
            assertThat(killed.waitFor(5, TimeUnit.MINUTES)).as("ended in time").isTrue();
            String text = Files.readString(log);
            assertThat(killed.exitValue()).as("exit code (137: SIGKILL); log:%n%s", text).isEqualTo(137);
            assertThat(text).contains(CrashPoint.MESSAGE + step);
            if (!step.equals(STEPS.getFirst())) {
                assertThat(text).contains("resuming run");
            }
            if (step.equals("forecastPartition")) {
                assertThat(jdbc(database).queryForObject("SELECT COUNT(DISTINCT item_code) FROM forecast",
                        Integer.class)).as("items forecast when the process died").isBetween(1, ITEMS - 1);
            }
        }
        Path log = dir.resolve("last.log");
        Process last = launch(database, args(history, output), log, null);
        assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(last.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).contains("resuming run").doesNotContain(CrashPoint.MESSAGE);

        Map<String, List<String>> actual = snapshot(database, output);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (String key : expected.keySet()) {
            assertThat(actual.get(key)).as(key).hasSize(expected.get(key).size()).isEqualTo(expected.get(key));
        }
        List<String> statuses = jdbc(database).queryForList("SELECT status FROM batch_job_execution "
                + "ORDER BY job_execution_id", String.class);
        assertThat(statuses).hasSize(STEPS.size() + 1).last().isEqualTo("COMPLETED");
        assertThat(statuses.subList(0, STEPS.size())).containsOnly("FAILED");
    }

    private static String[] args(ProcurementFixture history, Path output) {
        return new String[] {"--input=" + history.file, "--as-of=2025-12", "--output=" + output,
            "--offtake.chunk-size=1", "--offtake.backtest.every=3"};
    }

    /**
     * Starts the application in a JVM of its own, as the operator would, with the test's classpath; with a step
     * name, that JVM kills itself in that step.
     */
    private static Process launch(TestDatabase database, String[] args, Path log, String crashIn)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m"));
        if (crashIn != null) {
            command.add("-D" + CrashPoint.PROPERTY + "=" + crashIn);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), OfftakeBatchApplication.class.getName()));
        command.addAll(database.args());
        command.addAll(NightlyApp.TEST_SETTINGS);
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
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
