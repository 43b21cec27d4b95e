package org.offtake.forecast.ets;

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

import org.offtake.forecast.TimeSeries;

/**
 * The reference values made by {@code src/test/resources/r/ets_reference.R} (R 4.2.2, forecast 8.20): the series, R's
 * automatic ETS fit of each, and its forecasts. The files are plain comma-separated numbers written by that script.
 */
final class RReference {

    /** R's fit of one series. */
    record Fit(String id, String method, int n, int m, int h, double loglik, double aic, double aicc, double bic,
               double sigma2) {

        /** R's components; a constant series gets R's ses(), which is ETS(A,N,N). */
        EtsComponents components() {
            return EtsComponents.parse(method.equals("SES") ? "ANN" : method);
        }
    }

    final Map<String, TimeSeries> series = new LinkedHashMap<>();
    final Map<String, Fit> fits = new LinkedHashMap<>();
    final Map<String, Map<String, List<Double>>> values = new LinkedHashMap<>();

    static RReference load() {
        RReference r = new RReference();
        Map<String, List<Double>> data = new LinkedHashMap<>();
        Map<String, Integer> seasons = new LinkedHashMap<>();
        for (String[] f : rows("ets-series.csv")) {
            data.computeIfAbsent(f[0], k -> new ArrayList<>()).add(Double.parseDouble(f[3]));
            seasons.put(f[0], Math.max(1, (int) Math.round(Double.parseDouble(f[1]))));
        }
        data.forEach((id, v) -> r.series.put(id, TimeSeries.seasonal(id, seasons.get(id),
                v.stream().mapToDouble(Double::doubleValue).toArray())));
        for (String[] f : rows("ets-fits.csv")) {
            r.fits.put(f[0], new Fit(f[0], f[1], Integer.parseInt(f[2]), Math.max(1, (int) Math.round(
                    Double.parseDouble(f[3]))), Integer.parseInt(f[4]), number(f[5]), number(f[6]), number(f[7]),
                    number(f[8]), number(f[9])));
        }
        for (String[] f : rows("ets-values.csv")) {
            r.values.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).computeIfAbsent(f[1], k -> new ArrayList<>())
                    .add(Double.parseDouble(f[3]));
        }
        return r;
    }

    double[] values(String id, String what) {
        List<Double> v = values.get(id).get(what);
        return v == null ? null : v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** R's smoothing parameter, NaN when the model has none. */
    double parameter(String id, String name) {
        double[] v = values(id, "par." + name);
        return v == null ? Double.NaN : v[0];
    }

    private static double number(String s) {
        return "NA".equals(s) ? Double.NaN : Double.parseDouble(s);
    }

    private static List<String[]> rows(String resource) {
        InputStream in = RReference.class.getResourceAsStream("/r/" + resource);
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
}
