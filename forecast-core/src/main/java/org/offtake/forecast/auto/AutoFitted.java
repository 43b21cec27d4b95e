package org.offtake.forecast.auto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.offtake.forecast.FittedModel;
import org.offtake.forecast.Forecast;
import org.offtake.forecast.TimeSeries;
import org.offtake.forecast.internal.BaseFittedModel;
import org.offtake.forecast.internal.Intervals;

/** The combination {@link AutoForecaster} makes of its fitted members. */
final class AutoFitted extends BaseFittedModel implements AutoFit {

    /** A fitted candidate and the name it is reported under. */
    record Member(String name, FittedModel fit) {
    }

    private final List<Member> members;
    private final AutoForecaster.Combination combination;
    private final String reason;
    private final List<String> failures;
    private final int paths;
    private final long seed;

    AutoFitted(TimeSeries series, List<Member> members, AutoForecaster.Combination combination, String reason,
               List<String> failures, int paths, long seed) {
        super(series, description(members), parameters(members), combinedFitted(series, members, combination));
        this.members = List.copyOf(members);
        this.combination = combination;
        this.reason = reason;
        this.failures = List.copyOf(failures);
        this.paths = paths;
        this.seed = seed;
    }

    private static String description(List<Member> members) {
        if (members.size() == 1) {
            return members.get(0).fit().description();
        }
        StringBuilder b = new StringBuilder("Auto(");
        for (int i = 0; i < members.size(); i++) {
            b.append(i == 0 ? "" : " + ").append(members.get(i).fit().description());
        }
        return b.append(')').toString();
    }

    private static Map<String, Double> parameters(List<Member> members) {
        Map<String, Double> p = new LinkedHashMap<>();
        for (Member m : members) {
            m.fit().parameters().forEach((k, v) -> p.put(m.name() + "." + k, v));
        }
        return p;
    }

    private static double[] combinedFitted(TimeSeries series, List<Member> members,
                                           AutoForecaster.Combination combination) {
        int n = series.length();
        double[][] each = new double[members.size()][];
        for (int i = 0; i < each.length; i++) {
            each[i] = members.get(i).fit().fittedValues();
        }
        double[] out = new double[n];
        double[] column = new double[each.length];
        for (int t = 0; t < n; t++) {
            int k = 0;
            for (double[] f : each) {
                if (!Double.isNaN(f[t])) {
                    column[k++] = f[t];
                }
            }
            out[t] = k == 0 ? Double.NaN : combine(Arrays.copyOf(column, k), combination);
        }
        return out;
    }

    /** Mean or median of the values (a copy is sorted for the median). */
    static double combine(double[] values, AutoForecaster.Combination combination) {
        if (combination == AutoForecaster.Combination.MEAN) {
            double s = 0;
            for (double v : values) {
                s += v;
            }
            return s / values.length;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    @Override
    public List<String> members() {
        List<String> out = new ArrayList<>(members.size());
        for (Member m : members) {
            out.add(m.fit().description());
        }
        return out;
    }

    @Override
    public String reason() {
        return reason;
    }

    @Override
    public List<String> failures() {
        return failures;
    }

    private double[] mean(int horizon) {
        double[][] means = new double[members.size()][];
        for (int i = 0; i < means.length; i++) {
            means[i] = members.get(i).fit().forecast(horizon).mean();
        }
        double[] out = new double[horizon];
        double[] column = new double[means.length];
        for (int t = 0; t < horizon; t++) {
            for (int i = 0; i < means.length; i++) {
                column[i] = means[i][t];
            }
            out[t] = combine(column, combination);
        }
        return out;
    }

    /** Combined means; bounds from the pooled paths (the members' mixture), made to contain the mean. */
    @Override
    protected Forecast computeForecast(int horizon, double[] levels) {
        double[] mean = mean(horizon);
        if (levels.length == 0) {
            return Forecast.of(series(), description(), mean, levels, new double[0][], new double[0][]);
        }
        return Intervals.fromPaths(series(), description(), mean, simulateArray(horizon, paths, seed), levels);
    }

    /** A path from a member picked at random with equal probability: a draw from the equal-weight mixture. */
    @Override
    protected void simulatePath(SplittableRandom random, double[] path) {
        Member m = members.get(random.nextInt(members.size()));
        double[] drawn = m.fit().simulate(path.length, 1, random.nextLong()).path(0);
        System.arraycopy(drawn, 0, path, 0, path.length);
    }
}
