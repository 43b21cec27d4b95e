package org.offtake.batch.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.offtake.batch.nightly.ProgressLog;

/**
 * One table of the workbook, written row by row (the workbook streams): a bold header row, frozen, with an
 * auto-filter over the table; numbers as numeric cells with the column's format; text as text cells, marked
 * quote-prefixed when {@link FormulaGuard} says a spreadsheet could take it for a formula; column widths from the
 * lengths of the values written (SXSSF cannot measure rows it has flushed), capped. A table longer than a sheet
 * allows goes on in a sheet named "name (2)", "name (3)", ... with the same header.
 */
final class TableSheet {

    /** How a column's values are written. */
    enum Kind {
        /** Text. */
        TEXT,
        /** A number with thousands separators and no decimals: {@code #,##0}. */
        WHOLE,
        /** A number with thousands separators and two decimals: {@code #,##0.00}. */
        DECIMAL,
        /** A fraction shown as a percentage with one decimal: {@code 0.0%}. */
        PERCENT
    }

    /** A column: its header and kind. */
    record Column(String header, Kind kind) {
        static Column text(String header) {
            return new Column(header, Kind.TEXT);
        }

        static Column whole(String header) {
            return new Column(header, Kind.WHOLE);
        }

        static Column decimal(String header) {
            return new Column(header, Kind.DECIMAL);
        }

        static Column percent(String header) {
            return new Column(header, Kind.PERCENT);
        }
    }

    /** Widest column, in characters. */
    static final int MAX_WIDTH = 60;
    /** Narrowest column, in characters. */
    static final int MIN_WIDTH = 6;
    /** Longest text a cell holds (Excel's limit); longer text is cut with a note. */
    static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final Workbook workbook;
    private final Styles styles;
    private final String name;
    private final List<Column> columns;
    private final int maxRows;
    private final int[] widths;
    private final List<String> sheetNames = new ArrayList<>();
    private Sheet sheet;
    private int rowIndex;
    private long rows;
    private ProgressLog progress;

    TableSheet(Workbook workbook, Styles styles, String name, List<Column> columns) {
        this(workbook, styles, name, columns, SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    /** With a smaller row limit per sheet, for tests of the overflow. */
    TableSheet(Workbook workbook, Styles styles, String name, List<Column> columns, int maxRows) {
        this.workbook = workbook;
        this.styles = styles;
        this.name = name;
        this.columns = List.copyOf(columns);
        this.maxRows = maxRows;
        this.widths = new int[columns.size()];
        start();
    }

    private void start() {
        String sheetName = sheetNames.isEmpty() ? name : name + " (" + (sheetNames.size() + 1) + ")";
        sheetNames.add(sheetName);
        sheet = workbook.createSheet(sheetName);
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header);
            widths[c] = Math.max(widths[c], columns.get(c).header().length() + 2);
        }
        rowIndex = 1;
    }

    /** Counts every row written in {@code progress} too. */
    TableSheet counting(ProgressLog progress) {
        this.progress = progress;
        return this;
    }

    /**
     * Writes one row: for a text column a {@link String} (or any object, by its {@code toString()}); for a number
     * column a {@link Number} (written as a number, never altered; NaN and infinities left blank); null leaves the
     * cell blank.
     *
     * @throws IllegalArgumentException if the row has more values than the table has columns, or a number column
     *                                  gets something that is not a number
     */
    void row(Object... values) {
        if (values.length > columns.size()) {
            throw new IllegalArgumentException("sheet '" + name + "': a row of " + values.length + " values, but the "
                    + "table has " + columns.size() + " columns");
        }
        if (rowIndex == maxRows) {
            finishSheet();
            start();
        }
        Row row = sheet.createRow(rowIndex++);
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value == null) {
                continue;
            }
            Column column = columns.get(c);
            if (column.kind() == Kind.TEXT) {
                String text = value.toString();
                widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, text.length()));
                styles.text(row.createCell(c), text);
            } else if (value instanceof Number n) {
                double d = n.doubleValue();
                if (Double.isFinite(d)) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(d);
                    cell.setCellStyle(styles.number(column.kind()));
                    widths[c] = Math.max(widths[c], displayLength(d, column.kind()));
                }
            } else {
                throw new IllegalArgumentException("sheet '" + name + "', column '" + column.header() + "': "
                        + value.getClass().getSimpleName() + " '" + value + "' is not a number");
            }
        }
        rows++;
        if (progress != null) {
            progress.add(1);
        }
    }

    /** Data rows written, over every sheet of the table. */
    long rows() {
        return rows;
    }

    /** The names of the sheets the table took. */
    List<String> sheetNames() {
        return List.copyOf(sheetNames);
    }

    /** Sets the widths, the filter and the frozen header of the last sheet. */
    void finish() {
        finishSheet();
    }

    private void finishSheet() {
        for (int c = 0; c < columns.size(); c++) {
            int chars = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[c] + 1));
            sheet.setColumnWidth(c, chars * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, columns.size() - 1));
    }

    /** Characters a number takes in {@code kind}'s format (digits, separators, sign, decimals). */
    static int displayLength(double value, Kind kind) {
        double shown = kind == Kind.PERCENT ? Math.abs(value) * 100 : Math.abs(value);
        int digits = shown < 10 ? 1 : (int) Math.floor(Math.log10(shown)) + 1;
        int length = digits + (kind == Kind.PERCENT ? 0 : (digits - 1) / 3) + (value < 0 ? 1 : 0);
        return switch (kind) {
            case DECIMAL -> length + 3;
            case PERCENT -> length + 3;
            default -> length;
        };
    }

    /** The cell styles of one workbook, made once (a workbook holds at most 64,000). */
    static final class Styles {
        final CellStyle header;
        final CellStyle title;
        final CellStyle bold;
        private final CellStyle quoted;
        private final CellStyle whole;
        private final CellStyle decimal;
        private final CellStyle percent;

        Styles(Workbook workbook) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            whole = workbook.createCellStyle();
            whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        }

        /**
         * Sets {@code cell} to {@code text} (cut to Excel's limit), quote-prefixed when it is formula-like.
         */
        void text(Cell cell, String text) {
            String value = text.length() <= MAX_CELL_TEXT ? text
                    : text.substring(0, MAX_CELL_TEXT - 20) + " ... (cut: too long)";
            cell.setCellValue(value);
            if (FormulaGuard.isFormulaLike(value)) {
                cell.setCellStyle(quoted);
            }
        }

        CellStyle number(Kind kind) {
            return switch (kind) {
                case WHOLE -> whole;
                case DECIMAL -> decimal;
                case PERCENT -> percent;
                case TEXT -> throw new IllegalArgumentException("text is not a number format");
            };
        }
    }
}
