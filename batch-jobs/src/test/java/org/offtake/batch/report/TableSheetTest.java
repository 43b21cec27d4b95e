package org.offtake.batch.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.offtake.batch.report.TableSheet.Column;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableSheetTest {

    private static final List<Column> COLUMNS = List.of(Column.text("Name"), Column.whole("Volume"),
            Column.decimal("Price"), Column.percent("Share"));

    @Test
    void row_writesFormulaLikeTextQuotePrefixedAndUnchanged_andNumbersAsNumbers() throws IOException {
        XSSFWorkbook read = roundTrip(w -> {
            TableSheet t = new TableSheet(w, new TableSheet.Styles(w), "T", COLUMNS);
            t.row("=1+2", -5.0, 1234.5, 0.25);
            t.row("+Import", 1_234_567, -0.5, null);
            t.row("-Старфарм", Double.NaN, Double.POSITIVE_INFINITY, 1.0);
            t.row("@cmd", 0L, 0, 0);
            t.row("\tx", 1, 1, 1);
            t.row("Қазақ фарм", 1, 1, 1);
            t.row("bell\u0007char", 1, 1, 1);
            t.finish();
        });
        XSSFSheet sheet = read.getSheet("T");
        assertThat(sheet.getLastRowNum()).isEqualTo(7);
        String[] texts = {"=1+2", "+Import", "-Старфарм", "@cmd", "\tx"};
        for (int r = 1; r <= 5; r++) {
            Cell cell = sheet.getRow(r).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(texts[r - 1]);
            assertThat(cell.getCellStyle().getQuotePrefixed()).as(texts[r - 1]).isTrue();
        }
        assertThat(sheet.getRow(6).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Қазақ фарм");
        // a control character XML cannot hold becomes '?' (POI's streaming writer): the workbook stays readable
        assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo("bell?char");

        Cell negative = sheet.getRow(1).getCell(1);
        assertThat(negative.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(negative.getNumericCellValue()).isEqualTo(-5.0);
        assertThat(negative.getCellStyle().getQuotePrefixed()).isFalse();
        assertThat(negative.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        assertThat(sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        assertThat(sheet.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(1_234_567);
        assertThat(sheet.getRow(2).getCell(3)).isNull();
        assertThat(sheet.getRow(3).getCell(1)).as("NaN left blank").isNull();
        assertThat(sheet.getRow(3).getCell(2)).as("infinity left blank").isNull();

        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D8");
        read.close();
    }

    @Test
    void finish_setsWidthsFromTheLongestValue_cappedAndFloored() throws IOException {
        XSSFWorkbook read = roundTrip(w -> {
            TableSheet t = new TableSheet(w, new TableSheet.Styles(w), "T", COLUMNS);
            t.row("x".repeat(200), 1_234_567_890.0, 1.0, 0.5);
            t.finish();
        });
        XSSFSheet sheet = read.getSheet("T");
        assertThat(sheet.getColumnWidth(0)).isEqualTo(TableSheet.MAX_WIDTH * 256);
        // "1,234,567,890" is 13 characters, the header "Volume" 6 + 2
        assertThat(sheet.getColumnWidth(1)).isEqualTo(14 * 256);
        assertThat(sheet.getColumnWidth(2)).isEqualTo(("Price".length() + 3) * 256);
        read.close();
    }

    @Test
    void row_beyondTheSheetsRowLimit_goesOnInANumberedSheetWithTheSameHeader() throws IOException {
        XSSFWorkbook read = roundTrip(w -> {
            TableSheet t = new TableSheet(w, new TableSheet.Styles(w), "Forecasts", COLUMNS, 3);
            for (int i = 0; i < 5; i++) {
                t.row("row " + i, i, i, i);
            }
            t.finish();
            assertThat(t.rows()).isEqualTo(5);
            assertThat(t.sheetNames()).containsExactly("Forecasts", "Forecasts (2)", "Forecasts (3)");
        });
        assertThat(read.getNumberOfSheets()).isEqualTo(3);
        assertThat(read.getSheet("Forecasts (2)").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Name");
        assertThat(read.getSheet("Forecasts (2)").getRow(1).getCell(0).getStringCellValue()).isEqualTo("row 2");
        assertThat(read.getSheet("Forecasts (3)").getRow(1).getCell(0).getStringCellValue()).isEqualTo("row 4");
        assertThat(read.getSheet("Forecasts (3)").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D2");
        read.close();
    }

    @Test
    void row_withTextInANumberColumn_orTooManyValues_saysWhichSheetAndColumn() throws IOException {
        try (SXSSFWorkbook w = new SXSSFWorkbook()) {
            TableSheet t = new TableSheet(w, new TableSheet.Styles(w), "T", COLUMNS);
            assertThatThrownBy(() -> t.row("a", "12"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("sheet 'T', column 'Volume': String '12' is not a number");
            assertThatThrownBy(() -> t.row("a", 1, 2, 3, 4))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("sheet 'T': a row of 5 values, but the table has 4 columns");
        }
    }

    @Test
    void displayLength_countsDigitsSeparatorsSignAndDecimals() {
        assertThat(TableSheet.displayLength(0, TableSheet.Kind.WHOLE)).isEqualTo(1);
        assertThat(TableSheet.displayLength(999, TableSheet.Kind.WHOLE)).isEqualTo(3);
        assertThat(TableSheet.displayLength(1000, TableSheet.Kind.WHOLE)).isEqualTo(5);
        assertThat(TableSheet.displayLength(-1_234_567, TableSheet.Kind.WHOLE)).isEqualTo(10);
        assertThat(TableSheet.displayLength(1234.5, TableSheet.Kind.DECIMAL)).isEqualTo(8);
        assertThat(TableSheet.displayLength(0.256, TableSheet.Kind.PERCENT)).isEqualTo(5);
    }

    private interface Filler {
        void fill(SXSSFWorkbook workbook) throws IOException;
    }

    private static XSSFWorkbook roundTrip(Filler filler) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SXSSFWorkbook w = new SXSSFWorkbook(2)) {
            filler.fill(w);
            w.write(bytes);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }
}
