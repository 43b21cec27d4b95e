package org.offtake.forecast;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the reference files the R scripts under {@code src/test/resources/r} write: plain comma-separated numbers
 * and names, no quoting, a header line.
 */
public final class RCsv {

    private RCsv() {
    }

    /** Rows of {@code r/<resource>}, header left out. */
    public static List<String[]> rows(String resource) {
        InputStream in = RCsv.class.getResourceAsStream("/r/" + resource);
        if (in == null) {
            throw new IllegalStateException("test resource r/" + resource + " is missing");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> out = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    out.add(line.split(","));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Series from {@code series_id,frequency,t,value} rows; a frequency below 1 (R's decennial data) counts as 1. */
    public static Map<String, TimeSeries> series(String resource) {
        Map<String, List<Double>> data = new LinkedHashMap<>();
        Map<String, Integer> seasons = new LinkedHashMap<>();
        for (String[] f : rows(resource)) {
            data.computeIfAbsent(f[0], k -> new ArrayList<>()).add(Double.parseDouble(f[3]));
            seasons.put(f[0], Math.max(1, (int) Math.round(Double.parseDouble(f[1]))));
        }
        Map<String, TimeSeries> out = new LinkedHashMap<>();
        data.forEach((id, v) -> out.put(id, TimeSeries.seasonal(id, seasons.get(id),
                v.stream().mapToDouble(Double::doubleValue).toArray())));
        return out;
    }

    /** Values from {@code series_id,what,index,value} rows, by series and then by {@code what}, in index order. */
    public static Map<String, Map<String, double[]>> values(String resource) {
        Map<String, Map<String, List<Double>>> lists = new LinkedHashMap<>();
        for (String[] f : rows(resource)) {
            lists.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).computeIfAbsent(f[1], k -> new ArrayList<>())
                    .add(Double.parseDouble(f[3]));
        }
        Map<String, Map<String, double[]>> out = new LinkedHashMap<>();
        lists.forEach((id, m) -> {
            Map<String, double[]> inner = new LinkedHashMap<>();
            m.forEach((what, v) -> inner.put(what, v.stream().mapToDouble(Double::doubleValue).toArray()));
            out.put(id, inner);
        });
        return out;
    }
}
