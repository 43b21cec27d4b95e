package org.offtake.forecast.intermittent;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.offtake.forecast.ForecastModel;

/** Every model of the package, for parameterised tests. */
final class IntermittentModels {

    private IntermittentModels() {
    }

    static Stream<ForecastModel> all() {
        return Stream.of(Intermittent.croston(), Intermittent.crostonOptimized(), Intermittent.sba(),
                Intermittent.tsb(), Intermittent.adida(), Intermittent.imapa(), Intermittent.auto());
    }

    static Stream<Arguments> arguments() {
        return all().map(m -> Arguments.of(m.name(), m));
    }
}
