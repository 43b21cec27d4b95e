package org.offtake.datasets.read;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.nio.file.Path;

/**
 * CSV rows through univocity-parsers: delimiter {@code ,}, {@code ;} or tab (the one that occurs most often outside
 * quotes in the header line), line separators detected (CRLF, LF or CR), quoted fields with embedded delimiters,
 * quotes ({@code ""}) and line breaks, no comment lines, values kept as they are (whitespace included), rows with
 * only blank fields skipped.
 */
final class CsvRowSource implements RowSource {

    /** A field longer than this is a broken file (usually an unclosed quote), not a row to reject. */
    static final int MAX_FIELD_CHARS = 1 << 20;

    private final Path file;
    private final TextInput input;
    private final CsvParser parser;
    private final ChunkDecodingReader reader;
    private final char delimiter;
    private long previousEndLine;
    private long line;

    CsvRowSource(Path file, TextInput input) {
        this.file = file;
        this.input = input;
        this.delimiter = delimiterOf(input.firstLine());
        CsvParserSettings settings = new CsvParserSettings();
        settings.getFormat().setDelimiter(delimiter);
        settings.getFormat().setComment('\0');
        settings.getFormat().setQuote('"');
        settings.getFormat().setQuoteEscape('"');
        settings.setLineSeparatorDetectionEnabled(true);
        settings.setSkipEmptyLines(true);
        settings.setIgnoreLeadingWhitespaces(false);
        settings.setIgnoreTrailingWhitespaces(false);
        settings.setIgnoreLeadingWhitespacesInQuotes(false);
        settings.setIgnoreTrailingWhitespacesInQuotes(false);
        settings.setNullValue("");
        settings.setEmptyValue("");
        settings.setMaxColumns(1024);
        settings.setMaxCharsPerColumn(MAX_FIELD_CHARS);
        settings.setReadInputOnSeparateThread(false);
        settings.setInputBufferSize(1 << 16);
        this.parser = new CsvParser(settings);
        this.reader = input.reader();
        parser.beginParsing(reader);
    }

    /** The delimiter of a header line: the most frequent of {@code , ; tab} outside quotes ({@code ,} on a tie). */
    static char delimiterOf(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> {
                    }
                }
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return ',';
    }

    @Override
    public String[] next() throws IOException {
        while (true) {
            String[] row;
            try {
                row = parser.parseNext();
            } catch (TextParsingException | IllegalStateException e) {
                IOException io = ioCause(e);
                if (io != null) {
                    throw new UnreadableFileException(file, "reading failed after line " + previousEndLine + " ("
                            + io + ")" + (input.gzip() ? "; expected a complete gzip file, not one cut short"
                            : ""), e);
                }
                throw new UnreadableFileException(file, "the CSV text cannot be split into fields after line "
                        + previousEndLine + " (a field longer than " + MAX_FIELD_CHARS
                        + " characters or more than 1024 fields: an unclosed quote?); expected quoted fields to end"
                        + " with a quote", e);
            }
            if (row == null) {
                return null;
            }
            long endLine = parser.getContext().currentLine();
            if (endLine - previousEndLine == 1) {
                line = endLine;
            } else {
                String content = parser.getContext().currentParsedContent();
                int inner = 0;
                int last = content == null ? 0 : content.length();
                while (last > 0 && (content.charAt(last - 1) == '\n' || content.charAt(last - 1) == '\r')) {
                    last--;
                }
                for (int i = 0; i < last; i++) {
                    if (content.charAt(i) == '\n') {
                        inner++;
                    }
                }
                line = endLine - inner;
            }
            previousEndLine = endLine;
            if (!RowSource.isBlank(row)) {
                return row;
            }
        }
    }

    private static IOException ioCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public String raw() {
        String content = parser.getContext().currentParsedContent();
        if (content == null) {
            return "";
        }
        int end = content.length();
        while (end > 0 && (content.charAt(end - 1) == '\n' || content.charAt(end - 1) == '\r')) {
            end--;
        }
        return content.substring(0, end);
    }

    @Override
    public boolean mayHoldReplacement() {
        return reader.replacementSeen();
    }

    @Override
    public boolean shortRowsArePadded() {
        return false;
    }

    @Override
    public double fractionRead() {
        return input.fractionRead();
    }

    @Override
    public String description() {
        return "CSV, " + input.charset().name() + (input.bom() ? " with BOM" : "") + (input.gzip() ? ", gzipped" : "")
                + ", delimiter " + switch (delimiter) {
                    case '\t' -> "tab";
                    default -> "'" + delimiter + "'";
                };
    }

    @Override
    public void close() throws IOException {
        try {
            parser.stopParsing();
        } finally {
            input.close();
        }
    }
}
