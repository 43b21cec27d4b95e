package org.offtake.forecast.engine;

import java.time.Duration;

import org.offtake.forecast.Forecast;
import org.offtake.forecast.SamplePaths;

/**
 * What the engine produced for one series.
 *
 * @param index      position of the series in the input, from 0
 * @param seriesKey  the series
 * @param status     how it went
 * @param forecast   the forecast (from the fallback model when {@code status} is {@link Status#FALLBACK}); null when
 *                   {@link Status#FAILED}
 * @param paths      sample paths when the engine was asked for them, else null
 * @param model      description of the model that made the forecast ({@code ""} when failed)
 * @param reason     why that model, in words, where the model says (an automatic forecaster's choice), else
 *                   {@code ""}
 * @param diagnostic what went wrong, when something did ({@code ""} otherwise)
 * @param elapsed    time spent on the series
 */
public record SeriesResult(long index, String seriesKey, Status status, Forecast forecast, SamplePaths paths,
                           String model, String reason, String diagnostic, Duration elapsed) {

    /** How a series went. */
    public enum Status {
        /** The model forecast it. */
        OK,
        /** The model failed or ran out of time; the fallback model forecast it. */
        FALLBACK,
        /** Neither could (for example an empty series); there is no forecast. */
        FAILED
    }
}
