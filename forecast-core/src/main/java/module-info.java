/**
 * Offtake's forecasting library: time series, forecasting models with prediction intervals and sample paths.
 * Exports the API packages only; implementations are package-private or in the unexported
 * {@code org.offtake.forecast.internal} package.
 *
 * <p>Smile (GPL-3) is read only by {@code org.offtake.forecast.global}, and only when present: it is a static
 * (compile-time) requirement, so the module resolves and runs without it. An application that uses the global model
 * adds {@code com.github.haifengl:smile-core} to its own dependencies (and, on the module path, requires
 * {@code smile.core} and {@code org.slf4j}, which Smile logs through).
 */
module org.offtake.forecast {
    requires commons.math3;
    requires static smile.core;
    requires static smile.base;
    // Only for javac: an overload of Smile's Tuple.of that the global model does not call takes a java.sql.ResultSet.
    requires static java.sql;

    exports org.offtake.forecast;
    exports org.offtake.forecast.auto;
    exports org.offtake.forecast.baseline;
    exports org.offtake.forecast.contract;
    exports org.offtake.forecast.engine;
    exports org.offtake.forecast.ets;
    exports org.offtake.forecast.evaluation;
    exports org.offtake.forecast.global;
    exports org.offtake.forecast.hierarchy;
    exports org.offtake.forecast.intermittent;
    exports org.offtake.forecast.theta;
}
