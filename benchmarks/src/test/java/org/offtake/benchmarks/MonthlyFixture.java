package org.offtake.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Five seeded synthetic monthly series of 36 train and 12 test values in the long layout: a seasonal series with
 * trend, a constant one, an intermittent one with zeros (its last training value is 0), a random walk and a series
 * with multiplicative season. Values have one decimal, so they survive the trip through the CSV exactly.
 */
final class MonthlyFixture {

    static final int SEASON = 12;
    static final int TRAIN = 36;
    static final int TEST = 12;
    static final List<String> IDS = List.of("trend-season", "constant", "with-zeros", "walk", "mult-season");

    private MonthlyFixture() {
    }

    /** The fixture's series, as the file holds them. */
    static List<BenchmarkSeries> series() {
        SplittableRandom random = new SplittableRandom(20240611L);
        List<BenchmarkSeries> out = new ArrayList<>();
        double walk = 80;
        double[][] all = new double[IDS.size()][TRAIN + TEST];
        for (int t = 0; t < TRAIN + TEST; t++) {
            double season = Math.sin(2 * Math.PI * t / SEASON);
            all[0][t] = 200 + 2 * t + 30 * season + 5 * random.nextGaussian();
            all[1][t] = 40;
            int[] choices = {0, 0, 0, 3, 5, 8};
            all[2][t] = t == TRAIN - 1 ? 0 : choices[random.nextInt(choices.length)];
            walk += 3 * random.nextGaussian();
            all[3][t] = walk;
            all[4][t] = (100 + t) * (1 + 0.3 * season) * (1 + 0.03 * random.nextGaussian());
        }
        for (int s = 0; s < IDS.size(); s++) {
            double[] y = all[s];
            for (int t = 0; t < y.length; t++) {
                y[t] = Math.round(y[t] * 10) / 10.0;
            }
            out.add(new BenchmarkSeries(IDS.get(s), "", Arrays.copyOf(y, TRAIN),
                    Arrays.copyOfRange(y, TRAIN, TRAIN + TEST)));
        }
        return out;
    }

    /** Writes the fixture to {@code file} in the long layout, with a category column and month labels. */
    static Path write(Path file) throws IOException {
        StringBuilder b = new StringBuilder("series_id,category,t,period,value,split\n");
        for (BenchmarkSeries s : series()) {
            for (int t = 0; t < TRAIN + TEST; t++) {
                double v = t < TRAIN ? s.train()[t] : s.test()[t - TRAIN];
                String period = String.format(Locale.ROOT, "%d-%02d", 2020 + t / 12, t % 12 + 1);
                b.append(s.id()).append(",Micro,").append(t + 1).append(',').append(period).append(',').append(v)
                        .append(',').append(t < TRAIN ? "train" : "test").append('\n');
            }
        }
        Files.writeString(file, b);
        return file;
    }

    /** Runs a command's {@code run(args, out)} and returns what it printed. */
    static String printed(Command command) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            command.run(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The scores of a printed summary: the first line after {@code "): "}. */
    static String scores(String printed) {
        String first = printed.lines().findFirst().orElseThrow();
        return first.substring(first.indexOf("): ") + 3);
    }

    @FunctionalInterface
    interface Command {
        void run(PrintStream out) throws IOException;
    }
}
