package org.offtake.batch.nightly;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.auto.AutoForecaster;
import org.offtake.forecast.baseline.Baselines;
import org.offtake.forecast.ets.Ets;
import org.offtake.forecast.intermittent.Intermittent;
import org.offtake.forecast.theta.Theta;

/**
 * The forecasting models the job can be told to use by name ({@code offtake.model}); every one is made
 * non-negative (demand cannot be negative). A model added to forecast-core joins the job by a line here.
 */
final class Models {

    private static final Map<String, Supplier<ForecastModel>> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("auto", AutoForecaster::defaults);
        BY_NAME.put("ets", Ets::auto);
        BY_NAME.put("dotm", Theta::dynamicOptimised);
        BY_NAME.put("theta", Theta::auto);
        BY_NAME.put("intermittent", Intermittent::auto);
        BY_NAME.put("naive", Baselines::naive);
        BY_NAME.put("seasonal-naive", Baselines::seasonalNaive);
    }

    private Models() {
    }

    /**
     * The model called {@code name}.
     *
     * @throws IllegalArgumentException naming the known models when there is none by that name
     */
    static ForecastModel named(String name) {
        Supplier<ForecastModel> model = BY_NAME.get(name.strip().toLowerCase(Locale.ROOT));
        if (model == null) {
            throw new IllegalArgumentException("offtake.model '" + name + "' is not a known model; expected one of "
                    + String.join(", ", BY_NAME.keySet()));
        }
        return model.get().nonNegative();
    }
}
