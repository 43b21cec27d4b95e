package org.offtake.forecast.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.offtake.forecast.FittedModel;
import org.offtake.forecast.Forecast;
import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.RCsv;
import org.offtake.forecast.TimeSeries;

/**
 * The baselines against R's {@code forecast} package (reference values written by
 * {@code src/test/resources/r/baselines_reference.R}), and against values worked out by hand from the javadoc.
 */
class BaselinesTest {

    /**
     * Relative tolerance for agreement with R. Both sides evaluate the same closed-form formulas in double
     * arithmetic, so they differ only by rounding (the order of summation, and Commons Math's root-finding inverse
     * of the t distribution); 1e-9 leaves room for that and nothing else.
     */
    private static final double R_TOLERANCE = 1e-9;

    private static final Map<String, ForecastModel> MODELS = Map.of(
            "naive", Baselines.naive(),
            "snaive", Baselines.seasonalNaive(),
            "drift", Baselines.drift(),
            "mean", Baselines.mean());

    // --- agreement with R ------------------------------------------------------------------------------------

    /** One row of baselines-forecasts.csv. */
    private record RStep(String seriesId, String method, int h, int step, double mean, double lo80, double hi80,
                         double lo95, double hi95) {
    }

    /** The series of baselines-series.csv by id, as series without calendar and with R's frequency as season. */
    private static Map<String, TimeSeries> referenceSeries() {
        return RCsv.series("baselines-series.csv");
    }

    static Stream<Arguments> rReferenceCases() {
        Map<String, TimeSeries> series = referenceSeries();
        Map<String, List<RStep>> byCase = new LinkedHashMap<>();
        for (String[] row : RCsv.rows("baselines-forecasts.csv")) {
            RStep s = new RStep(row[0], row[1], Integer.parseInt(row[2]), Integer.parseInt(row[3]),
                    Double.parseDouble(row[4]), Double.parseDouble(row[5]), Double.parseDouble(row[6]),
                    Double.parseDouble(row[7]), Double.parseDouble(row[8]));
            byCase.computeIfAbsent(s.seriesId() + " " + s.method(), k -> new ArrayList<>()).add(s);
        }
        return byCase.values().stream().map(steps -> Arguments.of(steps.getFirst().seriesId(),
                steps.getFirst().method(), series.get(steps.getFirst().seriesId()), steps));
    }

    @Test
    void rReference_coversThreeSeriesAndFourMethods() {
        assertThat(referenceSeries()).containsOnlyKeys("USAccDeaths", "Nile", "Quarterly9");
        assertThat(referenceSeries().get("USAccDeaths").length()).isEqualTo(72);
        assertThat(rReferenceCases()).hasSize(12);
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("rReferenceCases")
    void forecast_agreesWithRForecastPackage(String seriesId, String method, TimeSeries series, List<RStep> r) {
        int h = r.getFirst().h();
        assertThat(r).hasSize(h);
        Forecast f = MODELS.get(method).fit(series).forecast(h, 80, 95);
        assertThat(f.horizon()).isEqualTo(h);
        for (RStep s : r) {
            int t = s.step();
            assertClose(f.mean(t), s.mean(), "mean", t);
            assertClose(f.lower(80)[t], s.lo80(), "lo80", t);
            assertClose(f.upper(80)[t], s.hi80(), "hi80", t);
            assertClose(f.lower(95)[t], s.lo95(), "lo95", t);
            assertClose(f.upper(95)[t], s.hi95(), "hi95", t);
        }
    }

    private static void assertClose(double actual, double expected, String what, int step) {
        assertThat(actual).as("%s at step %d", what, step)
                .isCloseTo(expected, within(R_TOLERANCE * Math.max(1, Math.abs(expected))));
    }

    // --- values by hand --------------------------------------------------------------------------------------

    @Test
    void naive_fittedValuesResidualsAndSigma() {
        FittedModel fit = Baselines.naive().fit(TimeSeries.of("k", 3.0, 5.0, 4.0, 8.0));
        assertThat(fit.description()).isEqualTo("naive");
        assertThat(fit.fittedValues()).containsExactly(Double.NaN, 3, 5, 4);
        assertThat(fit.residuals()).containsExactly(Double.NaN, 2, -1, 4);
        // sigma² is the mean squared one-step change: (4 + 1 + 16) / 3
        assertThat(fit.parameters()).containsOnlyKeys("lag", "sigma");
        assertThat(fit.parameters().get("lag")).isEqualTo(1.0);
        assertThat(fit.parameters().get("sigma")).isCloseTo(Math.sqrt(7), within(1e-15));
        assertThat(fit.logLikelihood()).isEmpty();
        assertThat(fit.aic()).isEmpty();
        assertThat(fit.aicc()).isEmpty();
        assertThat(fit.bic()).isEmpty();

        Forecast f = fit.forecast(3, 80);
        assertThat(f.mean()).containsExactly(8, 8, 8);
        double z80 = 1.2815515655446008;  // R: qnorm(0.9)
        assertThat(f.upper(80)[2]).isCloseTo(8 + z80 * Math.sqrt(7 * 3), within(1e-12));
    }

    @Test
    void drift_parametersAreTheMeanChangeAndItsStandardError() {
        FittedModel fit = Baselines.drift().fit(TimeSeries.of("k", 3.0, 5.0, 4.0, 8.0));
        // changes 2, -1, 4: drift 5/3; residuals 1/3, -8/3, 7/3; sigma² = (1 + 64 + 49) / 9 / (3 - 1)
        double sigma2 = 114.0 / 9 / 2;
        assertThat(fit.parameters()).containsOnlyKeys("lag", "drift", "driftSe", "sigma");
        assertThat(fit.parameters().get("drift")).isCloseTo(5.0 / 3, within(1e-15));
        assertThat(fit.parameters().get("driftSe")).isCloseTo(Math.sqrt(sigma2 / 3), within(1e-15));
        assertThat(fit.parameters().get("sigma")).isCloseTo(Math.sqrt(sigma2), within(1e-15));
        assertThat(fit.fittedValues()[1]).isCloseTo(3 + 5.0 / 3, within(1e-15));
        assertThat(fit.forecast(2).mean()).usingComparatorWithPrecision(1e-12)
                .containsExactly(8 + 5.0 / 3, 8 + 10.0 / 3);
    }

    @Test
    void seasonalNaive_repeatsTheLastSeason_withWidthGrowingPerCompletedSeason() {
        // season length 4; last season 6, 7, 8, 9; seasonal changes (5-1), (6-2), (7-3), (8-4), (9-5) all 4
        TimeSeries s = TimeSeries.seasonal("k", 4, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        FittedModel fit = Baselines.seasonalNaive().fit(s);
        assertThat(fit.description()).isEqualTo("snaive");
        assertThat(fit.parameters().get("lag")).isEqualTo(4.0);
        assertThat(fit.parameters().get("sigma")).isEqualTo(4.0);
        assertThat(fit.fittedValues()).containsExactly(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 1, 2, 3, 4, 5);
        Forecast f = fit.forecast(9, 95);
        assertThat(f.mean()).containsExactly(6, 7, 8, 9, 6, 7, 8, 9, 6);
        double z95 = 1.9599639845400536;  // R: qnorm(0.975)
        for (int t = 0; t < 9; t++) {
            int k = t / 4;  // complete seasons in h - 1
            assertThat(f.upper(95)[t] - f.mean(t)).as("step %d", t).isCloseTo(z95 * 4 * Math.sqrt(k + 1),
                    within(1e-12));
        }
    }

    /**
     * Window average from its javadoc: the mean of the last k observations, with intervals
     * {@code ± t(k-1) · s · √(1 + 1/k)}. Series 10, 12, 9, 14, 11, 13 and k = 4: window 9, 14, 11, 13, mean
     * 47/4 = 11.75, deviations -2.75, 2.25, -0.75, 1.25, sum of squares 14.75, s² = 14.75 / 3.
     * Quantiles from R: {@code qt(0.9, 3)}, {@code qt(0.975, 3)}.
     */
    @Test
    void windowAverage_meanOfLastK_withStudentTIntervals() {
        FittedModel fit = Baselines.windowAverage(4).fit(TimeSeries.of("k", 10.0, 12.0, 9.0, 14.0, 11.0, 13.0));
        double s = Math.sqrt(14.75 / 3);
        double t80 = 1.6377443536962091;
        double t95 = 3.1824463052837078;
        double w80 = t80 * s * Math.sqrt(1 + 1.0 / 4);
        double w95 = t95 * s * Math.sqrt(1 + 1.0 / 4);

        assertThat(fit.description()).isEqualTo("window(4)");
        assertThat(fit.parameters()).containsOnlyKeys("observations", "mean", "sigma");
        assertThat(fit.parameters().get("observations")).isEqualTo(4.0);
        assertThat(fit.parameters().get("mean")).isEqualTo(11.75);
        assertThat(fit.parameters().get("sigma")).isCloseTo(s, within(1e-15));

        Forecast f = fit.forecast(3, 95, 80);
        assertThat(f.levels()).containsExactly(80, 95);
        assertThat(f.mean()).containsExactly(11.75, 11.75, 11.75);
        for (int t = 0; t < 3; t++) {
            assertThat(f.lower(80)[t]).isCloseTo(11.75 - w80, within(1e-12));
            assertThat(f.upper(80)[t]).isCloseTo(11.75 + w80, within(1e-12));
            assertThat(f.lower(95)[t]).isCloseTo(11.75 - w95, within(1e-12));
            assertThat(f.upper(95)[t]).isCloseTo(11.75 + w95, within(1e-12));
        }
    }

    /** In-sample, each fitted value is the mean of the (up to) k observations before it. */
    @Test
    void windowAverage_fittedValuesAreTrailingMeansOfPreviousObservations() {
        FittedModel fit = Baselines.windowAverage(4).fit(TimeSeries.of("k", 10.0, 12.0, 9.0, 14.0, 11.0, 13.0));
        assertThat(fit.fittedValues()).usingComparatorWithPrecision(1e-12)
                .containsExactly(Double.NaN, 10, 11, 31.0 / 3, 45.0 / 4, 46.0 / 4);
        assertThat(fit.residuals()[5]).isCloseTo(13 - 11.5, within(1e-12));
    }

    @Test
    void windowAverage_longerThanTheSeries_isTheHistoricMean() {
        TimeSeries s = TimeSeries.of("k", 10.0, 12.0, 9.0, 14.0, 11.0, 13.0);
        Forecast window = Baselines.windowAverage(50).fit(s).forecast(2, 80, 95);
        Forecast mean = Baselines.mean().fit(s).forecast(2, 80, 95);
        assertThat(window.mean()).containsExactly(mean.mean());
        assertThat(window.lower(95)).containsExactly(mean.lower(95));
        assertThat(window.upper(80)).containsExactly(mean.upper(80));
    }

    @Test
    void windowAverage_belowOne_isRejected() {
        assertThatThrownBy(() -> Baselines.windowAverage(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("window must be at least 1 observation, was 0");
    }

    @Test
    void mean_fittedValuesAreTheMean() {
        FittedModel fit = Baselines.mean().fit(TimeSeries.of("k", 1.0, 2.0, 6.0));
        assertThat(fit.description()).isEqualTo("mean");
        assertThat(fit.fittedValues()).containsExactly(3, 3, 3);
        assertThat(fit.residuals()).containsExactly(-2, -1, 3);
        assertThat(fit.parameters().get("observations")).isEqualTo(3.0);
        assertThat(fit.parameters().get("sigma")).isCloseTo(Math.sqrt(7), within(1e-15));
    }

    @Test
    void names() {
        assertThat(Baselines.naive().name()).isEqualTo("naive");
        assertThat(Baselines.seasonalNaive().name()).isEqualTo("snaive");
        assertThat(Baselines.drift().name()).isEqualTo("drift");
        assertThat(Baselines.mean().name()).isEqualTo("mean");
        assertThat(Baselines.windowAverage(6).name()).isEqualTo("window(6)");
    }

    @Test
    void parametersAndFittedValues_cannotBeChangedThroughTheirAccessors() {
        FittedModel fit = Baselines.naive().fit(TimeSeries.of("k", 1.0, 2.0, 4.0));
        assertThatThrownBy(() -> fit.parameters().put("sigma", 0.0)).isInstanceOf(UnsupportedOperationException.class);
        fit.fittedValues()[1] = 99;
        assertThat(fit.fittedValues()).containsExactly(Double.NaN, 1, 2);
    }

    @Test
    void forecastAndSimulate_rejectBadArguments() {
        FittedModel fit = Baselines.naive().fit(TimeSeries.of("k", 1.0, 2.0, 4.0));
        assertThatThrownBy(() -> fit.forecast(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("horizon");
        assertThatThrownBy(() -> fit.forecast(3, 80, 100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from 1 to below 100");
        assertThatThrownBy(() -> fit.simulate(0, 10, 1L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("horizon");
        assertThatThrownBy(() -> fit.simulate(3, 0, 1L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("paths");
    }

    @Test
    void forecast_withoutLevels_givesPointForecastsOnly() {
        Forecast f = Baselines.naive().fit(TimeSeries.of("k", 1.0, 2.0, 4.0)).forecast(2);
        assertThat(f.levels()).isEmpty();
        assertThat(f.mean()).containsExactly(4, 4);
    }

    @Test
    void forecast_ofCalendarSeries_continuesItsPeriods() {
        TimeSeries s = TimeSeries.monthly("k", YearMonth.of(2024, 11), 5, 6);
        Forecast f = Baselines.naive().fit(s).forecast(2, 80);
        assertThat(f.seriesKey()).isEqualTo("k");
        assertThat(f.model()).isEqualTo("naive");
        assertThat(f.periodLabel(0)).isEqualTo("2025-01");
        assertThat(f.periodLabel(1)).isEqualTo("2025-02");
    }

    // --- edge cases ------------------------------------------------------------------------------------------

    static Stream<Arguments> allBaselines() {
        return Stream.of(
                Arguments.of(Baselines.naive()),
                Arguments.of(Baselines.seasonalNaive()),
                Arguments.of(Baselines.drift()),
                Arguments.of(Baselines.mean()),
                Arguments.of(Baselines.windowAverage(3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allBaselines")
    void fit_emptySeries_isRejectedNamingKey(ForecastModel model) {
        assertThatThrownBy(() -> model.fit(TimeSeries.of("empty-sku"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'empty-sku'")
                .hasMessageContaining("empty");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allBaselines")
    void fit_nullSeries_throwsNullPointer(ForecastModel model) {
        assertThatThrownBy(() -> model.fit(null)).isInstanceOf(NullPointerException.class);
    }

    /** Documented in {@link Baselines}: one observation gives intervals collapsed onto the forecast, sigma NaN. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("allBaselines")
    void fit_lengthOneSeries_collapsedIntervalsAndSigmaNaN(ForecastModel model) {
        FittedModel fit = model.fit(TimeSeries.of("k", 7.5));
        Forecast f = fit.forecast(4, 80, 95);
        assertThat(f.mean()).containsExactly(7.5, 7.5, 7.5, 7.5);
        for (double level : new double[] {80, 95}) {
            assertThat(f.lower(level)).containsExactly(f.mean());
            assertThat(f.upper(level)).containsExactly(f.mean());
        }
        assertThat(fit.parameters()).containsKey("sigma");
        assertThat(fit.parameters().get("sigma")).isNaN();
        assertThat(fit.simulate(3, 5, 1L).path(4)).containsExactly(7.5, 7.5, 7.5);
    }

    /**
     * Regression: the mean models called their spread {@code sd}, so the documented parameter {@code sigma} was
     * missing from mean() and windowAverage(k).
     */
    @Test
    void parameters_meanModelsNameTheirSpreadSigmaAsDocumented() {
        TimeSeries s = TimeSeries.of("k", 1.0, 2.0, 6.0);
        assertThat(Baselines.mean().fit(s).parameters()).containsKey("sigma").doesNotContainKey("sd");
        assertThat(Baselines.windowAverage(2).fit(s).parameters().get("sigma")).isCloseTo(Math.sqrt(8),
                within(1e-15));
    }

    @Test
    void seasonalNaive_fewerObservationsThanOneSeason_behavesAsNaiveAndSaysSo() {
        TimeSeries s = TimeSeries.monthly("k", YearMonth.of(2024, 1), 5, 9, 4, 6, 8, 7, 10, 6);  // 8 < 12
        FittedModel snaive = Baselines.seasonalNaive().fit(s);
        FittedModel naive = Baselines.naive().fit(s);
        assertThat(snaive.description()).isEqualTo("naive (snaive needs 12 observations, has 8)");
        assertThat(snaive.parameters()).isEqualTo(naive.parameters());
        assertThat(snaive.fittedValues()).containsExactly(naive.fittedValues());
        Forecast fs = snaive.forecast(14, 80, 95);
        Forecast fn = naive.forecast(14, 80, 95);
        assertThat(fs.model()).isEqualTo(snaive.description());
        assertThat(fs.mean()).containsExactly(fn.mean());
        assertThat(fs.lower(80)).containsExactly(fn.lower(80));
        assertThat(fs.upper(95)).containsExactly(fn.upper(95));
        assertThat(snaive.simulate(14, 3, 5L).path(2)).containsExactly(naive.simulate(14, 3, 5L).path(2));
    }

    @Test
    void seasonalNaive_exactlyOneSeason_repeatsItWithCollapsedIntervals() {
        TimeSeries s = TimeSeries.seasonal("k", 4, 3, 1, 4, 1);
        FittedModel fit = Baselines.seasonalNaive().fit(s);
        assertThat(fit.description()).isEqualTo("snaive");
        assertThat(fit.parameters().get("sigma")).isNaN();
        Forecast f = fit.forecast(6, 80);
        assertThat(f.mean()).containsExactly(3, 1, 4, 1, 3, 1);
        assertThat(f.lower(80)).containsExactly(f.mean());
        assertThat(f.upper(80)).containsExactly(f.mean());
    }

    @Test
    void drift_twoObservations_extrapolatesTheChangeWithCollapsedIntervals() {
        FittedModel fit = Baselines.drift().fit(TimeSeries.of("k", 10.0, 13.0));
        assertThat(fit.parameters().get("drift")).isEqualTo(3.0);
        assertThat(fit.parameters().get("sigma")).isNaN();
        Forecast f = fit.forecast(3, 95);
        assertThat(f.mean()).containsExactly(16, 19, 22);
        assertThat(f.lower(95)).containsExactly(16, 19, 22);
        assertThat(f.upper(95)).containsExactly(16, 19, 22);
    }

    @Test
    void constantSeries_givesZeroWidthIntervals() {
        TimeSeries s = TimeSeries.seasonal("k", 4, 5, 5, 5, 5, 5, 5);
        for (ForecastModel m : List.of(Baselines.naive(), Baselines.seasonalNaive(), Baselines.drift(),
                Baselines.mean())) {
            Forecast f = m.fit(s).forecast(3, 95);
            assertThat(f.lower(95)).as(m.name()).containsExactly(5, 5, 5);
            assertThat(f.upper(95)).as(m.name()).containsExactly(5, 5, 5);
        }
    }
}
