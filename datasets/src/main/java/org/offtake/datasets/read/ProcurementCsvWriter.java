package org.offtake.datasets.read;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;
import org.offtake.datasets.CanonicalColumn;
import org.offtake.datasets.ProcurementLine;

/**
 * Writes procurement lines in the canonical layout: UTF-8 without BOM, the canonical header, {@code ,} between
 * fields, LF line ends, ISO dates, numbers with a decimal point and no thousands separators (the shortest decimal that
 * reads back as the same {@code double}), {@code true}/{@code false} for {@code domestic}, the canonical contract
 * type names, and RFC 4180 quotes only around fields that hold a comma, a quote (doubled) or a line break. An unknown
 * price or amount ({@code NaN}) and an unknown contract type are written as empty fields.
 *
 * <p>Lines are built in a {@link StringBuilder} and encoded a quarter of a megabyte at a time with
 * {@link String#getBytes}: the canonical layout needs nothing but RFC 4180 quoting, and univocity-parsers' general
 * writer cost about three seconds per million lines here, more than reading them.
 */
public final class ProcurementCsvWriter implements Closeable, Flushable {

    private static final int CHUNK = 1 << 18;

    private final Writer writer;
    private final OutputStream out;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);
    private long linesWritten;
    private boolean closed;

    private ProcurementCsvWriter(Writer writer, OutputStream out) {
        this.writer = writer;
        this.out = out;
        buffer.append(CanonicalColumn.header()).append('\n');
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
        return new ProcurementCsvWriter(null, out);
    }

    /** Writes to {@code writer} (which this writer closes) and writes the header. */
    public static ProcurementCsvWriter of(Writer writer) {
        return new ProcurementCsvWriter(Objects.requireNonNull(writer, "writer"), null);
    }

    /**
     * Writes one line.
     *
     * @throws UncheckedIOException if writing fails
     */
    public void write(ProcurementLine line) {
        if (closed) {
            throw new IllegalStateException("the writer is closed");
        }
        StringBuilder b = buffer;
        appendField(line.recordId(), b);
        b.append(',');
        appendDate(line.date(), b);
        b.append(',');
        appendField(line.manufacturerId(), b);
        b.append(',');
        appendField(line.manufacturerName(), b);
        b.append(',');
        appendField(line.itemCode(), b);
        b.append(',');
        appendField(line.itemName(), b);
        b.append(',');
        appendField(line.atcCode(), b);
        b.append(',');
        appendField(line.region(), b);
        b.append(',');
        appendField(line.customer(), b);
        b.append(',');
        Numbers.format(line.quantity(), b);
        b.append(',');
        appendField(line.unit(), b);
        b.append(',');
        Numbers.format(line.unitPrice(), b);
        b.append(',');
        Numbers.format(line.amount(), b);
        b.append(',').append(line.domestic() ? "true" : "false").append(',');
        if (line.contractType() != null) {
            b.append(line.contractType().canonicalName());
        }
        b.append('\n');
        linesWritten++;
        if (b.length() >= CHUNK) {
            try {
                drain();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write record " + line.recordId() + ": " + e.getMessage(), e);
            }
        }
    }

    /** Appends {@code date} as {@code yyyy-MM-dd} (years 1000 to 9999, as procurement dates are). */
    private static void appendDate(LocalDate date, StringBuilder out) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            out.append(date);
            return;
        }
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        out.append(year).append('-').append((char) ('0' + month / 10)).append((char) ('0' + month % 10)).append('-')
                .append((char) ('0' + day / 10)).append((char) ('0' + day % 10));
    }

    /** Appends {@code value}, quoted as RFC 4180 asks when it holds a comma, a quote or a line break. */
    static void appendField(String value, StringBuilder out) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        if (!quote) {
            out.append(value);
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }

    private void drain() throws IOException {
        if (writer != null) {
            writer.append(buffer);
        } else {
            out.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
        }
        buffer.setLength(0);
    }

    /** Lines written so far, the header not counted. */
    public long linesWritten() {
        return linesWritten;
    }

    /** @throws UncheckedIOException if writing fails */
    @Override
    public void flush() {
        try {
            drain();
            if (writer != null) {
                writer.flush();
            } else {
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write: " + e.getMessage(), e);
        }
    }

    /** @throws UncheckedIOException if writing fails */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (Closeable target = writer != null ? writer : out) {
            drain();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write: " + e.getMessage(), e);
        }
    }

    /** {@code values} as one CSV line with {@code ,} between them (no line end). */
    static String toCsvLine(String[] values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            appendField(values[i], line);
        }
        return line.toString();
    }
}
