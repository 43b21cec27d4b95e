package org.offtake.forecast.global;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.offtake.forecast.FittedModel;
import org.offtake.forecast.TimeSeries;

/**
 * What {@link GlobalBoostedTrees#fit} does with a validated group: checks that every series is long enough, trains a
 * model on the group without its last {@code H} values and measures its errors on them ({@link Residuals}), then
 * trains the final model on all the data and gives each series its {@link GlobalFittedModel}.
 */
final class Training {

    /** Mixed into the seed of the holdout model, so that its subsamples differ from the final model's. */
    private static final long HOLDOUT_SEED_MIX = 0x9E3779B97F4A7C15L;

    private Training() {
    }

    /**
     * @throws IllegalArgumentException if a series is shorter than the features' history plus one, or no series is
     *                                  long enough for the holdout
     */
    static GlobalFit run(GlobalBoostedTrees spec, Group g) {
        int m = g.seasonLength();
        Features features = new Features(spec.lags(m), spec.seasonalLags(), spec.windows(m), m, g.attributeNames());
        int minimum = features.history() + 1;
        for (TimeSeries s : g.series()) {
            if (s.length() < minimum) {
                throw new IllegalArgumentException("series '" + s.key() + "' has " + s.length() + " observations; "
                        + spec.name() + " needs at least " + minimum + " (" + features.history() + " for the lags "
                        + "and rolling means, and one to learn from); lower lags, seasonalLags or rollingWindows, or "
                        + "leave the series out of the group");
            }
        }
        int h = spec.holdout(m);
        List<Member> shortened = new ArrayList<>();
        TimeSeries longest = g.series().getFirst();
        for (TimeSeries s : g.series()) {
            if (s.length() - h >= minimum) {
                shortened.add(Member.of(s, s.length() - h, g.attributes().get(s.key())));
            }
            if (s.length() > longest.length()) {
                longest = s;
            }
        }
        if (shortened.isEmpty()) {
            throw new IllegalArgumentException("no series of the group is long enough for a holdout of " + h
                    + " values, which needs " + (minimum + h) + " observations; the longest, '" + longest.key()
                    + "', has " + longest.length() + "; lower the holdout or the lags");
        }
        Booster holdoutModel = Booster.train(rows(shortened, features), features.width(), spec,
                spec.seed() ^ HOLDOUT_SEED_MIX);
        Residuals residuals = Residuals.measure(shortened, h, holdoutModel, features, spec.nonNegative());

        List<Member> members = new ArrayList<>(g.series().size());
        for (TimeSeries s : g.series()) {
            members.add(Member.of(s, s.length(), g.attributes().get(s.key())));
        }
        double[][] rows = rows(members, features);
        Booster booster = Booster.train(rows, features.width(), spec, spec.seed());
        Map<String, FittedModel> models = new LinkedHashMap<>();
        for (Member member : members) {
            models.put(member.key(), new GlobalFittedModel(member, booster, features, residuals, spec.nonNegative(),
                    spec.name()));
        }
        return new GlobalFit(spec.name(), models, features.names(), booster.importance(), rows.length, h,
                residuals.series());
    }

    /** The pooled training table: per member and usable time point, the target and its features. */
    private static double[][] rows(List<Member> members, Features features) {
        int count = 0;
        for (Member m : members) {
            count += m.length() - features.history();
        }
        double[][] rows = new double[count][features.width() + 1];
        double[] row = new double[features.width()];
        int r = 0;
        for (Member m : members) {
            for (int t = features.history(); t < m.length(); t++) {
                double level = features.fill(m.z(), t, m.seasonOffset(), m.attributes(), row);
                rows[r][0] = m.z()[t] / level;
                System.arraycopy(row, 0, rows[r], 1, row.length);
                r++;
            }
        }
        return rows;
    }
}
