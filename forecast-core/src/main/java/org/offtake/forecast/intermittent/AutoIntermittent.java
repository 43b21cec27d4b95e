package org.offtake.forecast.intermittent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.offtake.forecast.FittedModel;
import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.TimeSeries;

/**
 * The automatic intermittent-demand model (see {@link Intermittent#auto()}): classifies the series, then averages
 * the forecasts of three methods that read intermittent demand in different ways.
 */
final class AutoIntermittent implements ForecastModel {

    static final AutoIntermittent INSTANCE = new AutoIntermittent();

    private static final DemandModel CROSTON = CrostonModel.fixed(false, CrostonModel.DEFAULT_ALPHA,
            CrostonModel.DEFAULT_ALPHA);
    private static final DemandModel SBA = CrostonModel.fixed(true, CrostonModel.DEFAULT_ALPHA,
            CrostonModel.DEFAULT_ALPHA);
    private static final DemandModel TSB = TsbModel.optimised();
    private static final DemandModel IMAPA = AggregationModel.imapa(Double.NaN);

    private AutoIntermittent() {
    }

    @Override
    public String name() {
        return "intermittent";
    }

    @Override
    public FittedModel fit(TimeSeries series) {
        DemandHistory history = DemandHistory.of(series, name());
        DemandClassification c = DemandClassification.of(history);
        Map<String, Double> params = new LinkedHashMap<>();
        params.put("adi", c.adi());
        params.put("cv2", c.cv2());
        if (history.allZero()) {
            return new IntermittentFit(history, "intermittent(no demand in " + history.length()
                    + " periods: zero)", params, new double[history.length()], 0, 0);
        }
        DemandModel croston = c.demandClass() == DemandClass.SMOOTH ? CROSTON : SBA;
        List<IntermittentFit> members = List.of(croston.fit(history), TSB.fit(history), IMAPA.fit(history));
        int n = history.length();
        double mean = 0;
        double probability = 0;
        double[] fitted = new double[n];
        StringBuilder names = new StringBuilder();
        for (IntermittentFit m : members) {
            mean += m.mean() / members.size();
            probability += m.probability() / members.size();
            double[] f = m.fittedValues();
            for (int t = 0; t < n; t++) {
                fitted[t] += f[t] / members.size();
            }
            params.put(m.description().replaceFirst("\\(.*", ""), m.mean());
            names.append(names.isEmpty() ? "" : ", ").append(m.description());
        }
        String description = "intermittent(" + c.demandClass() + ": mean of " + names + ")";
        return new IntermittentFit(history, description, params, fitted, mean, probability);
    }

    @Override
    public String toString() {
        return name();
    }
}
