package org.offtake.forecast.intermittent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.offtake.forecast.FittedModel;
import org.offtake.forecast.TimeSeries;

class AutoIntermittentTest {

    private static final TimeSeries LUMPY = TimeSeries.of("lumpy", 0, 1, 0, 0, 20, 0, 0, 2, 0, 0, 14, 0, 1, 0, 0, 9);
    private static final TimeSeries SMOOTH = TimeSeries.of("smooth", 5, 6, 5, 4, 6, 5, 5, 7, 5, 6, 4, 5);

    @Test
    void lumpySeries_averagesSbaTsbAndImapa_andSaysSo() {
        FittedModel fit = Intermittent.auto().fit(LUMPY);
        double sba = Intermittent.sba().fit(LUMPY).forecast(1).mean(0);
        double tsb = Intermittent.tsb().fit(LUMPY).forecast(1).mean(0);
        double imapa = Intermittent.imapa().fit(LUMPY).forecast(1).mean(0);
        assertThat(fit.forecast(1).mean(0)).isCloseTo((sba + tsb + imapa) / 3, within(1e-12));
        assertThat(fit.description()).startsWith("intermittent(LUMPY: mean of SBA, TSB(alphaSize=")
                .contains(", IMAPA(levels=1..");
        assertThat(fit.parameters()).containsEntry("SBA", sba).containsEntry("TSB", tsb).containsEntry("IMAPA", imapa);
        assertThat(fit.parameters().get("adi")).as("6 demands in 16 periods").isEqualTo(16.0 / 6);
    }

    @Test
    void smoothSeries_usesCrostonInsteadOfSba_asSyntetosBoylanCrostonRecommend() {
        FittedModel fit = Intermittent.auto().fit(SMOOTH);
        double croston = Intermittent.croston().fit(SMOOTH).forecast(1).mean(0);
        double tsb = Intermittent.tsb().fit(SMOOTH).forecast(1).mean(0);
        double imapa = Intermittent.imapa().fit(SMOOTH).forecast(1).mean(0);
        assertThat(fit.forecast(1).mean(0)).isCloseTo((croston + tsb + imapa) / 3, within(1e-12));
        assertThat(fit.description()).startsWith("intermittent(SMOOTH: mean of Croston, TSB(");
    }

    @Test
    void allZeroSeries_saysThereWasNoDemand() {
        FittedModel fit = Intermittent.auto().fit(TimeSeries.of("none", 0, 0, 0));
        assertThat(fit.description()).isEqualTo("intermittent(no demand in 3 periods: zero)");
        assertThat(fit.parameters().get("adi")).isInfinite();
    }

    @Test
    void fittedValues_areTheMeanOfTheMembers() {
        double[] auto = Intermittent.auto().fit(LUMPY).fittedValues();
        double[] sba = Intermittent.sba().fit(LUMPY).fittedValues();
        double[] tsb = Intermittent.tsb().fit(LUMPY).fittedValues();
        double[] imapa = Intermittent.imapa().fit(LUMPY).fittedValues();
        assertThat(auto[0]).as("SBA has no fitted value for the first period").isNaN();
        for (int t = 1; t < auto.length; t++) {
            double expected = (sba[t] + tsb[t] + imapa[t]) / 3;
            if (Double.isNaN(expected)) {
                assertThat(auto[t]).isNaN();
            } else {
                assertThat(auto[t]).as("t = " + t).isCloseTo(expected, within(1e-12));
            }
        }
    }
}
