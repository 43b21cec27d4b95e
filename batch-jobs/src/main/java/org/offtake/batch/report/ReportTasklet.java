package org.offtake.batch.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.offtake.batch.report.ReportRecords.Pair;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code report} step: writes the planner outputs of the month's run from the result tables, the workbook
 * {@code offtake-<as-of>.xlsx} and the HTML report {@code report-<as-of>.html}, into the output directory. Each file
 * is written beside its name and moved into place, so the step can run again and a reader never sees half a file.
 */
class ReportTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(ReportTasklet.class);

    private final JdbcTemplate jdbc;
    private final ReportProperties settings;
    private final String asOf;
    private final Path output;

    ReportTasklet(JdbcTemplate jdbc, ReportProperties settings, String asOf, Path output) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.asOf = asOf;
        this.output = output;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        if (!settings.enabled()) {
            LOG.info("planner outputs skipped (offtake.report.enabled=false)");
            return RepeatStatus.FINISHED;
        }
        Files.createDirectories(output);
        RunReader reader = new RunReader(jdbc, asOf);
        long start = System.nanoTime();
        List<Pair> pairs = reader.pairs();
        Map<String, String> manufacturers = reader.manufacturerNames();
        Map<String, String> items = reader.itemNames();
        double readSeconds = seconds(start);

        long workbookStart = System.nanoTime();
        Path workbook = SafePaths.inside(output, ReportConfiguration.workbookName(asOf));
        Map<String, Long> rows = new WorkbookWriter(reader, settings.revisionThreshold()).write(workbook, pairs,
                manufacturers, items);
        double workbookSeconds = seconds(workbookStart);

        long reportStart = System.nanoTime();
        Path report = SafePaths.inside(output, ReportConfiguration.reportName(asOf));
        int charts = new HtmlReportWriter(reader, settings.topPairs()).write(report, pairs);
        double reportSeconds = seconds(reportStart);

        long written = rows.values().stream().mapToLong(Long::longValue).sum();
        contribution.incrementWriteCount(written);
        ExecutionContext context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
        context.putDouble("names_and_pairs_seconds", readSeconds);
        context.putDouble("workbook_seconds", workbookSeconds);
        context.putDouble("report_seconds", reportSeconds);
        context.putInt("charts", charts);
        LOG.info("planner outputs for {}: {} ({} rows: {}) in {} s, {} ({} recommendations, {} with charts) in {} s; "
                + "names and contract values read in {} s", asOf, workbook.getFileName(), written, rows,
                String.format(java.util.Locale.ROOT, "%.1f", workbookSeconds), report.getFileName(), pairs.size(),
                charts, String.format(java.util.Locale.ROOT, "%.1f", reportSeconds),
                String.format(java.util.Locale.ROOT, "%.1f", readSeconds));
        return RepeatStatus.FINISHED;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
