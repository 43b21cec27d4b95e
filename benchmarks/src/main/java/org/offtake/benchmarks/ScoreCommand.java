package org.offtake.benchmarks;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * {@code score --input FILE --season-length M --forecasts FILE}: scores a forecast file in the runner's layout
 * ({@code series_id,step,mean[,loL,hiL]...}, for example one written by {@code benchmarks/r/forecast_long.R}) against
 * the test rows of a long-layout file, with the same measures as {@code accuracy}, so that R and Offtake are scored
 * by one piece of code.
 */
final class ScoreCommand {

    private static final Set<String> OPTIONS = Set.of("input", "season-length", "forecasts");

    private ScoreCommand() {
    }

    static void run(String[] args, PrintStream out) {
        Options o = Options.parse("score", args, OPTIONS);
        Path input = Path.of(o.required("input"));
        Path forecasts = Path.of(o.required("forecasts"));
        int m = o.positiveInt("season-length", 1);
        List<BenchmarkSeries> series = LongFormatFile.read(input);

        Table t = Table.read().usingOptions(CsvReadOptions.builder(forecasts.toFile())
                .columnTypes(name -> switch (name) {
                    case "series_id" -> ColumnType.STRING;
                    case "step" -> ColumnType.INTEGER;
                    default -> ColumnType.DOUBLE;
                }));
        List<Double> levelList = new ArrayList<>();
        for (String c : t.columnNames()) {
            if (c.startsWith("lo") && t.columnNames().contains("hi" + c.substring(2))) {
                levelList.add(Double.parseDouble(c.substring(2)));
            }
        }
        double[] levels = levelList.stream().mapToDouble(Double::doubleValue).toArray();
        Map<String, List<Integer>> rows = new HashMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            rows.computeIfAbsent(t.stringColumn("series_id").get(r), k -> new ArrayList<>()).add(r);
        }
        Scores scores = new Scores(levels);
        boolean intervals = true;
        for (BenchmarkSeries s : series) {
            List<Integer> rs = rows.get(s.id());
            int h = s.test().length;
            if (rs == null || rs.size() != h) {
                throw new IllegalArgumentException(forecasts + ": series '" + s.id() + "' needs " + h
                        + " forecast rows, has " + (rs == null ? 0 : rs.size()));
            }
            double[] mean = new double[h];
            double[][] lo = new double[levels.length][h];
            double[][] hi = new double[levels.length][h];
            for (int r : rs) {
                int step = t.intColumn("step").getInt(r) - 1;
                mean[step] = t.doubleColumn("mean").getDouble(r);
                for (int i = 0; i < levels.length; i++) {
                    lo[i][step] = t.doubleColumn("lo" + Scores.fmt(levels[i])).getDouble(r);
                    hi[i][step] = t.doubleColumn("hi" + Scores.fmt(levels[i])).getDouble(r);
                    intervals &= Double.isFinite(lo[i][step]) && Double.isFinite(hi[i][step]);
                }
            }
            scores.add(s, m, mean, intervals ? lo : null, intervals ? hi : null);
        }
        out.printf(Locale.ROOT, "%s scored on %s (season length %d): %s%n", forecasts.getFileName(),
                input.getFileName(), m, scores.summary(intervals));
        if (!intervals) {
            out.println("(the file has no complete intervals: coverage not scored)");
        }
    }
}
