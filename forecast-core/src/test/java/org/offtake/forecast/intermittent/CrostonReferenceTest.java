package org.offtake.forecast.intermittent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offtake.forecast.FittedModel;
import org.offtake.forecast.RCsv;
import org.offtake.forecast.TimeSeries;

/**
 * {@link Intermittent#croston()} against R's {@code forecast::croston} (forecast 8.20) on 15 series made by
 * {@code src/test/resources/r/croston_reference.R}: seeded compound-Bernoulli series (smooth, intermittent, lumpy,
 * rare, erratic, short, fractional sizes) and the edge cases (demand in the first period, trailing zeros, a single
 * demand, a single demand in the last period, no zeros, all zeros, one value, one zero).
 *
 * <p>Tolerance. Both sides run the same recursion in double precision, R as {@code a x + (1 - a) l} and we as
 * {@code l + a (x - l)}; the two differ by a few units in the last place per step, so point forecasts and fitted
 * values are held to 1e-12 relative (plus 1e-14 absolute for zeros).
 */
class CrostonReferenceTest {

    private static final Map<String, double[]> SERIES = new LinkedHashMap<>();
    private static final Map<String, Map<String, double[]>> VALUES = new LinkedHashMap<>();

    static {
        Map<String, List<Double>> data = new LinkedHashMap<>();
        for (String[] f : RCsv.rows("croston-series.csv")) {
            data.computeIfAbsent(f[0], k -> new ArrayList<>()).add(Double.parseDouble(f[2]));
        }
        data.forEach((id, v) -> SERIES.put(id, v.stream().mapToDouble(Double::doubleValue).toArray()));
        Map<String, Map<String, List<Double>>> values = new LinkedHashMap<>();
        for (String[] f : RCsv.rows("croston-values.csv")) {
            values.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).computeIfAbsent(f[1], k -> new ArrayList<>())
                    .add("NA".equals(f[3]) ? Double.NaN : Double.parseDouble(f[3]));
        }
        values.forEach((id, m) -> {
            Map<String, double[]> arrays = new LinkedHashMap<>();
            m.forEach((what, v) -> arrays.put(what, v.stream().mapToDouble(Double::doubleValue).toArray()));
            VALUES.put(id, arrays);
        });
    }

    static Stream<String> seriesIds() {
        return SERIES.keySet().stream();
    }

    @Test
    void reference_coversTheEdgeCases() {
        assertThat(SERIES).hasSize(15).containsKeys("allZeros", "singleDemand", "singleDemandLast", "noZeros",
                "lengthOne", "lengthOneZero", "fractional");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seriesIds")
    void croston_pointForecasts_matchR(String id) {
        FittedModel fit = Intermittent.croston().fit(TimeSeries.of(id, SERIES.get(id)));
        double[] expected = VALUES.get(id).get("mean");
        double[] actual = fit.forecast(expected.length).mean();
        for (int t = 0; t < expected.length; t++) {
            assertThat(actual[t]).as(id + " mean, step " + t)
                    .isCloseTo(expected[t], within(1e-12 * Math.abs(expected[t]) + 1e-14));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seriesIds")
    void croston_fittedValues_matchR(String id) {
        double[] expected = VALUES.get(id).get("fitted");
        double[] actual = Intermittent.croston().fit(TimeSeries.of(id, SERIES.get(id))).fittedValues();
        assertThat(actual).hasSameSizeAs(expected);
        for (int t = 0; t < expected.length; t++) {
            if (Double.isNaN(expected[t])) {
                assertThat(actual[t]).as(id + " fitted, index " + t + ": R has none").isNaN();
            } else {
                assertThat(actual[t]).as(id + " fitted, index " + t)
                        .isCloseTo(expected[t], within(1e-12 * Math.abs(expected[t]) + 1e-14));
            }
        }
    }
}
