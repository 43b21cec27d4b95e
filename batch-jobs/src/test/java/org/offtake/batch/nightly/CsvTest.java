package org.offtake.batch.nightly;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void text_startingLikeAFormula_isNeutralisedWithAnApostrophe() {
        assertThat(Csv.text("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(Csv.text("+7 701")).isEqualTo("'+7 701");
        assertThat(Csv.text("-cmd")).isEqualTo("'-cmd");
        assertThat(Csv.text("@A1")).isEqualTo("'@A1");
        assertThat(Csv.text("\t=cmd")).isEqualTo("'\t=cmd");
        assertThat(Csv.text("\r=cmd")).isEqualTo("'\r=cmd");
        assertThat(Csv.text("Алматы")).isEqualTo("Алматы");
        assertThat(Csv.text("")).isEmpty();
    }

    @Test
    void number_isPlainDecimal_withAtMostSixDecimals_andEmptyForNaN() {
        assertThat(Csv.number(1234567890.0)).isEqualTo("1234567890");
        assertThat(Csv.number(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(Csv.number(-2.5)).isEqualTo("-2.5");
        assertThat(Csv.number(1e-9)).isEqualTo("0");
        assertThat(Csv.number(Double.NaN)).isEmpty();
        assertThat(Csv.number(null)).isEmpty();
    }

    @Test
    void file_neutralisesFormulaLikeText_quotesAsRfc4180Says_andWritesNumbersAsTheyAre(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.csv");
        try (Csv csv = Csv.open(file, List.of("name", "value"))) {
            csv.row(Csv.text("=HYPERLINK(\"http://x\")"), Csv.number(-5.0));
            csv.row(Csv.text("+Import"), Csv.number(-0.25));
            csv.row(Csv.text("-Старфарм"), Csv.number(1234567.0));
            csv.row(Csv.text("@cmd"), Csv.number(0.0));
            csv.row(Csv.text("\tcmd"), Csv.number(Double.NaN));
            csv.row(Csv.text("Қазақ"), Csv.number(1e-7));
            csv.row("ТОО \"Фарм, Алматы\"", "line\nbreak");
            csv.row("carriage\rreturn", "6 \"inch\"");
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(String.join("\n", "name,value",
                "\"'=HYPERLINK(\"\"http://x\"\")\",-5", "'+Import,-0.25", "'-Старфарм,1234567", "'@cmd,0",
                "'\tcmd,", "Қазақ,0", "\"ТОО \"\"Фарм, Алматы\"\"\",\"line\nbreak\"",
                "\"carriage\rreturn\",\"6 \"\"inch\"\"\"") + "\n");
    }
}
