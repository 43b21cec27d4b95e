package org.offtake.batch.nightly;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompleteTaskletTest {

    @Test
    void family_dropsTheWrappersAndEstimatedParameters_andKeepsTheModelStructure() {
        assertThat(CompleteTasklet.family("nonNegative(Auto(ETS(A,N,A) + DOTM)); WLS structural, non-negative"))
                .isEqualTo("ETS(A,N,A) + DOTM");
        assertThat(CompleteTasklet.family("nonNegative(intermittent(LUMPY: mean of SBA, TSB(alphaSize=0.050, "
                + "betaProbability=0.083), IMAPA(levels=1..9, alpha=0.050, 0.300)))")).isEqualTo(
                "intermittent (LUMPY)");
    }
}
