package org.offtake.forecast;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/** Truncates at zero the forecasts and paths of another model (see {@link ForecastModel#nonNegative()}). */
record NonNegativeModel(ForecastModel delegate) implements ForecastModel {

    static ForecastModel of(ForecastModel model) {
        Objects.requireNonNull(model, "model");
        return model instanceof NonNegativeModel ? model : new NonNegativeModel(model);
    }

    @Override
    public String name() {
        return "nonNegative(" + delegate.name() + ")";
    }

    @Override
    public FittedModel fit(TimeSeries series) {
        return new Fitted(delegate.fit(series));
    }

    @Override
    public ForecastModel nonNegative() {
        return this;
    }

    private record Fitted(FittedModel delegate) implements FittedModel {
        @Override
        public String description() {
            return "nonNegative(" + delegate.description() + ")";
        }

        @Override
        public TimeSeries series() {
            return delegate.series();
        }

        @Override
        public Map<String, Double> parameters() {
            return delegate.parameters();
        }

        @Override
        public double[] fittedValues() {
            return delegate.fittedValues();
        }

        @Override
        public double[] residuals() {
            return delegate.residuals();
        }

        @Override
        public OptionalDouble logLikelihood() {
            return delegate.logLikelihood();
        }

        @Override
        public OptionalDouble aic() {
            return delegate.aic();
        }

        @Override
        public OptionalDouble aicc() {
            return delegate.aicc();
        }

        @Override
        public OptionalDouble bic() {
            return delegate.bic();
        }

        @Override
        public Forecast forecast(int horizon, double... levels) {
            Forecast f = delegate.forecast(horizon, levels).truncatedAtZero();
            return f.withModel(description());
        }

        @Override
        public FittedModel update(TimeSeries series) {
            return new Fitted(delegate.update(series));
        }

        @Override
        public SamplePaths simulate(int horizon, int paths, long seed) {
            return delegate.simulate(horizon, paths, seed).truncatedAtZero().withModel(description());
        }
    }
}
