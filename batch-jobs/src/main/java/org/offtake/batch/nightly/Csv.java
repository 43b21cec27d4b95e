package org.offtake.batch.nightly;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import com.univocity.parsers.csv.CsvWriter;
import org.offtake.batch.report.FormulaGuard;
import com.univocity.parsers.csv.CsvWriterSettings;

/**
 * The job's CSV files (RFC 4180 as univocity-parsers writes it): UTF-8, {@code ,} between fields, LF line ends, a field
 * quoted when it holds a comma, a quote (doubled inside), a line feed or a carriage return, and only then, numbers with a decimal point and at most six decimals. Text cells that a spreadsheet would take for a
 * formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) are neutralised by a
 * leading apostrophe ({@link #text}, by {@link FormulaGuard}'s rule, which the workbook uses too). A file is written
 * beside its final name and moved into place when complete, so a reader never sees half a file.
 */
final class Csv implements AutoCloseable {

    private final Path file;
    private final Path partial;
    private final CsvWriter writer;
    private long rows;
    private ProgressLog progress;

    private Csv(Path file, List<String> header) throws IOException {
        this.file = file;
        this.partial = file.resolveSibling(file.getFileName() + ".partial");
        Writer out = new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8), 1 << 16);
        CsvWriterSettings settings = new CsvWriterSettings();
        settings.getFormat().setLineSeparator("\n");
        settings.getFormat().setComment('\0');
        settings.setNullValue("");
        settings.setEmptyValue("");
        settings.setIgnoreLeadingWhitespaces(false);
        settings.setIgnoreTrailingWhitespaces(false);
        settings.setQuoteEscapingEnabled(true);
        settings.setQuotationTriggers('\r');
        this.writer = new CsvWriter(out, settings);
        writer.writeRow(header.toArray());
    }

    /** Starts {@code file} with {@code header}. */
    static Csv open(Path file, List<String> header) {
        try {
            return new Csv(file, header);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + " (" + reason(e) + ")", e);
        }
    }

    /** Counts every row written in {@code progress} too. */
    Csv counting(ProgressLog progress) {
        this.progress = progress;
        return this;
    }

    /**
     * Writes one row of cells already made text by {@link #text} and {@link #number} (or, for a copy of the input,
     * as they were).
     */
    void row(String... cells) {
        writer.writeRow((Object[]) cells);
        rows++;
        if (progress != null) {
            progress.add(1);
        }
    }

    /** Rows written, the header not counted. */
    long rows() {
        return rows;
    }

    /** A text cell, neutralised when a spreadsheet would read it as a formula. */
    static String text(String value) {
        return FormulaGuard.csv(value);
    }

    /** A number: plain decimal notation, at most six decimals, no trailing zeros; empty for NaN or null. */
    static String number(Double value) {
        if (value == null || value.isNaN()) {
            return "";
        }
        if (value.isInfinite()) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        BigDecimal d = BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /** What went wrong: a file system exception's message is only the file, so its kind goes with it. */
    static String reason(IOException e) {
        return e instanceof FileSystemException f ? f.getClass().getSimpleName() + ": " + f.getMessage()
                : e.getMessage();
    }

    @Override
    public void close() {
        writer.close();
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + partial + " to " + file + " (" + reason(e) + ")", e);
        }
    }
}
