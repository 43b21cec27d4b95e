package org.offtake.forecast.engine;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.offtake.forecast.FittedModel;
import org.offtake.forecast.Forecast;
import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.SamplePaths;
import org.offtake.forecast.TimeSeries;
import org.offtake.forecast.auto.AutoFit;
import org.offtake.forecast.baseline.Baselines;
import org.offtake.forecast.internal.Args;

/**
 * Forecasts many series: reads them from an iterator, forecasts them on a number of threads, and hands the results to
 * a sink in the order the series came in.
 *
 * <ul>
 * <li><b>Deterministic.</b> Each series' forecast depends on that series and the settings only (models and their
 *     simulations are seeded), and results reach the sink in input order, so the output is the same bit for bit
 *     whatever the number of threads, except for a series that runs out of time (wall-clock time is not
 *     deterministic).</li>
 * <li><b>Streaming.</b> At most {@code 4 x threads} series are read ahead of the one the sink waits for, so memory
 *     does not grow with the number of series.</li>
 * <li><b>Isolated.</b> A series on which the model throws is forecast by the fallback model (the naive method by
 *     default) and the error kept in the result's diagnostic; one that takes longer than the time limit is
 *     interrupted (the library's models stop at their next optimiser step or simulated path) and forecast by the
 *     fallback too; the pool gains a thread for it, so even a model that ignores interruption cannot stall the
 *     run. Neither stops the run. A series no model can take (an empty one) gets a FAILED result.</li>
 * <li><b>Observable.</b> A {@link ProgressListener} hears how far the run is, how fast it goes and how long it has
 *     left.</li>
 * </ul>
 */
public final class ForecastEngine {

    private static final int READ_AHEAD_PER_THREAD = 4;

    private final ForecastModel model;
    private final ForecastModel fallback;
    private final int horizon;
    private final double[] levels;
    private final int threads;
    private final Duration timeout;
    private final int paths;
    private final long seed;
    private final ProgressListener listener;
    private final Duration reportEvery;

    private ForecastEngine(Builder b) {
        this.model = b.model;
        this.fallback = b.fallback == null ? Baselines.naive() : b.fallback;
        this.horizon = b.horizon;
        this.levels = b.levels == null ? new double[] {80, 95} : b.levels;
        this.threads = b.threads == null ? 1 : b.threads;
        this.timeout = b.timeout == null ? Duration.ofMinutes(1) : b.timeout;
        this.paths = b.paths == null ? 0 : b.paths;
        this.seed = b.seed == null ? 1L : b.seed;
        this.listener = b.listener == null ? ProgressListener.NONE : b.listener;
        this.reportEvery = b.reportEvery == null ? Duration.ofSeconds(5) : b.reportEvery;
    }

    /** A builder; {@link Builder#model} and {@link Builder#horizon} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Forecasts every series of {@code source}, whose number is not known in advance. */
    public RunSummary run(Iterator<TimeSeries> source, ResultSink sink) {
        return run(source, OptionalLong.empty(), sink);
    }

    /** Forecasts every series of {@code source}, {@code total} of them, so progress can estimate the time left. */
    public RunSummary run(Iterator<TimeSeries> source, long total, ResultSink sink) {
        return run(source, OptionalLong.of(total), sink);
    }

    private RunSummary run(Iterator<TimeSeries> source, OptionalLong total, ResultSink sink) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sink, "sink");
        long start = System.nanoTime();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), new Workers());
        ArrayDeque<Task> inFlight = new ArrayDeque<>();
        long index = 0;
        long done = 0;
        long ok = 0;
        long fallbacks = 0;
        long failures = 0;
        long lastReport = 0;
        try {
            while (true) {
                while (inFlight.size() < READ_AHEAD_PER_THREAD * threads && source.hasNext()) {
                    Task task = new Task(index++, source.next());
                    task.future = pool.submit(() -> forecastOne(task));
                    inFlight.add(task);
                }
                Task head = inFlight.poll();
                if (head == null) {
                    break;
                }
                SeriesResult result = await(head, pool);
                try {
                    sink.accept(result);
                } catch (Exception e) {
                    throw new IllegalStateException("the result sink failed on series '" + result.seriesKey()
                            + "' (input position " + result.index() + "); " + done + " results were accepted before",
                            e);
                }
                done++;
                switch (result.status()) {
                    case OK -> ok++;
                    case FALLBACK -> fallbacks++;
                    case FAILED -> failures++;
                }
                long now = System.nanoTime();
                if (done == 1 || now - lastReport >= reportEvery.toNanos()) {
                    lastReport = now;
                    listener.onProgress(progress(done, total, fallbacks, failures, now - start));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        long elapsed = System.nanoTime() - start;
        listener.onProgress(progress(done, total, fallbacks, failures, elapsed));
        return new RunSummary(done, ok, fallbacks, failures, Duration.ofNanos(elapsed));
    }

    private static Progress progress(long done, OptionalLong total, long fallbacks, long failures, long nanos) {
        double rate = nanos > 0 ? done / (nanos / 1e9) : 0;
        Optional<Duration> remaining = total.isPresent() && rate > 0
                ? Optional.of(Duration.ofMillis((long) (1000 * Math.max(0, total.getAsLong() - done) / rate)))
                : Optional.empty();
        return new Progress(done, total, fallbacks, failures, rate, Duration.ofNanos(nanos), remaining);
    }

    /**
     * Waits for a task, interrupting it when it has run longer than the time limit. The pool gets one more thread
     * for each task interrupted, so that a model that ignores the interruption cannot take a worker away from the
     * rest of the run.
     */
    private SeriesResult await(Task task, ThreadPoolExecutor pool) {
        while (true) {
            try {
                return task.future.get(20, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillRunning) {
                long started = task.startedAt.get();
                if (started != 0 && System.nanoTime() - started > timeout.toNanos()) {
                    task.future.cancel(true);
                    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                    return withFallback(task, "took longer than the time limit of " + Progress.human(timeout),
                            started);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while forecasting series '" + task.series.key() + "'",
                        e);
            } catch (ExecutionException e) {
                return withFallback(task, String.valueOf(e.getCause()), task.startedAt.get());
            } catch (CancellationException e) {
                return withFallback(task, "cancelled", task.startedAt.get());
            }
        }
    }

    private SeriesResult forecastOne(Task task) {
        long started = System.nanoTime();
        task.startedAt.set(started);
        try {
            FittedModel fit = model.fit(task.series);
            return result(task, SeriesResult.Status.OK, fit, "", started);
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("interrupted");
            }
            return withFallback(task, e.toString(), started);
        }
    }

    private SeriesResult withFallback(Task task, String diagnostic, long started) {
        long from = started == 0 ? System.nanoTime() : started;
        try {
            FittedModel fit = fallback.fit(task.series);
            return result(task, SeriesResult.Status.FALLBACK, fit, model.name() + ": " + diagnostic, from);
        } catch (RuntimeException e) {
            return new SeriesResult(task.index, task.series.key(), SeriesResult.Status.FAILED, null, null, "", "",
                    model.name() + ": " + diagnostic + "; fallback " + fallback.name() + ": " + e.getMessage(),
                    Duration.ofNanos(System.nanoTime() - from));
        }
    }

    private SeriesResult result(Task task, SeriesResult.Status status, FittedModel fit, String diagnostic,
                                long started) {
        Forecast forecast = fit.forecast(horizon, levels);
        SamplePaths samplePaths = paths > 0 ? fit.simulate(horizon, paths, seed) : null;
        String reason = fit instanceof AutoFit auto ? auto.reason() : "";
        return new SeriesResult(task.index, task.series.key(), status, forecast, samplePaths, fit.description(),
                reason, diagnostic, Duration.ofNanos(System.nanoTime() - started));
    }

    /** A series in flight. */
    private static final class Task {
        final long index;
        final TimeSeries series;
        final AtomicLong startedAt = new AtomicLong();
        volatile Future<SeriesResult> future;

        Task(long index, TimeSeries series) {
            this.index = index;
            this.series = series;
        }
    }

    /** Daemon worker threads named {@code offtake-forecast-N}, so a stuck series cannot keep the JVM alive. */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "offtake-forecast-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }

    /**
     * Builds a {@link ForecastEngine}. Each property may be set once ({@link IllegalStateException} otherwise);
     * values are checked when set ({@link IllegalArgumentException} with the accepted range).
     */
    public static final class Builder {
        private ForecastModel model;
        private ForecastModel fallback;
        private int horizon;
        private double[] levels;
        private Integer threads;
        private Duration timeout;
        private Integer paths;
        private Long seed;
        private ProgressListener listener;
        private Duration reportEvery;

        private Builder() {
        }

        /** The model forecasting each series. Required. */
        public Builder model(ForecastModel model) {
            once(this.model, "model");
            this.model = Objects.requireNonNull(model, "model");
            return this;
        }

        /** The model used when the model fails or runs out of time (default the naive method). */
        public Builder fallback(ForecastModel fallback) {
            once(this.fallback, "fallback");
            this.fallback = Objects.requireNonNull(fallback, "fallback");
            return this;
        }

        /** Periods forecast per series, at least 1. Required. */
        public Builder horizon(int horizon) {
            if (this.horizon != 0) {
                throw new IllegalStateException("horizon was already set");
            }
            this.horizon = Args.horizon(horizon);
            return this;
        }

        /** Interval levels in percent (default 80 and 95). */
        public Builder levels(double... levels) {
            once(this.levels, "levels");
            this.levels = Args.levels(levels);
            return this;
        }

        /** Worker threads, at least 1 (default 1). */
        public Builder threads(int threads) {
            once(this.threads, "threads");
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** Time one series may take before the fallback replaces it (default one minute; positive). */
        public Builder timeoutPerSeries(Duration timeout) {
            once(this.timeout, "timeoutPerSeries");
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout per series must be positive, was " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** Sample paths to draw per series with each forecast (default none). */
        public Builder samplePaths(int paths, long seed) {
            once(this.paths, "samplePaths");
            this.paths = Args.paths(paths);
            this.seed = seed;
            return this;
        }

        /** Who hears the progress (default nobody). */
        public Builder listener(ProgressListener listener) {
            once(this.listener, "listener");
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** How often the listener hears, at most (default every 5 s; positive). */
        public Builder reportEvery(Duration interval) {
            once(this.reportEvery, "reportEvery");
            if (interval == null || interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("reporting interval must be positive, was " + interval);
            }
            this.reportEvery = interval;
            return this;
        }

        /** @throws IllegalStateException if the model or the horizon is missing */
        public ForecastEngine build() {
            if (model == null) {
                throw new IllegalStateException("model is required");
            }
            if (horizon == 0) {
                throw new IllegalStateException("horizon is required");
            }
            return new ForecastEngine(this);
        }

        private static void once(Object current, String name) {
            if (current != null) {
                throw new IllegalStateException(name + " was already set");
            }
        }
    }
}
