package org.offtake.forecast.auto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.offtake.forecast.FittedModel;
import org.offtake.forecast.Forecast;
import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.TimeSeries;
import org.offtake.forecast.baseline.Baselines;
import org.offtake.forecast.ets.Ets;
import org.offtake.forecast.theta.Theta;

class AutoForecasterTest {

    private static final TimeSeries SERIES = seasonal(60, 1);

    private static TimeSeries seasonal(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = (200 + 2 * t) * (1 + 0.3 * Math.sin(2 * Math.PI * t / 12)) + 8 * random.nextGaussian();
        }
        return TimeSeries.seasonal("s" + seed, 12, y);
    }

    /** A model whose fit always fails, to stand for a candidate that cannot handle a series. */
    private static final ForecastModel BROKEN = new ForecastModel() {
        @Override
        public String name() {
            return "broken";
        }

        @Override
        public FittedModel fit(TimeSeries series) {
            throw new IllegalStateException("cannot fit '" + series.key() + "'");
        }
    };

    @Test
    void defaults_meanOfEtsAndDotm_isTheirAverage() {
        Forecast auto = AutoForecaster.defaults().fit(SERIES).forecast(12);
        double[] ets = Ets.auto().fit(SERIES).forecast(12).mean();
        double[] dotm = Theta.dynamicOptimised().fit(SERIES).forecast(12).mean();
        for (int i = 0; i < 12; i++) {
            assertThat(auto.mean(i)).isCloseTo((ets[i] + dotm[i]) / 2, within(1e-9));
        }
    }

    @Test
    void median_ofThreeCandidates_isTheMiddleOne() {
        AutoForecaster a = AutoForecaster.builder().candidate("naive", Baselines.naive())
                .candidate("mean", Baselines.mean()).candidate("drift", Baselines.drift())
                .combination(AutoForecaster.Combination.MEDIAN).build();
        Forecast f = a.fit(SERIES).forecast(3);
        double[] naive = Baselines.naive().fit(SERIES).forecast(3).mean();
        double[] mean = Baselines.mean().fit(SERIES).forecast(3).mean();
        double[] drift = Baselines.drift().fit(SERIES).forecast(3).mean();
        for (int i = 0; i < 3; i++) {
            double[] v = {naive[i], mean[i], drift[i]};
            java.util.Arrays.sort(v);
            assertThat(f.mean(i)).isEqualTo(v[1]);
        }
    }

    /** The pooled (mixture) intervals are at least as wide as the average of the members' own. */
    @Test
    void pooledIntervals_containTheMean_andAreNoNarrowerThanTheMembersOnAverage() {
        AutoFit fit = AutoForecaster.defaults().fit(SERIES);
        Forecast f = fit.forecast(12, 80, 95);
        Forecast ets = Ets.auto().fit(SERIES).forecast(12, 95);
        Forecast dotm = Theta.dynamicOptimised().fit(SERIES).forecast(12, 95);
        for (int i = 0; i < 12; i++) {
            assertThat(f.lower(95)[i]).isLessThanOrEqualTo(f.lower(80)[i]);
            assertThat(f.lower(80)[i]).isLessThanOrEqualTo(f.mean(i));
            assertThat(f.upper(80)[i]).isGreaterThanOrEqualTo(f.mean(i));
            double memberWidth = ((ets.upper(95)[i] - ets.lower(95)[i]) + (dotm.upper(95)[i] - dotm.lower(95)[i])) / 2;
            assertThat(f.upper(95)[i] - f.lower(95)[i]).as("step %d", i).isGreaterThan(0.9 * memberWidth);
        }
    }

    @Test
    void fit_recordsMembersAndReason() {
        AutoFit fit = AutoForecaster.defaults().fit(SERIES);
        assertThat(fit.members()).hasSize(2);
        assertThat(fit.members().get(1)).isEqualTo("DOTM");
        assertThat(fit.reason()).startsWith("equal-weight mean of ETS(").endsWith(" and DOTM");
        assertThat(fit.failures()).isEmpty();
        assertThat(fit.description()).startsWith("Auto(ETS(").endsWith(" + DOTM)");
    }

    @Test
    void failingCandidate_isLeftOutAndRecorded() {
        AutoFit fit = AutoForecaster.builder().candidate("broken", BROKEN).candidate("naive", Baselines.naive())
                .build().fit(SERIES);
        assertThat(fit.members()).containsExactly("naive");
        assertThat(fit.failures()).containsExactly("broken: cannot fit 's1'");
        assertThat(fit.reason()).isEqualTo("only naive (1 candidate(s) failed)");
    }

    @Test
    void everyCandidateFailing_usesTheFallback_withoutThrowing() {
        AutoFit fit = AutoForecaster.builder().candidate("broken", BROKEN).fallback(Baselines.seasonalNaive()).build()
                .fit(SERIES);
        assertThat(fit.description()).isEqualTo("snaive");
        assertThat(fit.reason()).isEqualTo("every candidate failed, fallback snaive");
        assertThat(fit.failures()).hasSize(1);
        assertThat(fit.forecast(3).mean()).containsExactly(SERIES.get(48), SERIES.get(49), SERIES.get(50));
    }

    @Test
    void route_sendsMatchingSeriesToTheirOwnModel() {
        AutoForecaster a = AutoForecaster.builder().route(s -> s.key().startsWith("s1") ? java.util.Optional.of(
                "flagged") : java.util.Optional.empty(), Baselines.mean()).build();
        AutoFit routed = a.fit(SERIES);
        assertThat(routed.description()).isEqualTo("mean");
        assertThat(routed.reason()).isEqualTo("flagged: mean");
        assertThat(a.fit(seasonal(60, 2)).members()).hasSize(2);
    }

    @Test
    void defaults_sendSporadicDemandToTheIntermittentModel_withTheClassificationAsReason() {
        double[] y = new double[24];
        for (int t = 3; t < y.length; t += 4) {
            y[t] = t % 3 == 0 ? 12 : 5;
        }
        AutoFit fit = AutoForecaster.defaults().fit(TimeSeries.of("spare-part", y));
        assertThat(fit.reason()).startsWith("INTERMITTENT: many periods without demand");
        assertThat(fit.members()).hasSize(1);
        assertThat(java.util.Arrays.stream(fit.forecast(6, 80).lower(80)).min().orElseThrow())
                .isGreaterThanOrEqualTo(0);
        assertThat(AutoForecaster.defaults().fit(SERIES).members()).hasSize(2);
    }

    @Test
    void sameSeriesTwice_givesTheSameBounds() {
        double[] first = AutoForecaster.defaults().fit(SERIES).forecast(6, 90).upper(90);
        double[] second = AutoForecaster.defaults().fit(SERIES).forecast(6, 90).upper(90);
        assertThat(second).containsExactly(first);
    }

    @Test
    void emptySeries_isTheOnlyThingThatThrows() {
        assertThatThrownBy(() -> AutoForecaster.defaults().fit(TimeSeries.of("empty")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'empty' is empty");
    }

    @Test
    void builder_rejectsDuplicateNamesAndSecondSettings() {
        assertThatThrownBy(() -> AutoForecaster.builder().candidate("a", Baselines.naive())
                .candidate("a", Baselines.mean())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a candidate is already called 'a'");
        assertThatThrownBy(() -> AutoForecaster.builder().paths(50)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("paths must be at least 100, was 50");
        assertThatThrownBy(() -> AutoForecaster.builder().seed(1).seed(2)).isInstanceOf(IllegalStateException.class);
    }
}
