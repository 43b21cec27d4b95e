package org.offtake.benchmarks;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
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
        int m = o.positiveInt("season-length", 0);
        if (m == 0) {
            o.required("season-length");
        }
        List<BenchmarkSeries> series = LongFormatFile.read(input);

        if (!Files.isRegularFile(forecasts)) {
            throw new IllegalArgumentException(forecasts + ": no such file");
        }
        Table t;
        try {
            t = Table.read().usingOptions(CsvReadOptions.builder(forecasts.toFile())
                    .columnTypes(name -> switch (name) {
                        case "series_id" -> ColumnType.STRING;
                        case "step" -> ColumnType.INTEGER;
                        default -> ColumnType.DOUBLE;
                    }));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(forecasts + ": cannot be read as a forecast file "
                    + "(series_id,step,mean[,loL,hiL]...): " + e.getMessage(), e);
        }
        for (String required : List.of("series_id", "step", "mean")) {
            if (!t.columnNames().contains(required)) {
                throw new IllegalArgumentException(forecasts + ": column '" + required + "' is missing; expected "
                        + "series_id,step,mean[,loL,hiL]..., found " + t.columnNames());
            }
        }
        List<String> levelSuffixes = new ArrayList<>();
        for (String c : t.columnNames()) {
            if (c.startsWith("lo") && t.columnNames().contains("hi" + c.substring(2)) && isLevel(c.substring(2))) {
                levelSuffixes.add(c.substring(2));
            }
        }
        double[] levels = levelSuffixes.stream().mapToDouble(Double::parseDouble).toArray();
        DoubleColumn means = t.doubleColumn("mean");
        IntColumn steps = t.intColumn("step");
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
            boolean[] seen = new boolean[h];
            for (int r : rs) {
                boolean missing = steps.isMissing(r);
                int step = missing ? -1 : steps.getInt(r) - 1;
                if (missing || step < 0 || step >= h || seen[step]) {
                    throw new IllegalArgumentException(forecasts + ": row " + (r + 1) + ", column step: series '"
                            + s.id() + "' needs steps 1 to " + h + ", each once; found "
                            + (missing ? "nothing" : (step + 1) + (step >= 0 && step < h ? " a second time" : "")));
                }
                seen[step] = true;
                mean[step] = means.getDouble(r);
                if (!Double.isFinite(mean[step])) {
                    throw new IllegalArgumentException(forecasts + ": row " + (r + 1) + ", column mean: series '"
                            + s.id() + "' step " + (step + 1) + " has no finite forecast");
                }
                for (int i = 0; i < levels.length; i++) {
                    lo[i][step] = t.doubleColumn("lo" + levelSuffixes.get(i)).getDouble(r);
                    hi[i][step] = t.doubleColumn("hi" + levelSuffixes.get(i)).getDouble(r);
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

    /** Whether {@code suffix} of a {@code loL}/{@code hiL} column pair is a level in percent, such as 80 or 99.5. */
    private static boolean isLevel(String suffix) {
        try {
            double level = Double.parseDouble(suffix);
            return level > 0 && level < 100;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
