package org.offtake.forecast.global;

import java.util.Arrays;
import java.util.function.DoubleSupplier;

/**
 * Recursive multi-step forecasting: each step's value is predicted from the series and the values of the steps
 * before it, which then stand in for observations in the next step's lags and rolling means.
 */
final class Recursion {

    private Recursion() {
    }

    /** The point forecast of the next {@code h} values of {@code m}, in the series' units. */
    static double[] forecast(Booster booster, Features features, Member m, int h, boolean nonNegative) {
        double[] out = new double[h];
        run(booster, features, m, nonNegative, null, out);
        return out;
    }

    /**
     * Fills {@code out} with the next {@code out.length} values of {@code m}: at each step the model's prediction
     * plus, when {@code shock} is given, {@code shock} times the series' noise scale; with {@code nonNegative}, each
     * value is truncated at zero before it feeds the next step, as observed demand would be.
     */
    static void run(Booster booster, Features features, Member m, boolean nonNegative, DoubleSupplier shock,
                    double[] out) {
        int n = m.length();
        double[] z = Arrays.copyOf(m.z(), n + out.length);
        double[] row = new double[features.width()];
        for (int k = 0; k < out.length; k++) {
            double level = features.fill(z, n + k, m.seasonOffset(), m.attributes(), row);
            double v = m.scale() * level * booster.predict(row);
            if (shock != null) {
                v += m.noiseScale() * shock.getAsDouble();
            }
            v = bound(v, nonNegative);
            z[n + k] = v / m.scale();
            out[k] = v;
        }
    }

    /** {@code max(v, 0)} when {@code nonNegative}, else {@code v}. */
    static double bound(double v, boolean nonNegative) {
        return nonNegative && v < 0 ? 0 : v;
    }
}
