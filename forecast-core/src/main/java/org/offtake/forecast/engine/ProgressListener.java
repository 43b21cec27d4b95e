package org.offtake.forecast.engine;

/**
 * Told where a run stands, from the engine's coordinating thread: after the first series, then at most once per
 * reporting interval, and once at the end. Must return quickly.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = p -> { };

    void onProgress(Progress progress);
}
