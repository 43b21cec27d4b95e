package org.offtake.datasets.read;

import com.univocity.parsers.csv.CsvWriter;
import com.univocity.parsers.csv.CsvWriterSettings;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;
import org.offtake.datasets.CanonicalColumn;
import org.offtake.datasets.ProcurementLine;

/**
 * Writes procurement lines in the canonical layout: UTF-8 without BOM, the canonical header, {@code ,} between
 * fields, LF line ends, ISO dates, numbers with a decimal point and no thousands separators (the shortest decimal that
 * reads back as the same {@code double}), {@code true}/{@code false} for {@code domestic}, the canonical contract
 * type names, and quotes (by univocity-parsers' CSV writer) only around fields that hold a comma, a quote or a line
 * break. An unknown price or amount ({@code NaN}) and an unknown contract type are written as empty fields.
 */
public final class ProcurementCsvWriter implements Closeable, Flushable {

    private static final String[] HEADER = CanonicalColumn.header().split(",");

    private final CsvWriter csv;
    private final String[] fields = new String[HEADER.length];
    private final StringBuilder number = new StringBuilder(24);
    private long linesWritten;

    private ProcurementCsvWriter(Writer writer) {
        this.csv = new CsvWriter(writer, settings());
        csv.writeHeaders();
    }

    private static CsvWriterSettings settings() {
        CsvWriterSettings settings = new CsvWriterSettings();
        settings.getFormat().setDelimiter(',');
        settings.getFormat().setLineSeparator("\n");
        settings.getFormat().setQuote('"');
        settings.getFormat().setQuoteEscape('"');
        settings.getFormat().setComment('\0');
        settings.setHeaders(HEADER);
        settings.setQuoteAllFields(false);
        settings.setIgnoreLeadingWhitespaces(false);
        settings.setIgnoreTrailingWhitespaces(false);
        settings.setNullValue("");
        settings.setEmptyValue("");
        return settings;
    }

    /**
     * Opens {@code file} for writing (replacing it), gzipped when its name ends with {@code .gz}, and writes the
     * header.
     */
    public static ProcurementCsvWriter open(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            out = new GZIPOutputStream(out, 1 << 16);
        }
        return new ProcurementCsvWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                1 << 16));
    }

    /** Writes to {@code writer} (which this writer closes) and writes the header. */
    public static ProcurementCsvWriter of(Writer writer) {
        return new ProcurementCsvWriter(Objects.requireNonNull(writer, "writer"));
    }

    /**
     * Writes one line.
     *
     * @throws UncheckedIOException if writing fails
     */
    public void write(ProcurementLine line) {
        fields[0] = line.recordId();
        fields[1] = line.date().toString();
        fields[2] = line.manufacturerId();
        fields[3] = line.manufacturerName();
        fields[4] = line.itemCode();
        fields[5] = line.itemName();
        fields[6] = line.atcCode();
        fields[7] = line.region();
        fields[8] = line.customer();
        fields[9] = format(line.quantity());
        fields[10] = line.unit();
        fields[11] = format(line.unitPrice());
        fields[12] = format(line.amount());
        fields[13] = line.domestic() ? "true" : "false";
        fields[14] = line.contractType() == null ? "" : line.contractType().canonicalName();
        try {
            csv.writeRow((Object[]) fields);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException("cannot write record " + line.recordId() + ": " + io.getMessage(), io);
            }
            throw e;
        }
        linesWritten++;
    }

    private String format(double value) {
        number.setLength(0);
        Numbers.format(value, number);
        return number.toString();
    }

    /** Lines written so far, the header not counted. */
    public long linesWritten() {
        return linesWritten;
    }

    @Override
    public void flush() {
        csv.flush();
    }

    @Override
    public void close() {
        csv.close();
    }

    /** {@code values} as one CSV line with {@code ,} between them (no line end). */
    static String toCsvLine(String[] values) {
        CsvWriterSettings settings = new CsvWriterSettings();
        settings.getFormat().setComment('\0');
        settings.setNullValue("");
        settings.setEmptyValue("");
        settings.setIgnoreLeadingWhitespaces(false);
        settings.setIgnoreTrailingWhitespaces(false);
        return new CsvWriter(settings).writeRowToString((Object[]) values);
    }
}
