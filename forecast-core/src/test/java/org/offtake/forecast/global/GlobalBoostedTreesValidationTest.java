package org.offtake.forecast.global;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.offtake.forecast.TimeSeries;

/** Builder checks and the errors {@link GlobalBoostedTrees#fit} gives for a group it cannot take. */
class GlobalBoostedTreesValidationTest {

    private static final GlobalBoostedTrees SPEC = GlobalBoostedTrees.builder().trees(5).build();

    private static TimeSeries series(String key, int m, int n) {
        double[] y = new double[n];
        Arrays.setAll(y, t -> 10 + t % 5);
        return TimeSeries.seasonal(key, m, y);
    }

    @Test
    void builder_propertySetTwice_isAnIllegalState() {
        assertThatThrownBy(() -> GlobalBoostedTrees.builder().lags(3).lags(4))
                .isInstanceOf(IllegalStateException.class).hasMessage("lags was already set");
        assertThatThrownBy(() -> GlobalBoostedTrees.builder().seed(1).seed(1))
                .isInstanceOf(IllegalStateException.class).hasMessage("seed was already set");
        assertThatThrownBy(() -> GlobalBoostedTrees.builder().rollingWindows(3).rollingWindows(4))
                .isInstanceOf(IllegalStateException.class).hasMessage("rollingWindows was already set");
        assertThatThrownBy(() -> GlobalBoostedTrees.builder().nonNegative().nonNegative())
                .isInstanceOf(IllegalStateException.class).hasMessage("nonNegative was already set");
    }

    @Test
    void builder_valueOutOfRange_statesTheRange() {
        assertThatThrownBy(() -> GlobalBoostedTrees.builder().lags(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("lags must be at least 1, was 0");
        assertThatThrownBy(() -> GlobalBoostedTrees.builder().seasonalLags(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("seasonalLags must be at least 0, was -1");
        assertThatThrownBy(() -> GlobalBoostedTrees.builder().holdout(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("holdout must be at least 1, was 0");
        assertThatThrownBy(() -> GlobalBoostedTrees.builder().trees(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("trees must be at least 1, was 0");
        assertThatThrownBy(() -> GlobalBoostedTrees.builder().maxLeaves(1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxLeaves must be at least 2, was 1");
        assertThatThrownBy(() -> GlobalBoostedTrees.builder().maxDepth(1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxDepth must be at least 2, was 1");
        assertThatThrownBy(() -> GlobalBoostedTrees.builder().minLeafSize(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("minLeafSize must be at least 1, was 0");
        assertThatThrownBy(() -> GlobalBoostedTrees.builder().learningRate(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("learningRate must be in (0, 1], was 0.0");
        assertThatThrownBy(() -> GlobalBoostedTrees.builder().subsample(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("subsample must be in (0, 1], was 1.5");
        assertThatThrownBy(() -> GlobalBoostedTrees.builder().rollingWindows(3, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a rolling window must be at least 2, was 1");
        assertThatThrownBy(() -> GlobalBoostedTrees.builder().rollingWindows(3, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("rolling windows must differ, were [3, 3]");
    }

    @Test
    void name_andToString_describeTheSpecification() {
        assertThat(GlobalBoostedTrees.defaults().name()).isEqualTo("GBM(global)");
        assertThat(GlobalBoostedTrees.builder().nonNegative().build().name()).isEqualTo("nonNegative(GBM(global))");
        assertThat(GlobalBoostedTrees.defaults().toString()).isEqualTo("GBM(global)[lags=default, seasonalLags=2, "
                + "rollingWindows=default, holdout=default, trees=200, maxLeaves=8, maxDepth=8, minLeafSize=10, "
                + "learningRate=0.1, subsample=0.8, loss=HUBER, seed=20260101]");
    }

    @Test
    void fit_emptyGroup_saysSo() {
        assertThatThrownBy(() -> SPEC.fit(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the group is empty: a global model needs at least one series");
    }

    @Test
    void fit_duplicateKey_namesItAndBothPositions() {
        assertThatThrownBy(() -> SPEC.fit(List.of(series("a", 1, 30), series("b", 1, 30), series("a", 1, 30))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series key 'a' appears twice in the group, at positions 0 and 2; keys must be unique");
    }

    @Test
    void fit_differentSeasonLengths_namesBothSeries() {
        assertThatThrownBy(() -> SPEC.fit(List.of(series("monthly", 12, 40), series("quarterly", 4, 40))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series 'quarterly' has season length 4 but 'monthly', the first of the group, has 12; "
                        + "a group shares one season length");
    }

    @Test
    void fit_seriesTooShortForTheFeatures_namesItAndTheLengthNeeded() {
        // monthly defaults: the seasonal lag 24 needs 24 values before the first row
        assertThatThrownBy(() -> SPEC.fit(List.of(series("long", 12, 60), series("short", 12, 24))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series 'short' has 24 observations; GBM(global) needs at least 25 (24 for the lags and "
                        + "rolling means, and one to learn from); lower lags, seasonalLags or rollingWindows, or "
                        + "leave the series out of the group");
    }

    @Test
    void fit_noSeriesLongEnoughForTheHoldout_namesTheLongest() {
        assertThatThrownBy(() -> SPEC.fit(List.of(series("a", 1, 9), series("b", 1, 10))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no series of the group is long enough for a holdout of 6 values, which needs 13 "
                        + "observations; the longest, 'b', has 10; lower the holdout or the lags");
    }

    @Test
    void fit_attributesForAnUnknownSeries_namesIt() {
        assertThatThrownBy(() -> SPEC.fit(List.of(series("a", 1, 30)), Map.of("a", Map.of("pop", 1.0),
                "zz", Map.of("pop", 2.0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attributes are given for series 'zz', which is not in the group");
    }

    @Test
    void fit_seriesWithoutAttributes_namesIt() {
        assertThatThrownBy(() -> SPEC.fit(List.of(series("a", 1, 30), series("b", 1, 30)),
                Map.of("a", Map.of("pop", 1.0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series 'b' has no attributes, but others have; every series of the group needs the "
                        + "same attributes");
    }

    @Test
    void fit_differentAttributeNames_namesTheSeriesAndTheDifference() {
        assertThatThrownBy(() -> SPEC.fit(List.of(series("a", 1, 30), series("b", 1, 30)),
                Map.of("a", Map.of("pop", 1.0, "atc", 3.0), "b", Map.of("pop", 1.0, "region", 2.0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series 'b' has attributes [pop, region] but 'a' has [atc, pop]; missing [atc]; not in "
                        + "'a': [region]; every series of the group needs the same attributes");
    }

    @Test
    void fit_attributeNotFinite_namesSeriesAndAttribute() {
        Map<String, Map<String, Double>> attributes = new HashMap<>();
        attributes.put("a", Map.of("pop", 1.0));
        attributes.put("b", Map.of("pop", Double.NaN));
        assertThatThrownBy(() -> SPEC.fit(List.of(series("a", 1, 30), series("b", 1, 30)), attributes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series 'b': attribute 'pop' is NaN; attributes must be finite numbers (encode "
                        + "categories as numbers)");
    }

    @Test
    void fit_attributeNamedLikeABuiltInFeature_isRejected() {
        assertThatThrownBy(() -> SPEC.fit(List.of(series("a", 1, 30)), Map.of("a", Map.of("mean3", 1.0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("attribute 'mean3' has the name of a built-in feature; rename it");
    }

    @Test
    void fit_nulls_areNamed() {
        assertThatThrownBy(() -> SPEC.fit(null)).isInstanceOf(NullPointerException.class).hasMessage("group");
        assertThatThrownBy(() -> SPEC.fit(List.of(series("a", 1, 30)), null))
                .isInstanceOf(NullPointerException.class).hasMessage("attributes");
        assertThatThrownBy(() -> SPEC.fit(Arrays.asList(series("a", 1, 30), null)))
                .isInstanceOf(NullPointerException.class).hasMessage("series at position 1 of the group");
    }

    @Test
    void model_keyNotInTheGroup_namesIt() {
        GlobalFit fit = SPEC.fit(List.of(series("a", 1, 30), series("b", 1, 30)));

        assertThat(fit.keys()).containsExactly("a", "b");
        assertThatThrownBy(() -> fit.model("c"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series 'c' is not in the group this model was trained on (2 series)");
    }
}
