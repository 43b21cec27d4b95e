package org.offtake.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.offtake.forecast.FittedModel;
import org.offtake.forecast.Forecast;
import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.TimeSeries;
import org.offtake.forecast.baseline.Baselines;
import org.offtake.forecast.global.GlobalBoostedTrees;
import org.offtake.forecast.global.GlobalFit;

/**
 * {@code accuracy --input FILE --season-length M --model NAME --output FILE [--threads N] [--levels 80,95]
 * [--limit N]}: fits the model to the training part of every series of a long-layout file, forecasts as many steps
 * as the series has test rows, writes {@code series_id,step,mean,lo80,hi80,lo95,hi95} and prints sMAPE, MASE,
 * RMSSE, interval coverage and the time spent fitting and forecasting (reading and writing excluded); the model
 * chosen per series goes to {@code FILE.models.csv}. A series on
 * which the model fails gets the naive forecast and is counted and named in the summary.
 *
 * <p>The global model {@code gbm} is first trained once on the training part of every series of the file (its
 * holdout as long as the longest horizon), then forecasts each series; the training and the forecasting times are
 * printed apart.
 */
final class AccuracyCommand {

    private static final Set<String> OPTIONS = Set.of("input", "season-length", "model", "output", "threads",
            "levels", "limit");

    private AccuracyCommand() {
    }

    /** One series' result. */
    record Result(BenchmarkSeries series, Forecast forecast, String failure) {
    }

    static void run(String[] args, PrintStream out) throws IOException {
        Options o = Options.parse("accuracy", args, OPTIONS);
        Path input = Path.of(o.required("input"));
        int m = o.requiredPositiveInt("season-length");
        String name = o.required("model");
        ForecastModel model = ModelCatalog.isGlobal(name) ? null : ModelCatalog.model(name);
        Path output = Path.of(o.required("output"));
        int threads = o.positiveInt("threads", 1);
        double[] levels = o.levels("levels", "80,95");
        int limit = o.positiveInt("limit", Integer.MAX_VALUE);
        LongFormatFile.requireWritable(output);

        List<BenchmarkSeries> all = LongFormatFile.read(input);
        List<BenchmarkSeries> series = all.subList(0, Math.min(limit, all.size()));
        long start = System.nanoTime();
        GlobalRun global = model == null ? forecastGlobal(series, m, levels, threads) : null;
        List<Result> results = global != null ? global.results() : forecastAll(series, model, m, levels, threads);
        double seconds = (System.nanoTime() - start) / 1e9;

        write(output, results, levels);
        Scores scores = new Scores(levels);
        List<String> failures = new ArrayList<>();
        for (Result r : results) {
            Forecast f = r.forecast();
            double[][] lo = new double[levels.length][];
            double[][] hi = new double[levels.length][];
            for (int i = 0; i < levels.length; i++) {
                lo[i] = f.lower(levels[i]);
                hi[i] = f.upper(levels[i]);
            }
            scores.add(r.series(), m, f.mean(), lo, hi);
            if (r.failure() != null) {
                failures.add(r.series().id() + ": " + r.failure());
            }
        }
        out.printf(Locale.ROOT, "%s on %s (season length %d): %s%n", global != null ? global.fit().description()
                : model.name(), input.getFileName(), m, scores.summary());
        if (global != null) {
            out.printf(Locale.ROOT, "train %.2f s (one model, %d series, %d rows), forecast %.2f s on %d thread(s), "
                    + "%.2f ms per series; forecasts in %s%n", global.trainSeconds(), series.size(),
                    global.fit().trainingRows(), global.forecastSeconds(), threads,
                    1000 * global.forecastSeconds() / series.size(), output);
        } else {
            out.printf(Locale.ROOT, "fit+forecast %.2f s on %d thread(s), %.2f ms per series; forecasts in %s%n",
                    seconds, threads, 1000 * seconds / series.size(), output);
        }
        if (!failures.isEmpty()) {
            out.printf(Locale.ROOT, "%d series fell back to the naive forecast, first: %s%n", failures.size(),
                    failures.get(0));
        }
    }

    static List<Result> forecastAll(List<BenchmarkSeries> series, ForecastModel model, int m, double[] levels,
                                    int threads) {
        return Parallel.map(series, threads, s -> forecastOne(s, model, m, levels));
    }

    /** The global model's run: the trained model, each series' result, and the training and forecasting times. */
    record GlobalRun(GlobalFit fit, List<Result> results, double trainSeconds, double forecastSeconds) {
    }

    /**
     * Trains {@link ModelCatalog#global} on the training part of every series, then forecasts each series with it
     * ({@code threads} at a time); a series whose forecast fails gets the naive forecast.
     *
     * @throws IllegalArgumentException if the model cannot be trained on the group (the message names the series)
     */
    static GlobalRun forecastGlobal(List<BenchmarkSeries> series, int m, double[] levels, int threads) {
        int horizon = series.stream().mapToInt(s -> s.test().length).max().orElseThrow();
        GlobalBoostedTrees spec = ModelCatalog.global(horizon);
        List<TimeSeries> group = series.stream().map(s -> TimeSeries.seasonal(s.id(), m, s.train())).toList();
        long start = System.nanoTime();
        GlobalFit fit = spec.fit(group);
        long trained = System.nanoTime();
        List<Result> results = Parallel.map(series, threads,
                s -> forecastOne(s, m, levels, train -> fit.model(train.key())));
        long done = System.nanoTime();
        return new GlobalRun(fit, results, (trained - start) / 1e9, (done - trained) / 1e9);
    }

    static Result forecastOne(BenchmarkSeries s, ForecastModel model, int m, double[] levels) {
        return forecastOne(s, m, levels, model::fit);
    }

    /** The forecast of the model {@code fitter} gives for the series' training part, or naive's if that fails. */
    private static Result forecastOne(BenchmarkSeries s, int m, double[] levels,
                                      Function<TimeSeries, FittedModel> fitter) {
        TimeSeries train = TimeSeries.seasonal(s.id(), m, s.train());
        int h = s.test().length;
        try {
            return new Result(s, fitter.apply(train).forecast(h, levels), null);
        } catch (RuntimeException e) {
            return new Result(s, Baselines.naive().fit(train).forecast(h, levels), e.toString());
        }
    }

    private static void write(Path output, List<Result> results, double[] levels) throws IOException {
        Path modelsFile = output.resolveSibling(output.getFileName() + ".models.csv");
        try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
             BufferedWriter models = Files.newBufferedWriter(modelsFile, StandardCharsets.UTF_8)) {
            models.write("series_id,method\n");
            StringBuilder header = new StringBuilder("series_id,step,mean");
            for (double l : levels) {
                header.append(",lo").append(Scores.fmt(l)).append(",hi").append(Scores.fmt(l));
            }
            w.write(header.append('\n').toString());
            for (Result r : results) {
                Forecast f = r.forecast();
                String id = quoted(r.series().id());
                double[][] lo = new double[levels.length][];
                double[][] hi = new double[levels.length][];
                for (int i = 0; i < levels.length; i++) {
                    lo[i] = f.lower(levels[i]);
                    hi[i] = f.upper(levels[i]);
                }
                models.write(id + "," + quoted(f.model()) + "\n");
                for (int t = 0; t < f.horizon(); t++) {
                    StringBuilder line = new StringBuilder(id).append(',').append(t + 1).append(',').append(f.mean(t));
                    for (int i = 0; i < levels.length; i++) {
                        line.append(',').append(lo[i][t]).append(',').append(hi[i][t]);
                    }
                    w.write(line.append('\n').toString());
                }
            }
        }
    }

    /** RFC 4180 quoting, for ids that hold a comma, quote or line break. */
    static String quoted(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
