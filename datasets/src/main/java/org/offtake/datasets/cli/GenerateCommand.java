package org.offtake.datasets.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.offtake.datasets.generate.GenerationSummary;
import org.offtake.datasets.generate.GeneratorProfile;
import org.offtake.datasets.generate.ProcurementGenerator;

/**
 * {@code generate --profile NAME --seed N --output DIR [--truth] [--gzip] [--xlsx]}: with {@code --xlsx} the lines
 * also go to {@code procurement.xlsx}, laid out as a Russian export (at most 1,048,575 rows).
 */
final class GenerateCommand {

    private GenerateCommand() {
    }

    static void run(String[] args, PrintStream out) throws IOException {
        Arguments arguments = Arguments.parse("generate", args, Set.of("--profile", "--seed", "--output"),
                Set.of("--truth", "--gzip", "--xlsx"));
        GeneratorProfile profile = GeneratorProfile.named(arguments.required("--profile"));
        long seed;
        try {
            seed = Long.parseLong(arguments.required("--seed"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("generate: --seed must be a whole number, was '"
                    + arguments.required("--seed") + "'");
        }
        Path output = Path.of(arguments.required("--output"));
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new IOException("cannot write to " + output + ": it is a file; expected a directory (created if "
                    + "missing)");
        }
        boolean gzip = arguments.flag("--gzip");
        long started = System.nanoTime();
        ProcurementGenerator generator = ProcurementGenerator.of(profile, seed);
        GenerationSummary summary = generator.writeTo(output, arguments.flag("--truth"), gzip);
        double seconds = (System.nanoTime() - started) / 1e9;
        Path lines = output.resolve(gzip ? "procurement.csv.gz" : "procurement.csv");
        out.printf("profile %s, seed %d: %,d lines (%d items, %d manufacturers, 20 regions, %d months) in %.1f s%n",
                profile.name(), seed, summary.lines(), summary.items(), summary.manufacturers(), summary.months(),
                seconds);
        out.printf("wrote %s (%,d bytes)%n", lines, Files.size(lines));
        if (arguments.flag("--truth")) {
            Path truth = output.resolve(gzip ? "expected-demand.csv.gz" : "expected-demand.csv");
            out.printf("wrote %s (%,d rows, %,d bytes)%n", truth, summary.expectedRows(), Files.size(truth));
        }
        if (arguments.flag("--xlsx")) {
            Path workbook = output.resolve("procurement.xlsx");
            XlsxExport export = new XlsxExport(workbook);
            try (export) {
                generator.generate(export, null);
            }
            out.printf("wrote %s (%,d rows%s)%n", workbook, export.rows(), export.skipped() == 0 ? ""
                    : "; %,d more lines do not fit in a sheet and were left out".formatted(export.skipped()));
        }
    }
}
