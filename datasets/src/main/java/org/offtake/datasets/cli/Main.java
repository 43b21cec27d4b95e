package org.offtake.datasets.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The datasets jar: {@code generate} writes a synthetic procurement history, {@code validate} checks a procurement
 * file before a nightly run. Exit codes: 0 done, 1 the input cannot be read or the output cannot be written (one-line
 * error on standard error), 2 bad arguments (the error and the usage).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs a command; the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || "help".equals(args[0]) || "--help".equals(args[0])) {
            out.print(usage());
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            switch (args[0]) {
                case "generate" -> GenerateCommand.run(rest, out);
                case "validate" -> ValidateCommand.run(rest, out);
                default -> throw new IllegalArgumentException("unknown command '" + args[0]
                        + "'; the commands are generate and validate");
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.print(usage());
            return 2;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (UncheckedIOException e) {
            err.println("error: " + e.getCause().getMessage());
            return 1;
        }
    }

    /** The help text. */
    static String usage() {
        return """
                usage: java -jar datasets.jar COMMAND [options]
                  generate --profile sample|national --seed N --output DIR [--truth] [--gzip] [--xlsx]
                           writes DIR/procurement.csv (and DIR/expected-demand.csv with --truth; .csv.gz with --gzip;
                           also DIR/procurement.xlsx with --xlsx, at most 1,048,575 rows, Russian headers)
                  validate --input FILE --as-of YYYY-MM --output DIR [--mapping FILE] [--amount-tolerance 0.01]
                           reads a CSV (.csv, .csv.gz) or XLSX procurement file and writes DIR/accepted.csv,
                           DIR/rejected-lines.csv and DIR/summary.json
                """;
    }
}
