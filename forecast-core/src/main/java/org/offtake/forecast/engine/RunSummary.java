package org.offtake.forecast.engine;

import java.time.Duration;
import java.util.Locale;

/**
 * How a whole run went.
 *
 * @param series    series processed
 * @param ok        forecast by the model
 * @param fallbacks forecast by the fallback model
 * @param failures  with no forecast
 * @param elapsed   wall-clock time of the run
 */
public record RunSummary(long series, long ok, long fallbacks, long failures, Duration elapsed) {

    /** Series per second over the whole run. */
    public double seriesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds > 0 ? series / seconds : 0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%,d series in %s (%.1f series/s): %,d by the model, %,d by the fallback, "
                + "%,d failed", series, Progress.human(elapsed), seriesPerSecond(), ok, fallbacks, failures);
    }
}
