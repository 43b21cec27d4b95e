package org.offtake.batch.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.offtake.batch.report.ReportRecords.ContractYear;
import org.offtake.batch.report.ReportRecords.Pair;
import org.offtake.batch.report.ReportRecords.Revision;
import org.offtake.batch.report.ReportRecords.RunCounts;
import org.offtake.batch.report.ReportRecords.RunInfo;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Reads one run's results (one as-of month) from the result tables for the planner outputs. Long results (forecasts,
 * contract rows, rejected lines, revisions) are handed over row by row in a stable order, so that the writers stream.
 */
final class RunReader {

    /** Months of the forecast compared with the previous run's: the first year. */
    static final int REVISION_MONTHS = 12;

    private final JdbcTemplate jdbc;
    private final String asOf;

    RunReader(JdbcTemplate jdbc, String asOf) {
        this.jdbc = jdbc;
        this.asOf = asOf;
        jdbc.setFetchSize(1000);
    }

    String asOf() {
        return asOf;
    }

    /**
     * The run's row, and the latest earlier month with a completed run.
     *
     * @param completed whether the run must have completed: the job's report step runs before publish completes the
     *                  run; {@code --report-only} needs a completed one
     * @throws IllegalStateException if the month has no run, or (when {@code completed}) its run did not complete
     */
    RunInfo run(boolean completed) {
        List<String> status = jdbc.queryForList("SELECT status FROM offtake_run WHERE as_of = ?", String.class, asOf);
        if (status.isEmpty()) {
            throw new IllegalStateException("no run for as-of month " + asOf + " in offtake_run; the report is made "
                    + "from a run's results, so the nightly job must have run for that month");
        }
        if (completed && !"COMPLETED".equals(status.getFirst())) {
            throw new IllegalStateException("the run for as-of month " + asOf + " has status " + status.getFirst()
                    + ", not COMPLETED; run the nightly job for that month again (it resumes) before its report");
        }
        String previous = jdbc.queryForObject("SELECT MAX(as_of) FROM offtake_run WHERE as_of < ? "
                + "AND status = 'COMPLETED'", String.class, asOf);
        return jdbc.queryForObject("SELECT as_of, job_execution_id, started, input, input_checksum FROM offtake_run "
                + "WHERE as_of = ?", (rs, i) -> {
                    Timestamp started = rs.getTimestamp(3);
                    return new RunInfo(rs.getString(1), rs.getLong(2), started == null ? null
                            : started.toLocalDateTime(), rs.getString(4), rs.getString(5), previous);
                }, asOf);
    }

    /**
     * The run's counts that cost little to take (the publish step's summary has the series counts, which need a pass
     * over the series and forecast tables).
     */
    RunCounts counts() {
        long accepted = count("SELECT COUNT(*) FROM staging_line WHERE as_of = ?");
        long rejected = count("SELECT COUNT(*) FROM rejected_line WHERE as_of = ?");
        return new RunCounts(accepted + rejected, accepted, rejected,
                count("SELECT COUNT(*) FROM contract_recommendation WHERE as_of = ? AND contract_year = 0"),
                count("SELECT COUNT(*) FROM series_manufacturer WHERE as_of = ?"),
                count("SELECT COUNT(*) FROM series_item WHERE as_of = ?"));
    }

    /** Rejected lines per reason code, by code. */
    Map<String, Long> rejectedByReason() {
        Map<String, Long> byReason = new TreeMap<>();
        jdbc.query("SELECT reason, COUNT(*) FROM rejected_line WHERE as_of = ? GROUP BY reason",
                (RowCallbackHandler) rs -> byReason.put(rs.getString(1), rs.getLong(2)), asOf);
        return byReason;
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class, asOf);
        return n == null ? 0 : n;
    }

    /** Manufacturer names by id. */
    Map<String, String> manufacturerNames() {
        Map<String, String> names = new HashMap<>();
        jdbc.query("SELECT manufacturer_id, name FROM series_manufacturer WHERE as_of = ?",
                (RowCallbackHandler) rs -> names.put(rs.getString(1), rs.getString(2)), asOf);
        return names;
    }

    /**
     * Names and prices of the run's items and pairs, as the series step took them from the accepted lines: item names
     * by code (the greatest name when lines disagree, as for manufacturers) and each manufacturer x item's mean unit
     * price (amount / quantity over its lines with an amount in the last 12 months, or over all its lines with an
     * amount when there are none recently).
     *
     * @param items  item names by code
     * @param prices unit prices by {@link #pairKey}
     */
    record LineFacts(Map<String, String> items, Map<String, Double> prices) {
    }

    /**
     * Reads {@link LineFacts} from what the series step kept ({@code series_item}'s names, {@code series_pair}'s
     * prices); for a month whose series step ran before it kept them (a database from before migration 3), from the
     * staged lines instead, in one {@code GROUP BY} over them.
     */
    LineFacts lineFacts() {
        Map<String, String> items = new HashMap<>();
        Map<String, Double> prices = new HashMap<>();
        boolean[] unnamed = new boolean[1];
        jdbc.query("SELECT item_code, item_name FROM series_item WHERE as_of = ?", (RowCallbackHandler) rs -> {
            String name = rs.getString(2);
            unnamed[0] |= name == null;
            items.put(rs.getString(1), name);
        }, asOf);
        if (unnamed[0]) {
            return lineFactsOfStagedLines();
        }
        jdbc.query("SELECT manufacturer_id, item_code, unit_price FROM series_pair WHERE as_of = ? "
                + "AND unit_price IS NOT NULL",
                (RowCallbackHandler) rs -> prices.put(pairKey(rs.getString(1), rs.getString(2)), rs.getDouble(3)),
                asOf);
        return new LineFacts(items, prices);
    }

    /** {@link LineFacts} grouped from the staged lines. */
    LineFacts lineFactsOfStagedLines() {
        String recent = YearMonth.parse(asOf).minusMonths(11).toString();
        Map<String, String> items = new HashMap<>();
        Map<String, Double> prices = new HashMap<>();
        jdbc.query("SELECT manufacturer_id, item_code, MAX(item_name), "
                + "SUM(CASE WHEN amount > 0 AND period >= ? THEN amount ELSE 0 END), "
                + "SUM(CASE WHEN amount > 0 AND period >= ? THEN quantity ELSE 0 END), "
                + "SUM(CASE WHEN amount > 0 THEN amount ELSE 0 END), SUM(CASE WHEN amount > 0 THEN quantity ELSE 0 END) "
                + "FROM staging_line WHERE as_of = ? GROUP BY manufacturer_id, item_code",
                (RowCallbackHandler) rs -> {
                    String item = rs.getString(2);
                    String name = rs.getString(3);
                    items.merge(item, name, (a, b) -> a.compareTo(b) >= 0 ? a : b);
                    double recentQuantity = rs.getDouble(5);
                    double allQuantity = rs.getDouble(7);
                    if (recentQuantity > 0) {
                        prices.put(pairKey(rs.getString(1), item), rs.getDouble(4) / recentQuantity);
                    } else if (allQuantity > 0) {
                        prices.put(pairKey(rs.getString(1), item), rs.getDouble(6) / allQuantity);
                    }
                }, recent, recent, asOf);
        return new LineFacts(items, prices);
    }

    static String pairKey(String manufacturerId, String itemCode) {
        return manufacturerId + "\u0000" + itemCode;
    }

    /**
     * Every contract recommendation as a whole (year 0), named and valued: value is the firm volume over the term
     * times the pair's unit price ({@link LineFacts}); ordered by value (unknown last), then firm volume, then ids.
     */
    List<Pair> pairs(Map<String, String> manufacturers, LineFacts facts) {
        Map<String, Boolean> domestic = new HashMap<>();
        jdbc.query("SELECT manufacturer_id, domestic FROM series_manufacturer WHERE as_of = ?",
                (RowCallbackHandler) rs -> domestic.put(rs.getString(1), rs.getBoolean(2)), asOf);
        List<Pair> pairs = jdbc.query("SELECT manufacturer_id, item_code, period_from, period_to, share, firm, "
                + "option_volume, terms_source, model FROM contract_recommendation WHERE as_of = ? "
                + "AND contract_year = 0", (rs, i) -> {
                    String m = rs.getString(1);
                    String item = rs.getString(2);
                    double firm = rs.getDouble(6);
                    Double price = facts.prices().get(pairKey(m, item));
                    return new Pair(m, manufacturers.getOrDefault(m, m), domestic.getOrDefault(m, false), item,
                            facts.items().getOrDefault(item, item), rs.getString(3), rs.getString(4), rs.getDouble(5),
                            firm, rs.getDouble(7), price, price == null ? null : firm * price, rs.getString(8),
                            rs.getString(9));
                }, asOf);
        pairs.sort(Comparator.comparing((Pair p) -> p.value() == null ? 1 : 0)
                .thenComparing(p -> p.value() == null ? 0 : -p.value())
                .thenComparing(p -> -p.firm())
                .thenComparing(Pair::manufacturerId)
                .thenComparing(Pair::itemCode));
        return pairs;
    }

    /** Every contract row, by manufacturer, item and contract year (year 0, the whole term, first). */
    void contractYears(RowHandler<ContractYear> handler) {
        jdbc.query(CONTRACT_SELECT + "WHERE as_of = ? ORDER BY manufacturer_id, item_code, contract_year",
                (RowCallbackHandler) rs -> handler.row(contractYear(rs)), asOf);
    }

    /** The contract years of one manufacturer x item (year 0, the whole term, first). */
    List<ContractYear> contractYears(String manufacturerId, String itemCode) {
        return jdbc.query(CONTRACT_SELECT + "WHERE as_of = ? AND manufacturer_id = ? AND item_code = ? "
                + "ORDER BY contract_year", (rs, i) -> contractYear(rs), asOf, manufacturerId, itemCode);
    }

    private static final String CONTRACT_SELECT = "SELECT manufacturer_id, item_code, contract_year, period_from, "
            + "period_to, share, firm, option_volume, mean, p10, p50, p90, expected_shortfall, expected_excess, "
            + "probability_of_excess, expected_cost, terms_source, model, reason FROM contract_recommendation ";

    private static ContractYear contractYear(ResultSet rs) throws SQLException {
        return new ContractYear(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getDouble(6), rs.getDouble(7), rs.getDouble(8), rs.getDouble(9), rs.getDouble(10),
                rs.getDouble(11), rs.getDouble(12), rs.getDouble(13), rs.getDouble(14), rs.getDouble(15),
                rs.getDouble(16), rs.getString(17), rs.getString(18), rs.getString(19));
    }

    /**
     * Every forecast row (without the item x region ones unless {@code regions}): level, item code, region, manufacturer id, period, mean, lower 95, lower 80, upper 80,
     * upper 95, model; ordered by item, level, region, manufacturer and period (the table's key, so the database
     * need not sort).
     */
    void forecasts(boolean regions, RowHandler<ResultSet> handler) {
        jdbc.query("SELECT level, item_code, region, manufacturer_id, period, mean, lower_95, lower_80, upper_80, "
                + "upper_95, model FROM forecast WHERE as_of = ?" + (regions ? "" : " AND level <> 'item_region'")
                + " ORDER BY item_code, level, region, manufacturer_id, period", (RowCallbackHandler) handler::row,
                asOf);
    }

    /** Monthly purchases of one manufacturer x item, by month (months without purchases absent). */
    Map<YearMonth, Double> history(String manufacturerId, String itemCode) {
        Map<YearMonth, Double> history = new TreeMap<>();
        jdbc.query("SELECT period, quantity FROM demand_series WHERE as_of = ? AND level = 'manufacturer_item' "
                + "AND item_code = ? AND region = '' AND manufacturer_id = ? ORDER BY period",
                (RowCallbackHandler) rs -> history.put(YearMonth.parse(rs.getString(1)), rs.getDouble(2)),
                asOf, itemCode, manufacturerId);
        return history;
    }

    /**
     * The forecast of one manufacturer x item by month: mean, lower 95, lower 80, upper 80, upper 95.
     */
    Map<YearMonth, double[]> forecast(String manufacturerId, String itemCode) {
        Map<YearMonth, double[]> forecast = new TreeMap<>();
        jdbc.query("SELECT period, mean, lower_95, lower_80, upper_80, upper_95 FROM forecast WHERE as_of = ? "
                + "AND level = 'manufacturer_item' AND item_code = ? AND region = '' AND manufacturer_id = ? "
                + "ORDER BY period", (RowCallbackHandler) rs -> forecast.put(YearMonth.parse(rs.getString(1)),
                        new double[] {rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5),
                            rs.getDouble(6)}), asOf, itemCode, manufacturerId);
        return forecast;
    }

    /**
     * Back-test accuracy per item: item code, origins, horizon, MAE, RMSE, MASE, sMAPE, WAPE, bias, 80 % and 95 %
     * coverage (null where not defined), model; by item.
     */
    void accuracy(RowHandler<ResultSet> handler) {
        jdbc.query("SELECT item_code, origins, horizon, mae, rmse, mase, smape, wape, bias, coverage_80, coverage_95, "
                + "model FROM backtest_accuracy WHERE as_of = ? ORDER BY item_code",
                (RowCallbackHandler) handler::row, asOf);
    }

    /** Rejected lines: line, reason, detail, raw; by line. */
    void rejected(RowHandler<ResultSet> handler) {
        jdbc.query("SELECT line_no, reason, detail, raw FROM rejected_line WHERE as_of = ? ORDER BY line_no",
                (RowCallbackHandler) handler::row, asOf);
    }

    /**
     * Series (every level) whose forecast total over this run's first {@value #REVISION_MONTHS} months, the months
     * both runs forecast, moved by more than {@code threshold} (relative) from {@code previousAsOf}'s; the largest
     * relative changes first (a series that was forecast at zero and no longer is, first of all).
     */
    void revisions(String previousAsOf, double threshold, RowHandler<Revision> handler) {
        YearMonth first = YearMonth.parse(asOf).plusMonths(1);
        String from = first.toString();
        String to = first.plusMonths(REVISION_MONTHS - 1).toString();
        jdbc.query("SELECT c.level, c.item_code, c.region, c.manufacturer_id, MIN(c.period), MAX(c.period), COUNT(*), "
                + "SUM(p.mean), SUM(c.mean) FROM forecast c JOIN forecast p ON p.as_of = ? AND p.level = c.level "
                + "AND p.item_code = c.item_code AND p.region = c.region AND p.manufacturer_id = c.manufacturer_id "
                + "AND p.period = c.period WHERE c.as_of = ? AND c.period >= ? AND c.period <= ? "
                + "GROUP BY c.level, c.item_code, c.region, c.manufacturer_id "
                + "HAVING ABS(SUM(c.mean) - SUM(p.mean)) > ? * SUM(p.mean) "
                + "ORDER BY CASE WHEN SUM(p.mean) = 0 THEN 0 ELSE 1 END, "
                + "ABS(SUM(c.mean) - SUM(p.mean)) / CASE WHEN SUM(p.mean) = 0 THEN 1 ELSE SUM(p.mean) END DESC, "
                + "c.level, c.item_code, c.region, c.manufacturer_id",
                (RowCallbackHandler) rs -> handler.row(new Revision(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getDouble(8),
                        rs.getDouble(9))), previousAsOf, asOf, from, to, threshold);
    }

    /**
     * Rows of the workbook's tables but the Revisions sheet (known only once compared): contract years, forecasts
     * (without the item x region ones unless {@code regions}), back-test accuracy and rejected lines.
     */
    long workbookRows(boolean regions) {
        return count("SELECT COUNT(*) FROM contract_recommendation WHERE as_of = ?")
                + count("SELECT COUNT(*) FROM forecast WHERE as_of = ?" + (regions ? "" : " AND level <> 'item_region'"))
                + count("SELECT COUNT(*) FROM backtest_accuracy WHERE as_of = ?")
                + count("SELECT COUNT(*) FROM rejected_line WHERE as_of = ?");
    }

    /** Receives rows one at a time. */
    @FunctionalInterface
    interface RowHandler<T> {
        void row(T row) throws SQLException;
    }
}
