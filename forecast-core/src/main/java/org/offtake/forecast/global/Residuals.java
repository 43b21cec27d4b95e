package org.offtake.forecast.global;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Out-of-sample errors of the model, measured on a holdout and pooled over the group, in units of each series'
 * noise scale ({@link Member#noiseScale()}), so that series of different scale and noise share one pool.
 *
 * <p>A model is trained on every series but its last {@code H} values; it then forecasts those values
 * <ul>
 * <li>recursively, {@code 1..H} steps ahead from the end of the shortened series: row {@code j} of
 *     {@link #byHorizon} holds series {@code j}'s errors at steps {@code 1..H}. Prediction intervals are the
 *     empirical quantiles of these errors, step by step (Williams &amp; Goodman 1971, "A simple method for the
 *     construction of empirical confidence limits for economic forecasts", JASA 66(336):752-754; with a model fitted
 *     on other data than the errors it is split conformal prediction, Lei, G'Sell, Rinaldo, Tibshirani &amp;
 *     Wasserman 2018, "Distribution-free predictive inference for regression", JASA 113(523):1094-1111). A row
 *     keeps the errors of one series together, so sums over steps keep their dependence;</li>
 * <li>one step ahead at each of the {@code H} holdout values, from the actual values before it: the pool
 *     {@link #oneStep}, which sample paths resample and propagate through the recursion (the residual bootstrap of
 *     Thombs &amp; Schucany 1990, "Bootstrap prediction intervals for autoregression", JASA 85(410):486-492).</li>
 * </ul>
 *
 * @param byHorizon {@code byHorizon[j][k]}: error of series {@code j} at step {@code k + 1}, over its noise scale
 * @param oneStep   one-step errors over their series' noise scale
 */
record Residuals(double[][] byHorizon, double[] oneStep) {

    /** The errors of the series of {@code holdout} (shortened by {@code h}) with {@code booster} trained on them. */
    static Residuals measure(List<Member> holdout, int h, Booster booster, Features features, boolean nonNegative) {
        List<double[]> rows = new ArrayList<>();
        double[] oneStep = new double[holdout.size() * h];
        int count = 0;
        double[] row = new double[features.width()];
        for (Member m : holdout) {
            if (!(m.noiseScale() > 0)) {
                continue;
            }
            int n = m.length();
            double[] recursive = Recursion.forecast(booster, features, m, h, nonNegative);
            double[] actualZ = new double[n + h];
            double[] errors = new double[h];
            for (int k = 0; k < h; k++) {
                double actual = m.series().get(n + k);
                errors[k] = (actual - recursive[k]) / m.noiseScale();
            }
            rows.add(errors);
            for (int t = 0; t < n + h; t++) {
                actualZ[t] = m.series().get(t) / m.scale();
            }
            for (int k = 0; k < h; k++) {
                double level = features.fill(actualZ, n + k, m.seasonOffset(), m.attributes(), row);
                double forecast = Recursion.bound(m.scale() * level * booster.predict(row), nonNegative);
                oneStep[count++] = (m.series().get(n + k) - forecast) / m.noiseScale();
            }
        }
        return new Residuals(rows.toArray(double[][]::new), java.util.Arrays.copyOf(oneStep, count));
    }

    /** Number of series whose errors are pooled. */
    int series() {
        return byHorizon.length;
    }

    /**
     * One simulated outcome per pooled series and step: {@code mean[k] + noiseScale * e[j][k]}. Steps beyond the
     * holdout take the last holdout step's errors times {@code sqrt(step / H)}, the growth of a random walk's
     * error. With nothing pooled, the mean alone.
     */
    double[][] outcomes(double[] mean, double noiseScale) {
        if (byHorizon.length == 0) {
            return new double[][] {mean.clone()};
        }
        int holdout = byHorizon[0].length;
        double[][] out = new double[byHorizon.length][mean.length];
        for (int j = 0; j < byHorizon.length; j++) {
            for (int k = 0; k < mean.length; k++) {
                double e = k < holdout ? byHorizon[j][k]
                        : byHorizon[j][holdout - 1] * Math.sqrt((k + 1.0) / holdout);
                out[j][k] = mean[k] + noiseScale * e;
            }
        }
        return out;
    }

    /** One error drawn uniformly from the one-step pool, or 0 when the pool is empty. */
    double drawOneStep(SplittableRandom random) {
        return oneStep.length == 0 ? 0 : oneStep[random.nextInt(oneStep.length)];
    }
}
