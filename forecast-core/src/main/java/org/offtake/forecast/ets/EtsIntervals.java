package org.offtake.forecast.ets;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Analytic forecast means and variances of the ETS models that have them (Hyndman, Koehler, Ord &amp; Snyder 2008,
 * chapter 6), as R's {@code forecast:::class1}, {@code class2} and {@code class3}:
 * <ul>
 * <li>class 1, additive errors with additive or no trend and season: {@code v_h = σ²(1 + Σ_{j<h} c_j²)} with
 *     {@code c_j = α + β φ_j + γ d_{j,m}} (section 6.3);</li>
 * <li>class 2, multiplicative errors, additive or no trend and season: {@code v_h = (1+σ²) θ_h - μ_h²},
 *     {@code θ_h = μ_h² + σ² Σ_{j<h} c_j² θ_{h-j}} (section 6.4);</li>
 * <li>class 3, multiplicative errors and season with additive or no trend: the moment recursion on the Kronecker
 *     products of the level/growth and seasonal state matrices (section 6.5), whose mean differs from the point
 *     forecast beyond one season.</li>
 * </ul>
 * Unlike R 8.x, the class-1 seasonal smoothing enters the most recent seasonal state when there is no trend, and the
 * damping parameter enters the class-3 level equations; R omits both (its variance differs at {@code h = m} for
 * ETS(A,N,A)/ETS(M,N,A), and its class-3 mean and variance use {@code φ = 1} in the level row).
 */
final class EtsIntervals {

    private EtsIntervals() {
    }

    /** Forecast means and variances, one per step. */
    record Moments(double[] mean, double[] variance) {
    }

    /** Whether the components have analytic intervals (classes 1 to 3). */
    static boolean analytic(EtsComponents c) {
        boolean linearTrend = c.trend() != EtsComponents.Trend.MULTIPLICATIVE;
        if (c.error() == EtsComponents.Error.ADDITIVE) {
            return linearTrend && c.season() != EtsComponents.Season.MULTIPLICATIVE;
        }
        return linearTrend;
    }

    /**
     * Means and variances for a model with {@link #analytic} components.
     *
     * @param last final states in R's order {@code [l, b?, s1..sm?]}, {@code s1} the most recent
     */
    static Moments moments(EtsComponents c, int m, double alpha, double beta, double gamma, double phi,
                           double sigma2, double[] last, double[] pointForecasts) {
        int h = pointForecasts.length;
        boolean seasonalM = c.season() == EtsComponents.Season.MULTIPLICATIVE;
        if (seasonalM) {
            return class3(c, m, alpha, beta, gamma, phi, sigma2, last, h);
        }
        double[] cj = linearWeights(c, m, alpha, beta, gamma, phi, h);
        double[] variance = new double[h];
        if (c.error() == EtsComponents.Error.ADDITIVE) {
            double sum = 0;
            for (int i = 0; i < h; i++) {
                variance[i] = sigma2 * (1 + sum);
                sum += cj[i + 1] * cj[i + 1];
            }
        } else {
            double[] theta = new double[h + 1];
            for (int j = 1; j <= h; j++) {
                double mu = pointForecasts[j - 1];
                double acc = 0;
                for (int i = 1; i < j; i++) {
                    acc += cj[i] * cj[i] * theta[j - i];
                }
                theta[j] = mu * mu + sigma2 * acc;
                variance[j - 1] = (1 + sigma2) * theta[j] - mu * mu;
            }
        }
        return new Moments(pointForecasts.clone(), variance);
    }

    /** {@code c_j = α + β(φ + ... + φ^j) + γ [j mod m = 0]} for {@code j = 1..h} (index 0 unused). */
    private static double[] linearWeights(EtsComponents c, int m, double alpha, double beta, double gamma,
                                          double phi, int h) {
        boolean trend = c.trend() != EtsComponents.Trend.NONE;
        boolean season = c.season() != EtsComponents.Season.NONE;
        double p = c.damped() ? phi : 1.0;
        double[] cj = new double[h + 1];
        double phiSum = 0;
        double phiPower = 1;
        for (int j = 1; j <= h; j++) {
            phiPower *= p;
            phiSum += phiPower;
            double v = alpha;
            if (trend) {
                v += beta * phiSum;
            }
            if (season && j % m == 0) {
                v += gamma;
            }
            cj[j] = v;
        }
        return cj;
    }

    /**
     * Class 3 (section 6.5): with {@code x = (l, b)} and seasonal vector {@code s}, {@code M_h = E[x s']} and
     * {@code V_h = Var(vec(x s'))} follow the recursions of R's {@code class3}, with {@code H1 = (1, φ)},
     * {@code F1 = [[1, φ], [0, φ]]} and {@code G1 = [[α, αφ], [β, βφ]]} for the (damped) additive trend.
     */
    private static Moments class3(EtsComponents c, int m, double alpha, double beta, double gamma, double phi,
                                  double sigma2, double[] last, int h) {
        boolean trend = c.trend() != EtsComponents.Trend.NONE;
        double p = c.damped() ? phi : 1.0;
        int q = trend ? 2 : 1;
        RealMatrix h1;
        RealMatrix f1;
        RealMatrix g1;
        if (trend) {
            h1 = MatrixUtils.createRowRealMatrix(new double[] {1, p});
            f1 = new Array2DRowRealMatrix(new double[][] {{1, p}, {0, p}});
            g1 = new Array2DRowRealMatrix(new double[][] {{alpha, alpha * p}, {beta, beta * p}});
        } else {
            h1 = MatrixUtils.createRowRealMatrix(new double[] {1});
            f1 = MatrixUtils.createRealIdentityMatrix(1);
            g1 = MatrixUtils.createRealMatrix(new double[][] {{alpha}});
        }
        double[] h2Row = new double[m];
        h2Row[m - 1] = 1;
        RealMatrix h2 = MatrixUtils.createRowRealMatrix(h2Row);
        RealMatrix f2 = MatrixUtils.createRealMatrix(m, m);
        f2.setEntry(0, m - 1, 1);
        for (int i = 1; i < m; i++) {
            f2.setEntry(i, i - 1, 1);
        }
        RealMatrix g2 = MatrixUtils.createRealMatrix(m, m);
        g2.setEntry(0, m - 1, gamma);

        double[] xs = new double[q];
        System.arraycopy(last, 0, xs, 0, q);
        double[] ss = new double[m];
        System.arraycopy(last, q, ss, 0, m);
        RealMatrix mh = MatrixUtils.createColumnRealMatrix(xs).multiply(MatrixUtils.createRowRealMatrix(ss));
        int size = q * m;
        RealMatrix vh = MatrixUtils.createRealMatrix(size, size);
        RealMatrix h21 = kronecker(h2, h1);
        RealMatrix f21 = kronecker(f2, f1);
        RealMatrix g21 = kronecker(g2, g1);
        RealMatrix k = kronecker(g2, f1).add(kronecker(f2, g1));
        RealMatrix f21t = f21.transpose();
        RealMatrix g21t = g21.transpose();
        RealMatrix kt = k.transpose();
        RealMatrix h2t = h2.transpose();
        RealMatrix h21t = h21.transpose();

        double[] mean = new double[h];
        double[] variance = new double[h];
        for (int i = 0; i < h; i++) {
            double mu = h1.multiply(mh).multiply(h2t).getEntry(0, 0);
            mean[i] = mu;
            variance[i] = (1 + sigma2) * h21.multiply(vh).multiply(h21t).getEntry(0, 0) + sigma2 * mu * mu;
            RealMatrix vec = vectorise(mh);
            RealMatrix outer = vec.multiply(vec.transpose());
            RealMatrix inner = f21.multiply(vh).multiply(g21t)
                    .add(g21.multiply(vh).multiply(f21t))
                    .add(k.multiply(vh.add(outer)).multiply(kt))
                    .add(g21.multiply(vh.scalarMultiply(3).add(outer.scalarMultiply(2))).multiply(g21t)
                            .scalarMultiply(sigma2));
            vh = f21.multiply(vh).multiply(f21t).add(inner.scalarMultiply(sigma2));
            mh = f1.multiply(mh).multiply(f2.transpose()).add(g1.multiply(mh).multiply(g2.transpose())
                    .scalarMultiply(sigma2));
        }
        return new Moments(mean, variance);
    }

    /** Column-major vectorisation, as R's {@code c(M)}. */
    private static RealMatrix vectorise(RealMatrix a) {
        int r = a.getRowDimension();
        int cols = a.getColumnDimension();
        double[] v = new double[r * cols];
        for (int j = 0; j < cols; j++) {
            for (int i = 0; i < r; i++) {
                v[j * r + i] = a.getEntry(i, j);
            }
        }
        return MatrixUtils.createColumnRealMatrix(v);
    }

    /** The Kronecker product {@code a ⊗ b}. */
    static RealMatrix kronecker(RealMatrix a, RealMatrix b) {
        int ar = a.getRowDimension();
        int ac = a.getColumnDimension();
        int br = b.getRowDimension();
        int bc = b.getColumnDimension();
        RealMatrix out = MatrixUtils.createRealMatrix(ar * br, ac * bc);
        for (int i = 0; i < ar; i++) {
            for (int j = 0; j < ac; j++) {
                double aij = a.getEntry(i, j);
                if (aij == 0) {
                    continue;
                }
                for (int k = 0; k < br; k++) {
                    for (int l = 0; l < bc; l++) {
                        out.setEntry(i * br + k, j * bc + l, aij * b.getEntry(k, l));
                    }
                }
            }
        }
        return out;
    }
}
