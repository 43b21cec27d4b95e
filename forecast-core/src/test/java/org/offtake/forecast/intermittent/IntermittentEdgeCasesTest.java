package org.offtake.forecast.intermittent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.offtake.forecast.FittedModel;
import org.offtake.forecast.Forecast;
import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.SamplePaths;
import org.offtake.forecast.TimeSeries;

/** What every intermittent model does with the series at the edges of what it takes. */
class IntermittentEdgeCasesTest {

    static Stream<Arguments> models() {
        return IntermittentModels.arguments();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void allZeroSeries_forecastsZero_withZeroIntervalsAndPaths(String name, ForecastModel model) {
        FittedModel fit = model.fit(TimeSeries.of("never-bought", 0, 0, 0, 0, 0, 0));
        Forecast f = fit.forecast(6, 80, 95);
        assertThat(f.mean()).containsOnly(0.0);
        assertThat(f.lower(95)).containsOnly(0.0);
        assertThat(f.upper(95)).containsOnly(0.0);
        SamplePaths paths = fit.simulate(6, 20, 1L);
        for (int p = 0; p < 20; p++) {
            assertThat(paths.path(p)).containsOnly(0.0);
        }
        assertThat(fit.description()).contains("no demand");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void singleDemand_forecastsAPositiveRateBelowTheDemand(String name, ForecastModel model) {
        Forecast f = model.fit(TimeSeries.of("once", 0, 0, 0, 8, 0, 0, 0, 0)).forecast(3, 80, 95);
        assertThat(f.mean(0)).isGreaterThan(0).isLessThan(8);
        assertThat(f.upper(95)[0]).isLessThanOrEqualTo(8 * 2);
        assertThat(f.lower(80)[0]).isZero();
    }

    @Test
    void singleDemand_croston_isTheSizeOverItsPosition_asR() {
        assertThat(Intermittent.croston().fit(TimeSeries.of("once", 0, 0, 0, 8, 0, 0, 0, 0)).forecast(1).mean(0))
                .isCloseTo(2.0, within(1e-15));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void lengthOne_positive_forecastsThatValue_orNear(String name, ForecastModel model) {
        FittedModel fit = model.fit(TimeSeries.of("one", 5));
        Forecast f = fit.forecast(4, 80, 95);
        // Croston and ADIDA/IMAPA/TSB: 5; SBA: 0.95 * 5, and the mean of the three in the automatic model
        assertThat(f.mean(0)).isBetween(0.95 * 5, 5.0);
        assertThat(fit.fittedValues()).hasSize(1);
        assertThat(f.lower(95)[0]).isGreaterThanOrEqualTo(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void lengthOne_zero_forecastsZero(String name, ForecastModel model) {
        assertThat(model.fit(TimeSeries.of("one-zero", 0)).forecast(2, 80).upper(80)).containsOnly(0.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void noZeros_forecastsWithinTheRangeOfTheData(String name, ForecastModel model) {
        TimeSeries y = TimeSeries.of("every-month", 12, 15, 11, 14, 13, 16, 12, 15, 14, 13);
        Forecast f = model.fit(y).forecast(3, 80, 95);
        assertThat(f.mean(0)).isBetween(0.95 * 11, 16.0);
        assertThat(f.lower(95)[0]).isGreaterThan(0);
    }

    @Test
    void noZeros_croston_isSimpleExponentialSmoothingFromTheFirstValue() {
        // intervals all 1: sizes smoothed from 12 with 0.1: 12, 12.3, 12.17, ...
        double level = 12;
        for (double v : new double[] {15, 11}) {
            level += 0.1 * (v - level);
        }
        assertThat(Intermittent.croston().fit(TimeSeries.of("k", 12, 15, 11)).forecast(1).mean(0))
                .isCloseTo(level, within(1e-12));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void nonIntegerData_areAccepted_andIntervalsNeedNotBeWhole(String name, ForecastModel model) {
        TimeSeries kg = TimeSeries.of("kg", 0, 1.25, 0, 0, 3.5, 0, 2.75, 0, 0, 4.1, 0, 1.9);
        Forecast f = model.fit(kg).forecast(6, 80, 95);
        assertThat(f.mean(0)).isGreaterThan(0);
        assertThat(f.upper(95)[0]).isGreaterThan(f.mean(0));
        double[] bounds = f.upper(95);
        assertThat(Arrays.stream(bounds)).allMatch(Double::isFinite);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void negativeValue_isRejectedNamingTheSeriesIndexAndWhatIsAccepted(String name, ForecastModel model) {
        assertThatThrownBy(() -> model.fit(TimeSeries.of("amoxicillin/KZ-ALA", 3, 0, -2, 4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("series 'amoxicillin/KZ-ALA': value at index 2 is -2.0; " + model.name()
                        + " models demand, which must be zero or positive");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void emptySeries_isRejectedNamingTheSeries(String name, ForecastModel model) {
        assertThatThrownBy(() -> model.fit(TimeSeries.of("nothing-yet")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series 'nothing-yet' is empty: " + model.name()
                        + " needs at least one observation (zeros count)");
    }
}
