package org.offtake.forecast.intermittent;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;

import org.offtake.forecast.Forecast;
import org.offtake.forecast.internal.BaseFittedModel;

/**
 * A fitted intermittent-demand model: a flat point forecast (every method here forecasts the same demand rate for
 * every future period), the probability of demand in a period, and the {@link DemandBootstrap} that draws paths.
 * Intervals are {@link DiscreteIntervals} over {@value #INTERVAL_PATHS} paths drawn with a fixed seed, so a forecast is
 * reproducible.
 */
final class IntermittentFit extends BaseFittedModel {

    /** Paths behind the prediction intervals. */
    static final int INTERVAL_PATHS = 4000;
    /** Seed of the paths behind the prediction intervals. */
    static final long INTERVAL_SEED = 19720901L;

    private final DemandHistory history;
    private final double mean;
    private final DemandBootstrap bootstrap;

    IntermittentFit(DemandHistory history, String description, Map<String, Double> parameters, double[] fitted,
                    double mean, double probability) {
        super(history.series(), description, parameters, fitted);
        this.history = history;
        this.mean = mean;
        this.bootstrap = new DemandBootstrap(mean, probability, history);
    }

    /** The point forecast of every future period. */
    double mean() {
        return mean;
    }

    double probability() {
        return bootstrap.probability();
    }

    DemandHistory history() {
        return history;
    }

    @Override
    protected Forecast computeForecast(int horizon, double[] levels) {
        double[] point = new double[horizon];
        Arrays.fill(point, mean);
        if (levels.length == 0) {
            return Forecast.of(series(), description(), point, levels, new double[0][], new double[0][]);
        }
        double[][] paths = simulateArray(horizon, INTERVAL_PATHS, INTERVAL_SEED);
        return DiscreteIntervals.fromPaths(series(), description(), point, paths, levels);
    }

    @Override
    protected void simulatePath(SplittableRandom random, double[] path) {
        bootstrap.fill(random, path);
    }
}
