package org.offtake.batch.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.offtake.batch.NightlyApp;
import org.offtake.batch.NightlyRunner;
import org.offtake.batch.ProcurementFixture;
import org.offtake.batch.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The planner outputs of the nightly job, read back as a planner would get them. Given a history whose names are
 * hostile (a script tag, formula-like and path-like names, Kazakh letters, a 300-character name), a run for June
 * 2025 and one for December 2025 in which one item's purchases tripled, when the job has run, then the workbook holds
 * the database's figures with formula-like text neutralised, the Revisions sheet lists exactly the series that moved
 * more than the threshold, the HTML report escapes every name and draws a chart for the three largest
 * recommendations, and nothing is written outside the output directory.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractPlannerOutputsFunctionalTests {

    static final String AS_OF = "2025-12";
    static final String PREVIOUS = "2025-06";
    static final int TOP_PAIRS = 3;

    Path dir;
    TestDatabase database;
    JdbcTemplate jdbc;
    Path output;
    Path workbookFile;
    Path reportFile;
    XSSFWorkbook workbook;
    List<Integer> exitCodes = new ArrayList<>();

    /** The database of this variant, under {@code dir} for H2. */
    abstract TestDatabase database(Path dir);

    @BeforeAll
    void runTheJobForJuneAndDecember(@TempDir Path tempDir) throws IOException {
        dir = tempDir;
        database = database(dir.resolve("db"));
        jdbc = database.jdbc();
        Path june = PlannerFixture.write(dir, YearMonth.parse(PREVIOUS), false);
        Path december = PlannerFixture.write(dir, YearMonth.parse(AS_OF), true);
        Path contracts = dir.resolve("contracts.csv");
        Files.writeString(contracts, "manufacturer_id,item_code,start,term_years,share,capacity_per_year,"
                + "unit_price,over_cost,under_cost\n" + ProcurementFixture.FOREIGN + ",ITEM-C,,1,0.3,,,,\n");
        output = dir.resolve("out");
        exitCodes.add(run(june, PREVIOUS, dir.resolve("out-june"), contracts));
        exitCodes.add(run(december, AS_OF, output, contracts));
        workbookFile = output.resolve("offtake-" + AS_OF + ".xlsx");
        reportFile = output.resolve("report-" + AS_OF + ".html");
        try (InputStream in = Files.newInputStream(workbookFile)) {
            workbook = new XSSFWorkbook(in);
        }
    }

    @AfterAll
    void closeWorkbook() throws IOException {
        if (workbook != null) {
            workbook.close();
        }
    }

    private int run(Path input, String asOf, Path out, Path contracts) {
        return NightlyApp.run(database.args(), "--input=" + input, "--as-of=" + asOf, "--output=" + out,
                "--contracts=" + contracts, "--offtake.backtest.every=2",
                "--offtake.report.top-pairs=" + TOP_PAIRS);
    }

    @Test
    void bothRuns_complete_andWriteTheWorkbookAndTheReportBesideTheCsvFiles() throws IOException {
        assertThat(exitCodes).containsOnly(NightlyRunner.COMPLETED);
        try (Stream<Path> files = Files.list(output)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "offtake-2025-12.xlsx", "report-2025-12.html", "run-summary.json", "demand-series.csv",
                    "forecasts.csv", "contract-recommendations.csv", "rejected-lines.csv", "backtest-accuracy.csv");
        }
    }

    @Test
    void workbook_hasItsSheets_eachWithAFrozenFilteredHeader() {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("Summary", "Contract recommendations", "Forecasts", "Accuracy",
                "Revisions", "Rejected input rows");
        assertThat(header("Contract recommendations")).containsExactlyElementsOf(
                WorkbookWriter.CONTRACT_COLUMNS.stream().map(TableSheet.Column::header).toList());
        assertThat(header("Forecasts")).containsExactly("Level", "Item code", "Item", "Region", "Manufacturer ID",
                "Manufacturer", "Month", "Mean", "Lower 95 %", "Lower 80 %", "Upper 80 %", "Upper 95 %");
        assertThat(header("Rejected input rows")).containsExactly("Line", "Reason", "Detail", "Raw line");
        assertThat(header("Revisions")).contains("Total, run of 2025-06", "Total, run of 2025-12", "Change");
        for (String name : names.subList(1, names.size())) {
            XSSFSheet sheet = workbook.getSheet(name);
            assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as(name).startsWith("A1:");
            assertThat(sheet.getColumnWidth(0)).as(name).isBetween(TableSheet.MIN_WIDTH * 256,
                    TableSheet.MAX_WIDTH * 256);
        }
        // the reason column is long: capped; the year column is short: narrow
        XSSFSheet contracts = workbook.getSheet("Contract recommendations");
        assertThat(contracts.getColumnWidth(20)).isEqualTo(TableSheet.MAX_WIDTH * 256);
        assertThat(contracts.getColumnWidth(1)).isGreaterThan(PlannerFixture.SCRIPT_NAME.length() * 256);
    }

    @Test
    void workbook_contractSheet_holdsEveryRecommendationRowWithTheDatabaseVolumes() {
        Map<String, double[]> expected = new TreeMap<>();
        jdbc.query("SELECT manufacturer_id, item_code, contract_year, firm, option_volume, p90, probability_of_excess "
                + "FROM contract_recommendation WHERE as_of = ?", rs -> {
                    expected.put(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(3), new double[] {
                        rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7)});
                }, AS_OF);
        Map<String, double[]> actual = new TreeMap<>();
        XSSFSheet sheet = workbook.getSheet("Contract recommendations");
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            actual.put(row.getCell(0).getStringCellValue() + "|" + row.getCell(2).getStringCellValue() + "|"
                    + (int) row.getCell(4).getNumericCellValue(), new double[] {row.getCell(8).getNumericCellValue(),
                        row.getCell(9).getNumericCellValue(), row.getCell(13).getNumericCellValue(),
                        row.getCell(16).getNumericCellValue()});
            assertThat(row.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(row.getCell(16).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        }
        assertThat(expected.keySet().stream().filter(k -> k.endsWith("|0"))).hasSize(5);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((key, values) -> assertThat(actual.get(key)).as(key).containsExactly(values));
        Row first = sheet.getRow(1);
        assertThat(first.getCell(1).getStringCellValue()).isEqualTo(PlannerFixture.SCRIPT_NAME);
        assertThat(first.getCell(3).getStringCellValue()).isEqualTo("../../etc/passwd");
    }

    @Test
    void workbook_forecastSheet_holdsEveryForecastRowWithTheDatabaseMeanAndBounds() {
        Map<String, double[]> expected = new HashMap<>();
        jdbc.query("SELECT level, item_code, region, manufacturer_id, period, mean, lower_95, upper_95 FROM forecast "
                + "WHERE as_of = ?", rs -> {
                    expected.put(String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)), new double[] {rs.getDouble(6), rs.getDouble(7), rs.getDouble(8)});
                }, AS_OF);
        Map<String, double[]> actual = new HashMap<>();
        for (Row row : workbook.getSheet("Forecasts")) {
            if (row.getRowNum() > 0) {
                actual.put(String.join("|", text(row, 0), text(row, 1), text(row, 3), text(row, 4), text(row, 6)),
                        new double[] {row.getCell(7).getNumericCellValue(), row.getCell(8).getNumericCellValue(),
                            row.getCell(11).getNumericCellValue()});
            }
        }
        assertThat(expected).hasSize((10 + 4 + 9) * 24);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((key, values) -> assertThat(actual.get(key)).as(key).containsExactly(values));
    }

    @Test
    void workbook_rejectedSheetAndSummary_countWhatTheDatabaseHolds() {
        List<Long> expectedLines = jdbc.queryForList("SELECT line_no FROM rejected_line WHERE as_of = ? "
                + "ORDER BY line_no", Long.class, AS_OF);
        List<Long> lines = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (Row row : workbook.getSheet("Rejected input rows")) {
            if (row.getRowNum() > 0) {
                lines.add((long) row.getCell(0).getNumericCellValue());
                reasons.add(text(row, 1));
            }
        }
        assertThat(expectedLines).hasSize(4);
        assertThat(lines).isEqualTo(expectedLines);
        assertThat(reasons).containsExactly("date_after_as_of", "non_positive_quantity", "duplicate_record_id",
                "unparsable_date");

        Map<String, Cell> summary = new HashMap<>();
        for (Row row : workbook.getSheet("Summary")) {
            if (row.getCell(0) != null && row.getCell(1) != null && row.getCell(0).getCellType() == CellType.STRING) {
                summary.putIfAbsent(row.getCell(0).getStringCellValue(), row.getCell(1));
            }
        }
        long accepted = jdbc.queryForObject("SELECT COUNT(*) FROM staging_line WHERE as_of = ?", Long.class, AS_OF);
        assertThat(summary.get("Accepted").getNumericCellValue()).isEqualTo(accepted);
        assertThat(summary.get("Rejected").getNumericCellValue()).isEqualTo(4);
        assertThat(summary.get("Contract recommendations (manufacturer x item)").getNumericCellValue()).isEqualTo(5);
        assertThat(summary.get("Previous run compared").getStringCellValue()).isEqualTo(PREVIOUS);
    }

    @Test
    void workbook_formulaLikeText_isQuotePrefixedAndUnchanged_onEverySheet_whileNumbersStayNumbers() {
        List<String> quoted = new ArrayList<>();
        int numbers = 0;
        for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String where = sheet.getSheetName() + "!" + cell.getAddress();
                    assertThat(cell.getCellType()).as(where).isIn(CellType.STRING, CellType.NUMERIC);
                    if (cell.getCellType() == CellType.STRING) {
                        String value = cell.getStringCellValue();
                        assertThat(cell.getCellStyle().getQuotePrefixed()).as("%s '%s' quote-prefixed", where, value)
                                .isEqualTo(FormulaGuard.isFormulaLike(value));
                        if (cell.getCellStyle().getQuotePrefixed()) {
                            quoted.add(sheet.getSheetName() + ": " + value);
                        }
                    } else {
                        assertThat(cell.getCellStyle().getQuotePrefixed()).as(where).isFalse();
                        numbers++;
                    }
                }
            }
        }
        // '=ITEM-A' codes and the '+Import GmbH' and '-Старфарм' names, wherever they are
        assertThat(quoted).contains("Forecasts: =ITEM-A", "Forecasts: " + PlannerFixture.FOREIGN_NAME,
                "Forecasts: " + PlannerFixture.LAPSED_NAME, "Contract recommendations: =ITEM-A",
                "Contract recommendations: " + PlannerFixture.FOREIGN_NAME,
                "Summary: " + PlannerFixture.FOREIGN_NAME + " (" + ProcurementFixture.FOREIGN + ")");
        assertThat(numbers).isGreaterThan(100);
    }

    @Test
    void csv_everyFile_neutralisesFormulaLikeText_andLeavesNumbersAsNumbers() throws IOException {
        List<String> files = List.of("demand-series.csv", "forecasts.csv", "contract-recommendations.csv",
                "rejected-lines.csv", "backtest-accuracy.csv");
        int neutralised = 0;
        for (String name : files) {
            com.univocity.parsers.csv.CsvParserSettings settings = new com.univocity.parsers.csv.CsvParserSettings();
            settings.setNullValue("");
            settings.setMaxCharsPerColumn(1 << 20);
            List<String[]> rows = new com.univocity.parsers.csv.CsvParser(settings).parseAll(
                    output.resolve(name).toFile(), StandardCharsets.UTF_8);
            assertThat(rows).as(name).hasSizeGreaterThan(1);
            for (int r = 1; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).length; c++) {
                    String field = rows.get(r)[c];
                    String where = name + " line " + (r + 1) + " column " + rows.get(0)[c];
                    if (FormulaGuard.isFormulaLike(field)) {
                        assertThat(field).as("%s: formula-like text must be neutralised; only a number may start "
                                + "so", where).matches("-?[0-9]+(\\.[0-9]+)?|-Infinity");
                    }
                    if (field.startsWith("'")) {
                        assertThat(FormulaGuard.isFormulaLike(field.substring(1))).as("%s: '%s' has an apostrophe "
                                + "only because it is formula-like", where, field).isTrue();
                        neutralised++;
                    }
                }
            }
        }
        assertThat(neutralised).as("the '=ITEM-A' codes").isGreaterThan(0);
        List<String> lines = Files.readAllLines(output.resolve("contract-recommendations.csv"));
        assertThat(lines).anyMatch(l -> l.startsWith(ProcurementFixture.DOMESTIC + ",'=ITEM-A,0,"));
        assertThat(lines).noneMatch(l -> l.contains(",=ITEM-A,"));
    }

    @Test
    void namesAndPricesTheSeriesStepKept_areThoseOfTheStagedLines() {
        RunReader reader = new RunReader(jdbc, AS_OF);

        RunReader.LineFacts kept = reader.lineFacts();
        RunReader.LineFacts grouped = reader.lineFactsOfStagedLines();

        assertThat(kept.items()).isEqualTo(grouped.items()).containsAllEntriesOf(PlannerFixture.ITEM_NAMES);
        assertThat(kept.prices()).isNotEmpty().containsOnlyKeys(grouped.prices().keySet());
        grouped.prices().forEach((pair, price) -> assertThat(kept.prices().get(pair)).as(pair)
                .isCloseTo(price, within(1e-12 * price)));
    }

    @Test
    void workbook_summary_topRecommendations_areTheDatabasesLargestByContractValue() {
        // contract value = firm volume over the term x the pair's mean unit price over its last 12 months
        Map<String, Double> price = new HashMap<>();
        jdbc.query("SELECT manufacturer_id, item_code, SUM(amount), SUM(quantity) FROM staging_line WHERE as_of = ? "
                + "AND amount > 0 AND period >= '2025-01' GROUP BY manufacturer_id, item_code", rs -> {
                    price.put(rs.getString(1) + "|" + rs.getString(2), rs.getDouble(3) / rs.getDouble(4));
                }, AS_OF);
        List<List<Object>> expected = new ArrayList<>();
        jdbc.query("SELECT manufacturer_id, item_code, period_from, period_to, firm, option_volume "
                + "FROM contract_recommendation WHERE as_of = ? AND contract_year = 0", rs -> {
                    Double unit = price.get(rs.getString(1) + "|" + rs.getString(2));
                    expected.add(List.of(PlannerFixture.MANUFACTURER_NAMES.get(rs.getString(1)) + " ("
                            + rs.getString(1) + ")", PlannerFixture.ITEM_NAMES.get(rs.getString(2)) + " ("
                            + rs.getString(2) + ")", rs.getString(3), rs.getString(4), rs.getDouble(5),
                            rs.getDouble(6), unit, rs.getDouble(5) * unit));
                }, AS_OF);
        expected.sort((a, b) -> Double.compare((Double) b.get(7), (Double) a.get(7)));
        assertThat(expected).hasSize(5);

        List<List<Object>> table = summaryTable("Top recommendations by contract value");
        assertThat(table).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            List<Object> e = expected.get(i);
            List<Object> a = table.get(i);
            assertThat(a.subList(0, 4)).as("row %d", i + 1).isEqualTo(e.subList(0, 4));
            for (int c = 4; c < 8; c++) {
                assertThat((Double) a.get(c)).as("row %d column %d", i + 1, c + 1)
                        .isCloseTo((Double) e.get(c), within(1e-9 * Math.max(1, (Double) e.get(c))));
            }
        }
    }

    /**
     * Per series (level|item|region|manufacturer), the previous run's and this run's totals over 2026, the months
     * both forecast.
     */
    private Map<String, double[]> firstYearTotals() {
        Map<String, double[]> totals = new TreeMap<>();
        jdbc.query("SELECT c.level, c.item_code, c.region, c.manufacturer_id, c.mean, p.mean FROM forecast c "
                + "JOIN forecast p ON p.as_of = ? AND p.level = c.level AND p.item_code = c.item_code "
                + "AND p.region = c.region AND p.manufacturer_id = c.manufacturer_id AND p.period = c.period "
                + "WHERE c.as_of = ? AND c.period BETWEEN '2026-01' AND '2026-12'", rs -> {
                    double[] t = totals.computeIfAbsent(String.join("|", rs.getString(1), rs.getString(2),
                            rs.getString(3), rs.getString(4)), k -> new double[2]);
                    t[0] += rs.getDouble(6);
                    t[1] += rs.getDouble(5);
                }, PREVIOUS, AS_OF);
        return totals;
    }

    @Test
    void workbook_summary_biggestChanges_areTheRevisionsWithTheLargestRelativeChange() {
        Map<String, double[]> totals = firstYearTotals();
        List<Map.Entry<String, double[]>> moved = new ArrayList<>(totals.entrySet().stream()
                .filter(e -> Math.abs(e.getValue()[1] - e.getValue()[0]) > 0.2 * e.getValue()[0]).toList());
        // largest relative change first; equal changes (an item bought in one region: the item and its region) by
        // level, item, region and manufacturer
        moved.sort((a, b) -> {
            double ra = Math.abs(a.getValue()[1] / a.getValue()[0] - 1);
            double rb = Math.abs(b.getValue()[1] / b.getValue()[0] - 1);
            if (Math.abs(ra - rb) > 1e-9 * Math.max(ra, rb)) {
                return Double.compare(rb, ra);
            }
            String[] ka = a.getKey().split("\\|", -1);
            String[] kb = b.getKey().split("\\|", -1);
            for (int i = 0; i < ka.length; i++) {
                int c = ka[i].compareTo(kb[i]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        List<Map.Entry<String, double[]>> top = moved.subList(0, Math.min(WorkbookWriter.TOP, moved.size()));
        assertThat(top).isNotEmpty();

        List<List<Object>> table = summaryTable("Biggest forecast changes since the run of " + PREVIOUS);
        assertThat(table).hasSameSizeAs(top);
        for (int i = 0; i < top.size(); i++) {
            String[] key = top.get(i).getKey().split("\\|", -1);
            double[] t = top.get(i).getValue();
            List<Object> row = table.get(i);
            String manufacturer = key[3].isEmpty() ? "" : PlannerFixture.MANUFACTURER_NAMES.get(key[3]) + " ("
                    + key[3] + ")";
            assertThat(row.subList(0, 4)).as("row %d", i + 1).containsExactly(key[0],
                    PlannerFixture.ITEM_NAMES.get(key[1]) + " (" + key[1] + ")", key[2], manufacturer);
            assertThat((Double) row.get(4)).as("row %d previous", i + 1).isCloseTo(t[0], within(1e-6 * t[0]));
            assertThat((Double) row.get(5)).as("row %d current", i + 1).isCloseTo(t[1], within(1e-6 * t[1]));
            assertThat((Double) row.get(6)).as("row %d change", i + 1).isCloseTo(t[1] / t[0] - 1, within(1e-9));
        }
    }

    @Test
    void workbook_accuracySheet_holdsEveryBacktestRowOfTheDatabase() {
        List<List<Object>> expected = new ArrayList<>();
        jdbc.query("SELECT item_code, origins, horizon, mae, rmse, mase, smape, wape, bias, coverage_80, "
                + "coverage_95, model FROM backtest_accuracy WHERE as_of = ? ORDER BY item_code", rs -> {
                    List<Object> row = new ArrayList<>(List.of(rs.getString(1), PlannerFixture.ITEM_NAMES.get(
                            rs.getString(1)), (double) rs.getInt(2), (double) rs.getInt(3)));
                    for (int c = 4; c <= 11; c++) {
                        double v = rs.getDouble(c);
                        row.add(rs.wasNull() ? "(blank)" : v);
                    }
                    row.add(rs.getString(12));
                    expected.add(row);
                }, AS_OF);
        assertThat(expected).hasSizeGreaterThan(0);
        assertThat(header("Accuracy")).containsExactlyElementsOf(
                WorkbookWriter.ACCURACY_COLUMNS.stream().map(TableSheet.Column::header).toList());
        List<List<Object>> actual = new ArrayList<>();
        for (Row row : workbook.getSheet("Accuracy")) {
            if (row.getRowNum() > 0) {
                List<Object> cells = new ArrayList<>();
                for (int c = 0; c < 13; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "(blank)" : cell.getCellType() == CellType.NUMERIC
                            ? (Object) cell.getNumericCellValue() : cell.getStringCellValue());
                }
                actual.add(cells);
            }
        }
        assertThat(actual).isEqualTo(expected);
    }

    /** The rows of the Summary sheet's table under the heading starting {@code heading}, as strings and numbers. */
    private List<List<Object>> summaryTable(String heading) {
        XSSFSheet sheet = workbook.getSheet("Summary");
        int at = -1;
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().startsWith(heading)) {
                at = row.getRowNum();
            }
        }
        assertThat(at).as("the Summary sheet's heading '%s'", heading).isNotNegative();
        Row header = sheet.getRow(at + 1);
        assertThat(((org.apache.poi.xssf.usermodel.XSSFCellStyle) header.getCell(0).getCellStyle()).getFont().getBold()).as("the table's header row is bold").isTrue();
        List<List<Object>> rows = new ArrayList<>();
        for (int r = at + 2; sheet.getRow(r) != null && sheet.getRow(r).getCell(0) != null; r++) {
            List<Object> cells = new ArrayList<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                Cell cell = sheet.getRow(r).getCell(c);
                cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue()
                        : cell.getStringCellValue());
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void workbook_revisions_listExactlyTheSeriesWhoseFirstYearTotalMovedMoreThanTwentyPercent() {
        Map<String, double[]> totals = firstYearTotals();
        Map<String, double[]> expected = new TreeMap<>();
        totals.forEach((key, t) -> {
            if (Math.abs(t[1] - t[0]) > 0.2 * t[0]) {
                expected.put(key, t);
            }
        });
        Map<String, double[]> listed = new TreeMap<>();
        for (Row row : workbook.getSheet("Revisions")) {
            if (row.getRowNum() > 0) {
                listed.put(String.join("|", text(row, 0), text(row, 1), text(row, 3), text(row, 4)), new double[] {
                    row.getCell(9).getNumericCellValue(), row.getCell(10).getNumericCellValue(),
                    row.getCell(11).getNumericCellValue(), row.getCell(8).getNumericCellValue()});
            }
        }
        assertThat(expected.keySet()).as("the tripled item moves; the others do not all move")
                .contains("item|ITEM-D||").hasSizeLessThan(totals.size());
        assertThat(listed.keySet()).isEqualTo(expected.keySet());
        expected.forEach((key, t) -> {
            assertThat(listed.get(key)[0]).as(key).isCloseTo(t[0], within(1e-6 * t[0]));
            assertThat(listed.get(key)[1]).as(key).isCloseTo(t[1], within(1e-6 * t[1]));
            assertThat(listed.get(key)[2]).as(key).isCloseTo(t[1] / t[0] - 1, within(1e-9));
            assertThat(listed.get(key)[3]).as(key).isEqualTo(12);
        });
    }

    @Test
    void html_escapesEveryName_andKeepsKazakhAndRussianLetters() throws IOException {
        String html = Files.readString(reportFile, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">")
                .contains("Content-Security-Policy");
        assertThat(html).doesNotContain("<script").doesNotContain("alert(1)</script>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; Қазақ Фарм әғқңөұүһі");
        assertThat(html).contains("Ибупрофен таблетки 200 мг №20 (Қазақстан)", PlannerFixture.LONG_NAME,
                "+Import GmbH", "../../etc/passwd", "a/b\\c CON");
    }

    @Test
    void html_drawsAChartForTheTopPairsByValue_andListsTheRestWithoutCharts() throws IOException {
        String html = Files.readString(reportFile, StandardCharsets.UTF_8);
        assertThat(count(html, "<section class=\"pair\"")).isEqualTo(TOP_PAIRS);
        assertThat(count(html, "src=\"data:image/png;base64,")).isEqualTo(TOP_PAIRS);
        // a short index is open: every manufacturer with its items
        assertThat(count(html, "<details open")).isEqualTo(2);
        assertThat(html).contains("id=\"other-4\"", "id=\"other-5\"").doesNotContain("id=\"other-3\"")
                .contains("charts for the 3 largest of the 5 recommendations by contract value");
        // no reference to anything outside the file
        assertThat(html).doesNotContainPattern("(src|href)=\"(https?:|//|file:)");
    }

    @Test
    void outputs_stayInTheOutputDirectory_whateverTheNames() throws IOException {
        List<Path> written;
        try (Stream<Path> all = Files.walk(dir)) {
            written = all.filter(Files::isRegularFile).map(dir::relativize).toList();
        }
        assertThat(written).allSatisfy(p -> assertThat(p.toString()).matches(
                "(db/.*|out/[^/]+|out-june/[^/]+|out-again/[^/]+|[^/]+\\.(csv|html))"));
        assertThat(written).noneMatch(p -> p.getFileName().toString().equals("passwd")
                || p.getFileName().toString().startsWith("CON"));
    }

    @Test
    void reportOnly_writesTheSameReportFromTheDatabase_andRefusesAMonthWithoutARun() throws IOException {
        Path again = dir.resolve("out-again");
        int code = NightlyApp.run(database.args(), "--report-only=true", "--as-of=" + AS_OF, "--output=" + again,
                "--offtake.report.top-pairs=" + TOP_PAIRS);
        assertThat(code).isEqualTo(NightlyRunner.COMPLETED);
        assertThat(Files.readString(again.resolve("report-" + AS_OF + ".html")))
                .isEqualTo(Files.readString(reportFile));
        try (InputStream in = Files.newInputStream(again.resolve("offtake-" + AS_OF + ".xlsx"));
             XSSFWorkbook copy = new XSSFWorkbook(in)) {
            assertThat(copy.getSheet("Forecasts").getLastRowNum())
                    .isEqualTo(workbook.getSheet("Forecasts").getLastRowNum());
        }
        int none = NightlyApp.run(database.args(), "--report-only=true", "--as-of=2024-01",
                "--output=" + dir.resolve("out-none"));
        assertThat(none).isEqualTo(NightlyRunner.BAD_INPUT);
        assertThat(Files.exists(dir.resolve("out-none"))).isFalse();
    }

    List<String> header(String sheet) {
        List<String> header = new ArrayList<>();
        workbook.getSheet(sheet).getRow(0).forEach(c -> header.add(c.getStringCellValue()));
        return header;
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
