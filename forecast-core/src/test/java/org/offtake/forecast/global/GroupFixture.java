package org.offtake.forecast.global;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;

import org.offtake.forecast.TimeSeries;

/** Generated groups of related monthly series, seeded, for the global model's tests. */
final class GroupFixture {

    private GroupFixture() {
    }

    /** A shared multiplicative seasonal profile: winter peak, summer trough, amplitude about 40 %. */
    static double season(int monthOfYear) {
        return 1 + 0.4 * Math.cos(2 * Math.PI * (monthOfYear - 1) / 12.0);
    }

    /**
     * {@code count} monthly series of {@code length} values: level drawn log-uniformly from 20 to 20,000, the
     * shared season by calendar month, multiplicative noise with standard deviation {@code noise}. Series start in
     * different months, so only the calendar aligns their seasons.
     */
    static List<TimeSeries> seasonal(int count, int length, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TimeSeries> group = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double level = 20 * Math.pow(1000, random.nextDouble());
            YearMonth start = YearMonth.of(2015, 1 + random.nextInt(12));
            double[] y = generate(length, t -> level * season(start.plusMonths(t).getMonthValue())
                    * (1 + noise * random.nextGaussian()));
            group.add(TimeSeries.monthly("item-" + i, start, y));
        }
        return group;
    }

    static double[] generate(int n, IntToDoubleFunction f) {
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = f.applyAsDouble(t);
        }
        return y;
    }

    /** The first {@code n} values of every series. */
    static List<TimeSeries> heads(List<TimeSeries> group, int n) {
        return group.stream().map(s -> s.head(n)).toList();
    }

    /** Mean absolute error of {@code forecast} against {@code actual[from ..]}, over the series' level. */
    static double scaledError(TimeSeries actual, int from, double[] forecast) {
        double sum = 0;
        double level = actual.stream().map(Math::abs).average().orElseThrow();
        for (int k = 0; k < forecast.length; k++) {
            sum += Math.abs(actual.get(from + k) - forecast[k]);
        }
        return sum / forecast.length / level;
    }
}
