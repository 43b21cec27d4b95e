package org.offtake.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.offtake.forecast.auto.ModelNames;

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
            "theta|Theta",
            "stm|STM",
            "otm|OTM",
            "dstm|DSTM",
            "dotm|DOTM",
            "autotheta|AutoTheta",
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
    void names_includeWhatTheIssuesRequire_andAllResolve() {
        assertThat(ModelCatalog.NAMES).contains("naive", "snaive", "mean", "drift", "ses", "holt", "damped", "ets",
                "theta", "otm", "dotm", "autotheta", "croston", "croston-opt", "sba", "tsb", "adida", "imapa",
                "intermittent", "auto", "gbm").doesNotHaveDuplicates();
        for (String name : ModelCatalog.NAMES) {
            if (ModelCatalog.isGlobal(name)) {
                assertThat(ModelCatalog.global(8).name()).isEqualTo("GBM(global)");
            } else {
                assertThat(ModelCatalog.model(name)).isNotNull();
            }
        }
    }

    @Test
    void gbm_isTheOnlyGlobalModel_andIsNotFittedToOneSeries() {
        assertThat(ModelCatalog.NAMES.stream().filter(ModelCatalog::isGlobal)).containsExactly("gbm");
        assertThatThrownBy(() -> ModelCatalog.model("gbm"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'gbm' is a global model: it is trained on a group of series, not fitted to one; see "
                        + "ModelCatalog.global");
    }

    @Test
    void global_holdsOutAsManyValuesAsTheHorizon() {
        assertThat(ModelCatalog.global(18).toString()).contains("holdout=18,");
    }

    @ParameterizedTest
    @ValueSource(strings = {"arima", "", "ETS(X,N,N)"})
    void model_unknownName_listsTheKnownNames(String name) {
        assertThatThrownBy(() -> ModelCatalog.model(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model '" + name + "': '" + name + "' is not a known model; expected one of "
                        + String.join(", ", ModelNames.names()) + ", one ETS model such as ETS(M,Ad,N), or "
                        + "auto(A,B,...) with some of these as its candidates");
    }
}
