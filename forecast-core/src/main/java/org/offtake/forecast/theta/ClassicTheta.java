package org.offtake.forecast.theta;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.offtake.forecast.FittedModel;
import org.offtake.forecast.Forecast;
import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.TimeSeries;
import org.offtake.forecast.ets.Ets;
import org.offtake.forecast.ets.EtsComponents;
import org.offtake.forecast.ets.EtsFit;
import org.offtake.forecast.internal.BaseFittedModel;
import org.offtake.forecast.internal.Intervals;

/**
 * The standard Theta method as R's {@code forecast::thetaf} computes it (Assimakopoulos &amp; Nikolopoulos 2000, in
 * the form of Hyndman &amp; Billah 2003): on the seasonally adjusted series, simple exponential smoothing estimated by
 * least squares (R's {@code ses}, which is {@code ets(y, "ANN", opt.crit = "mse")}) plus a drift of half the slope of
 * the least-squares line through the data, {@code b/2 ((h - 1) + (1 - (1 - α)^n) / α)} at step h; re-seasonalised.
 * Intervals are R's: {@code ± z σ sqrt(1 + (h - 1) α²)} around the re-seasonalised mean, with σ² the smoothing fit's
 * innovation variance (not re-seasonalised, as R).
 */
final class ClassicTheta implements ForecastModel {

    static final ClassicTheta INSTANCE = new ClassicTheta();

    private static final Ets SES = Ets.builder().error(EtsComponents.Error.ADDITIVE).trend(EtsComponents.Trend.NONE)
            .season(EtsComponents.Season.NONE).fitCriterion(Ets.FitCriterion.MSE).build();

    @Override
    public String name() {
        return "Theta";
    }

    @Override
    public FittedModel fit(TimeSeries series) {
        int n = series.length();
        if (n == 0) {
            throw new IllegalArgumentException("series '" + series.key() + "' is empty: Theta needs at least one "
                    + "observation");
        }
        SeasonalAdjustment seasons = SeasonalAdjustment.of(series.values(), series.seasonLength());
        double[] x = seasons.adjusted();
        EtsFit ses = SES.fit(TimeSeries.of(series.key(), x));
        double alpha = Math.max(1e-10, ses.alpha());
        double slope = 0;
        if (n >= 2) {
            SimpleRegression line = new SimpleRegression(true);
            for (int t = 0; t < n; t++) {
                line.addData(t, x[t]);
            }
            slope = line.getSlope();
        }
        double drift = slope / 2;
        double[] fitted = ses.fittedValues();
        for (int t = 0; t < n; t++) {
            fitted[t] *= seasons.index(t);
        }
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("alpha", alpha);
        p.put("level", ses.finalStates()[0]);
        p.put("drift", drift);
        p.put("sigma2", ses.sigma2());
        p.put("seasonal", seasons.seasonal() ? 1.0 : 0.0);
        return new Fitted(series, p, fitted, seasons, alpha, ses.finalStates()[0], drift, ses.sigma2());
    }

    @Override
    public String toString() {
        return name();
    }

    private static final class Fitted extends BaseFittedModel {
        private final SeasonalAdjustment seasons;
        private final double alpha;
        private final double level;
        private final double drift;
        private final double sigma2;
        private final int n;

        Fitted(TimeSeries series, Map<String, Double> parameters, double[] fitted, SeasonalAdjustment seasons,
               double alpha, double level, double drift, double sigma2) {
            super(series, "Theta", parameters, fitted);
            this.seasons = seasons;
            this.alpha = alpha;
            this.level = level;
            this.drift = drift;
            this.sigma2 = sigma2;
            this.n = series.length();
        }

        private double[] mean(int horizon) {
            double start = (1 - Math.pow(1 - alpha, n)) / alpha;
            double[] mean = new double[horizon];
            for (int i = 0; i < horizon; i++) {
                mean[i] = (level + drift * (i + start)) * seasons.index(n + i);
            }
            return mean;
        }

        @Override
        protected Forecast computeForecast(int horizon, double[] levels) {
            double[] variance = new double[horizon];
            for (int i = 0; i < horizon; i++) {
                variance[i] = sigma2 * (1 + i * alpha * alpha);
            }
            return Intervals.normal(series(), description(), mean(horizon), variance, levels);
        }

        /**
         * The mean plus the path of simple exponential smoothing's errors, {@code e_h + α Σ_{j<h} e_j}, which has
         * the variance the intervals use and is shared by the steps of one path.
         */
        @Override
        protected void simulatePath(SplittableRandom random, double[] path) {
            double[] mean = mean(path.length);
            double sd = Math.sqrt(Math.max(sigma2, 0));
            double carried = 0;
            for (int i = 0; i < path.length; i++) {
                double e = sd * random.nextGaussian();
                path[i] = mean[i] + e + alpha * carried;
                carried += e;
            }
        }
    }
}
