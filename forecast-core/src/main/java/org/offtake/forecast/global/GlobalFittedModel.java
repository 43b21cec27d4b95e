package org.offtake.forecast.global;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.offtake.forecast.Forecast;
import org.offtake.forecast.internal.BaseFittedModel;
import org.offtake.forecast.internal.Intervals;

/**
 * One series' view of a {@link GlobalFit}: the shared trees and error pools, and the series' own history, scale,
 * noise scale and attributes.
 *
 * <ul>
 * <li>forecast: the recursive point forecast; bounds at each level are the type-8 quantiles, step by step, of the
 *     point forecast plus the pooled holdout errors at that step times the series' noise scale
 *     ({@link Residuals#outcomes}), widened where needed to contain the point forecast and the narrower levels
 *     ({@link Intervals#fromPaths});</li>
 * <li>simulate: the recursion with, at each step, a one-step holdout error drawn from the pool and times the
 *     series' noise scale added before the value feeds the next step.</li>
 * </ul>
 */
final class GlobalFittedModel extends BaseFittedModel {

    private final Member member;
    private final Booster booster;
    private final Features features;
    private final Residuals residuals;
    private final boolean nonNegative;

    GlobalFittedModel(Member member, Booster booster, Features features, Residuals residuals, boolean nonNegative,
                      String description) {
        super(member.series(), description, parameters(member, features), fitted(member, booster, features, nonNegative));
        this.member = member;
        this.booster = booster;
        this.features = features;
        this.residuals = residuals;
        this.nonNegative = nonNegative;
    }

    /** {@code scale}, {@code noiseScale} (see {@link Member}) and the attributes, as {@code attribute.NAME}. */
    private static Map<String, Double> parameters(Member m, Features features) {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("scale", m.scale());
        p.put("noiseScale", m.noiseScale());
        for (int i = 0; i < m.attributes().length; i++) {
            p.put("attribute." + features.attributeNames().get(i), m.attributes()[i]);
        }
        return p;
    }

    /** One-step in-sample predictions; NaN for the first {@link Features#history()} values. */
    private static double[] fitted(Member m, Booster booster, Features features, boolean nonNegative) {
        double[] fitted = new double[m.length()];
        Arrays.fill(fitted, Double.NaN);
        double[] row = new double[features.width()];
        for (int t = features.history(); t < m.length(); t++) {
            double level = features.fill(m.z(), t, m.seasonOffset(), m.attributes(), row);
            fitted[t] = Recursion.bound(m.scale() * level * booster.predict(row), nonNegative);
        }
        return fitted;
    }

    @Override
    protected Forecast computeForecast(int horizon, double[] levels) {
        double[] mean = Recursion.forecast(booster, features, member, horizon, nonNegative);
        Forecast f = Intervals.fromPaths(series(), description(), mean,
                residuals.outcomes(mean, member.noiseScale()), levels);
        return nonNegative ? f.truncatedAtZero() : f;
    }

    @Override
    protected void simulatePath(SplittableRandom random, double[] path) {
        Recursion.run(booster, features, member, nonNegative, () -> residuals.drawOneStep(random), path);
    }
}
