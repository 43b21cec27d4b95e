package org.offtake.batch.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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
 * the end. On the way, the base forecasts left by the killed forecast step are cut short and the reconciled demand
 * left by the killed reconcile step is deleted, so the next steps must make them again. Every result table and
 * every output file must then be exactly those of an uninterrupted run, and the run's work folder, where the steps
 * left each item's sample paths for the next, must be gone.
 */
abstract class AbstractNightlyRestartFunctionalTests {

    private static final int ITEMS = 16;
    /**
     * Every step of the job, in order ({@code forecastPartition}, {@code reconcilePartition} and
     * {@code sizeContractsPartition} are the partitioned steps' workers; report and publish run side by side).
     */
    private static final List<String> STEPS = List.of("prepare", "ingest", "series", "forecastPartition",
            "reconcilePartition", "sizeContractsPartition", "backtest", "report", "publish", "complete");
    private static final String AS_OF = "2025-12";
    private static final List<String> TABLES = List.of(
            "staging_line ORDER BY record_id",
            "rejected_line ORDER BY line_no",
            "demand_series ORDER BY item_code, level, region, manufacturer_id, period",
            "series_item ORDER BY item_no",
            "series_manufacturer ORDER BY manufacturer_id",
            "series_pair ORDER BY manufacturer_id, item_code",
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
        Path referenceWork = dir.resolve("work-reference");
        assertThat(NightlyApp.run(reference.args(), args(history, dir.resolve("out-reference"), referenceWork)))
                .isZero();
        Map<String, List<String>> expected = snapshot(reference, dir.resolve("out-reference"));
        assertThat(referenceWork.resolve(AS_OF)).doesNotExist();

        TestDatabase database = emptyDatabase(dir.resolve("db"));
        Path output = dir.resolve("out");
        Path work = dir.resolve("work");
        for (String step : STEPS) {
            Path log = dir.resolve("killed-in-" + step + ".log");
            Process killed = launch(database, args(history, output, work), log, step);
            assertThat(killed.waitFor(5, TimeUnit.MINUTES)).as("ended in time").isTrue();
            String text = Files.readString(log);
            assertThat(killed.exitValue()).as("exit code (137: SIGKILL); log:%n%s", text).isEqualTo(137);
            assertThat(text).contains(CrashPoint.MESSAGE + step);
            if (!step.equals(STEPS.getFirst())) {
                assertThat(text).contains("resuming run");
            }
            switch (step) {
                case "forecastPartition" -> {
                    assertThat(files(work, WorkDir.BASE)).as("items whose base forecasts were left when the process "
                            + "died").isBetween(1L, ITEMS - 1L);
                    // as a power cut could leave them: reconcile must forecast these items again, to the same bits
                    cutShort(work, WorkDir.BASE);
                }
                case "reconcilePartition" -> {
                    assertThat(files(work, WorkDir.BASE)).as("base forecasts").isEqualTo((long) ITEMS);
                    assertThat(items(database, "forecast")).as("items reconciled when the process died")
                            .isBetween(1L, ITEMS - 1L);
                    // the chunk being written when the process died has its files, not its rows: they are redone
                    assertThat(files(work, WorkDir.RECONCILED)).as("reconciled demand files")
                            .isGreaterThanOrEqualTo(items(database, "forecast"));
                    // as if removed by hand: sizeContracts must reconcile these items again, to the same bits
                    try (Stream<Path> files = Files.list(work.resolve(AS_OF).resolve(WorkDir.RECONCILED))) {
                        for (Path file : files.toList()) {
                            Files.delete(file);
                        }
                    }
                }
                case "sizeContractsPartition" -> {
                    assertThat(files(work, WorkDir.RECONCILED)).as("reconciled demand files").isEqualTo((long) ITEMS);
                    assertThat(items(database, "contract_recommendation"))
                            .as("items whose contracts were sized when the process died").isBetween(1L, ITEMS - 1L);
                }
                case "publish", "complete" -> assertThat(work.resolve(AS_OF)).as("work folder").doesNotExist();
                default -> { }
            }
        }
        Path log = dir.resolve("last.log");
        Process last = launch(database, args(history, output, work), log, null);
        assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(last.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).contains("resuming run").doesNotContain(CrashPoint.MESSAGE);

        String logs = "";
        for (String step : STEPS) {
            logs += Files.readString(dir.resolve("killed-in-" + step + ".log"));
        }
        assertThat(logs).contains("ends early; expected a whole file").contains("forecasting item")
                .contains("is missing; expected the file an earlier step of this run wrote there")
                .contains("reconciling item");

        Map<String, List<String>> actual = snapshot(database, output);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (String key : expected.keySet()) {
            assertThat(actual.get(key)).as(key).hasSize(expected.get(key).size()).isEqualTo(expected.get(key));
        }
        List<String> statuses = jdbc(database).queryForList("SELECT status FROM batch_job_execution "
                + "ORDER BY job_execution_id", String.class);
        assertThat(statuses).hasSize(STEPS.size() + 1).last().isEqualTo("COMPLETED");
        assertThat(statuses.subList(0, STEPS.size())).containsOnly("FAILED");
        assertThat(work.resolve(AS_OF)).as("work folder").doesNotExist();
    }

    private static String[] args(ProcurementFixture history, Path output, Path work) {
        return new String[] {"--input=" + history.file, "--as-of=" + AS_OF, "--output=" + output,
            "--offtake.work-dir=" + work, "--offtake.chunk-size=1", "--offtake.backtest.every=3"};
    }

    /** Files of one kind the steps left in the run's work folder. */
    private static long files(Path work, String kind) throws IOException {
        Path folder = work.resolve(AS_OF).resolve(kind);
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".paths")).count();
        }
    }

    /** Cuts every file of one kind in the work folder to half its length. */
    private static void cutShort(Path work, String kind) throws IOException {
        try (Stream<Path> files = Files.list(work.resolve(AS_OF).resolve(kind))) {
            for (Path file : files.toList()) {
                byte[] bytes = Files.readAllBytes(file);
                Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
            }
        }
    }

    private static long items(TestDatabase database, String table) {
        return jdbc(database).queryForObject("SELECT COUNT(DISTINCT item_code) FROM " + table, Long.class);
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
