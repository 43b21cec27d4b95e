package org.offtake.forecast.hierarchy;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Reorders each node's sample paths so that, across the nodes of a block, path {@code j} of every node is drawn from
 * the joint behaviour of the in-sample residuals: an empirical copula imposed by reordering, the Schaake shuffle of
 * Clark, Gangopadhyay, Hay, Rajagopalan &amp; Wilby (2004), "The Schaake shuffle: a method for reconstructing
 * space-time variability in forecasted precipitation and temperature fields", Journal of Hydrometeorology
 * 5(1):243-262, as used for ensemble copula coupling by Schefzik, Thorarinsdottir &amp; Gneiting (2013), "Uncertainty
 * quantification in complex simulation models using ensemble copula coupling", Statistical Science 28(4):616-640,
 * and for hierarchies by Ben Taieb, Taylor &amp; Hyndman (2021), "Hierarchical probabilistic forecasting of
 * electricity demand with smart meter data", Journal of the American Statistical Association 116(533):27-43.
 *
 * <ol>
 * <li>Draw {@code K} periods (one per path position) from the complete-case residual rows, with replacement; the
 *     same draws for every node, so position {@code j} holds one joint residual vector.</li>
 * <li>For each node, rank the positions by that node's residual (ties, from repeated draws or equal residuals,
 *     broken by one random key per position shared by all nodes).</li>
 * <li>Give the node's path with the {@code r}-th smallest total over the horizon to the position of rank
 *     {@code r}.</li>
 * </ol>
 * Whole paths move, never single steps, so each node keeps its paths as they were (their temporal dependence, and so
 * the distribution of its totals over a contract year); only which path of one node meets which path of another
 * changes, so that path totals are rank-dependent across nodes as one-step residuals are. That is an approximation:
 * the dependence of totals over many steps need not be that of one-step errors.
 */
final class PathReordering {

    private PathReordering() {
    }

    /**
     * @param paths     per node (block order), its paths {@code [path][step]}, or null for a node without paths;
     *                  reordered in place (the outer arrays are replaced, the paths themselves are not changed)
     * @param residuals complete-case residual rows, {@code [period][node]}
     */
    static void reorder(double[][][] paths, double[][] residuals, long seed) {
        int count = -1;
        for (double[][] p : paths) {
            if (p != null) {
                count = p.length;
                break;
            }
        }
        if (count < 0) {
            return;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] draws = new int[count];
        double[] tieBreak = new double[count];
        for (int k = 0; k < count; k++) {
            draws[k] = random.nextInt(residuals.length);
            tieBreak[k] = random.nextDouble();
        }
        for (int i = 0; i < paths.length; i++) {
            double[][] p = paths[i];
            if (p == null) {
                continue;
            }
            double[] template = new double[count];
            for (int k = 0; k < count; k++) {
                template[k] = residuals[draws[k]][i];
            }
            Integer[] positions = boxedRange(count);
            Arrays.sort(positions, (a, b) -> {
                int c = Double.compare(template[a], template[b]);
                return c != 0 ? c : Double.compare(tieBreak[a], tieBreak[b]);
            });
            double[] totals = new double[count];
            for (int k = 0; k < count; k++) {
                double s = 0;
                for (double v : p[k]) {
                    s += v;
                }
                totals[k] = s;
            }
            Integer[] byTotal = boxedRange(count);
            Arrays.sort(byTotal, (a, b) -> {
                int c = Double.compare(totals[a], totals[b]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            double[][] reordered = new double[count][];
            for (int r = 0; r < count; r++) {
                reordered[positions[r]] = p[byTotal[r]];
            }
            paths[i] = reordered;
        }
    }

    private static Integer[] boxedRange(int n) {
        Integer[] a = new Integer[n];
        for (int k = 0; k < n; k++) {
            a[k] = k;
        }
        return a;
    }
}
