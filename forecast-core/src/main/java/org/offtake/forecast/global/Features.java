package org.offtake.forecast.global;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of one row of the pooled training table, and how to fill them from a history. For the value at index
 * {@code t} of a series {@code z} (already divided by the series' scale), with {@code L} its local level
 * ({@link #level}):
 * <ul>
 * <li>{@code lag1 .. lagP}: {@code z[t-1] / L .. z[t-P] / L};</li>
 * <li>{@code seasonalLagK}: {@code z[t-K] / L} for {@code K = m, 2m, ...}, the first {@code cycles} multiples of
 *     the season length {@code m} that the plain lags do not already reach (none when {@code m = 1});</li>
 * <li>{@code meanW}: the mean of {@code z[t-W] .. z[t-1]}, over {@code L}, for each rolling window {@code W};</li>
 * <li>{@code seasonPosition}: the position of {@code t} in the season, 1 to {@code m} (when {@code m > 1});</li>
 * <li>one column per caller-given attribute, in the order of {@link #attributeNames()}.</li>
 * </ul>
 * The target of the row is {@code z[t] / L}. A row needs {@link #history()} earlier values.
 */
final class Features {

    private final int lags;
    private final int[] seasonalLags;
    private final int[] windows;
    private final int seasonLength;
    private final List<String> attributeNames;
    private final int history;
    private final List<String> names;
    private final int levelWindow;

    Features(int lags, int cycles, int[] windows, int seasonLength, List<String> attributeNames) {
        this.lags = lags;
        this.seasonLength = seasonLength;
        this.windows = windows.clone();
        this.attributeNames = List.copyOf(attributeNames);
        List<Integer> seasonal = new ArrayList<>();
        for (int j = 1; seasonLength > 1 && j <= cycles; j++) {
            if (j * seasonLength > lags) {
                seasonal.add(j * seasonLength);
            }
        }
        this.seasonalLags = seasonal.stream().mapToInt(Integer::intValue).toArray();
        int h = lags;
        for (int l : seasonalLags) {
            h = Math.max(h, l);
        }
        for (int w : windows) {
            h = Math.max(h, w);
        }
        this.levelWindow = Math.max(lags, seasonLength);
        this.history = Math.max(h, levelWindow);

        List<String> n = new ArrayList<>();
        for (int i = 1; i <= lags; i++) {
            n.add("lag" + i);
        }
        for (int l : seasonalLags) {
            n.add("seasonalLag" + l);
        }
        for (int w : windows) {
            n.add("mean" + w);
        }
        if (seasonLength > 1) {
            n.add("seasonPosition");
        }
        for (String a : attributeNames) {
            if (n.contains(a)) {
                throw new IllegalArgumentException("attribute '" + a + "' has the name of a built-in feature; "
                        + "rename it (built-in features: " + n + ")");
            }
        }
        n.addAll(attributeNames);
        this.names = List.copyOf(n);
    }

    /**
     * The local level of the value at index {@code t}: the mean absolute value of the {@code max(P, m)} values before
     * it, or 1 when they are all 0.
     */
    private double level(double[] z, int t) {
        double sum = 0;
        for (int i = 1; i <= levelWindow; i++) {
            sum += Math.abs(z[t - i]);
        }
        return sum > 0 ? sum / levelWindow : 1;
    }

    /** Number of earlier values a row needs: the largest lag, rolling window or local-level window. */
    int history() {
        return history;
    }

    /** Number of columns. */
    int width() {
        return names.size();
    }

    /** Column names, in the order {@link #fill} writes them. */
    List<String> names() {
        return names;
    }

    List<String> attributeNames() {
        return attributeNames;
    }

    /**
     * Writes the features of the value at index {@code t} of {@code z} into {@code out} and returns the local level
     * {@code L} they are relative to: the row's target is {@code z[t] / L}, and a prediction {@code p} for it means
     * {@code z[t] = L p}.
     *
     * @param z             normalised values; indices {@code t - history() .. t - 1} are read
     * @param seasonOffset  the position in the season of index 0 (0-based)
     * @param attributes    the series' attribute values, in the order of {@link #attributeNames()}
     */
    double fill(double[] z, int t, int seasonOffset, double[] attributes, double[] out) {
        double level = level(z, t);
        int c = 0;
        for (int i = 1; i <= lags; i++) {
            out[c++] = z[t - i] / level;
        }
        for (int l : seasonalLags) {
            out[c++] = z[t - l] / level;
        }
        for (int w : windows) {
            double sum = 0;
            for (int i = 1; i <= w; i++) {
                sum += z[t - i];
            }
            out[c++] = sum / w / level;
        }
        if (seasonLength > 1) {
            out[c++] = Math.floorMod(seasonOffset + t, seasonLength) + 1;
        }
        System.arraycopy(attributes, 0, out, c, attributes.length);
        return level;
    }
}
