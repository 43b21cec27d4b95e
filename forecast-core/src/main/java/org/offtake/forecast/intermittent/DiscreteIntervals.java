package org.offtake.forecast.intermittent;

import java.util.Arrays;

import org.offtake.forecast.Forecast;
import org.offtake.forecast.TimeSeries;

/**
 * Prediction intervals from simulated paths of demand that has a mass of probability at zero and, for counts, takes
 * whole values only. Bounds are values the paths take, so they are integers when the paths are.
 *
 * <p>At each step, with the {@code N} path values sorted, the {@code L} % interval is:
 * <ul>
 * <li>lower bound: the {@code (1 - L/100) / 2} sample quantile by definition 1 of Hyndman &amp; Fan (1996), the
 *     inverse of the empirical distribution function (the smallest value with at least that share of the paths at
 *     or below it);</li>
 * <li>upper bound: the smallest value such that at least {@code ceil(L N / 100)} paths lie between the lower bound
 *     and it.</li>
 * </ul>
 * For continuous paths this is the usual equal-tailed interval. For demand with many zeros it is not: when more
 * than {@code (1 - L/100) / 2} of the paths are zero the lower bound is 0 and excludes nothing, and an equal-tailed
 * interval would then cover about {@code (1 + L/100) / 2} (90 % for a nominal 80 %); here the upper bound takes the
 * whole {@code 1 - L/100} that is left, and the interval is the one-sided {@code [0, Q(L/100)]}. Each interval holds
 * at least {@code L} % of the paths, and no smaller upper bound would.
 *
 * <p>Wider levels contain narrower ones (bounds are widened where needed), and every interval contains the point
 * forecast: where it would not (demand is so rare that the upper bound is 0), the upper bound is the point
 * forecast, which is then not a whole number; the interval still holds the same whole numbers.
 */
final class DiscreteIntervals {

    private DiscreteIntervals() {
    }

    static Forecast fromPaths(TimeSeries series, String model, double[] mean, double[][] paths, double[] levels) {
        int h = mean.length;
        int count = paths.length;
        double[][] lower = new double[levels.length][h];
        double[][] upper = new double[levels.length][h];
        double[] column = new double[count];
        for (int t = 0; t < h; t++) {
            for (int p = 0; p < count; p++) {
                column[p] = paths[p][t];
            }
            Arrays.sort(column);
            double lo = mean[t];
            double hi = mean[t];
            for (int i = 0; i < levels.length; i++) {
                double share = levels[i] / 100;
                double bottom = inverseEcdf(column, (1 - share) / 2);
                int below = countBelow(column, bottom);
                int inside = (int) Math.ceil(share * count - 1e-9);
                double top = column[Math.min(count - 1, below + inside - 1)];
                lo = Math.min(lo, bottom);
                hi = Math.max(hi, top);
                lower[i][t] = lo;
                upper[i][t] = hi;
            }
        }
        return Forecast.of(series, model, mean, levels, lower, upper);
    }

    /** The smallest value of the sorted sample with at least {@code ceil(p n)} values at or below it. */
    static double inverseEcdf(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length - 1e-9);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Number of values of the sorted sample strictly below {@code x}. */
    private static int countBelow(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
