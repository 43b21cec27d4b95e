package org.offtake.batch.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offtake.batch.ConsoleCapture;
import org.offtake.batch.NightlyApp;
import org.offtake.batch.NightlyRunner;
import org.offtake.batch.ProcurementFixture;
import org.offtake.batch.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run that starts and fails: the output directory has a folder named {@code forecasts.csv} (with a file in it)
 * where the publish step must put that file, so every step before publish completes and publish fails. The run
 * must exit with 1 and say in its paragraph that it failed, why (the file and what was in the way) and that the same
 * command resumes it; once the folder is gone, the same command resumes the run in publish and completes it.
 */
abstract class AbstractNightlyFailureFunctionalTests {

    private static final String AS_OF = "2025-12";

    /** A new, empty database of this variant (under {@code dir} for H2). */
    abstract TestDatabase emptyDatabase(Path dir);

    @Test
    void publishFailing_exitsWithOne_saysWhyAndHowToResume_andTheSameCommandResumesInPublishOnceFixed(
            @TempDir Path dir) throws IOException {
        TestDatabase database = emptyDatabase(dir.resolve("db"));
        JdbcTemplate jdbc = database.jdbc();
        ProcurementFixture history = ProcurementFixture.write(dir, YearMonth.parse(AS_OF));
        Path output = dir.resolve("out");
        Path inTheWay = output.resolve("forecasts.csv");
        Files.createDirectories(inTheWay);
        Files.writeString(inTheWay.resolve("notes.txt"), "a planner's notes, left where the forecasts go");
        String[] args = {"--input=" + history.file, "--as-of=" + AS_OF, "--output=" + output,
            "--offtake.backtest.every=2"};

        ConsoleCapture.Result failed = ConsoleCapture.run(() -> NightlyApp.run(database.args(), args));

        assertThat(failed.code()).as("exit code of a run that started and failed").isEqualTo(NightlyRunner.FAILED);
        List<String> paragraph = failed.lines("nightlyForecast for " + AS_OF + " ");
        assertThat(paragraph).hasSize(1);
        assertThat(paragraph.getFirst()).matches("nightlyForecast for 2025-12 FAILED after [0-9]+ s: .*")
                // why: the file that could not be written, and what the file system said (the folder in the way)
                .contains("cannot move " + output.resolve("forecasts.csv.partial") + " to " + inTheWay
                        + " (FileSystemException: " + output.resolve("forecasts.csv.partial") + " -> " + inTheWay
                        + ": Is a directory)")
                .endsWith("Nothing was published for 2025-12; run the same command again to resume from the last "
                        + "commit (database " + database.url() + ").");
        assertThat(jdbc.queryForObject("SELECT status FROM offtake_run WHERE as_of = ?", String.class, AS_OF))
                .isEqualTo("FAILED");
        long firstExecution = jdbc.queryForObject("SELECT MAX(job_execution_id) FROM batch_job_execution",
                Long.class);
        assertThat(jdbc.queryForList("SELECT step_name || ' ' || status FROM batch_step_execution WHERE "
                + "job_execution_id = ? AND step_name NOT LIKE '%Partition%' ORDER BY step_execution_id",
                String.class, firstExecution)).as("report and publish run side by side, in either order")
                .containsExactlyInAnyOrder("prepare COMPLETED", "ingest COMPLETED", "series COMPLETED",
                        "forecast COMPLETED", "reconcile COMPLETED", "sizeContracts COMPLETED", "backtest COMPLETED",
                        "report COMPLETED", "publish FAILED")
                .startsWith("prepare COMPLETED", "ingest COMPLETED", "series COMPLETED", "forecast COMPLETED",
                        "reconcile COMPLETED", "sizeContracts COMPLETED", "backtest COMPLETED");
        assertThat(Files.exists(output.resolve("run-summary.json"))).as("nothing published").isFalse();

        try (Stream<Path> files = Files.walk(inTheWay)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        ConsoleCapture.Result resumed = ConsoleCapture.run(() -> NightlyApp.run(database.args(), args));

        assertThat(resumed.code()).as("exit code once the cause is gone").isEqualTo(NightlyRunner.COMPLETED);
        assertThat(resumed.lines("resuming run ")).containsExactly("resuming run " + firstExecution + " for "
                + AS_OF + " from its last commit");
        assertThat(resumed.lines("nightlyForecast for " + AS_OF + " ")).singleElement().asString()
                .startsWith("nightlyForecast for 2025-12 COMPLETED in ");
        long secondExecution = jdbc.queryForObject("SELECT MAX(job_execution_id) FROM batch_job_execution",
                Long.class);
        assertThat(secondExecution).isGreaterThan(firstExecution);
        assertThat(jdbc.queryForList("SELECT step_name || ' ' || status FROM batch_step_execution WHERE "
                + "job_execution_id = ? ORDER BY step_execution_id", String.class, secondExecution))
                .as("only the failed step ran again, then the one that completes the run")
                .containsExactly("publish COMPLETED", "complete COMPLETED");
        assertThat(jdbc.queryForObject("SELECT status FROM offtake_run WHERE as_of = ?", String.class, AS_OF))
                .isEqualTo("COMPLETED");
        assertThat(inTheWay).isRegularFile();
        assertThat(Files.readAllLines(inTheWay)).hasSize(1 + jdbc.queryForObject("SELECT COUNT(*) FROM forecast "
                + "WHERE as_of = ?", Integer.class, AS_OF));
        assertThat(output.resolve("run-summary.json")).isRegularFile();
    }
}
