package org.offtake.forecast.internal;

/** Classical seasonal decomposition by moving averages, as R's {@code stats::decompose}. */
public final class ClassicalDecomposition {

    private ClassicalDecomposition() {
    }

    /**
     * The seasonal component of a classical decomposition (R's {@code stats::decompose}): a centred moving
     * average of order {@code m} (2 x m when {@code m} is even) as trend, averages of the detrended values by
     * position in the season, normalised to sum to 0 (additive) or average 1 (multiplicative), repeated from the
     * first observation on. Needs at least two full seasons.
     *
     * @param additive true for {@code y - trend}, false for {@code y / trend}
     */
    public static double[] seasonal(double[] y, int m, boolean additive) {
        int n = y.length;
        int half = m / 2;
        boolean even = m % 2 == 0;
        double[] sum = new double[m];
        int[] count = new int[m];
        for (int t = half; t < n - half; t++) {
            double trend = 0;
            for (int j = -half; j <= half; j++) {
                double w = even && Math.abs(j) == half ? 0.5 : 1.0;
                trend += w * y[t + j];
            }
            trend /= m;
            double detrended = additive ? y[t] - trend : y[t] / trend;
            sum[t % m] += detrended;
            count[t % m]++;
        }
        double[] figure = new double[m];
        double total = 0;
        for (int i = 0; i < m; i++) {
            figure[i] = sum[i] / count[i];
            total += figure[i];
        }
        double average = total / m;
        for (int i = 0; i < m; i++) {
            figure[i] = additive ? figure[i] - average : figure[i] / average;
        }
        double[] seasonal = new double[n];
        for (int t = 0; t < n; t++) {
            seasonal[t] = figure[t % m];
        }
        return seasonal;
    }
}
