package org.offtake.batch.nightly;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * First step: empties the month's work folder ({@link WorkDir}) of an earlier run's files, clears the as-of month's
 * results of any earlier run (so a rerun replaces them and leaves other months alone) and records the run with the
 * input's SHA-256 checksum (computed before the job started, a job parameter). The database work is one transaction.
 */
class PrepareTasklet implements Tasklet {

    /** Result tables cleared for the month, children first. */
    static final List<String> RESULT_TABLES = List.of("contract_recommendation", "backtest_accuracy", "forecast",
            "series_pair", "series_manufacturer", "series_item", "demand_series", "rejected_line", "staging_line",
            "offtake_run");

    private final JdbcTemplate jdbc;
    private final String asOf;
    private final Path input;
    private final String checksum;
    private final WorkDir work;
    private final ProgressLog progress;

    PrepareTasklet(JdbcTemplate jdbc, String asOf, Path input, String checksum, WorkDir work,
                   ProgressLog progress) {
        this.progress = progress;
        this.jdbc = jdbc;
        this.asOf = asOf;
        this.input = input;
        this.checksum = checksum;
        this.work = work;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        work.empty();
        ProgressLog cleared = progress.phase("tables cleared", RESULT_TABLES.size());
        for (String table : RESULT_TABLES) {
            jdbc.update("DELETE FROM " + table + " WHERE as_of = ?", asOf);
            cleared.add(1);
        }
        long jobExecutionId = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
        jdbc.update("INSERT INTO offtake_run (as_of, job_execution_id, started, status, input, input_checksum) "
                + "VALUES (?, ?, ?, 'STARTED', ?, ?)", asOf, jobExecutionId, Timestamp.valueOf(LocalDateTime.now()),
                input.toString(), checksum);
        return RepeatStatus.FINISHED;
    }

    /** The SHA-256 of a file's bytes, in hexadecimal, and the number of line feeds among them. */
    record Fingerprint(String sha256, long lineFeeds) {
    }

    /** The SHA-256 of {@code file}'s bytes and its line feeds, in one read. */
    static Fingerprint fingerprint(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[1 << 16];
            long lineFeeds = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    lineFeeds += buffer[i] == '\n' ? 1 : 0;
                }
            }
            return new Fingerprint(HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest()),
                    lineFeeds);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " for its checksum: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
