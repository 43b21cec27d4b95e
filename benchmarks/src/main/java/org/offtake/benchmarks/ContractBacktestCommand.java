package org.offtake.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.SamplePaths;
import org.offtake.forecast.TimeSeries;
import org.offtake.forecast.contract.ContractPeriod;
import org.offtake.forecast.contract.ContractRecommendation;
import org.offtake.forecast.contract.ContractSizer;
import org.offtake.forecast.contract.ContractTerms;

/**
 * {@code contract-backtest --input FILE --season-length M --term-years K --over-cost CO --under-cost CU --output FILE
 * [--model NAME] [--paths N] [--option-quantile Q] [--threads T] [--seed S]}: for each series of a long-layout file,
 * sizes a {@code K}-year contract from its {@code train} rows (the model's sample paths, {@link ContractSizer}) and
 * scores it against its {@code test} rows, whose first twelve values are contract year 1, the next twelve year 2,
 * and so on. Writes {@code series_id,year,firm,option,p10,p50,p90,expected_cost} per contract year.
 *
 * <p>The realised cost of a year is {@code CO × (firm − demand)⁺ + CU × (demand − firm)⁺}; a series' cost is the
 * sum over its years divided by its mean yearly demand in training (12 × the mean monthly value, for monthly data),
 * so large series do not dominate. Two baselines that planners use are scored the same way: the last twelve
 * months' total committed every year, and the mean of the last three years' totals; each also with the one global
 * uplift from 0.80 to 1.60 in steps of 0.05 that minimises its total cost over all series in hindsight. Printed: the
 * total cost of the sizing policy and of every baseline, the ratio to the best baseline, and how often the realised
 * demand of a contract year fell above the P90 (and below the P10) of its forecast distribution.
 *
 * <p>Series with fewer than 36 training values (the three-year baseline needs them), fewer than {@code 12 K} test
 * values or no demand in training are skipped and counted.
 */
final class ContractBacktestCommand {

    private static final Set<String> OPTIONS = Set.of("input", "season-length", "term-years", "over-cost",
            "under-cost", "output", "model", "paths", "option-quantile", "threads", "seed");

    /** The uplifts the baselines are tuned over: 0.80, 0.85, ..., 1.60. */
    static final double[] UPLIFTS = uplifts();

    private static final YearMonth FIRST_MONTH = YearMonth.of(2001, 1);

    private ContractBacktestCommand() {
    }

    private static double[] uplifts() {
        double[] u = new double[17];
        for (int i = 0; i < u.length; i++) {
            u[i] = (80 + 5 * i) / 100.0;
        }
        return u;
    }

    /** One series' outcome: the recommendation, the realised yearly demand and the scale. */
    record Outcome(BenchmarkSeries series, ContractRecommendation recommendation, double[] realised, double scale,
                   String skipped) {
    }

    static void run(String[] args, PrintStream out) throws IOException {
        Options o = Options.parse("contract-backtest", args, OPTIONS);
        Path input = Path.of(o.required("input"));
        int m = o.requiredPositiveInt("season-length");
        int years = o.requiredPositiveInt("term-years");
        double over = o.positiveDouble("over-cost", Double.NaN);
        double under = o.positiveDouble("under-cost", Double.NaN);
        Path output = Path.of(o.required("output"));
        ForecastModel model = ModelCatalog.model(o.optional("model", "auto"));
        int paths = o.positiveInt("paths", 1000);
        double optionQuantile = o.positiveDouble("option-quantile", 0.9);
        int threads = o.positiveInt("threads", 1);
        long seed = o.positiveInt("seed", 42);
        ContractTerms terms = ContractTerms.builder(FIRST_MONTH, years).costs(over, under).optionUpTo(optionQuantile)
                .build();
        LongFormatFile.requireWritable(output);

        List<BenchmarkSeries> series = LongFormatFile.read(input);
        long start = System.nanoTime();
        List<Outcome> outcomes = Parallel.map(series, threads, s -> size(s, m, model, terms, paths, seed));
        double seconds = (System.nanoTime() - start) / 1e9;

        Totals totals = new Totals(terms);
        try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            w.write("series_id,year,firm,option,p10,p50,p90,expected_cost\n");
            for (Outcome outcome : outcomes) {
                if (outcome.skipped() != null) {
                    totals.skip(outcome);
                    continue;
                }
                for (ContractPeriod y : outcome.recommendation().years()) {
                    w.write(String.format(Locale.ROOT, "%s,%d,%s,%s,%s,%s,%s,%s%n", outcome.series().id(), y.year(),
                            y.firm(), y.option(), y.p10(), y.p50(), y.p90(), y.expectedCost()));
                }
                totals.add(outcome);
            }
        }
        totals.print(out, input, model.name(), seconds, threads, output);
    }

    /** Sizes one series' contract from its training values; skips it, saying why, when it cannot be scored. */
    static Outcome size(BenchmarkSeries s, int m, ForecastModel model, ContractTerms terms, int paths, long seed) {
        double[] train = s.train();
        int years = terms.termYears();
        if (train.length < 36) {
            return new Outcome(s, null, null, 0, "fewer than 36 training values");
        }
        if (s.test().length < 12 * years) {
            return new Outcome(s, null, null, 0, "fewer than " + 12 * years + " test values");
        }
        double scale = 12 * java.util.Arrays.stream(train).average().orElse(0);
        if (!(scale > 0)) {
            return new Outcome(s, null, null, 0, "no demand in training");
        }
        double[] realised = new double[years];
        for (int y = 0; y < years; y++) {
            for (int t = 12 * y; t < 12 * y + 12; t++) {
                realised[y] += s.test()[t];
            }
        }
        SamplePaths demand = model.fit(TimeSeries.seasonal(s.id(), m, train)).simulate(12 * years, paths, seed);
        return new Outcome(s, ContractSizer.size(s.id(), demand, FIRST_MONTH, terms), realised, scale, null);
    }

    /** The realised cost of committing {@code firm} against {@code demand}. */
    static double cost(double firm, double demand, ContractTerms terms) {
        return terms.overCost() * Math.max(0, firm - demand) + terms.underCost() * Math.max(0, demand - firm);
    }

    /** Running totals over series: the policy's scaled cost, each baseline's at each uplift, calibration counts. */
    static final class Totals {
        private final ContractTerms terms;
        private final double[] last12 = new double[UPLIFTS.length];
        private final double[] mean3 = new double[UPLIFTS.length];
        private double policy;
        private int series;
        private int years;
        private int aboveP90;
        private int belowP10;
        private final List<String> skipped = new ArrayList<>();

        Totals(ContractTerms terms) {
            this.terms = terms;
        }

        void skip(Outcome o) {
            skipped.add(o.series().id() + " (" + o.skipped() + ")");
        }

        void add(Outcome o) {
            double[] train = o.series().train();
            int n = train.length;
            double lastYear = 0;
            double lastThree = 0;
            for (int t = n - 36; t < n; t++) {
                lastThree += train[t];
                if (t >= n - 12) {
                    lastYear += train[t];
                }
            }
            series++;
            List<ContractPeriod> periods = o.recommendation().years();
            for (int y = 0; y < periods.size(); y++) {
                double d = o.realised()[y];
                ContractPeriod p = periods.get(y);
                policy += cost(p.firm(), d, terms) / o.scale();
                for (int u = 0; u < UPLIFTS.length; u++) {
                    last12[u] += cost(UPLIFTS[u] * lastYear, d, terms) / o.scale();
                    mean3[u] += cost(UPLIFTS[u] * lastThree / 3, d, terms) / o.scale();
                }
                years++;
                aboveP90 += d > p.p90() ? 1 : 0;
                belowP10 += d < p.p10() ? 1 : 0;
            }
        }

        private static int best(double[] costs) {
            int b = 0;
            for (int u = 1; u < costs.length; u++) {
                if (costs[u] < costs[b]) {
                    b = u;
                }
            }
            return b;
        }

        void print(PrintStream out, Path input, String model, double seconds, int threads, Path output) {
            if (series == 0) {
                out.printf("no series could be scored; skipped %d, first: %s%n", skipped.size(),
                        skipped.isEmpty() ? "none" : skipped.get(0));
                return;
            }
            int one = 4;   // UPLIFTS[4] == 1.00
            int b12 = best(last12);
            int b3 = best(mean3);
            double bestBaseline = Math.min(last12[b12], mean3[b3]);
            String bestName = last12[b12] <= mean3[b3]
                    ? String.format(Locale.ROOT, "last 12 months x %.2f", UPLIFTS[b12])
                    : String.format(Locale.ROOT, "mean of last 3 years x %.2f", UPLIFTS[b3]);
            out.printf(Locale.ROOT, "%s on %s: %d series, %d contract years of %d; over-cost %s, under-cost %s "
                            + "(critical fractile %.3f)%n", model, input.getFileName(), series, years,
                    years / series, terms.overCost(), terms.underCost(), terms.criticalFractile());
            out.printf(Locale.ROOT, "  cost per series (scaled by mean yearly demand): sizing %.4f%n",
                    policy / series);
            out.printf(Locale.ROOT, "  last 12 months:        x1.00 %.4f, best x%.2f %.4f%n", last12[one] / series,
                    UPLIFTS[b12], last12[b12] / series);
            out.printf(Locale.ROOT, "  mean of last 3 years:  x1.00 %.4f, best x%.2f %.4f%n", mean3[one] / series,
                    UPLIFTS[b3], mean3[b3] / series);
            out.printf(Locale.ROOT, "  cost ratio to the best baseline (%s): %.3f%n", bestName,
                    policy / bestBaseline);
            out.printf(Locale.ROOT, "  realised demand above P90 in %.1f %% of contract years, below P10 in %.1f %%%n",
                    100.0 * aboveP90 / years, 100.0 * belowP10 / years);
            out.printf(Locale.ROOT, "  sized in %.1f s on %d thread(s); %d series skipped%s; rows in %s%n", seconds,
                    threads, skipped.size(), skipped.isEmpty() ? "" : " (first: " + skipped.get(0) + ")", output);
        }
    }
}
