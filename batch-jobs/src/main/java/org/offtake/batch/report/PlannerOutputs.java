package org.offtake.batch.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.offtake.batch.nightly.ProgressLog;
import org.offtake.batch.report.ReportRecords.Pair;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the planner outputs of one month's run from the result tables: the workbook ({@link WorkbookWriter}) and
 * the HTML report ({@link HtmlReportWriter}). Used by the job's {@code report} step, and on its own by
 * {@code --report-only=true} to write them again from the database without running the job.
 */
public final class PlannerOutputs {

    private static final Logger LOG = LoggerFactory.getLogger(PlannerOutputs.class);

    private final JdbcTemplate jdbc;
    private final ReportProperties settings;

    public PlannerOutputs(JdbcTemplate jdbc, ReportProperties settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /**
     * What was written and how long it took.
     *
     * @param workbook         the workbook
     * @param report           the HTML report
     * @param rows             data rows per workbook sheet
     * @param recommendations  manufacturer x item recommendations
     * @param charts           of which drawn with a chart
     * @param readSeconds      reading counts, names and contract values
     * @param workbookSeconds  writing the workbook
     * @param reportSeconds    writing the report
     */
    public record Result(Path workbook, Path report, Map<String, Long> rows, int recommendations, int charts,
                         double readSeconds, double workbookSeconds, double reportSeconds) {

        /** Rows written to the workbook, all sheets. */
        public long workbookRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Writes {@code offtake-<as-of>.xlsx} and {@code report-<as-of>.html} into {@code output} (created if needed).
     *
     * @throws IllegalArgumentException if {@code asOf} is not a month
     * @throws IllegalStateException    if the database has no completed run for {@code asOf}
     * @throws IOException              if a file cannot be written (the message names it)
     */
    public Result write(String asOf, Path output, ProgressLog progress) throws IOException {
        return write(asOf, output, true, progress);
    }

    /**
     * As {@link #write(String, Path, ProgressLog)}; the job's report step, which runs before publish completes the
     * run, passes {@code completed} false. {@code progress} counts the workbook's rows, then the charts drawn.
     */
    Result write(String asOf, Path output, boolean completed, ProgressLog progress) throws IOException {
        String month;
        try {
            month = YearMonth.parse(asOf == null ? "" : asOf.strip()).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--as-of '" + asOf + "' is not a month; expected YYYY-MM, for example "
                    + "2025-12");
        }
        RunReader reader = new RunReader(jdbc, month);
        ReportRecords.RunInfo run = reader.run(completed);
        Files.createDirectories(output);
        long start = System.nanoTime();
        ReportRecords.RunCounts counts = reader.counts();
        Map<String, Long> rejectedByReason = reader.rejectedByReason();
        Map<String, String> manufacturers = reader.manufacturerNames();
        RunReader.LineFacts facts = reader.lineFacts();
        Map<String, String> items = facts.items();
        List<Pair> pairs = reader.pairs(manufacturers, facts);
        double readSeconds = seconds(start);

        // The workbook and the HTML report read the same tables and write their own files: side by side, the
        // report (mostly drawing charts) takes no time beyond the workbook's (mostly writing forecast rows).
        Path workbook = SafePaths.inside(output, ReportConfiguration.workbookName(month));
        ProgressLog workbookRows = progress.beside("workbook rows written",
                reader.workbookRows(settings.regionalForecasts()));
        double[] workbookSeconds = new double[1];
        CompletableFuture<Map<String, Long>> writingWorkbook = CompletableFuture.supplyAsync(() -> {
            long workbookStart = System.nanoTime();
            try {
                Map<String, Long> written = new WorkbookWriter(reader, settings.revisionThreshold(),
                        settings.regionalForecasts(), workbookRows).write(workbook, run, counts, rejectedByReason,
                        pairs, manufacturers, items);
                workbookRows.end();
                workbookSeconds[0] = seconds(workbookStart);
                return written;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, runnable -> Thread.ofPlatform().name("offtake-workbook").start(runnable));

        long reportStart = System.nanoTime();
        Path report = SafePaths.inside(output, ReportConfiguration.reportName(month));
        int charts;
        try {
            charts = new HtmlReportWriter(reader, settings.chartCap(), progress).write(report, run, counts, pairs);
        } catch (IOException | RuntimeException e) {
            try {
                workbookOf(writingWorkbook);
            } catch (IOException | RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
        double reportSeconds = seconds(reportStart);
        Map<String, Long> rows = workbookOf(writingWorkbook);

        Result result = new Result(workbook, report, rows, pairs.size(), charts, readSeconds, workbookSeconds[0],
                reportSeconds);
        LOG.info("planner outputs for {}: {} ({} rows: {}) in {} s; {} ({} recommendations, {} with charts) in {} s; "
                + "counts, names and contract values read in {} s", month, workbook.getFileName(), result.workbookRows(),
                rows, format(workbookSeconds[0]), report.getFileName(), pairs.size(), charts, format(reportSeconds),
                format(readSeconds));
        return result;
    }

    /** The workbook's rows per sheet, once it is written; its writer's failure rethrown as it was. */
    private static Map<String, Long> workbookOf(CompletableFuture<Map<String, Long>> writing) throws IOException {
        try {
            return writing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static String format(double seconds) {
        return String.format(Locale.ROOT, "%.1f", seconds);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
