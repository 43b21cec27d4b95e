package org.offtake.forecast.ets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EtsComponentsTest {

    @ParameterizedTest
    @ValueSource(strings = {"ETS(M,Ad,N)", "M,Ad,N", "MAdN", "madn", " ETS(M, Ad, N) "})
    void parse_acceptsTheUsualSpellings(String text) {
        EtsComponents c = EtsComponents.parse(text);
        assertThat(c).isEqualTo(new EtsComponents(EtsComponents.Error.MULTIPLICATIVE,
                EtsComponents.Trend.ADDITIVE, true, EtsComponents.Season.NONE));
        assertThat(c.toString()).isEqualTo("ETS(M,Ad,N)");
    }

    @Test
    void allThirtyModelsRoundTripThroughTheirNames() {
        int count = 0;
        for (EtsComponents.Error e : EtsComponents.Error.values()) {
            for (EtsComponents.Trend t : EtsComponents.Trend.values()) {
                for (boolean d : new boolean[] {false, true}) {
                    if (d && t == EtsComponents.Trend.NONE) {
                        continue;
                    }
                    for (EtsComponents.Season s : EtsComponents.Season.values()) {
                        EtsComponents c = new EtsComponents(e, t, d, s);
                        assertThat(EtsComponents.parse(c.toString())).isEqualTo(c);
                        count++;
                    }
                }
            }
        }
        assertThat(count).isEqualTo(30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "XNN", "ANdN", "AAdX", "ETS(A,N)", "AAAA"})
    void parse_rejectsWhatIsNotAModel_sayingWhatWouldBeAccepted(String text) {
        assertThatThrownBy(() -> EtsComponents.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected error A|M, trend N|A|Ad|M|Md, season N|A|M");
    }

    @Test
    void dampingWithoutTrend_isRejected() {
        assertThatThrownBy(() -> new EtsComponents(EtsComponents.Error.ADDITIVE, EtsComponents.Trend.NONE, true,
                EtsComponents.Season.NONE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a trend");
    }
}
