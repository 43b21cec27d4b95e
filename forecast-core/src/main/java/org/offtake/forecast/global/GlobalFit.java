package org.offtake.forecast.global;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.offtake.forecast.FittedModel;

/**
 * One {@link GlobalBoostedTrees} model trained on a group of series, with a {@link FittedModel} per series of the
 * group: {@code fit.model("amoxicillin/KZ-ALA").forecast(12, 80, 95)} and {@code simulate} work as for any model.
 * Immutable and safe to share between threads.
 */
public final class GlobalFit {

    private final String description;
    private final Map<String, FittedModel> models;
    private final List<String> featureNames;
    private final Map<String, Double> importance;
    private final int trainingRows;
    private final int holdout;
    private final int holdoutSeries;

    GlobalFit(String description, Map<String, FittedModel> models, List<String> featureNames, double[] importance,
              int trainingRows, int holdout, int holdoutSeries) {
        this.description = description;
        this.models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
        this.featureNames = List.copyOf(featureNames);
        double total = 0;
        for (double v : importance) {
            total += v;
        }
        Map<String, Double> share = new LinkedHashMap<>();
        for (int i = 0; i < importance.length; i++) {
            share.put(featureNames.get(i), total > 0 ? importance[i] / total : 0.0);
        }
        this.importance = Collections.unmodifiableMap(share);
        this.trainingRows = trainingRows;
        this.holdout = holdout;
        this.holdoutSeries = holdoutSeries;
    }

    /** What was fitted, for example {@code GBM(global)}; each series' model has the same description. */
    public String description() {
        return description;
    }

    /** The keys of the group, in the order the series were given. */
    public List<String> keys() {
        return List.copyOf(models.keySet());
    }

    /**
     * The fitted model of the series with this key.
     *
     * @throws IllegalArgumentException if no series of the group has this key
     */
    public FittedModel model(String key) {
        Objects.requireNonNull(key, "key");
        FittedModel m = models.get(key);
        if (m == null) {
            throw new IllegalArgumentException("series '" + key + "' is not in the group this model was trained on ("
                    + models.size() + " series)");
        }
        return m;
    }

    /** Every series' fitted model by key, in the order the series were given (unmodifiable). */
    public Map<String, FittedModel> models() {
        return models;
    }

    /**
     * The feature columns, in training order: {@code lag1..lagP}, {@code seasonalLagK}, {@code meanW},
     * {@code seasonPosition}, then the attribute names (see {@link GlobalBoostedTrees}).
     */
    public List<String> featureNames() {
        return featureNames;
    }

    /**
     * Each feature's share of the trees' total split gain (Smile's variable importance: the decrease of the loss
     * summed over every split on the feature in every tree), in {@link #featureNames()} order; the shares add up
     * to 1 (all 0 when no tree split).
     */
    public Map<String, Double> importance() {
        return importance;
    }

    /** Number of rows of the pooled training table of the final model (one per series and usable time point). */
    public int trainingRows() {
        return trainingRows;
    }

    /** Number of trailing values of each series held out to measure the errors that intervals are made from. */
    public int holdout() {
        return holdout;
    }

    /** Number of series whose holdout errors are pooled (series long enough for the holdout, not constant). */
    public int holdoutSeries() {
        return holdoutSeries;
    }

    @Override
    public String toString() {
        return "GlobalFit[" + description + ", series=" + models.size() + ", rows=" + trainingRows + ", holdout="
                + holdout + " x " + holdoutSeries + " series]";
    }
}
