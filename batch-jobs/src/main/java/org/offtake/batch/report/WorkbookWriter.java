package org.offtake.batch.report;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.offtake.batch.nightly.ProgressLog;
import org.offtake.batch.report.ReportRecords.Pair;
import org.offtake.batch.report.ReportRecords.Revision;
import org.offtake.batch.report.ReportRecords.RunCounts;
import org.offtake.batch.report.ReportRecords.RunInfo;
import org.offtake.batch.report.TableSheet.Column;

/**
 * The planners' workbook of one run, streamed with POI's {@link SXSSFWorkbook} (a window of rows in memory, the rest
 * in compressed temporary files), so its size does not depend on the heap: sheets Summary, Contract recommendations,
 * Forecasts, Accuracy, Revisions and Rejected input rows. The Forecasts sheet has no model column: a series' model is
 * the same in every month (it is on the contract and accuracy sheets and in {@code forecasts.csv}). Every table has a frozen header row, an auto-filter,
 * number formats with thousands separators and widths fitted to what was written ({@link TableSheet}).
 */
final class WorkbookWriter {

    /** Sheet names, in order. */
    static final String SUMMARY = "Summary";
    static final String CONTRACTS = "Contract recommendations";
    static final String FORECASTS = "Forecasts";
    static final String ACCURACY = "Accuracy";
    static final String REVISIONS = "Revisions";
    static final String REJECTED = "Rejected input rows";

    /** Rows of the summary's top tables. */
    static final int TOP = 10;

    static final List<Column> CONTRACT_COLUMNS = List.of(Column.text("Manufacturer ID"), Column.text("Manufacturer"),
            Column.text("Item code"), Column.text("Item"), Column.whole("Contract year (0 = whole term)"),
            Column.text("From"), Column.text("To"), Column.percent("Share of item demand"), Column.whole("Firm"),
            Column.whole("Option"), Column.whole("Mean demand"), Column.whole("P10"), Column.whole("P50"),
            Column.whole("P90"), Column.whole("Expected shortfall"), Column.whole("Expected excess"),
            Column.percent("Probability of excess"), Column.decimal("Expected cost"), Column.text("Terms from"),
            Column.text("Model"), Column.text("Reason"));
    static final List<Column> FORECAST_COLUMNS = List.of(Column.text("Level"), Column.text("Item code"),
            Column.text("Item"), Column.text("Region"), Column.text("Manufacturer ID"), Column.text("Manufacturer"),
            Column.text("Month"), Column.decimal("Mean"), Column.decimal("Lower 95 %"), Column.decimal("Lower 80 %"),
            Column.decimal("Upper 80 %"), Column.decimal("Upper 95 %"));
    static final List<Column> ACCURACY_COLUMNS = List.of(Column.text("Item code"), Column.text("Item"),
            Column.whole("Origins"), Column.whole("Horizon (months)"), Column.decimal("MAE"), Column.decimal("RMSE"),
            Column.decimal("MASE"), Column.decimal("sMAPE (0-200)"), Column.percent("WAPE"), Column.decimal("Bias"),
            Column.percent("80 % interval coverage"), Column.percent("95 % interval coverage"), Column.text("Model"));
    static final List<Column> REJECTED_COLUMNS = List.of(Column.whole("Line"), Column.text("Reason"),
            Column.text("Detail"), Column.text("Raw line"));

    private final RunReader reader;
    private final double revisionThreshold;
    private final boolean regionalForecasts;
    private final ProgressLog progress;

    /** {@code progress} counts the rows of every table but the Revisions sheet. */
    WorkbookWriter(RunReader reader, double revisionThreshold, boolean regionalForecasts, ProgressLog progress) {
        this.progress = progress;
        this.reader = reader;
        this.revisionThreshold = revisionThreshold;
        this.regionalForecasts = regionalForecasts;
    }

    /** The revision sheet's header: the months and runs compared. */
    static List<Column> revisionColumns(String previousAsOf, String asOf) {
        return List.of(Column.text("Level"), Column.text("Item code"), Column.text("Item"), Column.text("Region"),
                Column.text("Manufacturer ID"), Column.text("Manufacturer"), Column.text("From"), Column.text("To"),
                Column.whole("Months compared"), Column.whole("Total, run of " + previousAsOf),
                Column.whole("Total, run of " + asOf), Column.percent("Change"));
    }

    /**
     * Writes the workbook to {@code file} (beside it first, then moved into place) and returns the data rows per
     * sheet.
     */
    Map<String, Long> write(Path file, RunInfo run, RunCounts counts, Map<String, Long> rejectedByReason,
                            List<Pair> pairs, Map<String, String> manufacturers, Map<String, String> items)
            throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Map<String, Long> rows = new LinkedHashMap<>();
        SXSSFWorkbook workbook = new SXSSFWorkbook(200) {
            @Override
            protected SheetDataWriter createSheetDataWriter() throws IOException {
                return new FastGzipSheetDataWriter();
            }
        };
        try {
            TableSheet.Styles styles = new TableSheet.Styles(workbook);
            Sheet summary = workbook.createSheet(SUMMARY);

            TableSheet contracts = new TableSheet(workbook, styles, CONTRACTS, CONTRACT_COLUMNS).counting(progress);
            reader.contractYears(c -> contracts.row(c.manufacturerId(), manufacturers.getOrDefault(
                    c.manufacturerId(), c.manufacturerId()), c.itemCode(), items.getOrDefault(c.itemCode(),
                    c.itemCode()), c.year(), c.from(), c.to(), c.share(), c.firm(), c.option(), c.mean(), c.p10(),
                    c.p50(), c.p90(), c.expectedShortfall(), c.expectedExcess(), c.probabilityOfExcess(),
                    c.expectedCost(), c.termsSource(), c.model(), c.reason()));
            contracts.finish();
            rows.put(CONTRACTS, contracts.rows());

            TableSheet forecasts = new TableSheet(workbook, styles, FORECASTS, FORECAST_COLUMNS).counting(progress);
            reader.forecasts(regionalForecasts, rs -> {
                String item = rs.getString(2);
                String manufacturer = rs.getString(4);
                forecasts.row(rs.getString(1), item, items.getOrDefault(item, item), rs.getString(3), manufacturer,
                        manufacturer.isEmpty() ? "" : manufacturers.getOrDefault(manufacturer, manufacturer),
                        rs.getString(5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8), rs.getDouble(9),
                        rs.getDouble(10));
            });
            forecasts.finish();
            rows.put(FORECASTS, forecasts.rows());

            TableSheet accuracy = new TableSheet(workbook, styles, ACCURACY, ACCURACY_COLUMNS).counting(progress);
            reader.accuracy(rs -> {
                Object[] cells = new Object[13];
                cells[0] = rs.getString(1);
                cells[1] = items.getOrDefault(rs.getString(1), rs.getString(1));
                cells[2] = rs.getInt(2);
                cells[3] = rs.getInt(3);
                for (int i = 4; i <= 11; i++) {
                    double v = rs.getDouble(i);
                    cells[i] = rs.wasNull() ? null : v;
                }
                cells[12] = rs.getString(12);
                accuracy.row(cells);
            });
            accuracy.finish();
            rows.put(ACCURACY, accuracy.rows());

            List<Revision> biggest = new ArrayList<>();
            String previous = run.previousAsOf();
            TableSheet revisions = new TableSheet(workbook, styles, REVISIONS,
                    revisionColumns(previous == null ? "previous month" : previous, run.asOf()));
            if (previous != null) {
                reader.revisions(previous, revisionThreshold, r -> {
                    if (biggest.size() < TOP) {
                        biggest.add(r);
                    }
                    revisions.row(r.level(), r.itemCode(), items.getOrDefault(r.itemCode(), r.itemCode()), r.region(),
                            r.manufacturerId(), r.manufacturerId().isEmpty() ? "" : manufacturers.getOrDefault(
                                    r.manufacturerId(), r.manufacturerId()), r.from(), r.to(), r.months(),
                            r.previous(), r.current(), r.change());
                });
            }
            revisions.finish();
            rows.put(REVISIONS, revisions.rows());

            TableSheet rejected = new TableSheet(workbook, styles, REJECTED, REJECTED_COLUMNS).counting(progress);
            reader.rejected(rs -> rejected.row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            rejected.finish();
            rows.put(REJECTED, rejected.rows());

            new SummarySheet(summary, styles).write(run, counts, rejectedByReason, pairs, biggest,
                    revisions.rows(), revisionThreshold, manufacturers, items);

            try (OutputStream out = Files.newOutputStream(partial)) {
                workbook.write(out);
            }
        } finally {
            // also deletes the temporary files (POI 5.4 and later; dispose() is deprecated)
            workbook.close();
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return rows;
    }

    /** The first sheet: the run, its counts, the largest recommendations and the biggest forecast changes. */
    private static final class SummarySheet {
        private final Sheet sheet;
        private final TableSheet.Styles styles;
        private final int[] widths = new int[8];
        private int next;

        SummarySheet(Sheet sheet, TableSheet.Styles styles) {
            this.sheet = sheet;
            this.styles = styles;
        }

        void write(RunInfo run, RunCounts counts, Map<String, Long> byReason, List<Pair> pairs,
                   List<Revision> biggest, long revisions, double threshold, Map<String, String> manufacturers,
                   Map<String, String> items) {
            Row title = sheet.createRow(next++);
            Cell t = title.createCell(0);
            t.setCellValue("Offtake: planner workbook for the run as of " + run.asOf());
            t.setCellStyle(styles.title);
            next++;
            heading("Run");
            pair("As-of month", run.asOf());
            pair("Run (job execution)", run.jobExecutionId());
            pair("Started", run.started() == null ? "" : run.started().withNano(0).toString().replace('T', ' '));
            pair("Input", run.input());
            pair("Input SHA-256", run.inputChecksum());
            pair("Previous run compared", run.previousAsOf() == null ? "none (no earlier month in the database)"
                    : run.previousAsOf());
            next++;
            heading("Counts");
            pair("Input rows read", counts.rowsRead());
            pair("Accepted", counts.accepted());
            pair("Rejected", counts.rejected());
            for (Map.Entry<String, Long> e : byReason.entrySet()) {
                pair("  rejected: " + e.getKey(), e.getValue());
            }
            pair("Contract recommendations (manufacturer x item)", counts.recommendations());
            pair("Manufacturers", counts.manufacturers());
            pair("Items", counts.items());
            pair(String.format(Locale.ROOT, "Revisions (12-month total changed by more than %.0f %%)", threshold * 100),
                    revisions);
            next++;
            heading("Top recommendations by contract value (firm volume over the term x recent mean unit price)");
            header("Manufacturer", "Item", "From", "To", "Firm over term", "Option over term", "Unit price",
                    "Contract value");
            for (Pair p : pairs.subList(0, Math.min(TOP, pairs.size()))) {
                Row row = sheet.createRow(next++);
                text(row, 0, p.manufacturerName() + " (" + p.manufacturerId() + ")");
                text(row, 1, p.itemName() + " (" + p.itemCode() + ")");
                text(row, 2, p.from());
                text(row, 3, p.to());
                number(row, 4, p.firm(), TableSheet.Kind.WHOLE);
                number(row, 5, p.option(), TableSheet.Kind.WHOLE);
                number(row, 6, p.unitPrice(), TableSheet.Kind.DECIMAL);
                number(row, 7, p.value(), TableSheet.Kind.WHOLE);
            }
            if (pairs.isEmpty()) {
                text(sheet.createRow(next++), 0, "No contract recommendations in this run.");
            }
            next++;
            heading("Biggest forecast changes since the run of " + (run.previousAsOf() == null ? "an earlier month"
                    : run.previousAsOf()) + " (first 12 forecast months)");
            header("Level", "Item", "Region", "Manufacturer", "Previous total", "Current total", "Change");
            for (Revision r : biggest) {
                Row row = sheet.createRow(next++);
                text(row, 0, r.level());
                text(row, 1, items.getOrDefault(r.itemCode(), r.itemCode()) + " (" + r.itemCode() + ")");
                text(row, 2, r.region());
                text(row, 3, r.manufacturerId().isEmpty() ? "" : manufacturers.getOrDefault(r.manufacturerId(),
                        r.manufacturerId()) + " (" + r.manufacturerId() + ")");
                number(row, 4, r.previous(), TableSheet.Kind.WHOLE);
                number(row, 5, r.current(), TableSheet.Kind.WHOLE);
                number(row, 6, r.change(), TableSheet.Kind.PERCENT);
            }
            if (biggest.isEmpty()) {
                text(sheet.createRow(next++), 0, run.previousAsOf() == null ? "No earlier run to compare with."
                        : "No series changed by more than the threshold.");
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.max(TableSheet.MIN_WIDTH, Math.min(TableSheet.MAX_WIDTH,
                        widths[c] + 1)) * 256);
            }
            sheet.createFreezePane(0, 1);
        }

        private void heading(String text) {
            Cell cell = sheet.createRow(next++).createCell(0);
            cell.setCellValue(text);
            cell.setCellStyle(styles.bold);
        }

        private void header(String... headers) {
            Row row = sheet.createRow(next++);
            for (int c = 0; c < headers.length; c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(headers[c]);
                cell.setCellStyle(styles.header);
                widths[c] = Math.max(widths[c], headers[c].length());
            }
        }

        private void pair(String label, Object value) {
            Row row = sheet.createRow(next++);
            text(row, 0, label);
            if (value instanceof Number n) {
                number(row, 1, n.doubleValue(), TableSheet.Kind.WHOLE);
            } else {
                text(row, 1, String.valueOf(value));
            }
        }

        private void text(Row row, int column, String text) {
            styles.text(row.createCell(column), text);
            widths[column] = Math.max(widths[column], Math.min(TableSheet.MAX_WIDTH, text.length()));
        }

        private void number(Row row, int column, Double value, TableSheet.Kind kind) {
            if (value == null || !Double.isFinite(value)) {
                return;
            }
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(styles.number(kind));
            widths[column] = Math.max(widths[column], TableSheet.displayLength(value, kind));
        }
    }


    /**
     * A sheet's temporary file, gzipped at the fastest level: POI's own {@code GZIPSheetDataWriter} uses the default
     * level, and nationally (857 MB of sheet XML) compressing the temporary files took a quarter of the workbook's
     * time. The file is read once, when the workbook is zipped, and then deleted, so its size matters little.
     */
    private static final class FastGzipSheetDataWriter extends GZIPSheetDataWriter {

        FastGzipSheetDataWriter() throws IOException {
        }

        @Override
        protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
            return new GZIPOutputStream(fos, 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
        }
    }
}
