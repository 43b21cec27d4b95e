package org.offtake.benchmarks;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;

import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.TimeSeries;
import org.offtake.forecast.engine.ForecastEngine;
import org.offtake.forecast.engine.RunSummary;

/**
 * {@code engine --series N --length L --threads T --model NAME [--horizon H] [--warmup W]}: forecasts N generated
 * monthly series of L points (trend, season, noise and occasional zeros, from a fixed seed, generated one by one as
 * the engine reads them) with the forecast engine, discards the results after folding them into a checksum, and
 * prints series per second, the peak heap, and the checksum (equal checksums mean equal forecasts, whatever the
 * number of threads).
 *
 * <p>With {@code --warmup W} the engine first forecasts W other generated series, untimed and outside the checksum,
 * so that the timed run measures steady-state throughput rather than the JIT compiler's first minute (which on a
 * 2-core machine competes with the second worker thread but runs on an idle core when there is only one).
 */
final class EngineCommand {

    private static final Set<String> OPTIONS = Set.of("series", "length", "threads", "model", "horizon", "warmup");

    /** Index of the first warm-up series: far from the timed series {@code 0..N-1}, so none is forecast twice. */
    private static final int WARMUP_FIRST = 1_000_000_000;

    private EngineCommand() {
    }

    static void run(String[] args, PrintStream out) {
        Options o = Options.parse("engine", args, OPTIONS);
        int count = o.positiveInt("series", 100_000);
        int length = o.positiveInt("length", 60);
        int threads = o.positiveInt("threads", 1);
        int horizon = o.positiveInt("horizon", 12);
        int warmup = o.nonNegativeInt("warmup", 0);
        ForecastModel model = ModelCatalog.model(o.optional("model", "auto"));
        long[] checksum = {0};
        ForecastEngine engine = ForecastEngine.builder().model(model).horizon(horizon).threads(threads)
                .listener(p -> out.println("  " + p)).reportEvery(Duration.ofSeconds(30)).build();
        if (warmup > 0) {
            out.printf(Locale.ROOT, "warm-up: %s%n",
                    engine.run(new Generated(WARMUP_FIRST, warmup, length), warmup, r -> { }));
        }
        RunSummary summary = engine.run(new Generated(0, count, length), count, r -> {
            if (r.forecast() != null) {
                for (double v : r.forecast().mean()) {
                    checksum[0] = 31 * checksum[0] + Double.doubleToLongBits(v);
                }
            }
        });
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        out.printf(Locale.ROOT, "%s, %d thread(s), model %s: %s%n", count + " series of " + length, threads,
                model.name(), summary);
        out.printf(Locale.ROOT, "peak heap %.0f MB (max heap %.0f MB); checksum %016x%n", peak / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6, checksum[0]);
    }

    /** Monthly series made one at a time from a fixed seed: the same series every run. */
    static final class Generated implements Iterator<TimeSeries> {
        private final int end;
        private final int length;
        private int next;

        /** The {@code count} series numbered from {@code first}. */
        Generated(int first, int count, int length) {
            this.next = first;
            this.end = first + count;
            this.length = length;
        }

        @Override
        public boolean hasNext() {
            return next < end;
        }

        @Override
        public TimeSeries next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int k = next++;
            SplittableRandom random = new SplittableRandom(1_000_003L * k + 17);
            double level = 20 + random.nextDouble() * 2000;
            double growth = (random.nextDouble() - 0.4) * 0.02;
            double seasonality = random.nextDouble() * 0.4;
            double noise = 0.05 + random.nextDouble() * 0.2;
            double zeroShare = random.nextDouble() < 0.1 ? 0.3 : 0;
            double[] y = new double[length];
            for (int t = 0; t < length; t++) {
                double mean = level * Math.pow(1 + growth, t) * (1 + seasonality * Math.sin(2 * Math.PI * t / 12));
                double v = mean * (1 + noise * random.nextGaussian());
                y[t] = random.nextDouble() < zeroShare ? 0 : Math.max(0, Math.rint(v));
            }
            return TimeSeries.monthly("gen-" + k, YearMonth.of(2019, 1), y);
        }
    }
}
