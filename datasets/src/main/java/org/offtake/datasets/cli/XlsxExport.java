package org.offtake.datasets.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.offtake.datasets.CanonicalColumn;
import org.offtake.datasets.ProcurementLine;

/**
 * Writes procurement lines to an XLSX workbook as a Russian export would look: the built-in Russian headers, dates and
 * numbers as real cells, {@code Да}/{@code Нет} and the Russian contract types. Streams with POI's
 * {@link SXSSFWorkbook} (100 rows in memory). A sheet holds at most 1,048,575 data rows; later lines are counted but
 * not written.
 */
final class XlsxExport implements Consumer<ProcurementLine>, AutoCloseable {

    static final int MAX_ROWS = 1_048_575;

    private final Path file;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final Sheet sheet;
    private final CellStyle dateStyle;
    private int rows;
    private long skipped;

    XlsxExport(Path file) {
        this.file = file;
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet("Закуп");
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
        Row header = sheet.createRow(0);
        for (CanonicalColumn column : CanonicalColumn.values()) {
            header.createCell(column.ordinal()).setCellValue(column.russianHeaders().getFirst());
        }
    }

    @Override
    public void accept(ProcurementLine line) {
        if (rows >= MAX_ROWS) {
            skipped++;
            return;
        }
        Row row = sheet.createRow(++rows);
        row.createCell(0).setCellValue(line.recordId());
        row.createCell(1).setCellValue(line.date());
        row.getCell(1).setCellStyle(dateStyle);
        row.createCell(2).setCellValue(line.manufacturerId());
        row.createCell(3).setCellValue(line.manufacturerName());
        row.createCell(4).setCellValue(line.itemCode());
        row.createCell(5).setCellValue(line.itemName());
        row.createCell(6).setCellValue(line.atcCode());
        row.createCell(7).setCellValue(line.region());
        row.createCell(8).setCellValue(line.customer());
        row.createCell(9).setCellValue(line.quantity());
        row.createCell(10).setCellValue(line.unit());
        if (!Double.isNaN(line.unitPrice())) {
            row.createCell(11).setCellValue(line.unitPrice());
        }
        if (!Double.isNaN(line.amount())) {
            row.createCell(12).setCellValue(line.amount());
        }
        row.createCell(13).setCellValue(line.domestic() ? "Да" : "Нет");
        if (line.contractType() != null) {
            row.createCell(14).setCellValue(line.contractType().russianName());
        }
    }

    /** Data rows written. */
    int rows() {
        return rows;
    }

    /** Lines beyond the sheet's capacity, not written. */
    long skipped() {
        return skipped;
    }

    @Override
    public void close() throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
