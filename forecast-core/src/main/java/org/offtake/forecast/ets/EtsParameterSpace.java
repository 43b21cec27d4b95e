package org.offtake.forecast.ets;

/**
 * Where the smoothing parameters may lie: the "usual" region (each in its bounds, {@code beta <= alpha},
 * {@code gamma <= 1 - alpha}) and the "admissible" region in which the model is forecastable, that is the discount
 * matrix has all its eigenvalues inside the unit circle (Hyndman, Akram &amp; Archibald 2008, "The admissible
 * parameter space for exponential smoothing models", Annals of the Institute of Statistical Mathematics
 * 60:407-426). As R's {@code forecast:::check.param} and {@code forecast:::admissible}.
 */
final class EtsParameterSpace {

    /** Which region to enforce. */
    enum Bounds { USUAL, ADMISSIBLE, BOTH }

    final double[] lower;
    final double[] upper;
    final Bounds bounds;

    /**
     * @param lower lower bounds of alpha, beta, gamma, phi
     * @param upper upper bounds of alpha, beta, gamma, phi
     */
    EtsParameterSpace(double[] lower, double[] upper, Bounds bounds) {
        this.lower = lower.clone();
        this.upper = upper.clone();
        this.bounds = bounds;
    }

    /** R's defaults: {@code lower = (1e-4, 1e-4, 1e-4, 0.8)}, {@code upper = (0.9999, 0.9999, 0.9999, 0.98)}. */
    static EtsParameterSpace defaults() {
        return new EtsParameterSpace(new double[] {1e-4, 1e-4, 1e-4, 0.8},
                new double[] {0.9999, 0.9999, 0.9999, 0.98}, Bounds.BOTH);
    }

    /**
     * Whether the parameters lie in the region. {@code beta}, {@code gamma}, {@code phi} are NaN when the model
     * has no trend, no season, no damping; {@code checkX} says which parameters are being estimated (the usual
     * bounds are checked for those only, as R does).
     */
    boolean contains(double alpha, double beta, double gamma, double phi, int m, boolean checkAlpha,
                     boolean checkBeta, boolean checkGamma, boolean checkPhi) {
        return contains(alpha, beta, gamma, phi, m, checkAlpha, checkBeta, checkGamma, checkPhi, null);
    }

    /**
     * As {@link #contains(double, double, double, double, int, boolean, boolean, boolean, boolean)}, with a work
     * array of at least {@link #workLength(int)} values (or null) so the optimiser's hot path allocates nothing.
     */
    boolean contains(double alpha, double beta, double gamma, double phi, int m, boolean checkAlpha,
                     boolean checkBeta, boolean checkGamma, boolean checkPhi, double[] work) {
        if (bounds != Bounds.ADMISSIBLE) {
            if (checkAlpha && (alpha < lower[0] || alpha > upper[0])) {
                return false;
            }
            if (checkBeta && (beta < lower[1] || beta > alpha || beta > upper[1])) {
                return false;
            }
            if (checkPhi && (phi < lower[3] || phi > upper[3])) {
                return false;
            }
            if (checkGamma && (gamma < lower[2] || gamma > 1 - alpha || gamma > upper[2])) {
                return false;
            }
        }
        return bounds == Bounds.USUAL || admissible(alpha, beta, gamma, phi, m, work);
    }

    /** The length of the work array that {@code contains} and {@code admissible} need for season length m. */
    static int workLength(int m) {
        return 2 * (m + 2);
    }

    /** The admissibility conditions of Hyndman, Akram &amp; Archibald (2008) as R's {@code admissible}. */
    static boolean admissible(double alpha, double beta, double gamma, double phi, int m) {
        return admissible(alpha, beta, gamma, phi, m, null);
    }

    private static boolean admissible(double alpha, double beta, double gamma, double phi, int m, double[] work) {
        double p = Double.isNaN(phi) ? 1.0 : phi;
        if (p < 0 || p > 1 + 1e-8) {
            return false;
        }
        if (Double.isNaN(gamma)) {
            if (alpha < 1 - 1 / p || alpha > 1 + 1 / p) {
                return false;
            }
            return Double.isNaN(beta) || !(beta < alpha * (p - 1) || beta > (1 + p) * (2 - alpha));
        }
        if (m <= 1) {
            return true;
        }
        double b = Double.isNaN(beta) ? 0.0 : beta;
        if (gamma < Math.max(1 - 1 / p - alpha, 0.0) || gamma > 1 + 1 / p - alpha) {
            return false;
        }
        if (alpha < 1 - 1 / p - gamma * (1 - m + p + p * m) / (2 * p * m)) {
            return false;
        }
        if (b < -(1 - p) * (gamma / m + alpha)) {
            return false;
        }
        // characteristic polynomial, coefficients of z^0 .. z^(m+1)
        double[] w = work == null ? new double[workLength(m)] : work;
        double[] c = w;
        c[0] = p * (1 - alpha - gamma);
        c[1] = alpha + b - alpha * p + gamma - 1;
        for (int j = 2; j < m; j++) {
            c[j] = alpha + b - alpha * p;
        }
        c[m] = alpha + b - p;
        c[m + 1] = 1;
        return rootsWithinRadius(w, m + 1, 1 + 1e-10);
    }

    /**
     * Whether every root of {@code c[0] + c[1] z + ... + c[d] z^d} ({@code c[d] != 0}) has modulus below
     * {@code radius}, by the Schur-Cohn recursion (Henrici, <i>Applied and Computational Complex Analysis</i> vol. 1,
     * 1974, section 6.8): {@code p} has all its roots in the open unit disc iff {@code |c[0]| < |c[d]|} and the
     * degree-{@code (d-1)} polynomial {@code (c[d] p(z) - c[0] p*(z)) / z} has too, where {@code p*} is {@code p}
     * with its coefficients reversed. Rescaling {@code z} by {@code radius} tests the disc of that radius. This
     * avoids finding every root on the optimiser's hot path; tests check it against Commons Math's
     * {@code LaguerreSolver}.
     */
    static boolean rootsWithinRadius(double[] c, double radius) {
        double[] w = new double[2 * c.length];
        System.arraycopy(c, 0, w, 0, c.length);
        return rootsWithinRadius(w, c.length - 1, radius);
    }

    /**
     * The same test on the coefficients {@code w[0..d]}, using {@code w[d+1..2d+1]} as work space (both halves are
     * overwritten).
     */
    private static boolean rootsWithinRadius(double[] w, int d, double radius) {
        int a = 0;
        int next = d + 1;
        double scale = 1.0;
        for (int k = 0; k <= d; k++) {
            w[k] *= scale;
            scale *= radius;
        }
        for (int deg = d; deg >= 1; deg--) {
            double lead = w[a + deg];
            double constant = w[a];
            if (!(Math.abs(constant) < Math.abs(lead))) {
                return false;
            }
            double ratio = constant / lead;
            for (int k = 0; k < deg; k++) {
                w[next + k] = w[a + k + 1] - ratio * w[a + deg - 1 - k];
            }
            int swap = a;
            a = next;
            next = swap;
        }
        return true;
    }
}
