package org.offtake.forecast.global;

import java.util.ArrayList;
import java.util.List;

import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.type.DataTypes;
import smile.data.type.StructField;
import smile.data.type.StructType;
import smile.math.MathEx;
import smile.model.cart.Loss;
import smile.regression.GradientTreeBoost;

/**
 * The only class that touches Smile: trains Smile's {@link GradientTreeBoost} (Friedman 2001, "Greedy function
 * approximation: a gradient boosting machine", Annals of Statistics 29(5); Friedman 2002, "Stochastic gradient
 * boosting", Computational Statistics &amp; Data Analysis 38(4)) on a table of rows and predicts one row at a time.
 *
 * <p>Deterministic whatever the number of threads. Smile 6 draws the rows of each tree's subsample with
 * {@code MathEx.permutate}, which uses a generator per thread; {@link #train} seeds the calling thread's generator
 * with {@code MathEx.setSeed} immediately before training, and the subsampling runs on that thread only. The trees
 * search their splits in parallel over the columns (a parallel stream), but each column's best split is computed
 * sequentially and the best of them is taken with an ordered {@code max}, which picks the first of equal splits, so
 * the trees do not depend on the number of threads. {@code GlobalBoostedTreesTest} checks this in pools of 1 and 4
 * threads.
 */
final class Booster {

    private static final String TARGET = "target";

    private final GradientTreeBoost model;
    private final StructType schema;

    private Booster(GradientTreeBoost model, StructType schema) {
        this.model = model;
        this.schema = schema;
    }

    /**
     * Trains on {@code rows}: column 0 is the target, the others the features.
     *
     * @param rows  {@code rows[i] = {target, feature 1, ..., feature k}}; not changed
     * @param width number of features {@code k}
     * @param seed  seed of the subsampling
     */
    static Booster train(double[][] rows, int width, GlobalBoostedTrees spec, long seed) {
        String[] names = new String[width + 1];
        names[0] = TARGET;
        List<StructField> fields = new ArrayList<>(width);
        for (int j = 1; j <= width; j++) {
            names[j] = "x" + j;
            fields.add(new StructField(names[j], DataTypes.DoubleType));
        }
        DataFrame data = DataFrame.of(rows, names);
        GradientTreeBoost.Options options = new GradientTreeBoost.Options(loss(spec.loss()), spec.trees(),
                spec.maxDepth(), spec.maxLeaves(), spec.minLeafSize(), spec.learningRate(), spec.subsample(), null,
                null);
        MathEx.setSeed(seed);
        GradientTreeBoost model = GradientTreeBoost.fit(Formula.lhs(TARGET), data, options);
        return new Booster(model, new StructType(fields));
    }

    /** A new Smile loss object: they hold the working residuals of one training, so they are never shared. */
    private static Loss loss(PointLoss loss) {
        return switch (loss) {
            case SQUARED -> Loss.ls();
            case ABSOLUTE -> Loss.lad();
            case HUBER -> Loss.huber(0.9);
        };
    }

    /** The prediction for one row of features (in the order of the training columns, target excluded). */
    double predict(double[] features) {
        return model.predict(Tuple.of(schema, features));
    }

    /**
     * Smile's variable importance per feature column: the decrease of the split criterion summed over every split
     * on that column in every tree.
     */
    double[] importance() {
        return model.importance().clone();
    }
}
