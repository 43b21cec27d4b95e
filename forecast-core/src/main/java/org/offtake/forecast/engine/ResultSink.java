package org.offtake.forecast.engine;

/**
 * Receives the engine's results one by one, in the order the series came in, from a single thread, so that what it
 * writes is the same whatever the number of threads.
 */
@FunctionalInterface
public interface ResultSink {

    /**
     * Takes one result. An exception stops the run and is thrown by {@link ForecastEngine#run}; results already
     * accepted stay accepted.
     */
    void accept(SeriesResult result) throws Exception;
}
