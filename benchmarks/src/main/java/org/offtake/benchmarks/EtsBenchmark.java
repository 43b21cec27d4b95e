package org.offtake.benchmarks;

import java.time.YearMonth;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.offtake.forecast.TimeSeries;
import org.offtake.forecast.ets.Ets;
import org.offtake.forecast.ets.EtsFit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of one automatic ETS fit (model selection over every admissible candidate) of a 120-point monthly series
 * with trend, multiplicative season and noise, generated with a fixed seed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EtsBenchmark {

    private TimeSeries series;

    @Setup
    public void generate() {
        SplittableRandom random = new SplittableRandom(120);
        double[] y = new double[120];
        for (int t = 0; t < y.length; t++) {
            double season = 1 + 0.25 * Math.sin(2 * Math.PI * t / 12);
            y[t] = (500 + 3 * t) * season * (1 + 0.05 * random.nextGaussian());
        }
        series = TimeSeries.monthly("bench-120", YearMonth.of(2015, 1), y);
    }

    @Benchmark
    public EtsFit autoEts120() {
        return Ets.auto().fit(series);
    }
}
