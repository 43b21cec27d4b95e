package org.offtake.forecast.engine;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where a run stands.
 *
 * @param done            series finished
 * @param total           series in the run, when the source knows
 * @param fallbacks       series forecast by the fallback model so far
 * @param failures        series with no forecast so far
 * @param seriesPerSecond finished series per second of elapsed time
 * @param elapsed         time since the run started
 * @param remaining       estimated time to finish, when the total is known
 */
public record Progress(long done, OptionalLong total, long fallbacks, long failures, double seriesPerSecond,
                       Duration elapsed, Optional<Duration> remaining) {

    /** One line for a log: {@code 1,200 / 10,000 series (12.0 %), 85.3 series/s, elapsed 14 s, about 1 m 43 s left}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%,d", done));
        total.ifPresent(t -> b.append(String.format(Locale.ROOT, " / %,d", t)));
        b.append(" series");
        total.ifPresent(t -> b.append(String.format(Locale.ROOT, " (%.1f %%)", t == 0 ? 100.0 : 100.0 * done / t)));
        b.append(String.format(Locale.ROOT, ", %.1f series/s, elapsed %s", seriesPerSecond, human(elapsed)));
        remaining.ifPresent(r -> b.append(", about ").append(human(r)).append(" left"));
        if (fallbacks > 0 || failures > 0) {
            b.append(String.format(Locale.ROOT, " (%,d fallback, %,d failed)", fallbacks, failures));
        }
        return b.toString();
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " m " + s % 60 + " s";
        }
        return s / 3600 + " h " + (s % 3600) / 60 + " m";
    }
}
