package org.offtake.batch.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.offtake.datasets.read.RejectReason;
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
 * Last step: writes the month's results from the database to the output directory ({@code demand-series.csv},
 * {@code forecasts.csv}, {@code contract-recommendations.csv}, {@code rejected-lines.csv},
 * {@code backtest-accuracy.csv}, {@code run-summary.json}) and completes the run's row. Every file is rewritten
 * whole, so the step can run again. Series and forecasts come item by item (the order of the tables' keys, so the
 * database streams them without sorting), each item's national forecast, then its regions, then its manufacturers.
 */
class PublishTasklet implements Tasklet {

    static final String SUMMARY = "run-summary.json";

    /** A model that names the demand class it chose, for example {@code intermittent(LUMPY: mean of ...)}. */
    private static final Pattern CLASSIFIED = Pattern.compile("^(\\w+)\\((\\w+): .*\\)$");

    private final JdbcTemplate jdbc;
    private final JobRepository jobRepository;
    private final JsonMapper json;
    private final String asOf;
    private final Path output;
    private final ProgressLog progress;
    private ProgressLog written;

    PublishTasklet(JdbcTemplate jdbc, JobRepository jobRepository, JsonMapper json, String asOf, Path output,
                   ProgressLog progress) {
        this.progress = progress;
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(1000);
        this.jobRepository = jobRepository;
        this.json = json;
        this.asOf = asOf;
        this.output = output;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        Files.createDirectories(output);
        long toWrite = 0;
        for (String table : List.of("demand_series", "forecast", "contract_recommendation", "rejected_line",
                "backtest_accuracy")) {
            toWrite += count("SELECT COUNT(*) FROM " + table + " WHERE as_of = ?");
        }
        written = progress.phase("rows written", toWrite);
        long demandRows = demandSeries();
        long forecastRows = forecasts();
        long contractRows = contracts();
        long rejectedRows = rejectedLines();
        backtest();

        Map<String, Long> byReason = new LinkedHashMap<>();
        for (RejectReason reason : RejectReason.values()) {
            byReason.put(reason.code(), 0L);
        }
        jdbc.query("SELECT reason, COUNT(*) FROM rejected_line WHERE as_of = ? GROUP BY reason",
                rs -> { byReason.put(rs.getString(1), rs.getLong(2)); }, asOf);
        long accepted = count("SELECT COUNT(*) FROM staging_line WHERE as_of = ?");
        long itemRegion = count("SELECT COUNT(*) FROM (SELECT DISTINCT item_code, region FROM demand_series "
                + "WHERE as_of = ? AND level = 'item_region') s");
        long manufacturerItem = count("SELECT COUNT(*) FROM (SELECT DISTINCT item_code, manufacturer_id FROM "
                + "demand_series WHERE as_of = ? AND level = 'manufacturer_item') s");
        long forecastSeries = count("SELECT COUNT(*) FROM (SELECT DISTINCT item_code, level, region, manufacturer_id "
                + "FROM forecast WHERE as_of = ?) s");
        long recommendations = count("SELECT COUNT(*) FROM contract_recommendation WHERE as_of = ? "
                + "AND contract_year = 0");
        Map<String, Long> models = new TreeMap<>();
        jdbc.query("SELECT model FROM forecast WHERE as_of = ? AND level IN ('item', 'item_region') "
                + "AND period = (SELECT MIN(period) FROM forecast WHERE as_of = ?)",
                rs -> { models.merge(family(rs.getString(1)), 1L, Long::sum); }, asOf, asOf);

        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
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
        summary.put("rejected_by_reason", byReason);
        summary.put("series", itemRegion + manufacturerItem);
        Map<String, Long> byLevel = new LinkedHashMap<>();
        byLevel.put("item_region", itemRegion);
        byLevel.put("manufacturer_item", manufacturerItem);
        summary.put("series_by_level", byLevel);
        summary.put("demand_rows", demandRows);
        summary.put("forecasts", forecastSeries);
        summary.put("forecast_rows", forecastRows);
        summary.put("models", models);
        summary.put("recommendations", recommendations);
        summary.put("recommendation_rows", contractRows);
        summary.put("seconds", seconds);
        List<Map<String, Object>> steps = stepTimings(job);
        StepExecution publish = chunkContext.getStepContext().getStepExecution();
        Map<String, Object> self = new LinkedHashMap<>();
        self.put("name", publish.getStepName());
        self.put("seconds", Duration.between(publish.getStartTime(), LocalDateTime.now()).toMillis() / 1000.0);
        self.put("read", 0);
        self.put("written", demandRows + forecastRows + contractRows + rejectedRows);
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

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class, asOf);
        return n == null ? 0 : n;
    }

    private long demandSeries() {
        try (Csv csv = Csv.open(output.resolve("demand-series.csv"),
                List.of("level", "item_code", "region", "manufacturer_id", "period", "quantity"))
                .counting(written)) {
            jdbc.query("SELECT level, item_code, region, manufacturer_id, period, quantity FROM demand_series "
                    + "WHERE as_of = ? ORDER BY item_code, level, region, manufacturer_id, period", rs -> {
                        csv.row(rs.getString(1), Csv.text(rs.getString(2)), Csv.text(rs.getString(3)),
                                Csv.text(rs.getString(4)), rs.getString(5), Csv.number(rs.getDouble(6)));
                    }, asOf);
            return csv.rows();
        }
    }

    private long forecasts() {
        try (Csv csv = Csv.open(output.resolve("forecasts.csv"), List.of("level", "item_code", "region",
                "manufacturer_id", "period", "mean", "lower_95", "lower_80", "upper_80", "upper_95", "model"))
                .counting(written)) {
            jdbc.query("SELECT level, item_code, region, manufacturer_id, period, mean, lower_95, lower_80, upper_80, "
                    + "upper_95, model FROM forecast WHERE as_of = ? "
                    + "ORDER BY item_code, level, region, manufacturer_id, period", rs -> {
                        csv.row(rs.getString(1), Csv.text(rs.getString(2)), Csv.text(rs.getString(3)),
                                Csv.text(rs.getString(4)), rs.getString(5), Csv.number(rs.getDouble(6)),
                                Csv.number(rs.getDouble(7)), Csv.number(rs.getDouble(8)), Csv.number(rs.getDouble(9)),
                                Csv.number(rs.getDouble(10)), Csv.text(rs.getString(11)));
                    }, asOf);
            return csv.rows();
        }
    }

    private long contracts() {
        try (Csv csv = Csv.open(output.resolve("contract-recommendations.csv"), List.of("manufacturer_id",
                "item_code", "contract_year", "period_from", "period_to", "share", "firm", "option", "mean", "p10",
                "p50", "p90", "expected_shortfall", "expected_excess", "probability_of_excess", "expected_cost",
                "terms_source", "model", "reason"))
                .counting(written)) {
            jdbc.query("SELECT manufacturer_id, item_code, contract_year, period_from, period_to, share, firm, "
                    + "option_volume, mean, p10, p50, p90, expected_shortfall, expected_excess, probability_of_excess, "
                    + "expected_cost, terms_source, model, reason FROM contract_recommendation WHERE as_of = ? "
                    + "ORDER BY manufacturer_id, item_code, contract_year", rs -> {
                        String[] cells = new String[19];
                        cells[0] = Csv.text(rs.getString(1));
                        cells[1] = Csv.text(rs.getString(2));
                        cells[2] = Integer.toString(rs.getInt(3));
                        cells[3] = rs.getString(4);
                        cells[4] = rs.getString(5);
                        for (int i = 5; i < 16; i++) {
                            cells[i] = Csv.number(rs.getDouble(i + 1));
                        }
                        cells[16] = Csv.text(rs.getString(17));
                        cells[17] = Csv.text(rs.getString(18));
                        cells[18] = Csv.text(rs.getString(19));
                        csv.row(cells);
                    }, asOf);
            return csv.rows();
        }
    }

    private long rejectedLines() {
        try (Csv csv = Csv.open(output.resolve("rejected-lines.csv"), List.of("line", "reason", "detail", "raw"))
                .counting(written)) {
            jdbc.query("SELECT line_no, reason, detail, raw FROM rejected_line WHERE as_of = ? ORDER BY line_no",
                    rs -> {
                        csv.row(Long.toString(rs.getLong(1)), rs.getString(2), Csv.text(rs.getString(3)),
                                Csv.text(rs.getString(4)));
                    }, asOf);
            return csv.rows();
        }
    }

    private void backtest() {
        try (Csv csv = Csv.open(output.resolve("backtest-accuracy.csv"), List.of("item_code", "origins", "horizon",
                "mae", "rmse", "mase", "smape", "wape", "bias", "coverage_80", "coverage_95", "model"))
                .counting(written)) {
            jdbc.query("SELECT item_code, origins, horizon, mae, rmse, mase, smape, wape, bias, coverage_80, "
                    + "coverage_95, model FROM backtest_accuracy WHERE as_of = ? ORDER BY item_code", rs -> {
                        String[] cells = new String[12];
                        cells[0] = Csv.text(rs.getString(1));
                        cells[1] = Integer.toString(rs.getInt(2));
                        cells[2] = Integer.toString(rs.getInt(3));
                        for (int i = 3; i < 11; i++) {
                            double v = rs.getDouble(i + 1);
                            cells[i] = rs.wasNull() ? "" : Csv.number(v);
                        }
                        cells[11] = Csv.text(rs.getString(12));
                        csv.row(cells);
                    }, asOf);
        }
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
     * Seconds and counts of each step's completed execution (from whichever execution of the run completed it); the
     * publish step adds itself, up to the summary.
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
        List<Map<String, Object>> steps = new ArrayList<>();
        for (StepExecution s : completed.values()) {
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
}
