package org.offtake.datasets.read;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.offtake.datasets.CanonicalColumn;

/**
 * The user's names for the canonical columns, for files whose headers are neither canonical nor the built-in Russian
 * ones. A mapped header is looked for before the built-in names.
 *
 * <p>The file is a two-column CSV with the header {@code canonical,source_header}, one column a line, in UTF-8 or
 * Windows-1251; columns left out are found by their built-in names:
 * <pre>
 * canonical,source_header
 * record_id,№ п/п
 * date,Дата отгрузки
 * quantity,"Кол-во, уп."
 * </pre>
 */
public final class ColumnMapping {

    private static final ColumnMapping NONE = new ColumnMapping(new EnumMap<>(CanonicalColumn.class));

    private final Map<CanonicalColumn, String> headers;

    private ColumnMapping(Map<CanonicalColumn, String> headers) {
        this.headers = Collections.unmodifiableMap(headers);
    }

    /** No mapping: columns are found by their built-in names only. */
    public static ColumnMapping none() {
        return NONE;
    }

    /**
     * A mapping from canonical columns to source headers.
     *
     * @throws IllegalArgumentException if a source header is blank
     */
    public static ColumnMapping of(Map<CanonicalColumn, String> headers) {
        EnumMap<CanonicalColumn, String> copy = new EnumMap<>(CanonicalColumn.class);
        headers.forEach((column, header) -> {
            Objects.requireNonNull(column, "column");
            if (header == null || header.isBlank()) {
                throw new IllegalArgumentException("the source header for " + column.canonicalName()
                        + " is blank; give the header as it is written in the file");
            }
            copy.put(column, header.strip());
        });
        return new ColumnMapping(copy);
    }

    /**
     * Reads a mapping file (format above).
     *
     * @throws UnreadableFileException if the file is missing, empty, has another header, names a column that is not
     *                                 canonical or names one twice; the message gives the line
     * @throws IOException             if reading fails
     */
    public static ColumnMapping load(Path file) throws IOException {
        CsvParserSettings settings = new CsvParserSettings();
        settings.getFormat().setDelimiter(',');
        settings.getFormat().setComment('\0');
        settings.setLineSeparatorDetectionEnabled(true);
        settings.setSkipEmptyLines(true);
        settings.setNullValue("");
        settings.setEmptyValue("");
        EnumMap<CanonicalColumn, String> headers = new EnumMap<>(CanonicalColumn.class);
        String expected = "a CSV with the header 'canonical,source_header' and one line per column, for example "
                + "'date,Дата отгрузки'";
        try (TextInput input = TextInput.open(file); Reader reader = input.reader()) {
            CsvParser parser = new CsvParser(settings);
            parser.beginParsing(reader);
            String[] row = parser.parseNext();
            if (row == null) {
                throw new UnreadableFileException(file, "the mapping file is empty; expected " + expected);
            }
            if (row.length != 2 || !"canonical".equals(row[0].strip()) || !"source_header".equals(row[1].strip())) {
                throw new UnreadableFileException(file, "line 1 is '" + String.join(",", row) + "'; expected "
                        + expected);
            }
            while ((row = parser.parseNext()) != null) {
                long line = parser.getContext().currentLine();
                if (row.length != 2 || row[1].isBlank()) {
                    throw new UnreadableFileException(file, "line " + line + " has " + row.length
                            + " fields; expected two: a canonical column and the file's header for it");
                }
                CanonicalColumn column;
                try {
                    column = CanonicalColumn.byCanonicalName(row[0]);
                } catch (IllegalArgumentException e) {
                    throw new UnreadableFileException(file, "line " + line + ": " + e.getMessage());
                }
                if (headers.put(column, row[1].strip()) != null) {
                    throw new UnreadableFileException(file, "line " + line + " maps " + column.canonicalName()
                            + " a second time; map each canonical column once");
                }
            }
        }
        return new ColumnMapping(headers);
    }

    /** The source headers given, by canonical column. */
    public Map<CanonicalColumn, String> headers() {
        return headers;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ColumnMapping mapping && mapping.headers.equals(headers);
    }

    @Override
    public int hashCode() {
        return headers.hashCode();
    }

    @Override
    public String toString() {
        return "ColumnMapping" + headers;
    }
}
