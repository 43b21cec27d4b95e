package org.offtake.batch;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.offtake.batch.nightly.ContractParameters;
import org.offtake.batch.nightly.NightlyForecastJobConfiguration;
import org.offtake.batch.nightly.NightlySettings;
import org.offtake.batch.nightly.ProgressLog;
import org.offtake.batch.nightly.QueryExport;
import org.offtake.batch.report.PlannerOutputs;
import org.offtake.batch.report.ReportConfiguration;
import org.offtake.batch.report.ReportProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@code nightlyForecast} once. When the last run for the same as-of month and input (same checksum) did not
 * complete, because it failed or because the process died (its execution still says STARTED), that run is
 * recovered and restarted from its last commit; otherwise a new run starts, and replaces the month's results.
 * Checks the input and the settings before anything starts, and prints a one-paragraph summary at the end.
 */
@Component
public class NightlyRunner {

    private static final Logger LOG = LoggerFactory.getLogger(NightlyRunner.class);

    /** Exit code when the job completed. */
    public static final int COMPLETED = 0;
    /** Exit code when the job started and failed. */
    public static final int FAILED = 1;
    /** Exit code when the input or a setting is wrong, before the job starts. */
    public static final int BAD_INPUT = 2;

    /** Where the rows of {@code offtake.input-query} are written, in the output directory, to be read as a file. */
    public static final String QUERY_EXPORT = "input-from-database.csv";

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final OfftakeProperties settings;
    private final JsonMapper json;
    private final String database;
    private final PlannerOutputs plannerOutputs;
    private final ReportProperties report;

    public NightlyRunner(JobOperator jobOperator, JobRepository jobRepository, Job nightlyForecast,
                         OfftakeProperties settings, JsonMapper json,
                         @Value("${spring.datasource.url:}") String database, PlannerOutputs plannerOutputs,
                         ReportProperties report) {
        this.plannerOutputs = plannerOutputs;
        this.report = report;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = nightlyForecast;
        this.settings = settings;
        this.json = json;
        this.database = database;
    }

    /**
     * Runs the job (or resumes it) and returns the exit code; with {@code offtake.report.only}, writes the planner
     * outputs of the as-of month's run from the database instead.
     */
    public int run() {
        if (report.only()) {
            return reportOnly();
        }
        NightlySettings checked;
        try {
            Path exported = null;
            if (settings.inputQuery() != null && !settings.inputQuery().isBlank()) {
                exported = Path.of(settings.output()).resolve(QUERY_EXPORT);
                long rows = QueryExport.export(settings, exported);
                LOG.info("offtake.input-query gave {} rows, written to {}", rows, exported);
            }
            checked = NightlySettings.check(settings, exported);
        } catch (IllegalArgumentException | IOException | DataAccessException e) {
            System.err.println("nightlyForecast did not start: " + e.getMessage());
            return BAD_INPUT;
        }
        long started = System.nanoTime();
        JobExecution execution;
        try {
            JobExecution unfinished = unfinished(checked);
            if (unfinished != null) {
                if (unfinished.getStatus().isRunning()) {
                    LOG.warn("run {} for {} was interrupted (status {}): marking it failed and resuming from its "
                            + "last commit", unfinished.getId(), checked.asOf(), unfinished.getStatus());
                    unfinished = jobOperator.recover(unfinished);
                }
                LOG.info("resuming run {} for {} from its last commit", unfinished.getId(), checked.asOf());
                execution = jobOperator.restart(unfinished);
            } else {
                execution = jobOperator.start(job, parameters(checked));
            }
        } catch (Exception e) {
            System.err.println("nightlyForecast could not start: " + e.getMessage());
            return FAILED;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.println(summary(execution, checked, seconds));
        return execution.getStatus() == BatchStatus.COMPLETED ? COMPLETED : FAILED;
    }

    private JobParameters parameters(NightlySettings s) {
        JobParametersBuilder b = new JobParametersBuilder()
                .addString("as-of", s.asOf().toString())
                .addString("input", s.input().toString())
                .addString("input-checksum", s.inputChecksum())
                .addLong("run", System.currentTimeMillis())
                .addString("output", s.output().toString(), false)
                .addString("work-dir", s.workDir().toString(), false)
                .addLong("horizon", (long) settings.horizon(), false)
                .addLong("paths", (long) settings.paths(), false)
                .addLong("seed", settings.seed(), false)
                .addString("model", settings.model(), false)
                .addString("reconciliation", settings.reconciliation(), false)
                .addString("contracts", s.contracts() == null ? "" : s.contracts().toString(), false)
                .addLong("expected-rows", s.expectedRows(), false);
        return ContractParameters.add(b, settings).toJobParameters();
    }

    /** The last execution of the newest run for this month and input, when it did not complete. */
    private JobExecution unfinished(NightlySettings s) {
        List<JobInstance> instances = jobRepository.getJobInstances(NightlyForecastJobConfiguration.JOB, 0, 100);
        for (JobInstance instance : instances) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last == null) {
                continue;
            }
            JobParameters p = last.getJobParameters();
            if (!s.asOf().toString().equals(p.getString("as-of"))) {
                continue;
            }
            boolean sameInput = s.input().toString().equals(p.getString("input"))
                    && s.inputChecksum().equals(p.getString("input-checksum"));
            boolean done = last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED;
            return sameInput && !done ? last : null;
        }
        return null;
    }

    /** Writes the workbook and the HTML report of the as-of month's run, already in the database. */
    private int reportOnly() {
        Path output = Path.of(settings.output()).toAbsolutePath().normalize();
        try {
            PlannerOutputs.Result r = plannerOutputs.write(settings.asOf(), output,
                    ProgressLog.standalone("report-only", settings.progressEvery()));
            System.out.println(String.format(Locale.ROOT, "Planner outputs for %s written from the database %s: %s "
                    + "(%,d rows) in %.1f s and %s (%,d recommendations, %,d with charts) in %.1f s.",
                    settings.asOf(), database, r.workbook(), r.workbookRows(), r.readSeconds() + r.workbookSeconds(),
                    r.report(), r.recommendations(), r.charts(), r.reportSeconds()));
            return COMPLETED;
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("planner outputs not written: " + e.getMessage());
            return BAD_INPUT;
        } catch (IOException | DataAccessException e) {
            System.err.println("planner outputs not written: " + e.getMessage());
            return FAILED;
        }
    }

    /** The planner outputs written for {@code asOf}, as a list to append (empty when the report step was off). */
    private static String plannerOutputs(Path output, String asOf) {
        StringBuilder files = new StringBuilder();
        for (String name : List.of(ReportConfiguration.workbookName(asOf), ReportConfiguration.reportName(asOf))) {
            if (java.nio.file.Files.isRegularFile(output.resolve(name))) {
                files.append(", ").append(name);
            }
        }
        return files.toString();
    }

    /**
     * What went wrong, from the exception and its causes: each message not already said (a file system exception's
     * message is only the file, so its kind goes with it: {@code DirectoryNotEmptyException: /out/forecasts.csv}).
     */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName()
                    : t instanceof FileSystemException ? t.getClass().getSimpleName() + ": " + t.getMessage()
                    : t.getMessage();
            if (!text.toString().contains(t.getMessage() == null ? message : t.getMessage())) {
                text.append(text.isEmpty() ? "" : ": ").append(message);
            }
        }
        return text.toString();
    }

    private String summary(JobExecution execution, NightlySettings s, double seconds) {
        String asOf = execution.getJobParameters().getString("as-of");
        Path output = Path.of(execution.getJobParameters().getString("output"));
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            StringBuilder why = new StringBuilder();
            for (Throwable t : execution.getAllFailureExceptions()) {
                why.append(why.isEmpty() ? "" : "; ").append(describe(t));
            }
            return String.format(Locale.ROOT, "nightlyForecast for %s %s after %.0f s: %s. Nothing was published for "
                    + "%s; run the same command again to resume from the last commit (database %s).", asOf,
                    execution.getStatus(), seconds, why.isEmpty() ? "see the log above" : why, asOf, database);
        }
        try {
            JsonNode r = json.readTree(output.resolve("run-summary.json").toFile());
            StringBuilder reasons = new StringBuilder();
            for (Map.Entry<String, JsonNode> e : r.get("rejected_by_reason").properties()) {
                if (e.getValue().asLong() > 0) {
                    reasons.append(reasons.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%,d %s",
                            e.getValue().asLong(), e.getKey()));
                }
            }
            StringBuilder models = new StringBuilder();
            for (Map.Entry<String, JsonNode> e : r.get("models").properties()) {
                models.append(models.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%s %,d", e.getKey(),
                        e.getValue().asLong()));
            }
            return String.format(Locale.ROOT, "nightlyForecast for %s COMPLETED in %.0f s: %,d rows read from %s, "
                    + "%,d accepted, %,d rejected%s; %,d demand series (%,d item x region, %,d manufacturer x item); "
                    + "%,d forecasts published (models of the item and region series: %s); %,d contract "
                    + "recommendations. Outputs in %s (run-summary.json, demand-series.csv, forecasts.csv, "
                    + "contract-recommendations.csv, rejected-lines.csv, backtest-accuracy.csv%s); results also in the "
                    + "database %s.", asOf, r.get("seconds").asDouble(), r.get("rows_read").asLong(), s.input(),
                    r.get("accepted").asLong(), r.get("rejected").asLong(),
                    reasons.isEmpty() ? "" : " (" + reasons + ")", r.get("series").asLong(),
                    r.get("series_by_level").get("item_region").asLong(),
                    r.get("series_by_level").get("manufacturer_item").asLong(), r.get("forecasts").asLong(),
                    models.isEmpty() ? "none" : models, r.get("recommendations").asLong(),
                    output.toAbsolutePath().normalize(), plannerOutputs(output, asOf), database);
        } catch (RuntimeException e) {
            return "nightlyForecast for " + asOf + " COMPLETED; outputs in " + output.toAbsolutePath().normalize()
                    + " (the summary could not be read: " + e.getMessage() + ")";
        }
    }


}
