package org.offtake.forecast.hierarchy;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * The projection {@code P = (S' W^-1 S)^-1 S' W^-1} of a block, computed in its constraint form (Wickramasuriya,
 * Athanasopoulos &amp; Hyndman 2019; Di Fonzo &amp; Girolimetto 2023,
 * "Cross-temporal forecast reconciliation: optimal combination method and heuristic alternatives", International
 * Journal of Forecasting 39(1):39-57): with {@code C = [I | -A]} the
 * {@code (n - m) x n} matrix of the block's aggregation constraints ({@code C y = 0} exactly when {@code y} is
 * coherent),
 * <pre>
 *   y~ = y - W C' (C W C')^-1 C y,
 * </pre>
 * the same reconciled values as {@code S P y} whenever {@code W} is positive definite. It needs one small solve of
 * order {@code n - m} (one for an item block) instead of an inverse of {@code W} and one of order {@code m}, and each
 * path step then costs {@code O(n (n - m))}: the incoherence of each aggregate {@code C y}, times a fixed matrix.
 * Only the bottom rows of {@code W C' (C W C')^-1} are kept; aggregates are summed from the reconciled bottoms, so
 * coherence holds to rounding.
 */
final class Projection {

    /** {@code [bottom][aggregate]}: the bottom rows of {@code W C' (C W C')^-1}. */
    private final double[][] adjustment;

    private Projection(double[][] adjustment) {
        this.adjustment = adjustment;
    }

    /**
     * @throws SingularMatrixException if {@code C W C'} is singular
     */
    static Projection of(Block block, RealMatrix w) {
        int n = block.size();
        int na = block.aggregateCount();
        int m = block.bottomCount();
        // W C': column k is W's column k less the columns of the bottoms aggregate k sums.
        RealMatrix wc = new Array2DRowRealMatrix(n, na);
        for (int k = 0; k < na; k++) {
            int[] row = block.row(k);
            for (int i = 0; i < n; i++) {
                double v = w.getEntry(i, k);
                for (int j : row) {
                    v -= w.getEntry(i, na + j);
                }
                wc.setEntry(i, k, v);
            }
        }
        // C W C', symmetrised against rounding.
        RealMatrix cwc = new Array2DRowRealMatrix(na, na);
        for (int l = 0; l < na; l++) {
            int[] row = block.row(l);
            for (int k = 0; k < na; k++) {
                double v = wc.getEntry(l, k);
                for (int j : row) {
                    v -= wc.getEntry(na + j, k);
                }
                cwc.setEntry(l, k, v);
            }
        }
        RealMatrix sym = cwc.add(cwc.transpose()).scalarMultiply(0.5);
        DecompositionSolver solver;
        try {
            solver = new CholeskyDecomposition(sym).getSolver();
        } catch (NonPositiveDefiniteMatrixException e) {
            solver = new LUDecomposition(sym).getSolver();
        }
        // (W C' (C W C')^-1)' = (C W C')^-1 (W C')' since C W C' is symmetric.
        RealMatrix mt = solver.solve(wc.transpose());
        double[][] adjustment = new double[m][na];
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < na; k++) {
                adjustment[j][k] = mt.getEntry(k, na + j);
            }
        }
        return new Projection(adjustment);
    }

    /**
     * Reconciled bottoms along one path (or the means): {@code in[i]} is node {@code i}'s base values, the reconciled
     * bottoms go to {@code out[na + j]} (the aggregates' rows of {@code out} are left alone) and {@code incoherence}
     * is scratch space of {@code n - m} rows of at least {@code h}. Per step, {@code C y} and then each bottom less
     * its kept row of {@code W C' (C W C')^-1} times that, with the loops along the path, over contiguous arrays.
     */
    void bottomsOfPath(Block block, double[][] in, int h, double[][] out, double[][] incoherence) {
        int na = block.aggregateCount();
        for (int k = 0; k < na; k++) {
            double[] v = incoherence[k];
            System.arraycopy(in[k], 0, v, 0, h);
            for (int j : block.row(k)) {
                double[] bottom = in[na + j];
                for (int t = 0; t < h; t++) {
                    v[t] -= bottom[t];
                }
            }
        }
        for (int j = 0; j < adjustment.length; j++) {
            double[] a = adjustment[j];
            double[] v = out[na + j];
            System.arraycopy(in[na + j], 0, v, 0, h);
            for (int k = 0; k < na; k++) {
                double ak = a[k];
                double[] inc = incoherence[k];
                for (int t = 0; t < h; t++) {
                    v[t] -= ak * inc[t];
                }
            }
        }
    }

    /** {@code P} itself, {@code m x n}: {@code [-M | I + M A]} with {@code M} the kept rows. */
    RealMatrix matrix(Block block) {
        int na = block.aggregateCount();
        int m = block.bottomCount();
        RealMatrix p = new Array2DRowRealMatrix(m, na + m);
        for (int j = 0; j < m; j++) {
            p.setEntry(j, na + j, 1.0);
            for (int k = 0; k < na; k++) {
                p.setEntry(j, k, -adjustment[j][k]);
                for (int b : block.row(k)) {
                    p.addToEntry(j, na + b, adjustment[j][k]);
                }
            }
        }
        return p;
    }
}
