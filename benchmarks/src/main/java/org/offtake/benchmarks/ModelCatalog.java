package org.offtake.benchmarks;

import java.util.List;

import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.auto.AutoForecaster;
import org.offtake.forecast.baseline.Baselines;
import org.offtake.forecast.ets.Ets;
import org.offtake.forecast.global.GlobalBoostedTrees;
import org.offtake.forecast.intermittent.Intermittent;
import org.offtake.forecast.theta.Theta;

/**
 * The model names the runners accept: models fitted to one series at a time ({@link #model}) and the global model
 * {@code gbm}, trained on every series of a file at once ({@link #global}).
 */
final class ModelCatalog {

    /** The name of the global model. */
    static final String GLOBAL = "gbm";

    /** Names in the order the help text lists them. */
    static final List<String> NAMES = List.of("naive", "snaive", "mean", "drift", "ses", "holt", "damped", "ets",
            "theta", "stm", "otm", "dstm", "dotm", "autotheta", "croston", "croston-opt", "sba", "tsb", "adida",
            "imapa", "intermittent", "auto", GLOBAL);

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
     * The model called {@code name}: one of {@link #NAMES} but {@code gbm}, or a single ETS model written as
     * {@code ETS(M,Ad,N)} or {@code MAdN}.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones, and for {@code gbm}, which is
     *                                  not fitted to one series
     */
    static ForecastModel model(String name) {
        return switch (name) {
            case "naive" -> Baselines.naive();
            case "snaive" -> Baselines.seasonalNaive();
            case "mean" -> Baselines.mean();
            case "drift" -> Baselines.drift();
            case "ses" -> Ets.of("ANN");
            case "holt" -> Ets.of("AAN");
            case "damped" -> Ets.of("AAdN");
            case "ets" -> Ets.auto();
            case "croston" -> Intermittent.croston();
            case "croston-opt" -> Intermittent.crostonOptimized();
            case "sba" -> Intermittent.sba();
            case "tsb" -> Intermittent.tsb();
            case "adida" -> Intermittent.adida();
            case "imapa" -> Intermittent.imapa();
            case "intermittent" -> Intermittent.auto();
            case "theta" -> Theta.standard();
            case "stm" -> Theta.standardModel();
            case "otm" -> Theta.optimised();
            case "dstm" -> Theta.dynamicStandard();
            case "dotm" -> Theta.dynamicOptimised();
            case "autotheta" -> Theta.auto();
            case "auto" -> AutoForecaster.defaults();
            case GLOBAL -> throw new IllegalArgumentException("'" + GLOBAL + "' is a global model: it is trained on "
                    + "a group of series, not fitted to one; see ModelCatalog.global");
            default -> {
                try {
                    yield Ets.of(name);
                } catch (IllegalArgumentException notEts) {
                    throw new IllegalArgumentException("unknown model '" + name + "'; known: " + String.join(", ", NAMES)
                            + ", or one ETS model such as ETS(M,Ad,N)");
                }
            }
        };
    }
}
