package org.offtake.forecast.ets;

import java.util.LinkedHashMap;
import java.util.Map;

import org.offtake.forecast.RCsv;
import org.offtake.forecast.TimeSeries;

/**
 * The reference values made by {@code src/test/resources/r/ets_reference.R} (R 4.2.2, forecast 8.20): the series, R's
 * automatic ETS fit of each, and its forecasts.
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

    final Map<String, TimeSeries> series = RCsv.series("ets-series.csv");
    final Map<String, Fit> fits = new LinkedHashMap<>();
    final Map<String, Map<String, double[]>> values = RCsv.values("ets-values.csv");

    static RReference load() {
        RReference r = new RReference();
        for (String[] f : RCsv.rows("ets-fits.csv")) {
            r.fits.put(f[0], new Fit(f[0], f[1], Integer.parseInt(f[2]), Math.max(1, (int) Math.round(
                    Double.parseDouble(f[3]))), Integer.parseInt(f[4]), number(f[5]), number(f[6]), number(f[7]),
                    number(f[8]), number(f[9])));
        }
        return r;
    }

    double[] values(String id, String what) {
        return values.get(id).get(what);
    }

    /** R's smoothing parameter, NaN when the model has none. */
    double parameter(String id, String name) {
        double[] v = values(id, "par." + name);
        return v == null ? Double.NaN : v[0];
    }

    private static double number(String s) {
        return "NA".equals(s) ? Double.NaN : Double.parseDouble(s);
    }
}
