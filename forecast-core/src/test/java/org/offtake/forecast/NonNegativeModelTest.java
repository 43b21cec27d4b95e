package org.offtake.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.offtake.forecast.baseline.Baselines;

class NonNegativeModelTest {

    /** Mean -1.2: the mean model's forecasts and most of its bounds are negative. */
    private static final TimeSeries SERIES = TimeSeries.of("returns", -5.0, 1.0, -3.0, 2.0, -1.0);

    @Test
    void name_andDescription_wrapTheInnerModel() {
        ForecastModel model = Baselines.mean().nonNegative();
        assertThat(model.name()).isEqualTo("nonNegative(mean)");
        FittedModel fit = model.fit(SERIES);
        assertThat(fit.description()).isEqualTo("nonNegative(mean)");
        assertThat(fit.forecast(2, 80).model()).isEqualTo("nonNegative(mean)");
    }

    @Test
    void nonNegative_isIdempotent() {
        ForecastModel once = Baselines.naive().nonNegative();
        assertThat(once.nonNegative()).isSameAs(once);
        assertThat(once.nonNegative().name()).isEqualTo("nonNegative(naive)");
    }

    @Test
    void forecast_truncatesMeansAndBoundsAtZero() {
        FittedModel inner = Baselines.mean().fit(SERIES);
        FittedModel outer = Baselines.mean().nonNegative().fit(SERIES);
        Forecast fi = inner.forecast(3, 80, 95);
        Forecast fo = outer.forecast(3, 80, 95);
        assertThat(fi.mean(0)).isEqualTo(-1.2);
        assertThat(fo.mean()).containsExactly(0, 0, 0);
        assertThat(fo.levels()).containsExactly(80, 95);
        for (double level : new double[] {80, 95}) {
            assertThat(fi.lower(level)[0]).isNegative();
            assertThat(fi.upper(level)[0]).isPositive();
            assertThat(fo.lower(level)).containsExactly(0, 0, 0);
            assertThat(fo.upper(level)).containsExactly(fi.upper(level));
        }
    }

    @Test
    void forecast_upperBoundBelowZero_becomesZero() {
        // naive from -50 with a small spread: every bound is negative
        FittedModel fit = Baselines.naive().nonNegative().fit(TimeSeries.of("k", -48.0, -49.0, -50.0));
        Forecast f = fit.forecast(2, 80);
        assertThat(f.mean()).containsExactly(0, 0);
        assertThat(f.lower(80)).containsExactly(0, 0);
        assertThat(f.upper(80)).containsExactly(0, 0);
    }

    @Test
    void forecast_positiveValues_areUnchanged() {
        TimeSeries positive = TimeSeries.of("k", 100.0, 104.0, 98.0, 103.0);
        Forecast inner = Baselines.drift().fit(positive).forecast(4, 80, 95);
        Forecast outer = Baselines.drift().nonNegative().fit(positive).forecast(4, 80, 95);
        assertThat(outer.mean()).containsExactly(inner.mean());
        assertThat(outer.lower(95)).containsExactly(inner.lower(95));
        assertThat(outer.upper(95)).containsExactly(inner.upper(95));
    }

    @Test
    void fittedValuesResidualsAndParameters_areTheInnerModels() {
        FittedModel inner = Baselines.mean().fit(SERIES);
        FittedModel outer = Baselines.mean().nonNegative().fit(SERIES);
        assertThat(outer.fittedValues()).containsExactly(-1.2, -1.2, -1.2, -1.2, -1.2);
        assertThat(outer.fittedValues()).containsExactly(inner.fittedValues());
        assertThat(outer.residuals()).containsExactly(inner.residuals());
        assertThat(outer.parameters()).isEqualTo(inner.parameters());
        assertThat(outer.series()).isEqualTo(SERIES);
        assertThat(outer.logLikelihood()).isEqualTo(inner.logLikelihood());
        assertThat(outer.aic()).isEqualTo(inner.aic());
        assertThat(outer.aicc()).isEqualTo(inner.aicc());
        assertThat(outer.bic()).isEqualTo(inner.bic());
    }

    @Test
    void simulate_truncatesEveryPathValueAtZero_sameSeedSameDraws() {
        FittedModel inner = Baselines.mean().fit(SERIES);
        FittedModel outer = Baselines.mean().nonNegative().fit(SERIES);
        SamplePaths pi = inner.simulate(6, 200, 11L);
        SamplePaths po = outer.simulate(6, 200, 11L);
        int zeros = 0;
        for (int p = 0; p < 200; p++) {
            for (int t = 0; t < 6; t++) {
                assertThat(po.value(p, t)).isEqualTo(Math.max(0, pi.value(p, t)));
                if (po.value(p, t) == 0) {
                    zeros++;
                }
            }
        }
        assertThat(zeros).isGreaterThan(200 * 6 / 2);  // the inner mean is negative: most draws are truncated
    }

    /** Regression: the paths kept the inner model's description while the forecast carried the wrapper's. */
    @Test
    void simulate_pathsCarryTheNonNegativeDescription() {
        FittedModel fit = Baselines.naive().nonNegative().fit(SERIES);
        assertThat(fit.simulate(2, 3, 1L).model()).isEqualTo("nonNegative(naive)");
        assertThat(fit.simulate(2, 3, 1L).seriesKey()).isEqualTo("returns");
    }

    @Test
    void of_null_isRejected() {
        assertThatThrownBy(() -> NonNegativeModel.of(null)).isInstanceOf(NullPointerException.class);
    }
}
