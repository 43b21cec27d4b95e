package org.offtake.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModelCatalogTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "naive|naive",
            "snaive|snaive",
            "mean|mean",
            "drift|drift",
            "ses|ETS(A,N,N)",
            "holt|ETS(A,A,N)",
            "damped|ETS(A,Ad,N)",
            "ets|ETS(Z,Z,Z)",
            "croston|Croston",
            "croston-opt|Croston(optimised)",
            "sba|SBA",
            "tsb|TSB",
            "adida|ADIDA",
            "imapa|IMAPA",
            "intermittent|intermittent",
            "ETS(M,Ad,N)|ETS(M,Ad,N)",
            "MAdN|ETS(M,Ad,N)"})
    void model_resolvesEachNameToItsSpecification(String name, String specification) {
        assertThat(ModelCatalog.model(name).name()).isEqualTo(specification);
    }

    @Test
    void names_allResolve() {
        assertThat(ModelCatalog.NAMES).containsExactly("naive", "snaive", "mean", "drift", "ses", "holt", "damped",
                "ets", "croston", "croston-opt", "sba", "tsb", "adida", "imapa", "intermittent");
        for (String name : ModelCatalog.NAMES) {
            assertThat(ModelCatalog.model(name)).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"arima", "", "Naive", "ETS(X,N,N)"})
    void model_unknownName_listsTheKnownNames(String name) {
        assertThatThrownBy(() -> ModelCatalog.model(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown model '" + name + "'; known: naive, snaive, mean, drift, ses, holt, damped, ets, "
                        + "croston, croston-opt, sba, tsb, adida, imapa, intermittent, or one ETS model such as "
                        + "ETS(M,Ad,N)");
    }
}
