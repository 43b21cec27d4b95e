package org.offtake.forecast.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.offtake.forecast.FittedModel;
import org.offtake.forecast.Forecast;
import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.TimeSeries;
import org.offtake.forecast.baseline.Baselines;
import org.offtake.forecast.ets.Ets;

class BacktestTest {

    private static TimeSeries series(int n) {
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = 100 + t + 10 * Math.sin(t);
        }
        return TimeSeries.of("s" + n, y);
    }

    @Test
    void origins_areStepApart_andTheLastLeavesExactlyTheHorizon() {
        BacktestResult r = Backtest.builder().horizon(4).windows(3).step(2).build().run(Baselines.naive(), series(30));
        assertThat(r.origins()).extracting(BacktestResult.Origin::origin).containsExactly(22, 24, 26);
        BacktestResult.Origin last = r.origins().get(2);
        assertThat(last.actual()).containsExactly(series(30).slice(26, 30).values());
        assertThat(last.forecast().mean()).as("naive from origin 26 repeats y[25]")
                .containsExactly(series(30).get(25), series(30).get(25), series(30).get(25), series(30).get(25));
    }

    @Test
    void slidingWindow_trainsOnTheLastLengthObservations() {
        ForecastModel recordingMean = Baselines.mean();
        BacktestResult r = Backtest.builder().horizon(2).windows(2).sliding(5).build().run(recordingMean, series(20));
        // origins 16, 18; windows [11, 16) and [13, 18)
        double expected = 0;
        for (int t = 13; t < 18; t++) {
            expected += series(20).get(t);
        }
        assertThat(r.origins().get(1).forecast().mean(0)).isCloseTo(expected / 5, within(1e-9));
    }

    @Test
    void accuracy_isScoredAgainstTheHistoryBeforeTheOrigin() {
        BacktestResult r = Backtest.builder().horizon(3).build().run(Baselines.naive(), series(25));
        BacktestResult.Origin o = r.origins().get(0);
        double[] history = series(25).slice(0, 22).values();
        double mae = Metrics.mae(o.actual(), o.forecast().mean());
        assertThat(o.accuracy().mase()).isCloseTo(mae / Metrics.naiveScale(history, 1, 1), within(1e-12));
        assertThat(r.summary().mase()).isEqualTo(o.accuracy().mase());
    }

    /** Without refitting, later origins keep the first origin's ETS form and smoothing parameters. */
    @Test
    void noRefit_keepsTheFirstEstimate() {
        BacktestResult r = Backtest.builder().horizon(6).windows(3).refit(false).build().run(Ets.auto(),
                series(60));
        assertThat(r.origins()).extracting(BacktestResult.Origin::model).containsOnly(r.origins().get(0).model());
    }

    @Test
    void noRefit_withAModelThatCannotUpdate_saysSo() {
        ForecastModel onlyRefits = new ForecastModel() {
            @Override
            public String name() {
                return "only-refits";
            }

            @Override
            public FittedModel fit(TimeSeries s) {
                FittedModel inner = Baselines.naive().fit(s);
                return new FittedModel() {
                    public String description() { return "only-refits"; }
                    public TimeSeries series() { return inner.series(); }
                    public java.util.Map<String, Double> parameters() { return inner.parameters(); }
                    public double[] fittedValues() { return inner.fittedValues(); }
                    public double[] residuals() { return inner.residuals(); }
                    public java.util.OptionalDouble logLikelihood() { return inner.logLikelihood(); }
                    public java.util.OptionalDouble aic() { return inner.aic(); }
                    public java.util.OptionalDouble aicc() { return inner.aicc(); }
                    public java.util.OptionalDouble bic() { return inner.bic(); }
                    public Forecast forecast(int h, double... levels) { return inner.forecast(h, levels); }
                    public org.offtake.forecast.SamplePaths simulate(int h, int p, long seed) {
                        return inner.simulate(h, p, seed);
                    }
                };
            }
        };
        Backtest b = Backtest.builder().horizon(2).windows(2).refit(false).build();
        assertThatThrownBy(() -> b.run(onlyRefits, series(20))).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("only-refits cannot be re-run with its parameters kept");
    }

    @Test
    void tooShortSeries_isRejectedAlone_andReportedAmongMany() {
        Backtest b = Backtest.builder().horizon(6).windows(3).step(6).build();
        assertThat(b.minimumLength()).isEqualTo(1 + 12 + 6);
        assertThatThrownBy(() -> b.run(Baselines.naive(), series(18))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series 's18' has 18 observations; 3 origin(s), 6 step(s) ahead, 6 period(s) apart, "
                        + "expanding window, refitted at each origin needs at least 19");
        BacktestReport report = b.run(Baselines.naive(), List.of(series(40), series(10), series(19)));
        assertThat(report.results()).extracting(BacktestResult::seriesKey).containsExactly("s40", "s19");
        assertThat(report.skipped()).extracting(BacktestReport.Skipped::seriesKey).containsExactly("s10");
        assertThat(report.summary().series()).isEqualTo(6);
    }

    @Test
    void slidingWindowLongerThanTheData_isReportedWithWhatItNeeds() {
        Backtest b = Backtest.builder().horizon(3).sliding(50).build();
        assertThat(b.run(Baselines.naive(), List.of(series(40))).skipped().get(0).reason())
                .contains("needs at least 53");
    }

    @Test
    void builder_rejectsBadArgumentsBeforeAnyWork() {
        assertThatThrownBy(() -> Backtest.builder().horizon(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("horizon must be at least 1 period, was 0");
        assertThatThrownBy(() -> Backtest.builder().step(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("step between origins must be at least 1 period, was 0");
        assertThatThrownBy(() -> Backtest.builder().windows(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("windows must be at least 1, was 0");
        assertThatThrownBy(() -> Backtest.builder().sliding(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sliding window length must be at least 1 observation, was 0");
        assertThatThrownBy(() -> Backtest.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("horizon is required");
        assertThatThrownBy(() -> Backtest.builder().expanding().sliding(3)).isInstanceOf(IllegalStateException.class);
    }
}
