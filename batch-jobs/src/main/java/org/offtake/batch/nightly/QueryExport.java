package org.offtake.batch.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.offtake.batch.OfftakeProperties;
import org.offtake.datasets.CanonicalColumn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Reads the procurement lines of a SQL query against the procurement database ({@code offtake.input-query} on
 * {@code offtake.input-jdbc.*}) into a CSV file in the canonical layout, text as the database gives it, so that the
 * job reads and validates it exactly as it reads a file (rejections included) and can resume within it after a
 * crash. The query's columns carry the canonical names ({@code record_id}, {@code date}, ...; any case); the
 * required ones must be there, the optional ones may be left out.
 */
public final class QueryExport {

    private QueryExport() {
    }

    /**
     * Runs the query and writes its rows to {@code file}.
     *
     * @return the number of rows written
     * @throws IllegalArgumentException naming the missing columns or the connection problem
     */
    public static long export(OfftakeProperties settings, Path file) {
        OfftakeProperties.InputJdbc db = settings.inputJdbc();
        if (db == null || db.url() == null || db.url().isBlank()) {
            throw new IllegalArgumentException("offtake.input-query is set but offtake.input-jdbc.url is not; "
                    + "give the JDBC URL of the procurement database (and offtake.input-jdbc.username/password)");
        }
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(db.url(), db.username(), db.password()));
        jdbc.setFetchSize(5000);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file + ": " + e.getMessage(), e);
        }
        CanonicalColumn[] columns = CanonicalColumn.values();
        List<String> header = new ArrayList<>();
        for (CanonicalColumn c : columns) {
            header.add(c.canonicalName());
        }
        try (Csv csv = Csv.open(file, header)) {
            Long rows = jdbc.query(settings.inputQuery(), (ResultSetExtractor<Long>) rs -> {
                ResultSetMetaData meta = rs.getMetaData();
                int[] index = new int[columns.length];
                List<String> missing = new ArrayList<>();
                for (int c = 0; c < columns.length; c++) {
                    for (int m = 1; m <= meta.getColumnCount(); m++) {
                        if (meta.getColumnLabel(m).toLowerCase(Locale.ROOT).equals(columns[c].canonicalName())) {
                            index[c] = m;
                        }
                    }
                    if (index[c] == 0 && columns[c].required()) {
                        missing.add(columns[c].canonicalName());
                    }
                }
                if (!missing.isEmpty()) {
                    throw new IllegalArgumentException("offtake.input-query returns no column " + missing
                            + "; expected columns named " + CanonicalColumn.header() + " (the optional ones may be "
                            + "left out)");
                }
                String[] cells = new String[columns.length];
                long n = 0;
                while (rs.next()) {
                    for (int c = 0; c < columns.length; c++) {
                        String value = index[c] == 0 ? null : rs.getString(index[c]);
                        cells[c] = value == null ? "" : value;
                    }
                    csv.row(cells);
                    n++;
                }
                return n;
            });
            return rows == null ? 0 : rows;
        }
    }
}
