package org.offtake.batch.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Last step, after the planner outputs and the published files: writes {@code run-summary.json} (counts from the
 * database, and each step's time and counts from the job repository) into the output directory and marks the
 * month's run COMPLETED. The summary is written beside its name and moved into place, so the step can run again.
 */
class CompleteTasklet implements Tasklet {

    static final String SUMMARY = "run-summary.json";

    /** A model that names the demand class it chose, for example {@code intermittent(LUMPY: mean of ...)}. */
    private static final Pattern CLASSIFIED = Pattern.compile("^(\\w+)\\((\\w+): .*\\)$");

    private final JdbcTemplate jdbc;
    private final JobRepository jobRepository;
    private final JsonMapper json;
    private final String asOf;
    private final Path output;

    CompleteTasklet(JdbcTemplate jdbc, JobRepository jobRepository, JsonMapper json, String asOf, Path output) {
        this.jdbc = jdbc;
        this.jobRepository = jobRepository;
        this.json = json;
        this.asOf = asOf;
        this.output = output;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        Files.createDirectories(output);
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        // The counts were taken by the steps that wrote or read the rows; a restart keeps their contexts.
        RunCounts counts = RunCounts.from(lastCompleted(job, "publish").getExecutionContext());
        long accepted = lastCompleted(job, "series").getExecutionContext().getLong(SeriesTasklet.ACCEPTED);
        long rejectedRows = counts.rejected;
        long itemRegion = counts.itemRegionSeries;
        long manufacturerItem = counts.manufacturerItemSeries;
        long forecastSeries = counts.forecastSeries;
        long recommendations = counts.recommendations;
        LocalDateTime started = firstStart(job);
        double seconds = Duration.between(started, LocalDateTime.now()).toMillis() / 1000.0;
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("job", job.getJobInstance().getJobName());
        summary.put("as_of", asOf);
        summary.put("input", jdbc.queryForObject("SELECT input FROM offtake_run WHERE as_of = ?", String.class,
                asOf));
        summary.put("input_checksum", jdbc.queryForObject("SELECT input_checksum FROM offtake_run WHERE as_of = ?",
                String.class, asOf));
        summary.put("rows_read", accepted + rejectedRows);
        summary.put("accepted", accepted);
        summary.put("rejected", rejectedRows);
        summary.put("rejected_by_reason", counts.rejectedByReason);
        summary.put("series", itemRegion + manufacturerItem);
        Map<String, Long> byLevel = new LinkedHashMap<>();
        byLevel.put("item_region", itemRegion);
        byLevel.put("manufacturer_item", manufacturerItem);
        summary.put("series_by_level", byLevel);
        summary.put("demand_rows", counts.demandRows);
        summary.put("forecasts", forecastSeries);
        summary.put("forecast_rows", counts.forecastRows);
        summary.put("models", counts.models);
        summary.put("recommendations", recommendations);
        summary.put("recommendation_rows", counts.recommendationRows);
        summary.put("seconds", seconds);
        List<Map<String, Object>> steps = stepTimings(job);
        StepExecution complete = chunkContext.getStepContext().getStepExecution();
        Map<String, Object> self = new LinkedHashMap<>();
        self.put("name", complete.getStepName());
        self.put("seconds", Duration.between(complete.getStartTime(), LocalDateTime.now()).toMillis() / 1000.0);
        self.put("read", 0);
        self.put("written", 0);
        steps.add(self);
        summary.put("steps", steps);
        summary.put("output", output.toAbsolutePath().normalize().toString());
        Path file = output.resolve(SUMMARY);
        Path partial = output.resolve(SUMMARY + ".partial");
        json.writerWithDefaultPrettyPrinter().writeValue(partial.toFile(), summary);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        jdbc.update("UPDATE offtake_run SET ended = ?, status = 'COMPLETED', rows_read = ?, accepted = ?, "
                + "rejected = ?, series = ?, forecasts = ?, recommendations = ? WHERE as_of = ?",
                Timestamp.valueOf(LocalDateTime.now()), accepted + rejectedRows, accepted, rejectedRows,
                itemRegion + manufacturerItem, forecastSeries, recommendations, asOf);
        return RepeatStatus.FINISHED;
    }

    /**
     * A model as the summary counts it: its description without the wrappers every series has
     * ({@code nonNegative(...)}, {@code Auto(...)}) and without estimated parameters (parenthesised lists with
     * {@code =}), for example {@code ETS(A,N,A) + DOTM} or {@code intermittent (LUMPY)}.
     */
    static String family(String description) {
        String d = description.contains(";") ? description.substring(0, description.indexOf(';')) : description;
        d = d.strip();
        for (String wrapper : new String[] {"nonNegative(", "Auto("}) {
            if (d.startsWith(wrapper) && d.endsWith(")")) {
                d = d.substring(wrapper.length(), d.length() - 1).strip();
            }
        }
        String previous;
        do {
            previous = d;
            d = d.replaceAll("\\([^()]*=[^()]*\\)", "");
        } while (!d.equals(previous));
        Matcher classified = CLASSIFIED.matcher(d);
        return classified.matches() ? classified.group(1) + " (" + classified.group(2) + ")" : d;
    }

    /** The last completed execution of {@code step} in this run (this job execution or an earlier one of it). */
    private StepExecution lastCompleted(JobExecution job, String step) {
        StepExecution last = jobRepository.getLastStepExecution(job.getJobInstance(), step);
        if (last == null || last.getStatus() != BatchStatus.COMPLETED) {
            throw new IllegalStateException("the run has no completed '" + step + "' step; expected every step "
                    + "before complete to have completed");
        }
        return last;
    }

    /** The start of the first execution of this job instance (a restarted run counts from its first start). */
    private LocalDateTime firstStart(JobExecution job) {
        LocalDateTime first = job.getStartTime();
        for (JobExecution e : jobRepository.getJobExecutions(job.getJobInstance())) {
            if (e.getStartTime() != null && (first == null || e.getStartTime().isBefore(first))) {
                first = e.getStartTime();
            }
        }
        return first == null ? LocalDateTime.now() : first;
    }

    /**
     * Seconds and counts of each step's completed execution (from whichever execution of the run completed it), in
     * the job's order ({@link NightlyForecastJobConfiguration#STEPS}); this step adds itself, up to the summary.
     */
    private List<Map<String, Object>> stepTimings(JobExecution job) {
        Map<String, StepExecution> completed = new LinkedHashMap<>();
        List<JobExecution> executions = new ArrayList<>(jobRepository.getJobExecutions(job.getJobInstance()));
        executions.sort((a, b) -> Long.compare(a.getId(), b.getId()));
        for (JobExecution e : executions) {
            for (StepExecution s : e.getStepExecutions()) {
                if (!s.getStepName().contains(":") && s.getStatus() == BatchStatus.COMPLETED) {
                    completed.put(s.getStepName(), s);
                }
            }
        }
        List<StepExecution> inOrder = new ArrayList<>(completed.values());
        inOrder.sort(Comparator.comparingInt(s -> order(s.getStepName())));
        List<Map<String, Object>> steps = new ArrayList<>();
        for (StepExecution s : inOrder) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("name", s.getStepName());
            step.put("seconds", s.getStartTime() == null || s.getEndTime() == null ? null
                    : Duration.between(s.getStartTime(), s.getEndTime()).toMillis() / 1000.0);
            step.put("read", s.getReadCount());
            step.put("written", s.getWriteCount());
            steps.add(step);
        }
        return steps;
    }

    private static int order(String step) {
        int i = NightlyForecastJobConfiguration.STEPS.indexOf(step);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
