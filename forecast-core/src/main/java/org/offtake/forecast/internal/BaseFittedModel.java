package org.offtake.forecast.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

import org.offtake.forecast.FittedModel;
import org.offtake.forecast.Forecast;
import org.offtake.forecast.SamplePaths;
import org.offtake.forecast.TimeSeries;

/**
 * What every fitted model shares: the series, a description, named parameters, fitted values, argument checks on
 * {@link #forecast} and {@link #simulate}, and a seeded generator per simulation. Subclasses compute the forecast
 * and fill one path at a time.
 */
public abstract class BaseFittedModel implements FittedModel {

    private final TimeSeries series;
    private final String description;
    private final Map<String, Double> parameters;
    private final double[] fitted;

    protected BaseFittedModel(TimeSeries series, String description, Map<String, Double> parameters,
                              double[] fitted) {
        this.series = series;
        this.description = description;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        this.fitted = fitted;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final TimeSeries series() {
        return series;
    }

    @Override
    public final Map<String, Double> parameters() {
        return parameters;
    }

    @Override
    public final double[] fittedValues() {
        return fitted.clone();
    }

    @Override
    public final double[] residuals() {
        double[] r = new double[fitted.length];
        for (int t = 0; t < r.length; t++) {
            r[t] = series.get(t) - fitted[t];
        }
        return r;
    }

    @Override
    public OptionalDouble logLikelihood() {
        return OptionalDouble.empty();
    }

    @Override
    public OptionalDouble aic() {
        return OptionalDouble.empty();
    }

    @Override
    public OptionalDouble aicc() {
        return OptionalDouble.empty();
    }

    @Override
    public OptionalDouble bic() {
        return OptionalDouble.empty();
    }

    @Override
    public final Forecast forecast(int horizon, double... levels) {
        return computeForecast(Args.horizon(horizon), Args.levels(levels));
    }

    @Override
    public final SamplePaths simulate(int horizon, int paths, long seed) {
        return SamplePaths.of(series.key(), description, simulateArray(Args.horizon(horizon), Args.paths(paths),
                seed));
    }

    /** {@code paths[path][step]}, drawn with one generator seeded by {@code seed}, path after path. */
    protected final double[][] simulateArray(int horizon, int paths, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] out = new double[paths][horizon];
        for (double[] path : out) {
            Interruption.check();
            simulatePath(random, path);
        }
        return out;
    }

    /**
     * Point forecasts and intervals; {@code horizon >= 1} and {@code levels} sorted and valid.
     */
    protected abstract Forecast computeForecast(int horizon, double[] levels);

    /** Fills {@code path} (its length is the horizon) with one simulated future. */
    protected abstract void simulatePath(SplittableRandom random, double[] path);
}
