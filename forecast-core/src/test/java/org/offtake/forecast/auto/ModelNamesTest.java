package org.offtake.forecast.auto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.offtake.forecast.Forecast;
import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.TimeSeries;
import org.offtake.forecast.baseline.Baselines;
import org.offtake.forecast.theta.Theta;

class ModelNamesTest {

    private static TimeSeries seasonal() {
        SplittableRandom random = new SplittableRandom(7);
        double[] y = new double[48];
        for (int t = 0; t < y.length; t++) {
            y[t] = (100 + t) * (1 + 0.2 * Math.cos(2 * Math.PI * t / 12)) + 5 * random.nextGaussian();
        }
        return TimeSeries.seasonal("s", 12, y);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "naive|naive", "snaive|snaive", "seasonal-naive|snaive", "ets|ETS(Z,Z,Z)", "theta|Theta",
        "dotm|DOTM", "autotheta|AutoTheta", "croston|Croston", "intermittent|intermittent",
        "auto|Auto(ETS+DOTM)", " DOTM |DOTM", "ETS(M,Ad,N)|ETS(M,Ad,N)", "MAdN|ETS(M,Ad,N)",
        "auto(ets,dotm)|Auto(ETS+DOTM)", "auto(ets, dotm, snaive)|Auto(ETS+DOTM+SNAIVE)",
        "auto(ETS(M,Ad,N),theta)|Auto(ETS(M,Ad,N)+THETA)"})
    void parse_givesTheNamedModel(String spec, String name) {
        assertThat(ModelNames.parse(spec).name()).isEqualTo(name);
    }

    @Test
    void names_allParse_andAreListedOnce() {
        assertThat(ModelNames.names()).doesNotHaveDuplicates().contains("naive", "snaive", "mean", "drift", "ets",
                "theta", "dotm", "croston", "sba", "tsb", "imapa", "intermittent", "auto");
        for (String name : ModelNames.names()) {
            assertThat(ModelNames.parse(name)).as(name).isInstanceOf(ForecastModel.class);
        }
    }

    @Test
    void autoOfEtsAndDotm_forecastsExactlyAsTheDefaults() {
        TimeSeries series = seasonal();
        Forecast configured = ModelNames.parse("auto(ets,dotm)").fit(series).forecast(12, 80, 95);
        Forecast defaults = AutoForecaster.defaults().fit(series).forecast(12, 80, 95);

        assertThat(configured.mean()).containsExactly(defaults.mean());
        assertThat(configured.upper(95)).containsExactly(defaults.upper(95));
    }

    @Test
    void autoWithABaseline_poolsItWithTheOthers() {
        TimeSeries series = seasonal();
        double[] pooled = ModelNames.parse("auto(dotm,snaive)").fit(series).forecast(6).mean();
        double[] dotm = Theta.dynamicOptimised().fit(series).forecast(6).mean();
        double[] snaive = Baselines.seasonalNaive().fit(series).forecast(6).mean();

        for (int t = 0; t < 6; t++) {
            assertThat(pooled[t]).isEqualTo((dotm[t] + snaive[t]) / 2);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "arima|'arima' is not a known model; expected one of naive, snaive, seasonal-naive",
        "auto(|expected auto(A,B,...) with a closing parenthesis",
        "auto()|expected auto(A,B,...) with at least one model name between each pair of commas",
        "auto(ets,,dotm)|expected auto(A,B,...) with at least one model name between each pair of commas",
        "auto(ets,auto)|a candidate of auto(...) cannot be auto itself",
        "auto(ets,auto(dotm))|a candidate of auto(...) cannot be auto itself",
        "auto(ets,ETS)|'ETS' is a candidate twice",
        "auto(ets,dotm))|expected auto(A,B,...) with at least one model name between each pair of commas",
        "auto(ets,arima)|'arima' is not a known model"})
    void parse_badSpecification_saysWhatIsExpected(String spec, String message) {
        assertThatThrownBy(() -> ModelNames.parse(spec)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("model '" + spec + "': ").hasMessageContaining(message);
    }
}
