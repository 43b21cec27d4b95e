package org.offtake.forecast.ets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.offtake.forecast.Forecast;
import org.offtake.forecast.Frequency;
import org.offtake.forecast.TimeSeries;

/** The rules by which automatic ETS chooses its candidates, as R's {@code ets} does, and the builder's checks. */
class EtsSelectionTest {

    @Test
    void fit_constantSeries_isSimpleExponentialSmoothingWithAlphaNearOne_andNoUncertainty() {
        TimeSeries constant = TimeSeries.monthly("flat", YearMonth.of(2020, 1), 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7);
        EtsFit fit = Ets.auto().fit(constant);
        assertThat(fit.components().toString()).isEqualTo("ETS(A,N,N)");
        assertThat(fit.alpha()).isEqualTo(0.99999);
        assertThat(fit.aicc()).as("R reports no likelihood for ses(initial = \"simple\")").isEmpty();
        Forecast f = fit.forecast(3, 95);
        assertThat(f.mean()).containsExactly(7, 7, 7);
        assertThat(f.lower(95)).containsExactly(7, 7, 7);
    }

    @Test
    void fit_dataWithZerosOrNegatives_selectsOnlyAdditiveForms() {
        SplittableRandom random = new SplittableRandom(3);
        double[] y = new double[48];
        for (int t = 0; t < y.length; t++) {
            y[t] = 20 + 15 * Math.sin(2 * Math.PI * t / 12) + 3 * random.nextGaussian() - (t == 30 ? 40 : 0);
        }
        EtsFit fit = Ets.auto().fit(TimeSeries.seasonal("with-negatives", 12, y));
        assertThat(fit.components().anyMultiplicative()).isFalse();
    }

    @Test
    void fit_multiplicativeFormOnNonPositiveData_namesSeriesIndexAndValue() {
        TimeSeries s = TimeSeries.of("sku-9/ALA", 5.0, 6.0, 0.0, 7.0, 8.0, 6.0, 9.0, 7.0);
        assertThatThrownBy(() -> Ets.of("MNN").fit(s)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'sku-9/ALA'").hasMessageContaining("index 2 is 0.0")
                .hasMessageContaining("strictly positive");
    }

    @Test
    void fit_seasonLengthAbove24_ignoresSeasonality_butRejectsARequestedSeason() {
        double[] y = weekly(156);
        TimeSeries s = TimeSeries.builder("weekly").frequency(Frequency.WEEKLY).start(LocalDate.of(2021, 1, 4))
                .values(y).build();
        assertThat(Ets.auto().fit(s).components().season()).isEqualTo(EtsComponents.Season.NONE);
        assertThatThrownBy(() -> Ets.of("ANA").fit(s)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("season length 52 is above 24");
    }

    @Test
    void fit_nonSeasonalSeries_rejectsARequestedSeason() {
        assertThatThrownBy(() -> Ets.of("AAA").fit(TimeSeries.of("yearly", weekly(30))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not seasonal");
    }

    @Test
    void fit_notLongerThanOneSeason_dropsSeasonality() {
        double[] y = new double[12];
        for (int t = 0; t < y.length; t++) {
            y[t] = 100 + (t % 3) * 10 + t;
        }
        EtsFit fit = Ets.of("AAA").fit(TimeSeries.seasonal("one-season", 12, y));
        assertThat(fit.components().season()).isEqualTo(EtsComponents.Season.NONE);
    }

    @Test
    void fit_restrictedForm_isRefusedUnlessRestrictIsOff() {
        TimeSeries s = TimeSeries.seasonal("positive", 4, 10, 20, 15, 30, 12, 22, 17, 33, 14, 24, 19, 36, 15, 26, 21,
                39);
        assertThatThrownBy(() -> Ets.of("ANM").fit(s)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("forecast variance can be infinite").hasMessageContaining("restrict(false)");
        EtsFit fit = Ets.builder().error(EtsComponents.Error.ADDITIVE).trend(EtsComponents.Trend.NONE)
                .season(EtsComponents.Season.MULTIPLICATIVE).restrict(false).build().fit(s);
        assertThat(fit.components().toString()).isEqualTo("ETS(A,N,M)");
    }

    @Test
    void fit_exponentialGrowth_withMultiplicativeTrendAllowed_canChooseIt() {
        double[] y = new double[40];
        SplittableRandom random = new SplittableRandom(5);
        for (int t = 0; t < y.length; t++) {
            y[t] = 10 * Math.pow(1.08, t) * (1 + 0.01 * random.nextGaussian());
        }
        TimeSeries s = TimeSeries.of("growth", y);
        assertThat(Ets.auto().fit(s).components().trend()).isNotEqualTo(EtsComponents.Trend.MULTIPLICATIVE);
        assertThat(Ets.builder().allowMultiplicativeTrend(true).build().fit(s).components().trend())
                .isEqualTo(EtsComponents.Trend.MULTIPLICATIVE);
    }

    /** Six observations or fewer leave no room for maximum likelihood: Holt or simple smoothing, least squares. */
    @Test
    void fit_sixObservations_usesTheSmallSamplePath_withoutLikelihood() {
        EtsFit fit = Ets.auto().fit(TimeSeries.of("six", 10, 12, 14, 16, 18, 20));
        assertThat(fit.components().toString()).isEqualTo("ETS(A,A,N)");
        assertThat(fit.aicc()).isEmpty();
        assertThat(fit.forecast(2).mean()).containsExactly(new double[] {22, 24}, within(1e-6));
    }

    @Test
    void fit_oneObservation_forecastsIt() {
        Forecast f = Ets.auto().fit(TimeSeries.of("one", 42.0)).forecast(3, 80);
        assertThat(f.mean()).containsExactly(42, 42, 42);
    }

    @Test
    void fit_emptySeries_namesIt() {
        assertThatThrownBy(() -> Ets.auto().fit(TimeSeries.of("nothing"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'nothing' is empty");
    }

    @Test
    void fit_fixedParameters_areKept() {
        TimeSeries s = TimeSeries.of("level", 10, 12, 11, 13, 12, 14, 13, 15, 14, 16, 15, 17);
        EtsFit fit = Ets.builder().error(EtsComponents.Error.ADDITIVE).trend(EtsComponents.Trend.NONE)
                .season(EtsComponents.Season.NONE).alpha(0.3).build().fit(s);
        assertThat(fit.alpha()).isEqualTo(0.3);
    }

    @Test
    void fit_sameSeriesTwice_givesTheSameModel_andLeavesTheSpecificationAsItWas() {
        TimeSeries s = TimeSeries.seasonal("twice", 4, 10, 20, 15, 30, 12, 22, 17, 33, 14, 24, 19, 36, 15, 26, 21, 39);
        Ets spec = Ets.auto();
        EtsFit a = spec.fit(s);
        EtsFit b = spec.fit(s);
        assertThat(b.parameters()).isEqualTo(a.parameters());
        assertThat(spec.name()).isEqualTo("ETS(Z,Z,Z)");
    }

    @Test
    void criterion_bic_penalisesParametersMoreThanAicc() {
        TimeSeries s = TimeSeries.seasonal("long", 12, weekly(120));
        EtsFit aicc = Ets.auto().fit(s);
        EtsFit bic = Ets.builder().criterion(InformationCriterion.BIC).build().fit(s);
        assertThat(bic.parameters().size()).isLessThanOrEqualTo(aicc.parameters().size());
    }

    @Test
    void builder_propertySetTwice_isAnIllegalState() {
        assertThatThrownBy(() -> Ets.builder().damped(true).damped(false)).isInstanceOf(IllegalStateException.class)
                .hasMessage("damped was already set");
    }

    @Test
    void builder_valuesOutOfRange_sayWhatIsAccepted() {
        assertThatThrownBy(() -> Ets.builder().alpha(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("alpha must be in (0, 1), was 1.5");
        assertThatThrownBy(() -> Ets.builder().seasonLength(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("season length must be at least 1, was 0");
        assertThatThrownBy(() -> Ets.builder().simulationPaths(10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("simulationPaths must be at least 100, was 10");
        assertThatThrownBy(() -> Ets.builder().trend(EtsComponents.Trend.NONE).damped(true).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a trend");
        assertThatThrownBy(() -> Ets.builder().alpha(0.2).beta(0.3).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("beta (0.3) must not exceed alpha (0.2)");
    }

    @Test
    void name_showsAutomaticComponentsAsZ() {
        assertThat(Ets.auto().name()).isEqualTo("ETS(Z,Z,Z)");
        assertThat(Ets.builder().damped(true).build().name()).isEqualTo("ETS(Z,Zd,Z)");
        assertThat(Ets.of("MAdM").name()).isEqualTo("ETS(M,Ad,M)");
    }

    private static double[] weekly(int n) {
        SplittableRandom random = new SplittableRandom(n);
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = 100 + 20 * Math.sin(2 * Math.PI * t / 52) + 5 * random.nextGaussian();
        }
        return y;
    }
}
