package org.offtake.forecast.theta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offtake.forecast.FittedModel;
import org.offtake.forecast.Forecast;
import org.offtake.forecast.RCsv;
import org.offtake.forecast.TimeSeries;

/**
 * The standard Theta method against R's {@code forecast::thetaf} on the 25 reference series of the ETS tests
 * (monthly, quarterly and yearly datasets, short, negative and constant series), with values written by
 * {@code src/test/resources/r/theta_reference.R}.
 *
 * <p>Tolerance 1e-6 relative: the smoothing is estimated by R's own search (same start, Nelder-Mead variant,
 * tolerance and budget) on the same least-squares criterion, so estimates agree up to rounding in the search
 * path; everything after the estimate is closed-form.
 */
class ThetaReferenceTest {

    private static final Map<String, TimeSeries> SERIES = RCsv.series("ets-series.csv");
    private static final Map<String, Map<String, double[]>> R = RCsv.values("theta-values.csv");
    private static final double TOLERANCE = 1e-6;

    static Stream<String> seriesIds() {
        return SERIES.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seriesIds")
    void standardTheta_reproducesThetaf(String id) {
        Map<String, double[]> r = R.get(id);
        int h = r.get("mean").length;
        FittedModel fit = Theta.standard().fit(SERIES.get(id));
        assertThat(fit.parameters().get("alpha")).as(id + " alpha").isCloseTo(r.get("alpha")[0], within(1e-4));
        assertClose(id + " drift", fit.parameters().get("drift"), r.get("drift")[0]);
        Forecast f = fit.forecast(h, 80, 95);
        for (int i = 0; i < h; i++) {
            assertClose(id + " mean[" + i + "]", f.mean(i), r.get("mean")[i]);
            assertClose(id + " lo80[" + i + "]", f.lower(80)[i], r.get("lo80")[i]);
            assertClose(id + " hi80[" + i + "]", f.upper(80)[i], r.get("hi80")[i]);
            assertClose(id + " lo95[" + i + "]", f.lower(95)[i], r.get("lo95")[i]);
            assertClose(id + " hi95[" + i + "]", f.upper(95)[i], r.get("hi95")[i]);
        }
    }

    /** R's {@code acf} on every reference series long enough for the seasonality test. */
    @Test
    void autocorrelations_matchRsAcf() {
        Map<String, double[]> acf = new java.util.LinkedHashMap<>();
        for (String[] row : RCsv.rows("theta-acf.csv")) {
            acf.merge(row[0], new double[] {Double.parseDouble(row[2])}, (a, b) -> {
                double[] c = java.util.Arrays.copyOf(a, a.length + 1);
                c[a.length] = b[0];
                return c;
            });
        }
        assertThat(acf).hasSizeGreaterThanOrEqualTo(8);
        acf.forEach((id, expected) -> {
            double[] r = SeasonalAdjustment.autocorrelations(SERIES.get(id).values(), expected.length - 1);
            assertThat(r).as(id).containsExactly(expected, within(1e-12));
        });
    }

    private static void assertClose(String what, double actual, double expected) {
        assertThat(actual).as(what).isCloseTo(expected, within(TOLERANCE * Math.max(1, Math.abs(expected))));
    }
}
