package org.offtake.forecast.intermittent;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * Simple exponential smoothing and the search for smoothing constants, shared by the intermittent models.
 *
 * <p>Optimised smoothing constants are searched in {@code [MIN_ALPHA, MAX_ALPHA] = [0.05, 0.3]}. Intermittent series
 * have few demands, and in-sample squared error then rewards constants that chase the last lumps; Kourentzes (2014),
 * "On intermittent demand model optimisation and selection", International Journal of Production Economics
 * 156:180-190, discusses why the usual in-sample cost functions are poor guides for such series. The literature
 * works with low constants (Syntetos &amp; Boylan 2005 compare 0.05 to 0.2). On the 3,000 automotive series with
 * the last 6 training months held out, this range forecast better than {@code [0.01, 1]} and {@code [0.05, 0.5]}
 * for optimised Croston, TSB and IMAPA alike (see {@code benchmarks/RESULTS.md}).
 *
 * <p>One constant is found with Commons Math's {@link BrentOptimizer}, two with its {@link BOBYQAOptimizer} (bound
 * constrained, derivative free); both are deterministic.
 */
final class Smoothing {

    /** Lower end of the range searched for optimised smoothing constants. */
    static final double MIN_ALPHA = 0.05;
    /** Upper end of the range searched for optimised smoothing constants. */
    static final double MAX_ALPHA = 0.3;

    private static final int MAX_EVALUATIONS = 500;

    private Smoothing() {
    }

    /**
     * Simple exponential smoothing of {@code x} from level {@code initial}: {@code l = l + alpha (x[t] - l)} for every
     * {@code t}. Writes the one-step forecast of {@code x[t]} (the level before the update) to {@code oneStep[t]} when
     * {@code oneStep} is not null, and returns the final level, the forecast of every future value.
     */
    static double ses(double[] x, double alpha, double initial, double[] oneStep) {
        double level = initial;
        for (int t = 0; t < x.length; t++) {
            if (oneStep != null) {
                oneStep[t] = level;
            }
            level += alpha * (x[t] - level);
        }
        return level;
    }

    /** Sum of squared one-step errors of {@link #ses} (the first value is its own initial level in our uses). */
    static double sesSse(double[] x, double alpha, double initial) {
        double level = initial;
        double sse = 0;
        for (double v : x) {
            double e = v - level;
            sse += e * e;
            level += alpha * e;
        }
        return sse;
    }

    /** The constant in {@code [MIN_ALPHA, MAX_ALPHA]} that minimises {@code cost}, by Brent's method. */
    static double minimise(DoubleUnaryOperator cost) {
        BrentOptimizer brent = new BrentOptimizer(1e-8, 1e-10);
        UnivariatePointValuePair best = brent.optimize(new MaxEval(MAX_EVALUATIONS), GoalType.MINIMIZE,
                new UnivariateObjectiveFunction(cost::applyAsDouble),
                new SearchInterval(MIN_ALPHA, MAX_ALPHA, 0.1));
        // Brent may stop inside the interval when the cost is flat towards an end; keep the better end point.
        double x = best.getPoint();
        double fx = best.getValue();
        for (double end : new double[] {MIN_ALPHA, MAX_ALPHA}) {
            double f = cost.applyAsDouble(end);
            if (f < fx) {
                x = end;
                fx = f;
            }
        }
        return x;
    }

    /**
     * The pair in {@code [MIN_ALPHA, MAX_ALPHA]²} that minimises {@code cost}, by BOBYQA (Powell 2009) from
     * {@code (0.1, 0.1)}, the constants of R's {@code croston}.
     *
     * <p>When the cost does not depend on one of the constants (all sizes equal, say, so the size constant changes
     * nothing) BOBYQA's quadratic model is degenerate and Commons Math stops with "trust region step has failed to
     * reduce Q"; the best pair evaluated until then is returned, which on a flat direction is as good as any.
     */
    static double[] minimise(DoubleBinaryOperator cost) {
        BestSeen best = new BestSeen(cost);
        BOBYQAOptimizer bobyqa = new BOBYQAOptimizer(5, 0.05, 1e-7);
        try {
            bobyqa.optimize(new MaxEval(MAX_EVALUATIONS), GoalType.MINIMIZE, new ObjectiveFunction(best),
                    new InitialGuess(new double[] {0.1, 0.1}),
                    new SimpleBounds(new double[] {MIN_ALPHA, MIN_ALPHA}, new double[] {MAX_ALPHA, MAX_ALPHA}));
        } catch (MathIllegalStateException degenerate) {
            // includes TooManyEvaluationsException; keep the best point evaluated so far
        }
        return new double[] {clamp(best.point[0]), clamp(best.point[1])};
    }

    /** The cost as a {@link MultivariateFunction} that remembers the best point it was evaluated at. */
    private static final class BestSeen implements MultivariateFunction {
        private final DoubleBinaryOperator cost;
        private double[] point;
        private double value = Double.POSITIVE_INFINITY;

        BestSeen(DoubleBinaryOperator cost) {
            this.cost = cost;
        }

        @Override
        public double value(double[] p) {
            double v = cost.applyAsDouble(clamp(p[0]), clamp(p[1]));
            if (point == null || v < value) {
                value = v;
                point = p.clone();
            }
            return v;
        }
    }

    private static double clamp(double alpha) {
        return Math.max(MIN_ALPHA, Math.min(MAX_ALPHA, alpha));
    }
}
