package org.offtake.datasets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void generateThenValidate_sampleProfile_acceptsEveryLine() throws IOException {
        Path data = dir.resolve("data");
        Path checked = dir.resolve("checked");

        assertThat(run("generate", "--profile", "sample", "--seed", "1", "--output", data.toString(), "--truth"))
                .isZero();
        assertThat(run("validate", "--input", data.resolve("procurement.csv").toString(), "--as-of", "2025-12",
                "--output", checked.toString())).isZero();

        long lines = Files.lines(data.resolve("procurement.csv")).count() - 1;
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("profile sample, seed 1: ")
                .contains("%,d rows read, %,d accepted, 0 rejected".formatted(lines, lines))
                .contains("lines per second");
        assertThat(Files.readString(checked.resolve("accepted.csv")))
                .isEqualTo(Files.readString(data.resolve("procurement.csv")));
        assertThat(Files.readAllLines(checked.resolve("rejected-lines.csv"))).containsExactly("line,reason,raw,detail");
        assertThat(Files.readString(checked.resolve("summary.json")))
                .contains("\"rows_read\": " + lines + ",", "\"accepted\": " + lines + ",", "\"rejected\": 0,",
                        "\"duplicate_record_id\": 0", "\"amount_mismatch\": 0");
        assertThat(err()).isEmpty();
    }

    @Test
    void validate_fileWithBadRows_writesTheRejectionsAndTheSummary() throws IOException {
        Path input = dir.resolve("in.csv");
        Files.writeString(input, "Номер записи;Дата;БИН производителя;Код товара;Количество\n"
                + "1;01.02.2024;123456789012;K;5\n"
                + "2;30.02.2024;123456789012;K;5\n"
                + "1;01.03.2024;123456789012;K;\"1;5\"\n"
                + "3;01.01.2026;123456789012;K;5\n", StandardCharsets.UTF_8);
        Path output = dir.resolve("out");

        assertThat(run("validate", "--input", input.toString(), "--as-of", "2025-12", "--output", output.toString()))
                .isZero();

        assertThat(Files.readAllLines(output.resolve("rejected-lines.csv"))).containsExactly(
                "line,reason,raw,detail",
                "3,unparsable_date,2;30.02.2024;123456789012;K;5,date '30.02.2024' is not a date; expected "
                        + "yyyy-MM-dd or dd.MM.yyyy with a day the month has",
                "4,unparsable_number,\"1;01.03.2024;123456789012;K;\"\"1;5\"\"\",quantity '1;5' is not a number; "
                        + "expected digits with a decimal comma or point and thousands separated by spaces",
                "5,date_after_as_of,3;01.01.2026;123456789012;K;5,date 2026-01-01 is after the as-of month (last day "
                        + "2025-12-31)");
        List<String> accepted = Files.readAllLines(output.resolve("accepted.csv"));
        assertThat(accepted).containsExactly(org.offtake.datasets.CanonicalColumn.header(),
                "1,2024-02-01,123456789012,,K,,,,,5,,,,false,");
        assertThat(Files.readString(output.resolve("summary.json"))).contains("\"rows_read\": 4,",
                "\"accepted\": 1,", "\"rejected\": 3,", "\"unparsable_date\": 1,", "\"unparsable_number\": 1,",
                "\"date_after_as_of\": 1,");
    }

    @Test
    void validate_missingInput_isOneLineErrorAndExitCode1() {
        Path missing = dir.resolve("missing.csv");

        int code = run("validate", "--input", missing.toString(), "--as-of", "2025-12", "--output",
                dir.resolve("o").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err()).isEqualTo("error: cannot read " + missing
                + ": no such file; expected a procurement file in CSV (.csv, .csv.gz) or XLSX" + System.lineSeparator());
    }

    @Test
    void validate_binaryInput_isOneLineError() throws IOException {
        Path binary = dir.resolve("data.bin");
        Files.write(binary, new byte[] {1, 2, 0, 4});

        assertThat(run("validate", "--input", binary.toString(), "--as-of", "2025-12", "--output",
                dir.resolve("o").toString())).isEqualTo(1);
        assertThat(err()).startsWith("error: cannot read " + binary + ": the file looks binary").doesNotContain("\tat ");
        assertThat(err().lines()).hasSize(1);
    }

    @Test
    void badArguments_printUsageAndExitCode2() {
        assertThat(run("validate", "--input", "x.csv", "--as-of", "December", "--output", "o")).isEqualTo(2);
        assertThat(err()).startsWith("error: validate: --as-of must be a month as YYYY-MM, was 'December'")
                .contains("usage: java -jar datasets.jar");
        err.reset();
        assertThat(run("generate", "--profile", "sample", "--seed", "1")).isEqualTo(2);
        assertThat(err()).startsWith("error: generate: --output is required");
        err.reset();
        assertThat(run("generate", "--profile", "sample", "--seed", "1", "--output", "o", "--colour")).isEqualTo(2);
        assertThat(err()).startsWith("error: generate: unknown argument '--colour'");
        err.reset();
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err()).startsWith("error: unknown command 'frobnicate'; the commands are generate and validate");
        assertThat(run()).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("generate --profile sample|national");
    }

    @Test
    void quote_escapesJsonSpecialCharacters() {
        assertThat(ValidateCommand.quote("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
    }
}
