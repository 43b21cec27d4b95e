package org.offtake.forecast.internal;

import java.util.concurrent.CancellationException;

/**
 * Lets long computations stop when their thread is interrupted (the forecast engine interrupts a series that runs
 * out of time): the optimisers check before each evaluation and simulations before each path. Code that catches
 * {@code RuntimeException} to try something else must let {@link CancellationException} through.
 */
public final class Interruption {

    private Interruption() {
    }

    /** @throws CancellationException if the current thread has been interrupted (the flag is left set) */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted");
        }
    }
}
