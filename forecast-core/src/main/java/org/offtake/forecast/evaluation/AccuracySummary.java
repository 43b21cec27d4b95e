package org.offtake.forecast.evaluation;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Accuracy over many series: the mean over series of each series' MAE, RMSE, sMAPE, bias and pinball losses (the
 * M-competitions' averaging); of MASE, RMSSE and MSIS over the series whose in-sample scale is defined and not zero
 * ({@code scaledSeries} of them); WAPE pooled as {@code Σ|y - f| / Σ|y|} over all values; coverage pooled over all
 * values (each value counts once); Winkler scores as means over series.
 *
 * @param series       number of series summarised
 * @param scaledSeries number of them with a usable scale for MASE, RMSSE and MSIS
 */
public record AccuracySummary(int series, int scaledSeries, double mae, double rmse, double mase, double rmsse,
                              double smape, double wape, double bias, Map<Double, Double> pinball,
                              Map<Double, Double> coverage, Map<Double, Double> winkler, Map<Double, Double> msis) {

    public AccuracySummary {
        pinball = Collections.unmodifiableMap(new TreeMap<>(pinball));
        coverage = Collections.unmodifiableMap(new TreeMap<>(coverage));
        winkler = Collections.unmodifiableMap(new TreeMap<>(winkler));
        msis = Collections.unmodifiableMap(new TreeMap<>(msis));
    }

    /**
     * Summarises per-series accuracies.
     *
     * @throws IllegalArgumentException if there are none
     */
    public static AccuracySummary of(Collection<Accuracy> accuracies) {
        if (accuracies.isEmpty()) {
            throw new IllegalArgumentException("no accuracies to summarise");
        }
        int scaled = 0;
        double errorSum = 0;
        double actualSum = 0;
        for (Accuracy a : accuracies) {
            scaled += Double.isFinite(a.mase()) ? 1 : 0;
            errorSum += a.absoluteErrorSum();
            actualSum += a.absoluteActualSum();
        }
        Map<Double, Double> pinball = new TreeMap<>();
        Map<Double, Double> coverage = new TreeMap<>();
        Map<Double, Double> winkler = new TreeMap<>();
        Map<Double, Double> msis = new TreeMap<>();
        Accuracy first = accuracies.iterator().next();
        for (double tau : first.pinball().keySet()) {
            pinball.put(tau, mean(accuracies, a -> a.pinball().getOrDefault(tau, Double.NaN)));
        }
        for (double level : first.coverage().keySet()) {
            double inside = 0;
            double values = 0;
            for (Accuracy a : accuracies) {
                inside += a.coverage().getOrDefault(level, Double.NaN) * a.values();
                values += a.values();
            }
            coverage.put(level, inside / values);
            winkler.put(level, mean(accuracies, a -> a.winkler().getOrDefault(level, Double.NaN)));
            msis.put(level, finiteMean(accuracies, a -> a.msis().getOrDefault(level, Double.NaN)));
        }
        return new AccuracySummary(accuracies.size(), scaled, mean(accuracies, Accuracy::mae),
                mean(accuracies, Accuracy::rmse), finiteMean(accuracies, Accuracy::mase),
                finiteMean(accuracies, Accuracy::rmsse), mean(accuracies, Accuracy::smape),
                actualSum == 0 ? Double.NaN : errorSum / actualSum, mean(accuracies, Accuracy::bias), pinball,
                coverage, winkler, msis);
    }

    private static double mean(Collection<Accuracy> all, ToDoubleFunction<Accuracy> f) {
        double s = 0;
        for (Accuracy a : all) {
            s += f.applyAsDouble(a);
        }
        return s / all.size();
    }

    /** Mean over the series where the measure is finite (an undefined scale leaves it out). */
    private static double finiteMean(Collection<Accuracy> all, ToDoubleFunction<Accuracy> f) {
        double s = 0;
        int k = 0;
        for (Accuracy a : all) {
            double v = f.applyAsDouble(a);
            if (Double.isFinite(v)) {
                s += v;
                k++;
            }
        }
        return k == 0 ? Double.NaN : s / k;
    }
}
