package org.offtake.forecast.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArgsTest {

    @Test
    void horizonAndPaths_mustBeAtLeastOne() {
        assertThat(Args.horizon(1)).isEqualTo(1);
        assertThat(Args.paths(5)).isEqualTo(5);
        assertThatThrownBy(() -> Args.horizon(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("forecast horizon must be at least 1, was 0");
        assertThatThrownBy(() -> Args.paths(-3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("number of sample paths must be at least 1, was -3");
    }

    @Test
    void levels_areSortedWithoutDuplicates() {
        assertThat(Args.levels(95, 80, 95, 50)).containsExactly(50, 80, 95);
        assertThat(Args.levels()).isEmpty();
        assertThat(Args.levels((double[]) null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 100, -1, 101, Double.NaN})
    void levels_outsidePercentRange_areRejected(double level) {
        assertThatThrownBy(() -> Args.levels(80, level)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("percentages from 1 to below 100");
    }

    @Test
    void levels_givenAsFractions_areRejectedWithTheRemedy() {
        assertThatThrownBy(() -> Args.levels(0.8, 0.95)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.8 looks like a fraction; write 80.0");
    }
}
