package org.offtake.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.offtake.benchmarks.MonthlyFixture.printed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractBacktestCommandTest {

    @TempDir
    Path dir;

    /** Long layout rows for one series: {@code train} values then {@code test} values. */
    private static void series(List<String> lines, String id, double[] train, double[] test) {
        for (int t = 0; t < train.length + test.length; t++) {
            boolean isTrain = t < train.length;
            lines.add(id + "," + (t + 1) + "," + (isTrain ? train[t] : test[t - train.length]) + ","
                    + (isTrain ? "train" : "test"));
        }
    }

    private static double[] constant(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    private Path fixture() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("series_id,t,value,split");
        series(lines, "flat", constant(48, 10), constant(12, 10));
        series(lines, "doubled", constant(48, 10), constant(12, 20));
        series(lines, "short", constant(30, 10), constant(12, 10));
        return Files.write(dir.resolve("in.csv"), lines);
    }

    @Test
    void run_scoresSizingAndTunedBaselinesOnRealisedYears() throws IOException {
        Path output = dir.resolve("out.csv");
        String printed = printed(out -> ContractBacktestCommand.run(new String[] {"--input", fixture().toString(),
                "--season-length", "12", "--term-years", "1", "--over-cost", "1", "--under-cost", "3", "--output",
                output.toString(), "--model", "naive", "--paths", "200"}, out));

        // naive paths of a constant history are that constant: every quantile of the year is 120
        assertThat(Files.readAllLines(output)).containsExactly("series_id,year,firm,option,p10,p50,p90,expected_cost",
                "flat,1,120.0,0.0,120.0,120.0,120.0,0.0", "doubled,1,120.0,0.0,120.0,120.0,120.0,0.0");
        // sizing: flat costs 0, doubled 3 x (240 - 120) / 120 = 3 -> 1.5 per series.
        // last 12 months x u: flat (120u - 120) / 120 + doubled 3 (240 - 120u) / 120 = 5 - 2u, least at u = 1.60:
        // 1.8 -> 0.9 per series; ratio 1.5 / 0.9
        assertThat(printed).contains("naive on in.csv: 2 series, 2 contract years of 1")
                .contains("sizing 1.5000")
                .contains("last 12 months:        x1.00 1.5000, best x1.60 0.9000")
                .contains("cost ratio to the best baseline (last 12 months x 1.60): 1.667")
                .contains("above P90 in 50.0 % of contract years, below P10 in 0.0 %")
                .contains("1 series skipped (first: short (fewer than 36 training values))");
    }

    @Test
    void run_rejectsMissingCosts_beforeAnyWork() {
        assertThatThrownBy(() -> ContractBacktestCommand.run(new String[] {"--input", "x.csv", "--season-length",
                "12", "--term-years", "1", "--under-cost", "3", "--output", dir.resolve("o.csv").toString()},
                System.out)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--over-cost is required");
    }

    @Test
    void resplit_keepsLongEnoughSeries_withTheirLastValuesAsTest() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("series_id,t,value,split");
        double[] values = new double[50];
        for (int i = 0; i < 50; i++) {
            values[i] = i + 1;
        }
        series(lines, "long", java.util.Arrays.copyOf(values, 32), java.util.Arrays.copyOfRange(values, 32, 50));
        series(lines, "brief", constant(30, 1), constant(10, 1));
        Path input = Files.write(dir.resolve("m.csv"), lines);
        Path output = dir.resolve("r.csv");

        String printed = printed(out -> ResplitCommand.run(new String[] {"--input", input.toString(),
                "--test-length", "12", "--min-length", "48", "--output", output.toString()}, out));

        assertThat(printed).startsWith("1 of 2 series have at least 48 values");
        List<BenchmarkSeries> read = LongFormatFile.read(output);
        assertThat(read).hasSize(1);
        assertThat(read.getFirst().train()).hasSize(38).endsWith(38.0);
        assertThat(read.getFirst().test()).hasSize(12).startsWith(39.0).endsWith(50.0);
    }
}
