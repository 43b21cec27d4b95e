package org.offtake.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code resplit --input FILE --test-length N --min-length L --output FILE}: joins each series' train and test rows
 * and splits them again so that the last {@code N} values are the test rows, keeping only series with at least
 * {@code L} values; writes the long layout {@code series_id,t,value,split}. For example the M3 monthly series with
 * their last 12 months as one contract year.
 */
final class ResplitCommand {

    private static final Set<String> OPTIONS = Set.of("input", "test-length", "min-length", "output");

    private ResplitCommand() {
    }

    static void run(String[] args, PrintStream out) throws IOException {
        Options o = Options.parse("resplit", args, OPTIONS);
        Path input = Path.of(o.required("input"));
        int testLength = o.requiredPositiveInt("test-length");
        int minLength = o.positiveInt("min-length", 1);
        Path output = Path.of(o.required("output"));
        if (minLength <= testLength) {
            throw new IllegalArgumentException("resplit: --min-length must exceed --test-length (" + testLength
                    + ") so that every series keeps training values, was " + minLength);
        }
        LongFormatFile.requireWritable(output);
        List<BenchmarkSeries> all = LongFormatFile.read(input);
        int kept = 0;
        try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            w.write("series_id,t,value,split\n");
            for (BenchmarkSeries s : all) {
                int n = s.train().length + s.test().length;
                if (n < minLength) {
                    continue;
                }
                kept++;
                for (int t = 0; t < n; t++) {
                    double v = t < s.train().length ? s.train()[t] : s.test()[t - s.train().length];
                    w.write(s.id() + "," + (t + 1) + "," + v + "," + (t < n - testLength ? "train" : "test") + "\n");
                }
            }
        }
        out.printf("%d of %d series have at least %d values; written to %s with their last %d as test%n", kept,
                all.size(), minLength, output, testLength);
    }
}
