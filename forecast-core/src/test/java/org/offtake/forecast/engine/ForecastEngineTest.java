package org.offtake.forecast.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.offtake.forecast.FittedModel;
import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.TimeSeries;
import org.offtake.forecast.baseline.Baselines;
import org.offtake.forecast.ets.Ets;
import org.offtake.forecast.internal.Interruption;

class ForecastEngineTest {

    private static List<TimeSeries> group(int count) {
        List<TimeSeries> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            SplittableRandom random = new SplittableRandom(k);
            double[] y = new double[36];
            for (int t = 0; t < y.length; t++) {
                y[t] = 100 + k + 10 * Math.sin(2 * Math.PI * t / 12) + 3 * random.nextGaussian();
            }
            out.add(TimeSeries.seasonal("item-" + k, 12, y));
        }
        return out;
    }

    /** A model that fails on the series named {@code bad} and otherwise behaves as the naive method. */
    private static ForecastModel failingOn(String bad) {
        return new ForecastModel() {
            @Override
            public String name() {
                return "picky";
            }

            @Override
            public FittedModel fit(TimeSeries s) {
                if (s.key().equals(bad)) {
                    throw new IllegalStateException("cannot model '" + s.key() + "'");
                }
                return Baselines.naive().fit(s);
            }
        };
    }

    /** A model that, on the series named {@code stuck}, loops until it is interrupted. */
    private static ForecastModel stuckOn(String stuck) {
        return new ForecastModel() {
            @Override
            public String name() {
                return "slow";
            }

            @Override
            public FittedModel fit(TimeSeries s) {
                while (s.key().equals(stuck)) {
                    Interruption.check();
                }
                return Baselines.naive().fit(s);
            }
        };
    }

    /**
     * A model that, on the series named {@code stuck}, ignores interruption and keeps its thread for two seconds;
     * every other series notes whether that one was still running when it was fitted.
     */
    private static ForecastModel deafOn(String stuck, AtomicBoolean stuckRunning, List<Boolean> seenRunning) {
        return new ForecastModel() {
            @Override
            public String name() {
                return "deaf";
            }

            @Override
            public FittedModel fit(TimeSeries s) {
                if (s.key().equals(stuck)) {
                    stuckRunning.set(true);
                    long until = System.nanoTime() + 2_000_000_000L;
                    while (System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
                    stuckRunning.set(false);
                } else {
                    seenRunning.add(stuckRunning.get());
                }
                return Baselines.naive().fit(s);
            }
        };
    }

    private static List<SeriesResult> run(ForecastEngine engine, List<TimeSeries> series) {
        List<SeriesResult> results = new ArrayList<>();
        engine.run(series.iterator(), series.size(), results::add);
        return results;
    }

    @Test
    void results_comeInInputOrder_andAreIdenticalWhateverTheNumberOfThreads() {
        List<TimeSeries> series = group(24);
        List<SeriesResult> one = run(ForecastEngine.builder().model(Ets.auto()).horizon(6).threads(1)
                .samplePaths(50, 3L).build(), series);
        List<SeriesResult> three = run(ForecastEngine.builder().model(Ets.auto()).horizon(6).threads(3)
                .samplePaths(50, 3L).build(), series);
        assertThat(one).extracting(SeriesResult::seriesKey).containsExactlyElementsOf(
                series.stream().map(TimeSeries::key).toList());
        for (int i = 0; i < series.size(); i++) {
            assertThat(three.get(i).forecast().mean()).containsExactly(one.get(i).forecast().mean());
            assertThat(three.get(i).forecast().upper(95)).containsExactly(one.get(i).forecast().upper(95));
            assertThat(three.get(i).paths().path(7)).containsExactly(one.get(i).paths().path(7));
            assertThat(three.get(i).model()).isEqualTo(one.get(i).model());
        }
    }

    @Test
    void source_isReadAtMostFourSeriesPerThreadAhead() {
        List<TimeSeries> series = group(40);
        AtomicInteger read = new AtomicInteger();
        Iterator<TimeSeries> counting = new Iterator<>() {
            private final Iterator<TimeSeries> inner = series.iterator();

            @Override
            public boolean hasNext() {
                return inner.hasNext();
            }

            @Override
            public TimeSeries next() {
                read.incrementAndGet();
                return inner.next();
            }
        };
        int threads = 2;
        List<Integer> aheadAtEachResult = new ArrayList<>();
        ForecastEngine.builder().model(Baselines.naive()).horizon(3).threads(threads).build()
                .run(counting, r -> aheadAtEachResult.add(read.get() - (int) r.index() - 1));
        assertThat(aheadAtEachResult).hasSize(40).allSatisfy(a -> assertThat(a).isLessThanOrEqualTo(4 * threads));
    }

    @Test
    void failingSeries_getsTheFallback_withTheErrorKept_andTheRunGoesOn() {
        List<TimeSeries> series = new ArrayList<>(group(5));
        series.add(2, TimeSeries.of("empty"));
        List<SeriesResult> results = run(ForecastEngine.builder().model(failingOn("item-3")).horizon(2)
                .fallback(Baselines.mean()).build(), series);
        assertThat(results).extracting(SeriesResult::status).containsExactly(SeriesResult.Status.OK,
                SeriesResult.Status.OK, SeriesResult.Status.FAILED, SeriesResult.Status.OK,
                SeriesResult.Status.FALLBACK, SeriesResult.Status.OK);
        SeriesResult fallback = results.get(4);
        assertThat(fallback.model()).isEqualTo("mean");
        assertThat(fallback.diagnostic()).isEqualTo("picky: java.lang.IllegalStateException: cannot model 'item-3'");
        assertThat(results.get(2).forecast()).isNull();
        assertThat(results.get(2).diagnostic()).contains("'empty' is empty");
    }

    @Test
    void slowSeries_isInterruptedAtTheTimeLimit_andForecastByTheFallback() {
        List<SeriesResult> results = run(ForecastEngine.builder().model(stuckOn("item-1")).horizon(2)
                .timeoutPerSeries(Duration.ofMillis(200)).build(), group(4));
        assertThat(results).extracting(SeriesResult::status).containsExactly(SeriesResult.Status.OK,
                SeriesResult.Status.FALLBACK, SeriesResult.Status.OK, SeriesResult.Status.OK);
        assertThat(results.get(1).diagnostic()).contains("took longer than the time limit");
    }

    /**
     * A model that ignores interruption keeps its own worker, but the pool gains one: with a single thread, the
     * series after it are forecast while it is still running.
     */
    @Test
    void seriesThatIgnoresInterruption_cannotStallTheRun() {
        AtomicBoolean stuckRunning = new AtomicBoolean();
        List<Boolean> seenRunning = java.util.Collections.synchronizedList(new ArrayList<>());
        List<SeriesResult> results = run(ForecastEngine.builder().model(deafOn("item-0", stuckRunning, seenRunning))
                .horizon(2).threads(1).timeoutPerSeries(Duration.ofMillis(100)).build(), group(6));
        assertThat(results).hasSize(6);
        assertThat(results.get(0).status()).isEqualTo(SeriesResult.Status.FALLBACK);
        assertThat(results.subList(1, 6)).extracting(SeriesResult::status).containsOnly(SeriesResult.Status.OK);
        assertThat(seenRunning).as("later series ran beside the stuck one").contains(true);
    }

    @Test
    void progress_isReportedFirstAndLast_withTheTotal() {
        List<Progress> seen = new ArrayList<>();
        RunSummary summary = ForecastEngine.builder().model(Baselines.naive()).horizon(2).listener(seen::add).build()
                .run(group(10).iterator(), 10, r -> { });
        assertThat(seen.get(0).done()).isEqualTo(1);
        Progress last = seen.get(seen.size() - 1);
        assertThat(last.done()).isEqualTo(10);
        assertThat(last.total()).hasValue(10);
        assertThat(last.remaining()).hasValue(Duration.ZERO);
        assertThat(last.toString()).startsWith("10 / 10 series (100.0 %)");
        assertThat(summary.series()).isEqualTo(10);
        assertThat(summary.ok()).isEqualTo(10);
    }

    @Test
    void sinkFailure_stopsTheRun_namingTheSeries() {
        List<String> accepted = new ArrayList<>();
        ForecastEngine engine = ForecastEngine.builder().model(Baselines.naive()).horizon(2).build();
        assertThatThrownBy(() -> engine.run(group(5).iterator(), r -> {
            if (r.index() == 3) {
                throw new java.io.IOException("disk full");
            }
            accepted.add(r.seriesKey());
        })).isInstanceOf(IllegalStateException.class)
                .hasMessage("the result sink failed on series 'item-3' (input position 3); 3 results were accepted "
                        + "before");
        assertThat(accepted).containsExactly("item-0", "item-1", "item-2");
    }

    @Test
    void builder_checksItsArguments() {
        assertThatThrownBy(() -> ForecastEngine.builder().threads(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads must be at least 1, was 0");
        assertThatThrownBy(() -> ForecastEngine.builder().timeoutPerSeries(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ForecastEngine.builder().horizon(3).build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("model is required");
    }
}
