package org.offtake.forecast.internal;

import java.util.Comparator;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.ConvergenceChecker;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.AbstractSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * The Nelder-Mead update rule of R's {@code optim} (its C function {@code nmmin}), which follows Nash, <i>Compact
 * Numerical Methods for Computers</i> (2nd ed., 1990), algorithm 19, as a Commons Math simplex, so that
 * {@code SimplexOptimizer} runs it with its own evaluation budget and convergence loop.
 *
 * <p>It differs from Commons Math's {@code NelderMeadSimplex} (Lagarias et al. 1998) in ways that change where the
 * search ends on the ETS likelihood: vertices keep their slots instead of being sorted; a reflection that does not
 * beat the best vertex is always followed by a contraction of the worst vertex towards the centroid; the whole
 * simplex shrinks towards the best vertex only when both fail; and the search stops when a shrink no longer reduces
 * the simplex. Coefficients are R's: reflection 1, contraction 0.5, expansion 2.
 */
public final class NashSimplex extends AbstractSimplex {

    private static final double REFLECTION = 1.0;
    private static final double CONTRACTION = 0.5;
    private static final double EXPANSION = 2.0;

    private int best;
    private double size;
    /** Sum of all vertices, kept up to date as vertices are replaced, so that a centroid costs O(n), not O(n²). */
    private double[] sum;
    /** Work space of {@code iterate}: the centroid of the vertices other than the worst. */
    private double[] centroid;

    /** Thrown when a shrink does not make the simplex smaller (R's {@code fail = 10}): the search is over. */
    public static final class Stalled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stalled() {
            super("simplex no longer shrinks", null, false, false);
        }
    }

    /**
     * @param steps one displacement per coordinate; vertex {@code j} is the start point moved by {@code steps[j]}
     *              along axis {@code j} (R's initial simplex)
     */
    public NashSimplex(double[] steps) {
        super(axisSimplex(steps));
        double s = 0;
        for (double step : steps) {
            s += Math.abs(step);
        }
        this.size = s;
    }

    private static double[][] axisSimplex(double[] steps) {
        int n = steps.length;
        double[][] reference = new double[n + 1][n];
        for (int j = 0; j < n; j++) {
            reference[j + 1][j] = steps[j];
        }
        return reference;
    }

    /** Evaluates the vertices that have no value yet and leaves them in their slots (no sorting, as R). */
    @Override
    public void evaluate(MultivariateFunction function, Comparator<PointValuePair> comparator) {
        PointValuePair[] points = getPoints();
        for (int j = 0; j < points.length; j++) {
            if (Double.isNaN(points[j].getValue())) {
                double[] x = points[j].getPointRef();
                points[j] = new PointValuePair(x, function.value(x), false);
            }
        }
        setPoints(points);
        best = lowest(points, best);
        sum = vertexSum(points);
    }

    private static double[] vertexSum(PointValuePair[] points) {
        double[] s = new double[points[0].getPointRef().length];
        for (PointValuePair vertex : points) {
            double[] x = vertex.getPointRef();
            for (int i = 0; i < s.length; i++) {
                s[i] += x[i];
            }
        }
        return s;
    }

    private void replace(PointValuePair[] p, int slot, PointValuePair vertex) {
        double[] old = p[slot].getPointRef();
        double[] x = vertex.getPointRef();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += x[i] - old[i];
        }
        p[slot] = vertex;
    }

    @Override
    public void iterate(MultivariateFunction function, Comparator<PointValuePair> comparator) {
        PointValuePair[] p = getPoints();
        int n = getDimension();
        best = lowest(p, best);
        int worst = best;
        double worstValue = p[best].getValue();
        for (int j = 0; j < p.length; j++) {
            if (j != best && p[j].getValue() > worstValue) {
                worst = j;
                worstValue = p[j].getValue();
            }
        }
        double[] h = p[worst].getPointRef();
        if (centroid == null) {
            centroid = new double[n];
        }
        for (int i = 0; i < n; i++) {
            centroid[i] = (sum[i] - h[i]) / n;
        }
        double[] reflected = new double[n];
        for (int i = 0; i < n; i++) {
            reflected[i] = (1 + REFLECTION) * centroid[i] - REFLECTION * h[i];
        }
        double reflectedValue = function.value(reflected);
        double bestValue = p[best].getValue();
        if (reflectedValue < bestValue) {
            double[] expanded = new double[n];
            for (int i = 0; i < n; i++) {
                expanded[i] = EXPANSION * reflected[i] + (1 - EXPANSION) * centroid[i];
            }
            double expandedValue = function.value(expanded);
            replace(p, worst, expandedValue < reflectedValue ? new PointValuePair(expanded, expandedValue, false)
                    : new PointValuePair(reflected, reflectedValue, false));
        } else {
            if (reflectedValue < worstValue) {
                replace(p, worst, new PointValuePair(reflected, reflectedValue, false));
            }
            double[] from = p[worst].getPointRef();
            double[] contracted = new double[n];
            for (int i = 0; i < n; i++) {
                contracted[i] = (1 - CONTRACTION) * from[i] + CONTRACTION * centroid[i];
            }
            double contractedValue = function.value(contracted);
            if (contractedValue < p[worst].getValue()) {
                replace(p, worst, new PointValuePair(contracted, contractedValue, false));
            } else if (reflectedValue >= worstValue) {
                shrink(p, function);
            }
        }
        setPoints(p);
        best = lowest(p, best);
    }

    private void shrink(PointValuePair[] p, MultivariateFunction function) {
        double[] low = p[best].getPointRef();
        int n = low.length;
        double newSize = 0;
        for (int j = 0; j < p.length; j++) {
            if (j == best) {
                continue;
            }
            double[] x = p[j].getPoint();
            for (int i = 0; i < n; i++) {
                x[i] = CONTRACTION * (x[i] - low[i]) + low[i];
                newSize += Math.abs(x[i] - low[i]);
            }
            p[j] = new PointValuePair(x, Double.NaN, false);
        }
        if (!(newSize < size)) {
            throw new Stalled();
        }
        size = newSize;
        sum = vertexSum(p);
        for (int j = 0; j < p.length; j++) {
            if (j != best) {
                double[] x = p[j].getPointRef();
                p[j] = new PointValuePair(x, function.value(x), false);
            }
        }
    }

    /** The slot of the lowest value, keeping {@code current} on ties (as R's scan from its previous best). */
    private static int lowest(PointValuePair[] p, int current) {
        int low = current;
        double v = p[current].getValue();
        for (int j = 0; j < p.length; j++) {
            if (j != current && p[j].getValue() < v) {
                low = j;
                v = p[j].getValue();
            }
        }
        return low;
    }

    /** R's {@code reltol}, {@code sqrt(.Machine$double.eps)}. */
    public static final double R_TOLERANCE = 1.4901161193847656e-8;

    /**
     * Minimises {@code f} from {@code x0} as R's {@code optim(method = "Nelder-Mead")} does: every vertex of the
     * first simplex displaced along one axis by a tenth of the largest coordinate in absolute value (0.1 if all are
     * zero); stop when the worst vertex is within {@code sqrt(eps) (|f(x0)| + sqrt(eps))} of the best, when a
     * shrink no longer reduces the simplex, or after {@code maxEvaluations}.
     *
     * @return the best point evaluated and its value, whichever way the search stopped
     */
    public static PointValuePair minimise(MultivariateFunction f, double[] x0, int maxEvaluations) {
        int n = x0.length;
        double largest = 0;
        for (double v : x0) {
            largest = Math.max(largest, 0.1 * Math.abs(v));
        }
        double[] steps = new double[n];
        java.util.Arrays.fill(steps, largest == 0 ? 0.1 : largest);
        Best best = new Best(f);
        double f0 = best.value(x0);
        double tolerance = R_TOLERANCE * (Math.abs(f0) + R_TOLERANCE);
        if (!Double.isFinite(tolerance)) {
            tolerance = R_TOLERANCE;
        }
        try {
            new SimplexOptimizer(new SpreadChecker(n + 1, tolerance)).optimize(new MaxEval(maxEvaluations),
                    new ObjectiveFunction(best), GoalType.MINIMIZE, new InitialGuess(x0), new NashSimplex(steps));
        } catch (TooManyEvaluationsException | Stalled stopped) {
            // as R's maxit and its "polytope size not decreased": the best point evaluated is the answer
        }
        return new PointValuePair(best.point, best.value);
    }

    /** Remembers the lowest value evaluated and where (the first such point on ties, as R keeps its best slot). */
    private static final class Best implements MultivariateFunction {
        private final MultivariateFunction f;
        private double[] point;
        private double value = Double.POSITIVE_INFINITY;

        Best(MultivariateFunction f) {
            this.f = f;
        }

        @Override
        public double value(double[] x) {
            Interruption.check();
            double v = f.value(x);
            if (point == null || v < value) {
                value = v;
                if (point == null || point.length != x.length) {
                    point = x.clone();
                } else {
                    System.arraycopy(x, 0, point, 0, x.length);
                }
            }
            return v;
        }
    }

    /**
     * R's stopping rule, {@code f(worst) <= f(best) + tolerance}, through Commons Math's checker interface:
     * {@code SimplexOptimizer} shows the checker every vertex of the simplex in turn and stops when every answer
     * is yes; this checker says yes until it has seen the last vertex, then compares the highest and lowest values
     * it was shown.
     */
    public static final class SpreadChecker implements ConvergenceChecker<PointValuePair> {
        private final int vertices;
        private final double tolerance;
        private long calls;
        private double low;
        private double high;

        public SpreadChecker(int vertices, double tolerance) {
            this.vertices = vertices;
            this.tolerance = tolerance;
        }

        @Override
        public boolean converged(int iteration, PointValuePair previous, PointValuePair current) {
            int slot = (int) (calls++ % vertices);
            double v = current.getValue();
            if (slot == 0) {
                low = v;
                high = v;
            } else {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
            return slot < vertices - 1 || high <= low + tolerance;
        }
    }
}
