package org.offtake.forecast.ets;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

import org.offtake.forecast.Forecast;
import org.offtake.forecast.TimeSeries;
import org.offtake.forecast.internal.BaseFittedModel;
import org.offtake.forecast.internal.Intervals;

/**
 * The implementation of {@link EtsFit}: the filter run once more with the estimated parameters, the final states,
 * and forecasts from them. Intervals are analytic for the model classes that have them ({@link EtsIntervals}) and
 * taken from simulated paths otherwise.
 */
final class EtsFitted extends BaseFittedModel implements EtsFit {

    private static final int MAX_DRAWS = 1000;

    private final EtsComponents components;
    private final int seasonLength;
    private final double alpha;
    private final double beta;
    private final double gamma;
    private final double phi;
    private final double[] initialStates;
    private final double[] finalStates;
    private final double[] innovations;
    private final double sigma2;
    private final double logLik;
    private final double aic;
    private final double aicc;
    private final double bic;
    private final int simulationPaths;
    private final long simulationSeed;

    private EtsFitted(TimeSeries series, EtsComponents components, int seasonLength, double alpha, double beta,
                   double gamma, double phi, double[] initialStates, double[] finalStates, double[] fitted,
                   double[] innovations, double sigma2, double logLik, double aic, double aicc, double bic,
                   int simulationPaths, long simulationSeed) {
        super(series, components.toString(), parameterMap(components, alpha, beta, gamma, phi, initialStates,
                sigma2), fitted);
        this.components = components;
        this.seasonLength = seasonLength;
        this.alpha = alpha;
        this.beta = beta;
        this.gamma = gamma;
        this.phi = phi;
        this.initialStates = initialStates;
        this.finalStates = finalStates;
        this.innovations = innovations;
        this.sigma2 = sigma2;
        this.logLik = logLik;
        this.aic = aic;
        this.aicc = aicc;
        this.bic = bic;
        this.simulationPaths = simulationPaths;
        this.simulationSeed = simulationSeed;
    }

    /**
     * Runs the filter with estimated parameters and initial states over the series and computes the fit's
     * statistics.
     *
     * @param freeParameters  estimated parameters and initial states (AIC counts these plus the variance)
     * @param allParameters   all parameters and free states, fixed ones included (the variance's degrees of
     *                        freedom are {@code n - allParameters}); {@code <= 0} for the mean squared innovation
     * @param withLikelihood  whether the estimate maximised the likelihood (false on the small-sample path)
     */
    static EtsFitted of(TimeSeries series, EtsComponents components, int m, double alpha, double beta, double gamma,
                     double phi, double[] initialStates, int freeParameters, int allParameters,
                     boolean withLikelihood, Ets.Simulation simulation) {
        boolean trend = components.trend() != EtsComponents.Trend.NONE;
        boolean season = components.season() != EtsComponents.Season.NONE;
        beta = trend ? beta : Double.NaN;
        gamma = season ? gamma : Double.NaN;
        phi = components.damped() ? phi : Double.NaN;
        double[] y = series.values();
        int n = y.length;
        EtsRecursion.Spec spec = EtsRecursion.Spec.of(components, m);
        int mm = spec.m();
        double[] ring = new double[mm];
        double[] level = new double[3];
        double[] fitted = new double[n];
        double[] errors = new double[n];
        double lik = EtsRecursion.run(y, spec, alpha, Double.isNaN(beta) ? 0 : beta, Double.isNaN(gamma) ? 0 : gamma,
                Double.isNaN(phi) ? 1 : phi, initialStates, ring, level, fitted, errors);
        if (!EtsRecursion.allFinite(fitted)) {
            throw new IllegalArgumentException(components + " breaks down on series '" + series.key()
                    + "' (a non-finite one-step forecast)");
        }
        double[] last = new double[(trend ? 2 : 1) + (season ? mm : 0)];
        last[0] = level[0];
        if (trend) {
            last[1] = level[1];
        }
        if (season) {
            int off = trend ? 2 : 1;
            for (int j = 0; j < mm; j++) {
                last[off + j] = ring[Math.floorMod(n - 1 - j, mm)];
            }
        }
        double sse = 0;
        for (double e : errors) {
            sse += e * e;
        }
        double sigma2 = allParameters > 0 ? sse / (n - allParameters) : sse / n;
        double logLik = Double.NaN;
        double aic = Double.NaN;
        double aicc = Double.NaN;
        double bic = Double.NaN;
        if (withLikelihood && !Double.isNaN(lik)) {
            int k = freeParameters + 1;
            logLik = -0.5 * lik;
            aic = lik + 2.0 * k;
            bic = lik + Math.log(n) * k;
            aicc = aic + 2.0 * k * (k + 1) / (n - k - 1);
        }
        return new EtsFitted(series, components, mm, alpha, beta, gamma, phi, initialStates.clone(), last, fitted,
                errors, sigma2, logLik, aic, aicc, bic, simulation.paths(), simulation.seed());
    }

    private static Map<String, Double> parameterMap(EtsComponents c, double alpha, double beta, double gamma,
                                                    double phi, double[] states, double sigma2) {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("alpha", alpha);
        if (c.trend() != EtsComponents.Trend.NONE) {
            p.put("beta", beta);
        }
        if (c.season() != EtsComponents.Season.NONE) {
            p.put("gamma", gamma);
        }
        if (c.damped()) {
            p.put("phi", phi);
        }
        int i = 0;
        p.put("l", states[i++]);
        if (c.trend() != EtsComponents.Trend.NONE) {
            p.put("b", states[i++]);
        }
        for (int j = 0; i < states.length; j++) {
            p.put("s" + j, states[i++]);
        }
        p.put("sigma2", sigma2);
        return p;
    }

    @Override
    public EtsComponents components() {
        return components;
    }

    @Override
    public int seasonLength() {
        return seasonLength;
    }

    @Override
    public double alpha() {
        return alpha;
    }

    @Override
    public double beta() {
        return beta;
    }

    @Override
    public double gamma() {
        return gamma;
    }

    @Override
    public double phi() {
        return phi;
    }

    @Override
    public double[] initialStates() {
        return initialStates.clone();
    }

    @Override
    public double[] finalStates() {
        return finalStates.clone();
    }

    /** Innovations: one-step errors, relative ({@code (y - ŷ)/ŷ}) for multiplicative errors. */
    public double[] innovations() {
        return innovations.clone();
    }

    @Override
    public double sigma2() {
        return sigma2;
    }

    /**
     * The same form with the same smoothing parameters, initial states re-estimated on {@code series} (R's
     * {@code ets(y, model = fit)}).
     */
    @Override
    public EtsFit update(TimeSeries series) {
        Ets.Builder b = Ets.builder().error(components.error()).trend(components.trend()).damped(components.damped())
                .season(components.season()).seasonLength(seasonLength).restrict(false).alpha(unit(alpha))
                .simulationPaths(simulationPaths).simulationSeed(simulationSeed);
        if (!Double.isNaN(beta)) {
            b.beta(unit(Math.min(beta, alpha)));
        }
        if (!Double.isNaN(gamma)) {
            b.gamma(unit(gamma));
        }
        if (!Double.isNaN(phi)) {
            b.phi(phi);
        }
        return b.build().fit(series);
    }

    /** Keeps a smoothing parameter strictly inside (0, 1), where the builder accepts it. */
    private static double unit(double v) {
        return Math.min(Math.max(v, 1e-10), 1 - 1e-10);
    }

    @Override
    public OptionalDouble logLikelihood() {
        return optional(logLik);
    }

    @Override
    public OptionalDouble aic() {
        return optional(aic);
    }

    @Override
    public OptionalDouble aicc() {
        return optional(aicc);
    }

    @Override
    public OptionalDouble bic() {
        return optional(bic);
    }

    private static OptionalDouble optional(double v) {
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The criterion's value, +∞ where the fit has none. */
    double criterion(InformationCriterion ic) {
        double v = switch (ic) {
            case AIC -> aic;
            case AICC -> aicc;
            case BIC -> bic;
        };
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }

    private EtsRecursion.Spec spec() {
        return EtsRecursion.Spec.of(components, seasonLength);
    }

    /** Point forecasts of the model's recursion (R's {@code etsforecast}). */
    double[] pointForecasts(int horizon) {
        return EtsRecursion.pointForecasts(spec(), finalStates, Double.isNaN(phi) ? 1 : phi, horizon);
    }

    @Override
    protected Forecast computeForecast(int horizon, double[] levels) {
        double[] point = pointForecasts(horizon);
        if (EtsIntervals.analytic(components)) {
            EtsIntervals.Moments moments = EtsIntervals.moments(components, seasonLength, alpha, beta, gamma, phi,
                    sigma2, finalStates, point);
            return Intervals.normal(series(), description(), moments.mean(), moments.variance(), levels);
        }
        if (levels.length == 0) {
            return Forecast.of(series(), description(), point, levels, new double[0][], new double[0][]);
        }
        double[][] paths = simulateArray(horizon, simulationPaths, simulationSeed);
        return Intervals.fromPaths(series(), description(), point, paths, levels);
    }

    /**
     * One path from the model's equations with normal innovations of variance {@code sigma2} (truncated at -1 for
     * multiplicative errors, as R's {@code simulate.ets}). A path on which a multiplicative trend's growth rate turns
     * negative, possible only when additive errors meet a multiplicative trend (a form automatic selection
     * excludes), is drawn again: the paths are the model's, conditioned on a valid trend (R drops such paths when it
     * takes quantiles).
     *
     * @throws IllegalStateException if 1,000 draws in a row break down
     */
    @Override
    protected void simulatePath(SplittableRandom random, double[] path) {
        double sd = Math.sqrt(Math.max(sigma2, 0));
        boolean multiplicative = components.error() == EtsComponents.Error.MULTIPLICATIVE;
        double[] e = new double[path.length];
        for (int attempt = 0; attempt < MAX_DRAWS; attempt++) {
            for (int t = 0; t < e.length; t++) {
                double v = sd * random.nextGaussian();
                e[t] = multiplicative ? Math.max(-1, v) : v;
            }
            if (EtsRecursion.simulate(e, spec(), alpha, Double.isNaN(beta) ? 0 : beta,
                    Double.isNaN(gamma) ? 0 : gamma, Double.isNaN(phi) ? 1 : phi, finalStates, path)) {
                return;
            }
        }
        throw new IllegalStateException("simulating " + components + " for series '" + series().key() + "': "
                + MAX_DRAWS + " paths in a row turned the multiplicative growth rate negative; additive errors with "
                + "a multiplicative trend are unstable here (Hyndman et al. 2008, section 2.5.2)");
    }
}
