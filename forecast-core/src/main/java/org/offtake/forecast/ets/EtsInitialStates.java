package org.offtake.forecast.ets;

import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.offtake.forecast.internal.ClassicalDecomposition;

/**
 * Starting values of the ETS states, as R's {@code forecast:::initstate} computes them (Hyndman et al. 2008,
 * section 5.2, with the refinements of the {@code forecast} package): a classical decomposition gives the
 * seasonal indices (a regression on a trend and one Fourier pair when there are fewer than three seasons), then a
 * straight line through the first {@code max(10, 2m)} seasonally adjusted values gives level and growth.
 */
final class EtsInitialStates {

    private EtsInitialStates() {
    }

    /**
     * The free initial states {@code [l, b?, s0..s(m-2)?]}; the last seasonal state is implied by the
     * normalisation (seasonal indices sum to 0, or to {@code m} when multiplicative).
     *
     * @throws IllegalArgumentException if a seasonal model has fewer than 4 observations
     */
    static double[] of(double[] y, EtsRecursion.Spec spec) {
        int n = y.length;
        int m = spec.m();
        double[] adjusted = y;
        double[] seasonalStates = new double[0];
        if (spec.season() != EtsRecursion.NONE) {
            if (n < 4) {
                throw new IllegalArgumentException("a seasonal model needs at least 4 observations, has " + n);
            }
            boolean additive = spec.season() == EtsRecursion.ADD;
            double[] seasonal = n < 3 * m ? detrended(y, m, additive) : ClassicalDecomposition.seasonal(y, m, additive);
            seasonalStates = new double[m - 1];
            for (int j = 0; j < m - 1; j++) {
                seasonalStates[j] = seasonal[m - 1 - j];
            }
            adjusted = new double[n];
            if (additive) {
                for (int t = 0; t < n; t++) {
                    adjusted[t] = y[t] - seasonal[t];
                }
            } else {
                double sum = 0;
                for (int j = 0; j < m - 1; j++) {
                    seasonalStates[j] = Math.max(seasonalStates[j], 0.01);
                    sum += seasonalStates[j];
                }
                if (sum > m) {
                    double denominator = sum + 0.01 * (m - 1);
                    for (int j = 0; j < m - 1; j++) {
                        seasonalStates[j] /= denominator;
                    }
                }
                for (int t = 0; t < n; t++) {
                    adjusted[t] = y[t] / Math.max(seasonal[t], 0.01);
                }
            }
        }

        int maxn = Math.min(Math.max(10, 2 * m), n);
        double[] levelGrowth;
        if (spec.trend() == EtsRecursion.NONE) {
            double sum = 0;
            for (int t = 0; t < maxn; t++) {
                sum += adjusted[t];
            }
            levelGrowth = new double[] {sum / maxn};
        } else {
            double[] line = straightLine(adjusted, maxn);
            double a = line[0];
            double slope = line[1];
            if (spec.trend() == EtsRecursion.ADD) {
                double l0 = a;
                double b0 = slope;
                if (Math.abs(l0 + b0) < 1e-8) {
                    l0 *= 1 + 1e-3;
                    b0 *= 1 - 1e-3;
                }
                levelGrowth = new double[] {l0, b0};
            } else {
                double l0 = a + slope;
                if (Math.abs(l0) < 1e-8) {
                    l0 = 1e-7;
                }
                double b0 = (a + 2 * slope) / l0;
                l0 = l0 / b0;
                if (Math.abs(b0) > 1e10) {
                    b0 = Math.signum(b0) * 1e10;
                }
                if (l0 < 1e-8 || b0 < 1e-8) {
                    l0 = Math.max(adjusted[0], 1e-3);
                    b0 = Math.max(adjusted[1] / adjusted[0], 1e-3);
                }
                levelGrowth = new double[] {l0, b0};
            }
        }
        double[] states = new double[levelGrowth.length + seasonalStates.length];
        System.arraycopy(levelGrowth, 0, states, 0, levelGrowth.length);
        System.arraycopy(seasonalStates, 0, states, levelGrowth.length, seasonalStates.length);
        return states;
    }

    /** Intercept and slope of the least-squares line through {@code (1, x[0]) ... (k, x[k-1])}. */
    private static double[] straightLine(double[] x, int k) {
        SimpleRegression regression = new SimpleRegression(true);
        for (int t = 0; t < k; t++) {
            regression.addData(t + 1, x[t]);
        }
        double slope = regression.getSlope();
        if (Double.isNaN(slope)) {
            return new double[] {x[0], 0.0};
        }
        return new double[] {regression.getIntercept(), slope};
    }

    /**
     * With fewer than three seasons: the data less (or divided by) a linear trend fitted jointly with the first
     * Fourier pair, as R's {@code initstate} does with {@code tslm(y ~ trend + fourier(y, 1))}.
     */
    private static double[] detrended(double[] y, int m, boolean additive) {
        int n = y.length;
        boolean withSine = m != 2;
        int columns = withSine ? 3 : 2;
        double[][] design = new double[n][columns];
        for (int t = 0; t < n; t++) {
            double time = t + 1;
            int c = 0;
            design[t][c++] = time;
            if (withSine) {
                design[t][c++] = Math.sin(2 * Math.PI * time / m);
            }
            design[t][c] = Math.cos(2 * Math.PI * time / m);
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y.clone(), design);
        double[] beta = ols.estimateRegressionParameters();
        double[] out = new double[n];
        for (int t = 0; t < n; t++) {
            double line = beta[0] + beta[1] * (t + 1);
            out[t] = additive ? y[t] - line : y[t] / line;
        }
        return out;
    }
}
