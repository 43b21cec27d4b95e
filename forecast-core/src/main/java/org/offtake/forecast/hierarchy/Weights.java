package org.offtake.forecast.hierarchy;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.DiagonalMatrix;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The matrix {@code W} of a projection method: the (estimated) covariance of the base forecast errors, up to scale.
 *
 * <p>Residual moments are taken about zero and divided by the number of periods {@code T}, as R's {@code hts::MinT}
 * does ({@code crossprod(res) / n}): one-step residuals of an unbiased model have mean zero. A node whose residuals
 * are all zero (a series that never had demand, forecast as zero) would make {@code W} singular; its variance is
 * floored at {@code 1e-10} times the largest variance of the block (or 1 when every variance is zero), so
 * reconciliation keeps its forecast almost unchanged and moves the others.
 */
final class Weights {

    /** Floor of a variance, relative to the block's largest variance. */
    static final double VARIANCE_FLOOR = 1e-10;

    private final RealMatrix w;
    private final double lambda;

    private Weights(RealMatrix w, double lambda) {
        this.w = w;
        this.lambda = lambda;
    }

    RealMatrix matrix() {
        return w;
    }

    /** The shrinkage intensity of MinT shrink; NaN for the other methods. */
    double lambda() {
        return lambda;
    }

    static Weights identity(Block block) {
        double[] d = new double[block.size()];
        java.util.Arrays.fill(d, 1.0);
        return new Weights(new DiagonalMatrix(d, false), Double.NaN);
    }

    /** {@code diag(S 1)}: each node weighted by the number of bottoms it sums. */
    static Weights structural(Block block) {
        double[] d = new double[block.size()];
        for (int k = 0; k < block.aggregateCount(); k++) {
            d[k] = block.row(k).length;
        }
        java.util.Arrays.fill(d, block.aggregateCount(), d.length, 1.0);
        return new Weights(new DiagonalMatrix(d, false), Double.NaN);
    }

    /** The diagonal of the residuals' second moments (R's {@code hts} {@code "wls"}). */
    static Weights variance(double[][] residuals) {
        return new Weights(new DiagonalMatrix(floored(moments(residuals)), false), Double.NaN);
    }

    /**
     * MinT shrink: {@code λ D + (1 - λ) Σ̂} with the intensity of Schäfer &amp; Strimmer (2005), "A shrinkage
     * approach to large-scale covariance matrix estimation and implications for functional genomics", Statistical
     * Applications in Genetics and Molecular Biology 4(1), article 32, target D (their "target D": the diagonal,
     * so only correlations shrink), computed as in R's {@code hts} (function {@code shrink.estim}):
     * <pre>
     *   x_ti = e_ti / sqrt(Σ̂_ii)                    (standardised residuals)
     *   r_ij = Σ̂_ij / sqrt(Σ̂_ii Σ̂_jj)                (correlations)
     *   v_ij = (Σ_t x_ti² x_tj² - (Σ_t x_ti x_tj)² / T) / (T (T - 1))     (estimated variance of r_ij)
     *   λ    = Σ_{i≠j} v_ij / Σ_{i≠j} r_ij², clamped to [0, 1]
     * </pre>
     * With no correlation at all (every {@code r_ij = 0}) {@code λ} is 1.
     */
    static Weights shrink(double[][] residuals) {
        int t = residuals.length;
        int n = residuals[0].length;
        double[][] cov = new double[n][n];
        for (double[] row : residuals) {
            for (int i = 0; i < n; i++) {
                double ri = row[i];
                if (ri == 0) {
                    continue;
                }
                for (int j = i; j < n; j++) {
                    cov[i][j] += ri * row[j];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                cov[i][j] /= t;
                cov[j][i] = cov[i][j];
            }
        }
        double[] sd = new double[n];
        for (int i = 0; i < n; i++) {
            sd[i] = Math.sqrt(cov[i][i]);
        }
        double[][] x = new double[t][n];
        for (int s = 0; s < t; s++) {
            for (int i = 0; i < n; i++) {
                x[s][i] = sd[i] > 0 ? residuals[s][i] / sd[i] : 0;
            }
        }
        double sumV = 0;
        double sumR2 = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (sd[i] == 0 || sd[j] == 0) {
                    continue;
                }
                double r = cov[i][j] / (sd[i] * sd[j]);
                double squares = 0;
                double cross = 0;
                for (int s = 0; s < t; s++) {
                    double p = x[s][i] * x[s][j];
                    squares += p * p;
                    cross += p;
                }
                sumV += 2 * (squares - cross * cross / t) / ((double) t * (t - 1));
                sumR2 += 2 * r * r;
            }
        }
        double lambda = sumR2 > 0 ? Math.max(0, Math.min(1, sumV / sumR2)) : 1.0;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = cov[i][i];
        }
        d = floored(d);
        RealMatrix w = new Array2DRowRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            w.setEntry(i, i, d[i]);
            for (int j = i + 1; j < n; j++) {
                double v = (1 - lambda) * cov[i][j];
                w.setEntry(i, j, v);
                w.setEntry(j, i, v);
            }
        }
        return new Weights(w, lambda);
    }

    /** The shrinkage target alone, {@code D}: MinT shrink with {@code λ = 1}. */
    static Weights target(double[][] residuals) {
        Weights v = variance(residuals);
        return new Weights(v.w, 1.0);
    }

    private static double[] moments(double[][] residuals) {
        int n = residuals[0].length;
        double[] d = new double[n];
        for (double[] row : residuals) {
            for (int i = 0; i < n; i++) {
                d[i] += row[i] * row[i];
            }
        }
        for (int i = 0; i < n; i++) {
            d[i] /= residuals.length;
        }
        return d;
    }

    private static double[] floored(double[] variances) {
        double max = 0;
        for (double v : variances) {
            max = Math.max(max, v);
        }
        double floor = max > 0 ? VARIANCE_FLOOR * max : 1.0;
        double[] out = variances.clone();
        for (int i = 0; i < out.length; i++) {
            if (!(out[i] >= floor)) {
                out[i] = floor;
            }
        }
        return out;
    }
}
