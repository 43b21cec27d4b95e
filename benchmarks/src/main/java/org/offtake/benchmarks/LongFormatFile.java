package org.offtake.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.AddCellToColumnException;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Reads the long layout of the public benchmark files, {@code series_id,[category,]t,period,value,split}: one row
 * per observation, {@code t} counting from 1 within a series, {@code split} either {@code train} or {@code test}.
 * Rows of a series may come in any order; they are sorted by {@code t}. Every series needs at least one train and
 * one test row. Every problem is reported with the file, the row (1-based, header excluded; blank lines are skipped
 * and not counted) and the column.
 */
public final class LongFormatFile {

    private LongFormatFile() {
    }

    /**
     * Reads every series of {@code file}, in the order of first appearance.
     *
     * @throws IllegalArgumentException naming file, row and column if the file has no data rows, a required column
     *                                  is missing, a value is missing or not finite, {@code split} is neither train nor test, a series
     *                                  has a gap or repeat in {@code t}, a test row precedes a train row, or a
     *                                  series has no train or no test rows
     */
    public static List<BenchmarkSeries> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        Table table;
        try {
            table = Table.read().usingOptions(CsvReadOptions.builder(file.toFile())
                    .columnTypesPartial(Map.of("series_id", ColumnType.STRING, "category", ColumnType.STRING,
                            "t", ColumnType.INTEGER, "period", ColumnType.STRING, "value", ColumnType.DOUBLE,
                            "split", ColumnType.STRING)));
        } catch (AddCellToColumnException e) {
            throw cellError(file, e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": cannot be read as CSV: " + e.getMessage(), e);
        }
        for (String required : List.of("series_id", "t", "value", "split")) {
            if (!table.columnNames().contains(required)) {
                throw new IllegalArgumentException(file + ": column '" + required + "' is missing; expected "
                        + "series_id,[category,]t,period,value,split, found " + table.columnNames());
            }
        }
        StringColumn ids = table.stringColumn("series_id");
        StringColumn categories = table.columnNames().contains("category") ? table.stringColumn("category") : null;
        IntColumn ts = table.intColumn("t");
        DoubleColumn values = table.doubleColumn("value");
        StringColumn splits = table.stringColumn("split");

        Map<String, List<Integer>> rowsBySeries = new LinkedHashMap<>();
        for (int r = 0; r < table.rowCount(); r++) {
            String id = ids.get(r);
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException(file + ": row " + (r + 1) + ", column series_id: empty");
            }
            rowsBySeries.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
        }
        if (rowsBySeries.isEmpty()) {
            throw new IllegalArgumentException(file + ": no data rows; expected one row per observation after the "
                    + "header");
        }
        List<BenchmarkSeries> out = new ArrayList<>(rowsBySeries.size());
        for (Map.Entry<String, List<Integer>> e : rowsBySeries.entrySet()) {
            List<Integer> rows = e.getValue();
            rows.sort((a, b) -> Integer.compare(ts.getInt(a), ts.getInt(b)));
            double[] train = new double[rows.size()];
            double[] test = new double[rows.size()];
            int nTrain = 0;
            int nTest = 0;
            for (int i = 0; i < rows.size(); i++) {
                int r = rows.get(i);
                if (ts.isMissing(r) || ts.getInt(r) != i + 1) {
                    throw new IllegalArgumentException(file + ": row " + (r + 1) + ", column t: series '" + e.getKey()
                            + "' expected t = " + (i + 1) + " (t counts 1, 2, 3, ... without gaps), found "
                            + (ts.isMissing(r) ? "nothing" : ts.getInt(r)));
                }
                double v = values.getDouble(r);
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(file + ": row " + (r + 1) + ", column value: series '"
                            + e.getKey() + "' t = " + (i + 1) + " has no finite value");
                }
                String split = splits.get(r);
                if ("train".equals(split)) {
                    if (nTest > 0) {
                        throw new IllegalArgumentException(file + ": row " + (r + 1) + ", column split: series '"
                                + e.getKey() + "' has a train row after a test row");
                    }
                    train[nTrain++] = v;
                } else if ("test".equals(split)) {
                    test[nTest++] = v;
                } else {
                    throw new IllegalArgumentException(file + ": row " + (r + 1) + ", column split: expected "
                            + "'train' or 'test', found '" + split + "'");
                }
            }
            if (nTrain == 0 || nTest == 0) {
                int r = nTrain == 0 ? rows.get(0) : rows.get(rows.size() - 1);
                throw new IllegalArgumentException(file + ": row " + (r + 1) + ", column split: series '"
                        + e.getKey() + "' has " + nTrain + " train and " + nTest + " test rows; expected at least one "
                        + "of each");
            }
            String category = categories == null ? "" : categories.get(rows.get(0));
            out.add(new BenchmarkSeries(e.getKey(), category == null ? "" : category,
                    java.util.Arrays.copyOf(train, nTrain), java.util.Arrays.copyOf(test, nTest)));
        }
        return out;
    }

    /**
     * Tablesaw's error for a cell it could not add: a number that does not parse, or a row with too few columns,
     * reworded to name the row and column as the other checks do.
     */
    private static IllegalArgumentException cellError(Path file, AddCellToColumnException e) {
        long row = e.getRowNumber();
        Throwable cause = e.getCause();
        if (cause instanceof NumberFormatException && ("t".equals(e.getColumnName())
                || "value".equals(e.getColumnName()))) {
            String text = cause.getMessage() == null ? "" : cause.getMessage();
            int at = text.indexOf("For input string: ");
            String found = at >= 0 ? text.substring(at + "For input string: ".length()) : "'" + text + "'";
            String expected = "t".equals(e.getColumnName()) ? "a whole number" : "a finite number";
            return new IllegalArgumentException(file + ": row " + row + ", column " + e.getColumnName() + ": expected "
                    + expected + ", found " + found, e);
        }
        return new IllegalArgumentException(file + ": row " + row + ": cannot be read as CSV: "
                + (cause == null ? e.getMessage() : cause.getMessage()), e);
    }

    /** Checks that {@code file} can be written before any work starts. */
    static void requireWritable(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": cannot create its folder", e);
            }
        }
    }
}
