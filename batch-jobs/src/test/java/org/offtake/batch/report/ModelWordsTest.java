package org.offtake.batch.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ModelWordsTest {

    @Test
    void describe_theAutomaticCombination_namesBothModelsAndTheEtsComponents() {
        assertThat(ModelWords.describe("nonNegative(Auto(ETS(M,Ad,A) + DOTM)); WLS_STRUCTURAL")).isEqualTo(
                "An equal-weight combination of exponential smoothing ETS(M,Ad,A) (multiplicative errors, a damped "
                        + "trend, additive seasonality) and the dynamic optimised Theta model (DOTM), never below "
                        + "zero; regions reconciled with the national total (WLS_STRUCTURAL).");
    }

    @Test
    void describe_intermittentDemand_namesTheClassAndTheMethods() {
        assertThat(ModelWords.describe("nonNegative(intermittent(LUMPY: mean of SBA, TSB(alphaSize=0.050, "
                + "betaProbability=0.300), IMAPA(levels=1..1, alpha=0.300)))")).isEqualTo("An intermittent-demand "
                        + "forecast (lumpy demand in the Syntetos-Boylan-Croston classification): the mean of the "
                        + "SBA, TSB and IMAPA methods, never below zero.");
    }

    @Test
    void describe_theFallback_saysWhy() {
        assertThat(ModelWords.describe("fallback Naive (timed out after 30 s)"))
                .isEqualTo("The fallback model, because the chosen one could not forecast this series: Naive (timed "
                        + "out after 30 s).");
    }

    @Test
    void describe_somethingUnknown_keepsItAsItIs_andNothingGivesEmpty() {
        assertThat(ModelWords.describe("MyModel(k=3)")).isEqualTo("MyModel(k=3).");
        assertThat(ModelWords.describe(null)).isEmpty();
        assertThat(ModelWords.describe("  ")).isEmpty();
    }
}
