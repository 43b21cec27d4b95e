package org.offtake.datasets.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A streaming, closeable source of the procurement lines of one file: each call to {@link #next()} reads one data row
 * and gives an {@link Accepted} line or a {@link Rejection}, so that {@code accepted + rejected == rows read} and
 * nothing is dropped silently. Memory does not grow with the file, except for the set of record ids accepted (exact,
 * about 16 bytes per numeric id).
 *
 * <p>Formats: CSV (plain or gzipped, whatever the file's name; UTF-8 with or without BOM or Windows-1251, see
 * {@code TextInput}; delimiter {@code ,}, {@code ;} or tab; quoted fields with embedded delimiters and line breaks;
 * CRLF or LF; blank lines ignored) and XLSX (the first sheet, streamed). The format is told by the file's first bytes:
 * a zip is a workbook, anything else is text. The first non-blank row is the header; columns are found by
 * {@link Columns} (canonical names, built-in Russian headers, or the {@link ColumnMapping}).
 *
 * <p>Restart: a reader built with {@link ReadOptions#resumeAfter()} {@code = n} reads and validates the first
 * {@code n} data rows again without returning them, so duplicate ids are found exactly as in one uninterrupted read,
 * and {@link #summary()} covers the whole file. {@link #rowsRead()} is what to save for a restart.
 *
 * <pre>
 * try (ProcurementSource source = ProcurementSource.open(file, ReadOptions.builder().asOf(YearMonth.of(2025, 12)).build())) {
 *     for (ReadResult result = source.next(); result != null; result = source.next()) {
 *         switch (result) {
 *             case Accepted a -> store(a.value());
 *             case Rejection r -> log(r.line(), r.reason(), r.raw());
 *         }
 *     }
 *     ReadSummary summary = source.summary();
 * }
 * </pre>
 */
public final class ProcurementSource implements AutoCloseable {

    private final Path file;
    private final RowSource rows;
    private final LineValidator validator;
    private final long headerLine;
    private boolean ended;

    private ProcurementSource(Path file, RowSource rows, LineValidator validator, long headerLine) {
        this.file = file;
        this.rows = rows;
        this.validator = validator;
        this.headerLine = headerLine;
    }

    /**
     * Opens {@code file}, reads its header and, when resuming, re-reads the rows already processed.
     *
     * @throws UnreadableFileException if the file is missing, empty, binary, has no recognisable header, or has
     *                                 fewer data rows than {@code options.resumeAfter()}
     * @throws IOException             if reading fails
     */
    public static ProcurementSource open(Path file, ReadOptions options) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        RowSource rows = rowsOf(file);
        try {
            String[] header = rows.next();
            if (header == null) {
                throw new UnreadableFileException(file, "the file has no rows (" + rows.description()
                        + "); expected a header line and data rows");
            }
            Columns columns = Columns.resolve(file, header, options, rows.description());
            ProcurementSource source = new ProcurementSource(file, rows, new LineValidator(columns, options),
                    rows.line());
            for (long i = 0; i < options.resumeAfter(); i++) {
                if (source.next() == null) {
                    throw new UnreadableFileException(file, "cannot resume after " + options.resumeAfter()
                            + " data rows: the file has " + source.rowsRead() + "; expected the file of the "
                            + "interrupted run");
                }
            }
            return source;
        } catch (IOException | RuntimeException e) {
            rows.close();
            throw e;
        }
    }

    private static RowSource rowsOf(Path file) throws IOException {
        int b0;
        int b1;
        int b2;
        int b3;
        try (BufferedInputStream in = TextInput.openBytes(file)) {
            b0 = in.read();
            b1 = in.read();
            b2 = in.read();
            b3 = in.read();
        }
        if (b0 == 'P' && b1 == 'K' && b2 == 3 && b3 == 4) {
            return new XlsxRowSource(file);
        }
        if (b0 == 0xD0 && b1 == 0xCF && b2 == 0x11 && b3 == 0xE0) {
            throw new UnreadableFileException(file, "an Excel 97-2003 (.xls) workbook or another OLE2 file; save it "
                    + "as .xlsx or CSV");
        }
        return new CsvRowSource(file, TextInput.open(file));
    }

    /**
     * The result of the next data row, or {@code null} when the file has no more.
     *
     * @throws UnreadableFileException if the rest of the file cannot be split into rows (an unclosed quote, a broken
     *                                 workbook)
     * @throws IOException             if reading fails
     */
    public ReadResult next() throws IOException {
        if (ended) {
            return null;
        }
        String[] row = rows.next();
        if (row == null) {
            ended = true;
            return null;
        }
        return validator.validate(row, rows);
    }

    /** Data rows read so far, including any re-read on resuming: save it to resume after them. */
    public long rowsRead() {
        return validator.rowsRead();
    }

    /**
     * About how many data rows the file has, when it says so without being read: for a workbook whose sheet has a
     * dimension, its last row less the header's (blank rows, which are skipped, counted); -1 otherwise (CSV, or a
     * workbook without a dimension).
     */
    public long expectedRows() {
        long last = rows.lastRow();
        return last < 0 ? -1 : Math.max(0, last - headerLine);
    }

    /**
     * The fraction of the file's bytes read so far, 0 to 1 (of the compressed bytes for a gzipped file; the reader's
     * buffers, a few hundred kilobytes, ahead of the rows returned), or NaN for a workbook.
     */
    public double fractionRead() {
        return rows.fractionRead();
    }

    /** The counts so far (after the last row, of the whole file, including rows re-read on resuming). */
    public ReadSummary summary() {
        return validator.summary();
    }

    /** The file read. */
    public Path file() {
        return file;
    }

    /** What was detected: format, encoding and delimiter, for example {@code CSV, UTF-8, delimiter ';'}. */
    public String description() {
        return rows.description();
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
