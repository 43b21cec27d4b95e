package org.offtake.benchmarks;

import java.util.Arrays;

/**
 * The benchmarks jar: {@code accuracy} and {@code score} runners, and {@code jmh} for the JMH speed benchmarks
 * (any further arguments go to JMH, for example {@code jmh EtsBenchmark -f 1}).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || "help".equals(args[0]) || "--help".equals(args[0])) {
            System.out.print(usage());
            return;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            switch (args[0]) {
                case "accuracy" -> AccuracyCommand.run(rest, System.out);
                case "score" -> ScoreCommand.run(rest, System.out);
                case "engine" -> EngineCommand.run(rest, System.out);
                case "contract-backtest" -> ContractBacktestCommand.run(rest, System.out);
                case "resplit" -> ResplitCommand.run(rest, System.out);
                case "csv-read" -> CsvReadCommand.run(rest, System.out);
                case "jmh" -> org.openjdk.jmh.Main.main(rest);
                default -> {
                    System.err.println("unknown command '" + args[0] + "'");
                    System.out.print(usage());
                    System.exit(2);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
    }

    /** The help text: the commands, their options and the model names. */
    static String usage() {
        return """
                usage: java -jar benchmarks.jar COMMAND [options]
                  accuracy --input FILE --season-length M --model NAME --output FILE [--threads N] [--levels 80,95] [--limit N]
                           models: %s, one ETS model such as ETS(M,Ad,N),
                           or auto(A,B,...) pooling some of them;
                           gbm is one global model trained on every series of the file, then forecasting each
                  score    --input FILE --season-length M --forecasts FILE
                  contract-backtest --input FILE --season-length M --term-years K --over-cost CO --under-cost CU
                           --output FILE [--model auto] [--paths 1000] [--option-quantile 0.9] [--threads N] [--seed S]
                  resplit  --input FILE --test-length N --min-length L --output FILE
                  csv-read --input FILE [--repeat N] [--as-of YYYY-MM]   (reading speed and its parts; taskset -c 0)
                  engine   [--series N] [--warmup W] [--length L] [--threads T] [--model NAME] [--horizon H]   (generated monthly series)
                  jmh      [JMH options, e.g. EtsBenchmark -f 1 -wi 3 -i 5]
                """.formatted(String.join(", ", ModelCatalog.NAMES));
    }
}
