package org.offtake.batch.nightly;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.offtake.batch.ConsoleCapture;
import org.offtake.batch.NightlyApp;
import org.offtake.batch.NightlyRunner;
import org.offtake.batch.ProcurementFixture;
import org.offtake.batch.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.offtake.batch.ProcurementFixture.DOMESTIC;
import static org.offtake.batch.ProcurementFixture.FOREIGN;

/**
 * The nightly job end to end on a small generated history, on one database (H2 or PostgreSQL, see the subclasses).
 * Given the history to June 2025 and to December 2025 and a contracts file, when the job runs for June, then for
 * December, then for December again, then the database and the output files hold exactly what the history implies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractNightlyForecastFunctionalTests {

    static final String AS_OF = "2025-12";

    Path dir;

    TestDatabase database;
    JdbcTemplate jdbc;
    ProcurementFixture history;
    Path output;
    Path work;
    int firstCode;
    /** What the first December run wrote to standard output: its log (progress every chunk or row) and summary. */
    ConsoleCapture.Result firstRun;
    /** Its run-summary.json (the rerun writes it again). */
    String firstSummary;
    int earlierMonthCode;
    int rerunCode;
    String firstForecasts;
    String firstContracts;
    List<String> firstRows;

    /** The database of this variant, under {@code dir} for H2. */
    abstract TestDatabase database(Path dir);

    @BeforeAll
    void runTheJobForJuneThenDecemberTwice(@TempDir Path tempDir) throws IOException {
        dir = tempDir;
        database = database(dir.resolve("db"));
        jdbc = database.jdbc();
        ProcurementFixture june = ProcurementFixture.write(dir, YearMonth.of(2025, 6));
        history = ProcurementFixture.write(dir, YearMonth.parse(AS_OF));
        Path contracts = dir.resolve("contracts.csv");
        Files.writeString(contracts, String.join("\n", ContractBook.COLUMNS.stream().reduce((a, b) -> a + "," + b)
                .orElseThrow(), DOMESTIC + ",ITEM-B,2026-07,2,0.5,500,120,1,3", FOREIGN + ",ITEM-C,,1,0.3,,,,") + "\n");
        output = dir.resolve("out");
        work = dir.resolve("work");
        earlierMonthCode = run(june.file, "2025-06", dir.resolve("out-june"), contracts);
        firstRun = ConsoleCapture.run(() -> run(history.file, AS_OF, output, contracts, "--offtake.progress-every=0s"));
        firstCode = firstRun.code();
        firstSummary = Files.readString(output.resolve("run-summary.json"));
        firstForecasts = Files.readString(output.resolve("forecasts.csv"));
        firstContracts = Files.readString(output.resolve("contract-recommendations.csv"));
        firstRows = resultRows();
        rerunCode = run(history.file, AS_OF, output, contracts);
    }

    private int run(Path input, String asOf, Path out, Path contracts, String... more) {
        List<String> args = new ArrayList<>(List.of("--input=" + input, "--as-of=" + asOf, "--output=" + out,
                "--contracts=" + contracts, "--offtake.backtest.every=2", "--offtake.work-dir=" + work));
        args.addAll(List.of(more));
        return NightlyApp.run(database.args(), args.toArray(String[]::new));
    }

    /** The month's forecast and contract rows, every column. */
    private List<String> resultRows() {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("forecast ORDER BY item_code, level, region, manufacturer_id, period",
                "contract_recommendation ORDER BY manufacturer_id, item_code, contract_year")) {
            rows.addAll(jdbc.query("SELECT * FROM " + table.replace(" ORDER", " WHERE as_of = ? ORDER"), (rs, i) -> {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    row.append(rs.getString(c)).append('|');
                }
                return row.toString();
            }, AS_OF));
        }
        return rows;
    }

    @Test
    void everyRun_exitsWithZero() {
        assertThat(List.of(earlierMonthCode, firstCode, rerunCode)).containsOnly(NightlyRunner.COMPLETED);
    }

    @Test
    void ingest_acceptsValidRows_andKeepsEveryRejectedRowWithItsLineAndReason() throws IOException {
        assertThat(count("SELECT COUNT(*) FROM staging_line WHERE as_of = ?")).isEqualTo(history.accepted);
        int a = history.accepted;
        List<String> rejected = jdbc.query("SELECT line_no, reason FROM rejected_line WHERE as_of = ? ORDER BY line_no",
                (rs, i) -> rs.getLong(1) + " " + rs.getString(2), AS_OF);
        assertThat(rejected).containsExactly((a + 2) + " date_after_as_of", (a + 3) + " non_positive_quantity",
                (a + 4) + " duplicate_record_id", (a + 5) + " unparsable_date");
        List<String> file = Files.readAllLines(output.resolve("rejected-lines.csv"));
        assertThat(file.getFirst()).isEqualTo("line,reason,detail,raw");
        assertThat(file).hasSize(5);
        assertThat(file.get(3)).startsWith((a + 4) + ",duplicate_record_id,").contains("\"R1,2025-12-04,");
    }

    @Test
    void series_sumTheAcceptedQuantities_perItemRegionAndManufacturerItemAndMonth() throws IOException {
        assertThat(sum("SELECT SUM(quantity) FROM demand_series WHERE as_of = ? AND level = 'item_region'"))
                .isEqualTo(history.total());
        assertThat(sum("SELECT SUM(quantity) FROM demand_series WHERE as_of = ? AND level = 'manufacturer_item'"))
                .isEqualTo(history.total());
        Map<String, Double> stored = new HashMap<>();
        jdbc.query("SELECT item_code, region, period, quantity FROM demand_series WHERE as_of = ? "
                + "AND level = 'item_region'", rs -> {
                    stored.put(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3), rs.getDouble(4));
                }, AS_OF);
        Map<String, Double> expected = new HashMap<>();
        history.quantities.forEach((item, regions) -> regions.forEach((region, months) -> months.forEach(
                (month, q) -> expected.put(item + "|" + region + "|" + month, q))));
        assertThat(stored).isEqualTo(expected);
        Map<String, Double> byManufacturer = new HashMap<>();
        jdbc.query("SELECT manufacturer_id, item_code, SUM(quantity) FROM demand_series WHERE as_of = ? "
                + "AND level = 'manufacturer_item' GROUP BY manufacturer_id, item_code", rs -> {
                    byManufacturer.put(rs.getString(1) + "|" + rs.getString(2), rs.getDouble(3));
                }, AS_OF);
        Map<String, Double> expectedByManufacturer = new HashMap<>();
        history.byManufacturer.forEach((m, items) -> items.forEach((item, q) -> expectedByManufacturer.put(
                m + "|" + item, q)));
        assertThat(byManufacturer).isEqualTo(expectedByManufacturer);

        List<String> csv = Files.readAllLines(output.resolve("demand-series.csv"));
        assertThat(csv.getFirst()).isEqualTo("level,item_code,region,manufacturer_id,period,quantity");
        assertThat(csv).hasSize(1 + count("SELECT COUNT(*) FROM demand_series WHERE as_of = ?"));
        assertThat(csv.get(1)).isEqualTo("item_region,'=ITEM-A,Алматы,,2022-01,"
                + (long) (double) history.quantities.get("=ITEM-A").get("Алматы").get(ProcurementFixture.FIRST));
    }

    @Test
    void forecasts_coverTheHorizon_andRegionsAndManufacturersAddUpToTheItem() {
        assertThat(jdbc.queryForList("SELECT DISTINCT period FROM forecast WHERE as_of = ? ORDER BY period",
                String.class, AS_OF)).hasSize(24).startsWith("2026-01").endsWith("2027-12");
        Map<String, Double> item = new HashMap<>();
        Map<String, Double> regions = new HashMap<>();
        Map<String, Double> manufacturers = new HashMap<>();
        jdbc.query("SELECT level, item_code, period, mean, lower_95, lower_80, upper_80, upper_95 FROM forecast "
                + "WHERE as_of = ?", rs -> {
                    String key = rs.getString(2) + "|" + rs.getString(3);
                    Map<String, Double> target = switch (rs.getString(1)) {
                        case "item" -> item;
                        case "item_region" -> regions;
                        default -> manufacturers;
                    };
                    target.merge(key, rs.getDouble(4), Double::sum);
                    assertThat(rs.getDouble(5)).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(rs.getDouble(6));
                    assertThat(rs.getDouble(6)).isLessThanOrEqualTo(rs.getDouble(7));
                    assertThat(rs.getDouble(7)).isLessThanOrEqualTo(rs.getDouble(8));
                }, AS_OF);
        assertThat(item).hasSize(4 * 24);
        for (Map.Entry<String, Double> e : item.entrySet()) {
            assertThat(regions.get(e.getKey())).as(e.getKey()).isCloseTo(e.getValue(), within(1e-6 * e.getValue()));
            assertThat(manufacturers.get(e.getKey())).as(e.getKey()).isCloseTo(e.getValue(),
                    within(1e-6 * e.getValue()));
        }
        Double contracted = jdbc.queryForObject("SELECT mean FROM forecast WHERE as_of = ? AND level = "
                + "'manufacturer_item' AND item_code = 'ITEM-B' AND manufacturer_id = ? AND period = '2026-03'",
                Double.class, AS_OF, DOMESTIC);
        assertThat(contracted).isCloseTo(0.5 * item.get("ITEM-B|2026-03"), within(1e-9));
    }

    @Test
    void contracts_sizeDomesticManufacturersWithRecentPurchases_andTheContractsFileOverridesAndAdds() {
        List<String> contracts = jdbc.query("SELECT manufacturer_id, item_code, terms_source, COUNT(*) FROM "
                + "contract_recommendation WHERE as_of = ? GROUP BY manufacturer_id, item_code, terms_source "
                + "ORDER BY manufacturer_id, item_code", (rs, i) -> rs.getString(1) + " " + rs.getString(2) + " "
                + rs.getString(3) + " " + rs.getInt(4), AS_OF);
        assertThat(contracts).containsExactly(DOMESTIC + " =ITEM-A default 4", DOMESTIC + " ITEM-B contracts file 3",
                DOMESTIC + " ITEM-C default 4", DOMESTIC + " ITEM-D default 4", FOREIGN + " ITEM-C contracts file 2");
        List<Map<String, Object>> capped = jdbc.queryForList("SELECT contract_year, period_from, period_to, firm, "
                + "share FROM contract_recommendation WHERE as_of = ? AND item_code = 'ITEM-B' ORDER BY contract_year",
                AS_OF);
        assertThat(capped).extracting(r -> ((Number) r.get("firm")).doubleValue()).containsExactly(1000.0, 500.0,
                500.0);
        assertThat(capped).extracting(r -> r.get("period_from") + ".." + r.get("period_to"))
                .containsExactly("2026-07..2028-06", "2026-07..2027-06", "2027-07..2028-06");
        assertThat(capped).extracting(r -> ((Number) r.get("share")).doubleValue()).containsOnly(0.5);
        Double observedShare = jdbc.queryForObject("SELECT share FROM contract_recommendation WHERE as_of = ? "
                + "AND item_code = 'ITEM-C' AND manufacturer_id = ? AND contract_year = 0", Double.class, AS_OF,
                DOMESTIC);
        double domestic = history.byManufacturer.get(DOMESTIC).get("ITEM-C");
        double all = domestic + history.byManufacturer.get(FOREIGN).get("ITEM-C");
        assertThat(observedShare).isCloseTo(domestic / all, within(0.01));
    }

    @Test
    void publish_writesEveryFile_withTheDatabaseRows_andNeutralisesFormulaCells() throws IOException {
        List<String> forecasts = Files.readAllLines(output.resolve("forecasts.csv"));
        assertThat(forecasts.getFirst()).isEqualTo(
                "level,item_code,region,manufacturer_id,period,mean,lower_95,lower_80,upper_80,upper_95,model");
        assertThat(forecasts).hasSize(1 + count("SELECT COUNT(*) FROM forecast WHERE as_of = ?"));
        assertThat(forecasts.get(1)).startsWith("item,'=ITEM-A,,,2026-01,");
        List<String> contracts = Files.readAllLines(output.resolve("contract-recommendations.csv"));
        assertThat(contracts).hasSize(1 + 17);
        assertThat(contracts.getFirst()).startsWith("manufacturer_id,item_code,contract_year,period_from,period_to,"
                + "share,firm,option,mean,p10,p50,p90,expected_shortfall,expected_excess,probability_of_excess,"
                + "expected_cost,terms_source,model,reason");
        assertThat(Files.readAllLines(output.resolve("backtest-accuracy.csv")))
                .hasSize(1 + count("SELECT COUNT(*) FROM backtest_accuracy WHERE as_of = ?"))
                .hasSizeGreaterThan(1);

        JsonNode summary = JsonMapper.builder().build().readTree(output.resolve("run-summary.json").toFile());
        assertThat(summary.get("rows_read").asLong()).isEqualTo(history.accepted + history.rejected);
        assertThat(summary.get("accepted").asLong()).isEqualTo(history.accepted);
        assertThat(summary.get("rejected").asLong()).isEqualTo(4);
        assertThat(summary.get("rejected_by_reason").get("duplicate_record_id").asLong()).isEqualTo(1);
        assertThat(summary.get("rejected_by_reason").get("missing_field").asLong()).isZero();
        assertThat(summary.get("series").asLong()).isEqualTo(history.itemRegionSeries()
                + history.manufacturerItemSeries());
        assertThat(summary.get("recommendations").asLong()).isEqualTo(5);
        assertThat(summary.get("forecasts").asLong()).isEqualTo(count("SELECT COUNT(*) FROM (SELECT DISTINCT "
                + "item_code, level, region, manufacturer_id FROM forecast WHERE as_of = ?) s"));
        List<String> steps = new ArrayList<>();
        summary.get("steps").forEach(s -> steps.add(s.get("name").asString()));
        assertThat(steps).containsExactly("prepare", "ingest", "series", "forecast", "reconcile", "sizeContracts",
                "backtest", "report", "publish", "complete");
        assertThat(summary.get("seconds").isNumber()).as("seconds is a number: %s", summary.get("seconds")).isTrue();
        for (JsonNode step : summary.get("steps")) {
            String name = step.get("name").asString();
            assertThat(step.get("seconds")).as("steps[%s].seconds", name).isNotNull();
            assertThat(step.get("seconds").isNumber()).as("steps[%s].seconds is a number: %s", name,
                    step.get("seconds")).isTrue();
            assertThat(step.get("seconds").asDouble()).as("steps[%s].seconds", name).isGreaterThanOrEqualTo(0);
            // the run's time covers each step's (report and publish run side by side, so not their sum)
            assertThat(summary.get("seconds").asDouble()).as("seconds, against steps[%s]", name)
                    .isGreaterThanOrEqualTo(step.get("seconds").asDouble() - 0.001);
        }
    }

    @Test
    void progress_everyStepLogsWhatItHasDoneOfATotal_theRate_andTheTimeLeft() {
        long rows = history.accepted + history.rejected;
        long demandRows = count("SELECT COUNT(*) FROM demand_series WHERE as_of = ?");
        long published = demandRows + count("SELECT COUNT(*) FROM forecast WHERE as_of = ?")
                + count("SELECT COUNT(*) FROM contract_recommendation WHERE as_of = ?") + history.rejected
                + count("SELECT COUNT(*) FROM backtest_accuracy WHERE as_of = ?");
        long workbookRows = count("SELECT COUNT(*) FROM contract_recommendation WHERE as_of = ?")
                + count("SELECT COUNT(*) FROM forecast WHERE as_of = ?")
                + count("SELECT COUNT(*) FROM backtest_accuracy WHERE as_of = ?") + history.rejected;
        long backtested = count("SELECT COUNT(*) FROM series_item WHERE as_of = ? AND MOD(item_no, 2) = 0");
        String rate = ", [0-9,]+\\.[0-9] a second, elapsed [0-9]+ s, about [0-9,]+ s left";
        // while it runs: done of the total (fewer than all), rate, time left; last: all of the total, the status
        Map<String, String> whileRunning = new LinkedHashMap<>();
        int tables = PrepareTasklet.RESULT_TABLES.size();
        whileRunning.put("prepare", "prepare: [1-9] / " + tables + " tables cleared" + rate);
        whileRunning.put("series", "series: [0-9,]+ / " + n(history.accepted) + " staged rows scanned" + rate);
        whileRunning.put("series written", "series: [0-9,]+ / " + n(demandRows) + " demand rows written" + rate);
        whileRunning.put("report", "report: [0-9,]+ / " + n(workbookRows) + " workbook rows written" + rate);
        whileRunning.put("report charts", "report: [1-4] / 5 charts drawn" + rate);
        whileRunning.put("publish", "publish: [0-9,]+ / " + n(published) + " rows written" + rate);
        // chunk-oriented steps log after each chunk (4 items here, more than a partition has)
        whileRunning.put("backtest", "backtest: [0-9]+ / " + backtested + " items" + rate);
        whileRunning.put("forecast", "forecastPartition:partition00: [12] / 2 items" + rate);
        whileRunning.forEach((what, pattern) -> assertThat(firstRun.lines(what.split(" ")[0].replace("forecast",
                "forecastPartition")))
                .as("%s: a line matching %s", what, pattern).anyMatch(l -> l.matches(pattern)));
        Map<String, String> last = new LinkedHashMap<>();
        last.put("prepare", "prepare: " + tables + " / " + tables + " tables cleared");
        last.put("ingest", "ingest: " + n(rows) + " / " + n(rows) + " rows");
        last.put("series", "series: " + n(demandRows) + " / " + n(demandRows) + " demand rows written");
        last.put("forecastPartition:partition00", "forecastPartition:partition00: 2 / 2 items");
        last.put("forecastPartition:partition01", "forecastPartition:partition01: 2 / 2 items");
        last.put("backtest", "backtest: " + backtested + " / " + backtested + " items");
        last.put("report", "report: 5 / 5 charts drawn");
        last.put("publish", "publish: " + n(published) + " / " + n(published) + " rows written");
        last.forEach((step, start) -> assertThat(firstRun.lines(step + ":"))
                .as("%s: a last line %s ... (COMPLETED)", step, start)
                .anyMatch(l -> l.startsWith(start + ", ") && l.matches(".*" + rate + " \\(COMPLETED\\)")));
        // the ingest of a plain CSV file has its total from the start
        assertThat(firstRun.lines("ingest: ")).allMatch(l -> l.contains(" / " + n(rows) + " rows"));
    }

    @Test
    void summary_isOneParagraph_withTheRunsCounts_theModels_theTime_andWhereTheOutputsAre() throws IOException {
        List<String> paragraphs = firstRun.lines("nightlyForecast for " + AS_OF + " ");
        assertThat(paragraphs).hasSize(1);
        String paragraph = paragraphs.getFirst();
        JsonNode summary = JsonMapper.builder().build().readTree(firstSummary);
        StringBuilder models = new StringBuilder();
        summary.get("models").properties().forEach(e -> models.append(models.isEmpty() ? "" : ", ")
                .append(e.getKey()).append(' ').append(n(e.getValue().asLong())));
        assertThat(models).isNotEmpty();
        long itemRegion = history.itemRegionSeries();
        long manufacturerItem = history.manufacturerItemSeries();
        assertThat(paragraph).isEqualTo(String.format(Locale.ROOT, "nightlyForecast for %s COMPLETED in %.0f s: "
                + "%s rows read from %s, %s accepted, 4 rejected (1 unparsable_date, 1 non_positive_quantity, "
                + "1 date_after_as_of, 1 duplicate_record_id); %s demand series (%s item x region, %s manufacturer x "
                + "item); %s forecasts published (models of the item and region series: %s); 5 contract "
                + "recommendations. Outputs in %s (run-summary.json, demand-series.csv, forecasts.csv, "
                + "contract-recommendations.csv, rejected-lines.csv, backtest-accuracy.csv, offtake-2025-12.xlsx, "
                + "report-2025-12.html); results also in the database %s.", AS_OF, summary.get("seconds").asDouble(),
                n(history.accepted + history.rejected), history.file.toAbsolutePath().normalize(),
                n(history.accepted), n(itemRegion + manufacturerItem), n(itemRegion), n(manufacturerItem),
                n(summary.get("forecasts").asLong()), models, output.toAbsolutePath().normalize(), database.url()));
        assertThat(summary.get("forecasts").asLong()).isEqualTo(4 + itemRegion + manufacturerItem);
    }

    private static String n(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    @Test
    void rerun_ofTheSameMonth_replacesItsResultsWithIdenticalOnes_andKeepsEarlierMonths() throws IOException {
        assertThat(jdbc.queryForList("SELECT as_of FROM offtake_run ORDER BY as_of", String.class))
                .containsExactly("2025-06", AS_OF);
        assertThat(jdbc.queryForObject("SELECT status FROM offtake_run WHERE as_of = ?", String.class, AS_OF))
                .isEqualTo("COMPLETED");
        assertThat(count("SELECT COUNT(*) FROM staging_line WHERE as_of = ?")).isEqualTo(history.accepted);
        assertThat(Files.readString(output.resolve("forecasts.csv"))).isEqualTo(firstForecasts);
        assertThat(jdbc.queryForObject("SELECT MIN(period) FROM forecast WHERE as_of = '2025-06'", String.class))
                .isEqualTo("2025-07");
    }

    @Test
    void workFolder_isRemovedWhenTheRunCompletes_andARerunOfTheMonthGivesTheSameResults() throws IOException {
        assertThat(work).isDirectory();
        assertThat(work.resolve("2025-06")).doesNotExist();
        assertThat(work.resolve(AS_OF)).doesNotExist();
        List<String> rows = resultRows();
        assertThat(rows).hasSize(count("SELECT COUNT(*) FROM forecast WHERE as_of = ?")
                + count("SELECT COUNT(*) FROM contract_recommendation WHERE as_of = ?")).isEqualTo(firstRows);
        assertThat(Files.readString(output.resolve("forecasts.csv"))).isEqualTo(firstForecasts);
        assertThat(Files.readString(output.resolve("contract-recommendations.csv"))).isEqualTo(firstContracts);
    }

    @Test
    void workFolderThatCannotBeWritten_exitsWithTwo_namingTheFolderAndWhatWasExpected() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "a file");
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = NightlyApp.run(database.args(), "--input=" + history.file, "--as-of=" + AS_OF,
                    "--output=" + dir.resolve("out-no-work"), "--offtake.work-dir=" + notAFolder);
        } finally {
            System.setErr(err);
        }
        assertThat(code).isEqualTo(NightlyRunner.BAD_INPUT);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("offtake.work-dir: the run's work folder "
                + notAFolder.resolve(AS_OF) + " cannot be written").contains("expected a folder this process can "
                + "create and write");
        assertThat(Files.exists(dir.resolve("out-no-work"))).isFalse();
    }

    @Test
    void badInput_exitsWithTwo_andSaysWhichFileAndWhatWasExpected() throws IOException {
        Path missing = dir.resolve("no-such-file.csv");
        Path badContracts = dir.resolve("bad-contracts.csv");
        Files.writeString(badContracts, String.join(",", ContractBook.COLUMNS) + "\n" + DOMESTIC
                + ",ITEM-B,2026-13,2,0.5,,,,\n");
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int missingCode;
        int contractsCode;
        int noSampleCode;
        try {
            missingCode = NightlyApp.run(database.args(), "--input=" + missing, "--as-of=" + AS_OF,
                    "--output=" + dir.resolve("out-bad"));
            // the tests run in the module's folder, where the sample's path (from the repository's root) is not
            noSampleCode = NightlyApp.run(database.args(), "--as-of=" + AS_OF, "--output=" + dir.resolve("out-bad"));
            contractsCode = NightlyApp.run(database.args(), "--input=" + history.file, "--as-of=" + AS_OF,
                    "--output=" + dir.resolve("out-bad"), "--contracts=" + badContracts);
        } finally {
            System.setErr(err);
        }
        assertThat(missingCode).isEqualTo(NightlyRunner.BAD_INPUT);
        assertThat(contractsCode).isEqualTo(NightlyRunner.BAD_INPUT);
        assertThat(noSampleCode).isEqualTo(NightlyRunner.BAD_INPUT);
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .contains("input file " + missing + " does not exist")
                .contains("no --input given, and the committed sample datasets/sample/procurement.csv.gz is not under "
                        + "the working directory " + Path.of("").toAbsolutePath() + ": run from the repository's root "
                        + "folder, or give --input=FILE")
                .contains("contracts file " + badContracts + ", line 2, column start: start '2026-13' is not a "
                        + "month; expected YYYY-MM");
        assertThat(Files.exists(dir.resolve("out-bad"))).isFalse();
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class, AS_OF);
    }

    private double sum(String sql) {
        return jdbc.queryForObject(sql, Double.class, AS_OF);
    }
}
