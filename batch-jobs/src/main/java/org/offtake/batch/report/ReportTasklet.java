package org.offtake.batch.report;

import java.io.IOException;
import java.nio.file.Path;

import org.offtake.batch.nightly.ProgressLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The {@code report} step: writes the planner outputs of the month's run from the result tables, the workbook
 * {@code offtake-<as-of>.xlsx} and the HTML report {@code report-<as-of>.html}, into the output directory
 * ({@link PlannerOutputs}). Each file is written beside its name and moved into place, so the step can run again and
 * a reader never sees half a file.
 */
class ReportTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(ReportTasklet.class);

    private final PlannerOutputs outputs;
    private final ReportProperties settings;
    private final String asOf;
    private final Path output;
    private final ProgressLog progress;

    ReportTasklet(PlannerOutputs outputs, ReportProperties settings, String asOf, Path output, ProgressLog progress) {
        this.progress = progress;
        this.outputs = outputs;
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
        PlannerOutputs.Result result = outputs.write(asOf, output, false, progress);
        contribution.incrementWriteCount(result.workbookRows());
        ExecutionContext context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
        context.putDouble("read_seconds", result.readSeconds());
        context.putDouble("workbook_seconds", result.workbookSeconds());
        context.putDouble("report_seconds", result.reportSeconds());
        context.putInt("charts", result.charts());
        return RepeatStatus.FINISHED;
    }
}
