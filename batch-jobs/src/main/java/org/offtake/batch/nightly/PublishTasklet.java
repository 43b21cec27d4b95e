package org.offtake.batch.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The publish step: writes the month's results from the database to the output directory ({@code demand-series.csv},
 * {@code forecasts.csv}, {@code contract-recommendations.csv}, {@code rejected-lines.csv},
 * {@code backtest-accuracy.csv}), then removes the run's work folder, whose sample paths every result now written
 * was made from. Every file is rewritten whole and the folder's removal skips what is gone, so the step can run
 * again. Series and forecasts come item by item (the order of the tables' keys, so the database streams them without
 * sorting), each item's national forecast, then its regions, then its manufacturers. Runs beside the report step;
 * the complete step ({@link CompleteTasklet}) follows both.
 */
class PublishTasklet implements Tasklet {

    private final JdbcTemplate jdbc;
    private final String asOf;
    private final Path output;
    private final WorkDir work;
    private final ProgressLog progress;
    private ProgressLog written;

    PublishTasklet(JdbcTemplate jdbc, String asOf, Path output, WorkDir work, ProgressLog progress) {
        this.progress = progress;
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(1000);
        this.asOf = asOf;
        this.output = output;
        this.work = work;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        Files.createDirectories(output);
        long toWrite = 0;
        for (String table : List.of("demand_series", "forecast", "contract_recommendation", "rejected_line",
                "backtest_accuracy")) {
            Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE as_of = ?", Long.class, asOf);
            toWrite += n == null ? 0 : n;
        }
        written = progress.phase("rows written", toWrite);
        RunCounts counts = new RunCounts();
        long rows = demandSeries(counts) + forecasts(counts) + contracts(counts) + rejectedLines(counts) + backtest();
        contribution.incrementWriteCount(rows);
        counts.saveTo(contribution.getStepExecution().getExecutionContext());
        work.remove();
        return RepeatStatus.FINISHED;
    }

    private long demandSeries(RunCounts counts) {
        try (Csv csv = Csv.open(output.resolve("demand-series.csv"),
                List.of("level", "item_code", "region", "manufacturer_id", "period", "quantity"))
                .counting(written)) {
            RunCounts.SeriesKeys keys = new RunCounts.SeriesKeys();
            jdbc.query("SELECT level, item_code, region, manufacturer_id, period, quantity FROM demand_series "
                    + "WHERE as_of = ? ORDER BY item_code, level, region, manufacturer_id, period", rs -> {
                        csv.row(rs.getString(1), Csv.text(rs.getString(2)), Csv.text(rs.getString(3)),
                                Csv.text(rs.getString(4)), rs.getString(5), Csv.number(rs.getDouble(6)));
                        if (keys.isNew(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))) {
                            counts.demandSeries(rs.getString(1));
                        }
                    }, asOf);
            counts.demandRows = csv.rows();
            return csv.rows();
        }
    }

    private long forecasts(RunCounts counts) {
        try (Csv csv = Csv.open(output.resolve("forecasts.csv"), List.of("level", "item_code", "region",
                "manufacturer_id", "period", "mean", "lower_95", "lower_80", "upper_80", "upper_95", "model"))
                .counting(written)) {
            RunCounts.SeriesKeys keys = new RunCounts.SeriesKeys();
            jdbc.query("SELECT level, item_code, region, manufacturer_id, period, mean, lower_95, lower_80, upper_80, "
                    + "upper_95, model FROM forecast WHERE as_of = ? "
                    + "ORDER BY item_code, level, region, manufacturer_id, period", rs -> {
                        csv.row(rs.getString(1), Csv.text(rs.getString(2)), Csv.text(rs.getString(3)),
                                Csv.text(rs.getString(4)), rs.getString(5), Csv.number(rs.getDouble(6)),
                                Csv.number(rs.getDouble(7)), Csv.number(rs.getDouble(8)), Csv.number(rs.getDouble(9)),
                                Csv.number(rs.getDouble(10)), Csv.text(rs.getString(11)));
                        if (keys.isNew(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))) {
                            counts.forecastSeries++;
                            if (!rs.getString(1).equals("manufacturer_item")) {
                                counts.models.merge(CompleteTasklet.family(rs.getString(11)), 1L, Long::sum);
                            }
                        }
                    }, asOf);
            counts.forecastRows = csv.rows();
            return csv.rows();
        }
    }

    private long contracts(RunCounts counts) {
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
                        counts.recommendations += rs.getInt(3) == 0 ? 1 : 0;
                    }, asOf);
            counts.recommendationRows = csv.rows();
            return csv.rows();
        }
    }

    private long rejectedLines(RunCounts counts) {
        try (Csv csv = Csv.open(output.resolve("rejected-lines.csv"), List.of("line", "reason", "detail", "raw"))
                .counting(written)) {
            jdbc.query("SELECT line_no, reason, detail, raw FROM rejected_line WHERE as_of = ? ORDER BY line_no",
                    rs -> {
                        csv.row(Long.toString(rs.getLong(1)), rs.getString(2), Csv.text(rs.getString(3)),
                                Csv.text(rs.getString(4)));
                        counts.rejectedByReason.merge(rs.getString(2), 1L, Long::sum);
                    }, asOf);
            counts.rejected = csv.rows();
            return csv.rows();
        }
    }

    private long backtest() {
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
            return csv.rows();
        }
    }
}
