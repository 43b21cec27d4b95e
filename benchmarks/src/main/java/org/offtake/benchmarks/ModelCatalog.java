package org.offtake.benchmarks;

import java.util.List;

import java.util.stream.Stream;

import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.auto.ModelNames;
import org.offtake.forecast.global.GlobalBoostedTrees;

/**
 * The model names the runners accept: models fitted to one series at a time ({@link #model}) and the global model
 * {@code gbm}, trained on every series of a file at once ({@link #global}).
 */
final class ModelCatalog {

    /** The name of the global model. */
    static final String GLOBAL = "gbm";

    /** Names in the order the help text lists them. */
    static final List<String> NAMES = Stream.concat(ModelNames.names().stream(), Stream.of(GLOBAL)).toList();

    private ModelCatalog() {
    }

    /** Whether {@code name} is the global model, which {@link #global} gives and {@link #model} does not. */
    static boolean isGlobal(String name) {
        return GLOBAL.equals(name);
    }

    /**
     * The global model {@code gbm} for a file whose series are forecast up to {@code horizon} steps: the defaults
     * of {@link GlobalBoostedTrees}, with the holdout its intervals are measured on as long as the horizon.
     *
     * @throws IllegalArgumentException if {@code horizon < 1}
     */
    static GlobalBoostedTrees global(int horizon) {
        return GlobalBoostedTrees.builder().holdout(horizon).build();
    }

    /**
     * The model called {@code name}: any specification {@link ModelNames#parse} takes (one of {@link #NAMES} but
     * {@code gbm}, a single ETS model written as {@code ETS(M,Ad,N)} or {@code MAdN}, or {@code auto(A,B,...)}).
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones, and for {@code gbm}, which is
     *                                  not fitted to one series
     */
    static ForecastModel model(String name) {
        if (isGlobal(name)) {
            throw new IllegalArgumentException("'" + GLOBAL + "' is a global model: it is trained on a group of "
                    + "series, not fitted to one; see ModelCatalog.global");
        }
        return ModelNames.parse(name);
    }
}
