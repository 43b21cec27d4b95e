package org.offtake.forecast.theta;

import org.offtake.forecast.FittedModel;
import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.TimeSeries;

/**
 * Fits the four state-space Theta models ({@link StateSpaceTheta}: STM, OTM, DSTM, DOTM) to the same seasonally
 * adjusted series and keeps the one with the smallest in-sample mean squared one-step error from the third period
 * on (the range every model is scored on), as Fiorucci et al. (2016) compare them; ties keep the earlier, simpler
 * model. Its description names the choice, for example {@code AutoTheta(DOTM)}.
 */
final class AutoTheta implements ForecastModel {

    static final AutoTheta INSTANCE = new AutoTheta();

    @Override
    public String name() {
        return "AutoTheta";
    }

    @Override
    public String toString() {
        return name();
    }

    @Override
    public FittedModel fit(TimeSeries series) {
        int n = series.length();
        if (n == 0) {
            throw new IllegalArgumentException("series '" + series.key() + "' is empty: AutoTheta needs at least "
                    + "one observation");
        }
        if (n < StateSpaceTheta.MIN_OBSERVATIONS) {
            return ClassicTheta.INSTANCE.fit(series);
        }
        SeasonalAdjustment seasons = SeasonalAdjustment.of(series.values(), series.seasonLength());
        StateSpaceTheta.Fitted best = null;
        for (StateSpaceTheta.Variant v : StateSpaceTheta.Variant.values()) {
            StateSpaceTheta.Fitted fit = new StateSpaceTheta(v).estimate(series, seasons);
            if (best == null || fit.mse() < best.mse()) {
                best = fit;
            }
        }
        return best.describedAs("AutoTheta(" + best.description() + ")");
    }
}
