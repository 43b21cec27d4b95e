package org.offtake.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.offtake.benchmarks.MonthlyFixture.printed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code accuracy --model gbm}: one global model trained on every series of the file, then forecasting each. The
 * file holds 24 related monthly series of 60 train and 12 test values (the five-series fixture is too short for the
 * global model's seasonal lags plus a 12-value holdout).
 */
class AccuracyCommandGlobalTest {

    private static final int SERIES = 24;
    private static final int TRAIN = 60;
    private static final int TEST = 12;

    @TempDir
    static Path dir;

    private static Path input;

    @BeforeAll
    static void writeGroup() throws IOException {
        SplittableRandom random = new SplittableRandom(3);
        StringBuilder b = new StringBuilder("series_id,t,period,value,split\n");
        for (int i = 0; i < SERIES; i++) {
            double level = 10 + 990 * random.nextDouble();
            for (int t = 0; t < TRAIN + TEST; t++) {
                double v = level * (1 + 0.3 * Math.sin(2 * Math.PI * t / 12)) * (1 + 0.05 * random.nextGaussian());
                b.append("s").append(i).append(',').append(t + 1).append(",,")
                        .append(String.format(Locale.ROOT, "%.1f", v)).append(',')
                        .append(t < TRAIN ? "train" : "test").append('\n');
            }
        }
        input = Files.writeString(dir.resolve("group.csv"), b);
    }

    private static String accuracy(Path output, String... more) throws IOException {
        String[] base = {"--input", input.toString(), "--season-length", "12", "--model", "gbm", "--output",
                output.toString()};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return printed(out -> AccuracyCommand.run(args, out));
    }

    @Test
    void run_gbm_trainsOnceThenForecastsEverySeries_andPrintsBothTimes() throws IOException {
        Path output = dir.resolve("gbm.csv");

        String printed = accuracy(output);

        List<String> lines = printed.lines().toList();
        assertThat(lines.getFirst()).startsWith("GBM(global) on group.csv (season length 12): series 24  sMAPE ");
        assertThat(lines.get(1)).matches("train \\d+\\.\\d\\d s \\(one model, 24 series, "
                + SERIES * (TRAIN - 24) + " rows\\), forecast \\d+\\.\\d\\d s on 1 thread\\(s\\), \\d+\\.\\d\\d ms "
                + "per series; forecasts in .*gbm\\.csv");
        assertThat(printed).doesNotContain("fell back");
        List<String[]> rows = Files.readAllLines(output).stream().skip(1).map(l -> l.split(",")).toList();
        assertThat(rows).hasSize(SERIES * TEST);
        for (String[] r : rows) {
            // series_id,step,mean,lo80,hi80,lo95,hi95
            double[] v = java.util.Arrays.stream(r, 2, 7).mapToDouble(Double::parseDouble).toArray();
            assertThat(new double[] {v[3], v[1], v[0], v[2], v[4]})
                    .as("lo95 <= lo80 <= mean <= hi80 <= hi95 in %s step %s", r[0], r[1]).isSorted();
        }
        assertThat(Files.readAllLines(dir.resolve("gbm.csv.models.csv"))).hasSize(1 + SERIES)
                .contains("s0,GBM(global)");
    }

    @Test
    void run_gbm_beatsSeasonalNaiveOnTheGroup() throws IOException {
        String gbm = MonthlyFixture.scores(accuracy(dir.resolve("a.csv")));
        String snaive = MonthlyFixture.scores(printed(out -> AccuracyCommand.run(new String[] {"--input",
                input.toString(), "--season-length", "12", "--model", "snaive", "--output",
                dir.resolve("b.csv").toString()}, out)));

        // with 5 % noise the best possible MASE is about 0.71 of seasonal naive's, which pays the noise twice
        assertThat(mase(gbm)).as("gbm %s, snaive %s", gbm, snaive).isLessThan(0.9 * mase(snaive));
    }

    @Test
    void run_gbm_twoThreads_giveByteIdenticalForecasts() throws IOException {
        accuracy(dir.resolve("one.csv"), "--threads", "1");
        accuracy(dir.resolve("two.csv"), "--threads", "2");

        assertThat(Files.readAllBytes(dir.resolve("two.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("one.csv")));
    }

    @Test
    void run_gbm_groupTooShortForTheHoldout_namesTheLongestSeries() {
        Path fixture = dir.resolve("monthly.csv");
        assertThatThrownBy(() -> printed(out -> AccuracyCommand.run(new String[] {"--input",
                MonthlyFixture.write(fixture).toString(), "--season-length", "12", "--model", "gbm", "--output",
                dir.resolve("x.csv").toString()}, out)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no series of the group is long enough for a holdout of 12 values, which needs 37 "
                        + "observations; the longest, 'trend-season', has 36; lower the holdout or the lags");
    }

    private static double mase(String scores) {
        String[] words = scores.split("\\s+");
        for (int i = 0; i < words.length - 1; i++) {
            if (words[i].equals("MASE")) {
                return Double.parseDouble(words[i + 1]);
            }
        }
        throw new IllegalArgumentException("no MASE in " + scores);
    }
}
