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
    void all_holdsThe30ModelsOnce_eachRoundTrippingThroughItsName() {
        assertThat(EtsComponents.all()).hasSize(30).doesNotHaveDuplicates();
        for (EtsComponents c : EtsComponents.all()) {
            assertThat(EtsComponents.parse(c.toString())).isEqualTo(c);
        }
    }

    /** R's loop: for error, for trend, for season, for damped in (TRUE, FALSE). */
    @Test
    void all_isInRsCandidateOrder() {
        assertThat(EtsComponents.all().subList(0, 6)).extracting(EtsComponents::toString)
                .containsExactly("ETS(A,N,N)", "ETS(A,N,A)", "ETS(A,N,M)", "ETS(A,Ad,N)", "ETS(A,A,N)", "ETS(A,Ad,A)");
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
