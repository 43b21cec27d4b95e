package org.offtake.forecast.baseline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.offtake.forecast.FittedModel;
import org.offtake.forecast.Forecast;
import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.TimeSeries;
import org.offtake.forecast.internal.BaseFittedModel;
import org.offtake.forecast.internal.Intervals;

/**
 * Naive, seasonal naive and random walk with drift: {@code y[t] = y[t-lag] + b + e[t]}. As R's
 * {@code forecast:::lagwalk} and {@code forecast.lagwalk}.
 */
final class LagWalk implements ForecastModel {

    static final LagWalk NAIVE = new LagWalk("naive", false, false);
    static final LagWalk SEASONAL_NAIVE = new LagWalk("snaive", true, false);
    static final LagWalk DRIFT = new LagWalk("drift", false, true);

    private final String name;
    private final boolean seasonal;
    private final boolean drift;

    private LagWalk(String name, boolean seasonal, boolean drift) {
        this.name = name;
        this.seasonal = seasonal;
        this.drift = drift;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public FittedModel fit(TimeSeries series) {
        int n = series.length();
        if (n == 0) {
            throw new IllegalArgumentException("series '" + series.key() + "' is empty: " + name
                    + " needs at least one observation");
        }
        int m = series.seasonLength();
        boolean useSeasonLag = seasonal && m > 1 && n >= m;
        int lag = useSeasonLag ? m : 1;
        String description = seasonal && m > 1 && !useSeasonLag
                ? "naive (snaive needs " + m + " observations, has " + n + ")" : name;

        double[] y = series.values();
        int count = n - lag;
        double b = 0;
        double bSe = 0;
        double sigma2 = Double.NaN;
        if (count > 0) {
            double sumDiff = 0;
            for (int t = lag; t < n; t++) {
                sumDiff += y[t] - y[t - lag];
            }
            if (drift) {
                b = sumDiff / count;
            }
            double ss = 0;
            for (int t = lag; t < n; t++) {
                double r = y[t] - y[t - lag] - b;
                ss += r * r;
            }
            int df = drift ? count - 1 : count;
            sigma2 = df > 0 ? ss / df : Double.NaN;
            if (drift) {
                bSe = df > 0 ? Math.sqrt(sigma2 / count) : Double.NaN;
            }
        }
        double[] fitted = new double[n];
        for (int t = 0; t < n; t++) {
            fitted[t] = t < lag ? Double.NaN : y[t - lag] + b;
        }
        double[] last = new double[lag];
        System.arraycopy(y, n - lag, last, 0, lag);
        Map<String, Double> params = new LinkedHashMap<>();
        params.put("lag", (double) lag);
        if (drift) {
            params.put("drift", b);
            params.put("driftSe", bSe);
        }
        params.put("sigma", Math.sqrt(sigma2));
        return new Fitted(series, description, params, fitted, last, b, bSe, sigma2);
    }

    @Override
    public String toString() {
        return name;
    }

    private static final class Fitted extends BaseFittedModel {
        private final double[] last;
        private final double drift;
        private final double driftSe;
        private final double sigma2;

        Fitted(TimeSeries series, String description, Map<String, Double> params, double[] fitted, double[] last,
               double drift, double driftSe, double sigma2) {
            super(series, description, params, fitted);
            this.last = last;
            this.drift = drift;
            this.driftSe = driftSe;
            this.sigma2 = sigma2;
        }

        @Override
        protected Forecast computeForecast(int horizon, double[] levels) {
            int lag = last.length;
            double[] mean = new double[horizon];
            double[] variance = new double[horizon];
            for (int t = 0; t < horizon; t++) {
                int steps = t / lag + 1;
                double h = t + 1;
                mean[t] = last[t % lag] + h * drift;
                double driftVar = Double.isNaN(driftSe) ? 0 : h * h * driftSe * driftSe;
                variance[t] = sigma2 * steps + driftVar;
            }
            return Intervals.normal(series(), description(), mean, variance, levels);
        }

        /** Each path draws its own drift (when there is one), then walks with normal steps. */
        @Override
        protected void simulatePath(SplittableRandom random, double[] path) {
            int lag = last.length;
            double sd = sigma2 > 0 ? Math.sqrt(sigma2) : 0;
            double b = drift + (driftSe > 0 ? driftSe * random.nextGaussian() : 0);
            for (int t = 0; t < path.length; t++) {
                double previous = t < lag ? last[t] : path[t - lag];
                path[t] = previous + b + sd * random.nextGaussian();
            }
        }
    }
}
