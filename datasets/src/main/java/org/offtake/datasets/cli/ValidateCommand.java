package org.offtake.datasets.cli;

import com.univocity.parsers.csv.CsvWriter;
import com.univocity.parsers.csv.CsvWriterSettings;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.offtake.datasets.read.Accepted;
import org.offtake.datasets.read.ColumnMapping;
import org.offtake.datasets.read.ProcurementCsvWriter;
import org.offtake.datasets.read.ProcurementSource;
import org.offtake.datasets.read.ReadOptions;
import org.offtake.datasets.read.ReadResult;
import org.offtake.datasets.read.ReadSummary;
import org.offtake.datasets.read.RejectReason;
import org.offtake.datasets.read.Rejection;
import org.offtake.datasets.read.WarningType;

/**
 * {@code validate --input FILE --as-of YYYY-MM --output DIR [--mapping FILE] [--amount-tolerance T]}: writes
 * {@code accepted.csv} (canonical layout), {@code rejected-lines.csv} ({@code line,reason,raw,detail}) and
 * {@code summary.json}, and prints the counts and the rates: lines per second overall, and for reading and
 * validation alone (the time spent in the writers, measured around each write, taken out).
 */
final class ValidateCommand {

    private ValidateCommand() {
    }

    static void run(String[] args, PrintStream out) throws IOException {
        Arguments arguments = Arguments.parse("validate", args,
                Set.of("--input", "--as-of", "--output", "--mapping", "--amount-tolerance"), Set.of());
        Path input = Path.of(arguments.required("--input"));
        YearMonth asOf;
        try {
            asOf = YearMonth.parse(arguments.required("--as-of"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("validate: --as-of must be a month as YYYY-MM, was '"
                    + arguments.required("--as-of") + "'");
        }
        Path output = Path.of(arguments.required("--output"));
        ReadOptions.Builder options = ReadOptions.builder().asOf(asOf);
        if (arguments.optional("--mapping") != null) {
            options.mapping(ColumnMapping.load(Path.of(arguments.optional("--mapping"))));
        }
        if (arguments.optional("--amount-tolerance") != null) {
            try {
                options.amountTolerance(Double.parseDouble(arguments.optional("--amount-tolerance")));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("validate: --amount-tolerance must be a number in [0, 1], was '"
                        + arguments.optional("--amount-tolerance") + "'");
            }
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new IOException("cannot write to " + output + ": it is a file; expected a directory (created if "
                    + "missing)");
        }
        long started = System.nanoTime();
        long writing = 0;
        ReadSummary summary;
        String description;
        try (ProcurementSource source = ProcurementSource.open(input, options.build())) {
            Files.createDirectories(output);
            description = source.description();
            try (ProcurementCsvWriter accepted = ProcurementCsvWriter.open(output.resolve("accepted.csv"));
                 Writer rejectedFile = Files.newBufferedWriter(output.resolve("rejected-lines.csv"),
                         StandardCharsets.UTF_8)) {
                CsvWriter rejected = new CsvWriter(rejectedFile, rejectedSettings());
                rejected.writeHeaders();
                for (ReadResult result = source.next(); result != null; result = source.next()) {
                    long before = System.nanoTime();
                    switch (result) {
                        case Accepted a -> accepted.write(a.value());
                        case Rejection r -> rejected.writeRow(r.line(), r.reason().code(), r.raw(), r.detail());
                    }
                    writing += System.nanoTime() - before;
                }
                long before = System.nanoTime();
                rejected.close();
                accepted.close();
                writing += System.nanoTime() - before;
            }
            summary = source.summary();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        writeSummary(output.resolve("summary.json"), input, description, asOf, summary);
        out.printf("%s (%s): %,d rows read, %,d accepted, %,d rejected, %,d warnings%n", input, description,
                summary.rowsRead(), summary.accepted(), summary.rejected(),
                summary.warnings(WarningType.AMOUNT_MISMATCH));
        for (RejectReason reason : RejectReason.values()) {
            if (summary.rejected(reason) > 0) {
                out.printf("  %-22s %,d%n", reason.code(), summary.rejected(reason));
            }
        }
        double readSeconds = seconds - writing / 1e9;
        out.printf("%.2f s, %,.0f lines per second (reading and validation %.2f s, %,.0f lines per second; writing "
                        + "%.2f s); wrote %s%n", seconds, summary.rowsRead() / Math.max(seconds, 1e-9), readSeconds,
                summary.rowsRead() / Math.max(readSeconds, 1e-9), writing / 1e9, output);
    }

    private static CsvWriterSettings rejectedSettings() {
        CsvWriterSettings settings = new CsvWriterSettings();
        settings.getFormat().setLineSeparator("\n");
        settings.getFormat().setComment('\0');
        settings.setHeaders("line", "reason", "raw", "detail");
        settings.setQuoteEscapingEnabled(true);
        settings.setNullValue("");
        settings.setEmptyValue("");
        settings.setIgnoreLeadingWhitespaces(false);
        settings.setIgnoreTrailingWhitespaces(false);
        return settings;
    }

    private static void writeSummary(Path file, Path input, String description, YearMonth asOf, ReadSummary summary)
            throws IOException {
        StringBuilder json = new StringBuilder();
        json.append("{\n");
        json.append("  \"input\": ").append(quote(input.toString())).append(",\n");
        json.append("  \"format\": ").append(quote(description)).append(",\n");
        json.append("  \"as_of\": ").append(quote(asOf.toString())).append(",\n");
        json.append("  \"rows_read\": ").append(summary.rowsRead()).append(",\n");
        json.append("  \"accepted\": ").append(summary.accepted()).append(",\n");
        json.append("  \"rejected\": ").append(summary.rejected()).append(",\n");
        json.append("  \"rejected_by_reason\": {");
        RejectReason[] reasons = RejectReason.values();
        for (int i = 0; i < reasons.length; i++) {
            json.append(i == 0 ? "\n" : ",\n").append("    ").append(quote(reasons[i].code())).append(": ")
                    .append(summary.rejected(reasons[i]));
        }
        json.append("\n  },\n");
        json.append("  \"warnings\": {");
        WarningType[] types = WarningType.values();
        for (int i = 0; i < types.length; i++) {
            json.append(i == 0 ? "\n" : ",\n").append("    ").append(quote(types[i].code())).append(": ")
                    .append(summary.warnings(types[i]));
        }
        json.append("\n  }\n}\n");
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(json.toString());
        }
    }

    /** {@code text} as a JSON string (RFC 8259: quote, backslash and control characters escaped). */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u%04x".formatted((int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
