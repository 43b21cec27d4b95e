package org.offtake.forecast.ets;

import org.offtake.forecast.internal.NashSimplex;

/**
 * Maximum-likelihood estimation of one ETS model (Hyndman et al. 2008, section 5.2): smoothing parameters, damping
 * and initial states jointly minimise {@code n log(SSE) [+ 2 Σ log|ŷ|]} inside the chosen parameter region.
 *
 * <p>The search is R's ({@code forecast:::etsmodel}): the same starting values ({@code initparam},
 * {@code initstate}), the same Nelder-Mead variant ({@link NashSimplex}) from the same initial simplex, with the
 * same tolerance and budget, so that the estimates are R's up to rounding. Searches that go further (Commons
 * Math's own Nelder-Mead, a simplex scaled to each coordinate with restarts, or Levenberg-Marquardt on the
 * least-squares form of the likelihood) reach higher likelihoods on many series but forecast the M3 data less
 * accurately, for example through trends that follow the last change ({@code beta = alpha}) on short series;
 * benchmarks/RESULTS.md records the comparison.
 */
final class EtsEstimator {

    /** Evaluations allowed per optimisation (R: {@code maxit = 2000}). */
    private static final int MAX_EVALUATIONS = 2000;
    private static final double PERFECT_FIT = -1e10;

    private EtsEstimator() {
    }

    /** Smoothing parameters fixed by the caller (NaN where estimated). */
    record Fixed(double alpha, double beta, double gamma, double phi) {
    }

    /**
     * The estimate of one model: smoothing parameters (NaN where the model has none), full initial states, the
     * number of estimated parameters and states, and the number of smoothing parameters the caller fixed.
     */
    record Estimate(double alpha, double beta, double gamma, double phi, double[] initialStates, int freeParameters,
                    int fixedParameters) {
    }

    /**
     * Estimates the parameters of one model, or returns null when the model has as many free parameters as the
     * data allow ({@code np >= n - 1}), which R scores as an infinite information criterion.
     *
     * @param m         season length (used only by seasonal components)
     * @param criterion what the search minimises
     */
    static Estimate estimate(double[] y, EtsComponents c, int m, EtsParameterSpace space, Fixed fixed,
                             Ets.FitCriterion criterion) {
        EtsRecursion.Spec spec = EtsRecursion.Spec.of(c, m);
        int mm = spec.m();
        boolean hasTrend = c.trend() != EtsComponents.Trend.NONE;
        boolean hasSeason = c.season() != EtsComponents.Season.NONE;
        double[] lower = space.lower.clone();
        double[] upper = space.upper.clone();
        if (!Double.isNaN(fixed.alpha())) {
            upper[1] = Math.min(fixed.alpha(), upper[1]);
            upper[2] = Math.min(1 - fixed.alpha(), upper[2]);
        }
        if (!Double.isNaN(fixed.beta())) {
            lower[0] = Math.max(fixed.beta(), lower[0]);
        }
        if (!Double.isNaN(fixed.gamma())) {
            upper[0] = Math.min(1 - fixed.gamma(), upper[0]);
        }
        EtsParameterSpace region = new EtsParameterSpace(lower, upper, space.bounds);

        boolean freeAlpha = Double.isNaN(fixed.alpha());
        boolean freeBeta = hasTrend && Double.isNaN(fixed.beta());
        boolean freeGamma = hasSeason && Double.isNaN(fixed.gamma());
        boolean freePhi = c.damped() && Double.isNaN(fixed.phi());
        double[] start = startingParameters(fixed, hasTrend, hasSeason, c.damped(), region, mm);
        double alpha0 = start[0];
        double beta0 = start[1];
        double gamma0 = start[2];
        double phi0 = start[3];
        if (!region.contains(alpha0, hasTrend ? beta0 : Double.NaN, hasSeason ? gamma0 : Double.NaN,
                c.damped() ? phi0 : Double.NaN, mm, freeAlpha, freeBeta, freeGamma, freePhi)) {
            throw new IllegalArgumentException(c + ": the given smoothing parameters are outside the parameter "
                    + "region (alpha " + alpha0 + ", beta " + beta0 + ", gamma " + gamma0 + ", phi " + phi0 + ")");
        }
        double[] states = EtsInitialStates.of(y, spec);
        int nFree = (freeAlpha ? 1 : 0) + (freeBeta ? 1 : 0) + (freeGamma ? 1 : 0) + (freePhi ? 1 : 0);
        int np = nFree + states.length;
        if (np >= y.length - 1) {
            return null;
        }
        int nFixed = (freeAlpha ? 0 : 1) + (hasTrend && !freeBeta ? 1 : 0) + (hasSeason && !freeGamma ? 1 : 0)
                + (c.damped() && !freePhi ? 1 : 0);

        double[] x0 = new double[np];
        int j = 0;
        if (freeAlpha) {
            x0[j++] = alpha0;
        }
        if (freeBeta) {
            x0[j++] = beta0;
        }
        if (freeGamma) {
            x0[j++] = gamma0;
        }
        if (freePhi) {
            x0[j++] = phi0;
        }
        System.arraycopy(states, 0, x0, j, states.length);
        Layout layout = new Layout(spec, hasTrend, hasSeason, c.damped(), freeAlpha, freeBeta, freeGamma, freePhi,
                nFree, alpha0, beta0, gamma0, phi0);
        Objective objective = new Objective(y, layout, region, criterion);
        double[] best = minimise(objective, x0);
        double[] fullStates = layout.fullStates(best);
        return new Estimate(layout.alpha(best), hasTrend ? layout.beta(best) : Double.NaN,
                hasSeason ? layout.gamma(best) : Double.NaN, c.damped() ? layout.phi(best) : Double.NaN,
                fullStates, np, nFixed);
    }

    /** R's {@code initparam}: alpha, beta, gamma, phi to start from (fixed values where given). */
    private static double[] startingParameters(Fixed fixed, boolean trend, boolean season, boolean damped,
                                               EtsParameterSpace region, int m) {
        double[] lower = region.lower;
        double[] upper = region.upper.clone();
        double alpha = fixed.alpha();
        if (Double.isNaN(alpha)) {
            alpha = lower[0] + 0.2 * (upper[0] - lower[0]) / m;
            if (alpha > 1 || alpha < 0) {
                alpha = lower[0] + 2e-3;
            }
        }
        double beta = fixed.beta();
        if (trend && Double.isNaN(beta)) {
            upper[1] = Math.min(upper[1], alpha);
            beta = lower[1] + 0.1 * (upper[1] - lower[1]);
            if (beta < 0 || beta > alpha) {
                beta = alpha - 1e-3;
            }
        }
        double gamma = fixed.gamma();
        if (season && Double.isNaN(gamma)) {
            upper[2] = Math.min(upper[2], 1 - alpha);
            gamma = lower[2] + 0.05 * (upper[2] - lower[2]);
            if (gamma < 0 || gamma > 1 - alpha) {
                gamma = 1 - alpha - 1e-3;
            }
        }
        double phi = fixed.phi();
        if (damped && Double.isNaN(phi)) {
            phi = lower[3] + 0.99 * (upper[3] - lower[3]);
            if (phi < 0 || phi > 1) {
                phi = upper[3] - 1e-3;
            }
        }
        return new double[] {alpha, beta, gamma, phi};
    }

    /**
     * R's search ({@link NashSimplex#minimise}): from R's initial simplex, which with level-sized states puts the
     * smoothing-parameter vertices outside the region at first, with R's tolerance and 2000 evaluations; the best
     * point evaluated is the estimate.
     */
    private static double[] minimise(Objective objective, double[] x0) {
        return NashSimplex.minimise(objective, x0, MAX_EVALUATIONS).getPoint();
    }

    /** How the optimiser's vector maps to parameters and states. */
    private record Layout(EtsRecursion.Spec spec, boolean trend, boolean season, boolean damped, boolean freeAlpha,
                          boolean freeBeta, boolean freeGamma, boolean freePhi, int nFree, double alpha0,
                          double beta0, double gamma0, double phi0) {

        double alpha(double[] x) {
            return freeAlpha ? x[0] : alpha0;
        }

        double beta(double[] x) {
            return freeBeta ? x[freeAlpha ? 1 : 0] : beta0;
        }

        double gamma(double[] x) {
            return freeGamma ? x[(freeAlpha ? 1 : 0) + (freeBeta ? 1 : 0)] : gamma0;
        }

        double phi(double[] x) {
            return freePhi ? x[nFree - 1] : phi0;
        }

        /** States {@code [l, b?, s0..s(m-1)?]} with the last seasonal state from the normalisation. */
        double[] fullStates(double[] x) {
            return fullStates(x, new double[stateCount(x)]);
        }

        int stateCount(double[] x) {
            int free = x.length - nFree;
            return season ? free + 1 : free;
        }

        /** As {@link #fullStates(double[])}, written into {@code s} (of {@link #stateCount} values). */
        double[] fullStates(double[] x, double[] s) {
            int free = x.length - nFree;
            int m = spec.m();
            System.arraycopy(x, nFree, s, 0, free);
            if (season) {
                int first = trend ? 2 : 1;
                double sum = 0;
                for (int i = first; i < free; i++) {
                    sum += s[i];
                }
                s[free] = (spec.season() == EtsRecursion.MULT ? m : 0) - sum;
            }
            return s;
        }
    }

    /**
     * The criterion: infinite outside the region; inside, R's likelihood or the mean squared one-step error
     * (R's {@code opt.crit = "mse"}).
     */
    private static final class Objective implements org.apache.commons.math3.analysis.MultivariateFunction {
        final double[] y;
        final Layout layout;
        final EtsParameterSpace region;
        final Ets.FitCriterion criterion;
        final double[] ring;
        final double[] finalLevel = new double[3];
        private final double[] regionWork;
        private double[] states;
        private double lastAlpha = Double.NaN;
        private double lastBeta = Double.NaN;
        private double lastGamma = Double.NaN;
        private double lastPhi = Double.NaN;
        private boolean lastInRegion;

        Objective(double[] y, Layout layout, EtsParameterSpace region, Ets.FitCriterion criterion) {
            this.y = y;
            this.criterion = criterion;
            this.layout = layout;
            this.region = region;
            this.ring = new double[layout.spec().m()];
            this.regionWork = new double[EtsParameterSpace.workLength(layout.spec().m())];
        }

        @Override
        public double value(double[] x) {
            double alpha = layout.alpha(x);
            double beta = layout.trend() ? layout.beta(x) : Double.NaN;
            double gamma = layout.season() ? layout.gamma(x) : Double.NaN;
            double phi = layout.damped() ? layout.phi(x) : Double.NaN;
            EtsRecursion.Spec spec = layout.spec();
            if (!inRegion(alpha, beta, gamma, phi)) {
                return Double.POSITIVE_INFINITY;
            }
            if (states == null) {
                states = new double[layout.stateCount(x)];
            }
            layout.fullStates(x, states);
            if (spec.season() == EtsRecursion.MULT) {
                for (int i = layout.trend() ? 2 : 1; i < states.length; i++) {
                    if (states[i] < 0) {
                        return Double.POSITIVE_INFINITY;
                    }
                }
            }
            double lik = EtsRecursion.run(y, spec, alpha, layout.trend() ? beta : 0.0,
                    layout.season() ? gamma : 0.0, Double.isNaN(phi) ? 1.0 : phi, states, ring, finalLevel,
                    null, null);
            if (Double.isNaN(lik)) {
                return Double.POSITIVE_INFINITY;
            }
            return criterion == Ets.FitCriterion.MSE ? finalLevel[2] / y.length : Math.max(lik, PERFECT_FIT);
        }

        /**
         * The region test, remembered for the last smoothing parameters: many simplex moves change the states only,
         * and the seasonal admissibility test is a polynomial stability test.
         */
        private boolean inRegion(double alpha, double beta, double gamma, double phi) {
            if (alpha == lastAlpha && same(beta, lastBeta) && same(gamma, lastGamma) && same(phi, lastPhi)) {
                return lastInRegion;
            }
            lastAlpha = alpha;
            lastBeta = beta;
            lastGamma = gamma;
            lastPhi = phi;
            lastInRegion = region.contains(alpha, beta, gamma, phi, layout.spec().m(), layout.freeAlpha(),
                    layout.freeBeta(), layout.freeGamma(), layout.freePhi(), regionWork);
            return lastInRegion;
        }

        private static boolean same(double a, double b) {
            return a == b || Double.isNaN(a) && Double.isNaN(b);
        }
    }
}
