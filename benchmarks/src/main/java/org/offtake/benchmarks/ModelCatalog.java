package org.offtake.benchmarks;

import java.util.List;

import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.baseline.Baselines;
import org.offtake.forecast.ets.Ets;
import org.offtake.forecast.intermittent.Intermittent;

/** The model names the runners accept. */
final class ModelCatalog {

    /** Names in the order the help text lists them. */
    static final List<String> NAMES = List.of("naive", "snaive", "mean", "drift", "ses", "holt", "damped", "ets",
            "croston", "croston-opt", "sba", "tsb", "adida", "imapa", "intermittent");

    private ModelCatalog() {
    }

    /**
     * The model called {@code name}: one of {@link #NAMES}, or a single ETS model written as {@code ETS(M,Ad,N)}
     * or {@code MAdN}.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
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
