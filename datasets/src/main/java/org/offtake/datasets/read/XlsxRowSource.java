package org.offtake.datasets.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The rows of the first sheet of an XLSX workbook, streamed with Apache POI's SAX event API ({@link XSSFReader} and
 * {@link XSSFSheetXMLHandler}): the sheet's XML is parsed as it is read from the zip, so memory holds the shared
 * strings table and a few thousand rows, never the whole sheet. The SAX parse runs on its own (virtual) thread and
 * hands rows over in batches of 256 through a bounded queue, which turns POI's push API into this pull API.
 *
 * <p>Numeric cells with a date format are given as ISO dates, other numeric cells as plain decimals with a point;
 * text cells as they are. Empty trailing cells are left out (Excel leaves them out anyway), so short rows are padded.
 */
final class XlsxRowSource implements RowSource {

    private static final int QUEUE_BATCHES = 8;
    private static final int BATCH_ROWS = 256;
    private static final Object END = new Object();

    private final Path file;
    private final OPCPackage workbook;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_BATCHES);
    private List<Row> batch = new ArrayList<>(BATCH_ROWS);
    private List<Row> taken = List.of();
    private int takenIndex;
    private final Thread producer;
    private final InlineStrings handler;
    private volatile boolean closed;
    private boolean ended;
    private long line;
    private String[] current;

    XlsxRowSource(Path file) throws IOException {
        this.file = file;
        InputStream sheet;
        XSSFReader reader;
        ReadOnlySharedStringsTable strings;
        StylesTable styles;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new UnreadableFileException(file, "a zip file but not an .xlsx workbook (" + e.getMessage()
                    + "); expected an Excel 2007+ workbook or CSV text", e);
        }
        try {
            reader = new XSSFReader(workbook);
            strings = new ReadOnlySharedStringsTable(workbook, false);
            styles = reader.getStylesTable();
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFileException(file, "the workbook has no sheet; expected the procurement lines "
                        + "on the first sheet");
            }
            sheet = sheets.next();
        } catch (OpenXML4JException | SAXException | RuntimeException e) {
            workbook.revert();
            throw new UnreadableFileException(file, "the workbook cannot be opened (" + e.getMessage()
                    + "); expected an Excel 2007+ .xlsx workbook", e);
        } catch (IOException e) {
            workbook.revert();
            throw e;
        }
        Rows rowHandler = new Rows();
        handler = new InlineStrings(new XSSFSheetXMLHandler(styles, null, strings, rowHandler,
                new PlainFormatter(), false), rowHandler);
        producer = Thread.ofVirtual().name("xlsx-rows-" + file.getFileName()).unstarted(() -> parse(sheet, handler));
        producer.start();
    }

    private void parse(InputStream sheet, InlineStrings handler) {
        Object last = END;
        try (sheet) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(sheet));
        } catch (Stopped e) {
            return;
        } catch (Exception | Error e) {
            last = e;
        }
        try {
            if (!batch.isEmpty()) {
                put(batch);
            }
            put(last);
        } catch (Stopped e) {
            // closed while the end was being handed over: nobody is waiting for it
        }
    }

    private void put(Object item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    @Override
    public String[] next() throws IOException {
        if (ended) {
            return null;
        }
        while (true) {
            if (takenIndex == taken.size()) {
                Object item;
                try {
                    item = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while reading " + file, e);
                }
                if (item == END) {
                    ended = true;
                    return null;
                }
                if (item instanceof Throwable failure) {
                    ended = true;
                    throw new UnreadableFileException(file, "the sheet cannot be parsed after row " + line + " ("
                            + failure.getMessage() + "); expected a well-formed .xlsx workbook", failure);
                }
                @SuppressWarnings("unchecked")
                List<Row> rows = (List<Row>) item;
                taken = rows;
                takenIndex = 0;
            }
            Row row = taken.get(takenIndex++);
            line = row.number;
            current = row.cells;
            if (!RowSource.isBlank(current)) {
                return current;
            }
        }
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public String raw() {
        return ProcurementCsvWriter.toCsvLine(current);
    }

    @Override
    public boolean shortRowsArePadded() {
        return true;
    }

    @Override
    public long lastRow() {
        return handler.lastRow();
    }

    @Override
    public String description() {
        return "XLSX, first sheet";
    }

    @Override
    public void close() throws IOException {
        closed = true;
        queue.clear();
        try {
            producer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            workbook.revert();
        }
    }

    private record Row(long number, String[] cells) {
    }

    /** Thrown on the producer thread to stop the SAX parse when the source is closed. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    /** Collects the cells of each row and puts the row in the queue. */
    private final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private String[] cells = new String[16];
        private int width;
        private int nextColumn;

        @Override
        public void startRow(int rowNum) {
            if (closed) {
                throw new Stopped();
            }
            Arrays.fill(cells, 0, width, null);
            width = 0;
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            while (width > 0 && (cells[width - 1] == null || cells[width - 1].isEmpty())) {
                width--;
            }
            String[] row = new String[width];
            for (int i = 0; i < width; i++) {
                row[i] = cells[i] == null ? "" : cells[i];
            }
            batch.add(new Row(rowNum + 1L, row));
            if (batch.size() == BATCH_ROWS) {
                put(batch);
                batch = new ArrayList<>(BATCH_ROWS);
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? nextColumn : columnOf(reference);
            nextColumn = column + 1;
            if (column >= cells.length) {
                cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
            }
            cells[column] = formattedValue;
            width = Math.max(width, column + 1);
        }

        private static int columnOf(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length(); i++) {
                char c = reference.charAt(i);
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = column * 26 + (c - 'A' + 1);
            }
            return column - 1;
        }
    }

    /** Dates as ISO dates, other numbers as plain decimals with a point, whatever the cell's display format. */
    private static final class PlainFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString)
                    && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, false).toLocalDate().toString();
            }
            return Numbers.format(value);
        }
    }
}
