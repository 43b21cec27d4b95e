package org.offtake.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.offtake.benchmarks.MonthlyFixture.printed;
import static org.offtake.benchmarks.MonthlyFixture.scores;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScoreCommandTest {

    @TempDir
    Path dir;

    private Path input;

    @BeforeEach
    void writeFixture() throws IOException {
        input = MonthlyFixture.write(dir.resolve("monthly.csv"));
    }

    private String accuracy(String model, Path output) throws IOException {
        String[] args = {"--input", input.toString(), "--season-length", "12", "--model", model, "--output",
                output.toString()};
        return printed(out -> AccuracyCommand.run(args, out));
    }

    private String score(Path forecasts) throws IOException {
        String[] args = {"--input", input.toString(), "--season-length", "12", "--forecasts", forecasts.toString()};
        return printed(out -> ScoreCommand.run(args, out));
    }

    /** Rewrites {@code file} line by line (header included). */
    private Path rewrite(Path file, String name, UnaryOperator<String> line) throws IOException {
        Path out = dir.resolve(name);
        Files.writeString(out, Files.readAllLines(file).stream().map(line).filter(l -> l != null)
                .collect(Collectors.joining("\n", "", "\n")));
        return out;
    }

    /** The first {@code n} comma-separated fields of a line. */
    private static String firstFields(String line, int n) {
        return String.join(",", List.of(line.split(",", -1)).subList(0, n));
    }

    @ParameterizedTest
    @ValueSource(strings = {"naive", "snaive", "ets"})
    void run_forecastsOfTheAccuracyRun_reproduceItsScores(String model) throws IOException {
        Path forecasts = dir.resolve(model + ".csv");
        String accuracy = accuracy(model, forecasts);

        String score = score(forecasts);

        assertThat(score).startsWith(model + ".csv scored on monthly.csv (season length 12): ");
        assertThat(scores(score)).isEqualTo(scores(accuracy));
        assertThat(scores(score)).contains("sMAPE ").contains("MASE ").contains("coverage95 ");
    }

    @Test
    void run_forecastFileMissingASeries_namesTheSeries() throws IOException {
        Path forecasts = dir.resolve("naive.csv");
        accuracy("naive", forecasts);
        Path without = rewrite(forecasts, "without-walk.csv", l -> l.startsWith("walk,") ? null : l);

        assertThatThrownBy(() -> score(without))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(without + ": series 'walk' needs 12 forecast rows, has 0");
    }

    @Test
    void run_forecastFileMissingOneStep_namesTheSeriesAndTheCount() throws IOException {
        Path forecasts = dir.resolve("naive.csv");
        accuracy("naive", forecasts);
        Path without = rewrite(forecasts, "short.csv", l -> l.startsWith("constant,7,") ? null : l);

        assertThatThrownBy(() -> score(without))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(without + ": series 'constant' needs 12 forecast rows, has 11");
    }

    @Test
    void run_fileWithoutIntervalColumns_isScoredWithoutCoverage() throws IOException {
        Path forecasts = dir.resolve("naive.csv");
        String accuracy = accuracy("naive", forecasts);
        Path pointOnly = rewrite(forecasts, "point.csv", l -> firstFields(l, 3));

        String score = score(pointOnly);

        String accuracyPoint = scores(accuracy).substring(0, scores(accuracy).indexOf("  coverage"));
        assertThat(scores(score)).isEqualTo(accuracyPoint);
        assertThat(score).doesNotContain("coverage80").doesNotContain("coverage95");
    }

    @Test
    void run_emptyIntervalCells_asRWritesThem_scoreWithoutCoverageAndSaySo() throws IOException {
        Path forecasts = dir.resolve("naive.csv");
        String accuracy = accuracy("naive", forecasts);
        Path noBounds = rewrite(forecasts, "croston.csv",
                l -> l.startsWith("series_id") ? l : firstFields(l, 3) + ",,,,");

        String score = score(noBounds);

        String accuracyPoint = scores(accuracy).substring(0, scores(accuracy).indexOf("  coverage"));
        assertThat(scores(score)).isEqualTo(accuracyPoint);
        assertThat(score).contains("(the file has no complete intervals: coverage not scored)");
    }

    @Test
    void run_rowsInAnyOrder_areMatchedByStep() throws IOException {
        Path forecasts = dir.resolve("snaive.csv");
        String accuracy = accuracy("snaive", forecasts);
        List<String> lines = Files.readAllLines(forecasts);
        List<String> reversed = new ArrayList<>(lines.subList(1, lines.size()));
        Collections.reverse(reversed);
        Path shuffled = dir.resolve("reversed.csv");
        Files.writeString(shuffled, lines.getFirst() + "\n" + String.join("\n", reversed) + "\n");

        assertThat(scores(score(shuffled))).isEqualTo(scores(accuracy));
    }

    @Test
    void run_levelColumnsWrittenWithADecimal_areScored() throws IOException {
        // R or a spreadsheet may write the header as lo80.0; the columns were looked up as lo80 and not found
        Path forecasts = dir.resolve("naive.csv");
        String accuracy = accuracy("naive", forecasts);
        Path decimal = rewrite(forecasts, "decimal.csv", l -> l.startsWith("series_id")
                ? "series_id,step,mean,lo80.0,hi80.0,lo95.0,hi95.0" : l);

        assertThat(scores(score(decimal))).isEqualTo(scores(accuracy));
    }

    @Test
    void run_repeatedStep_namesRowSeriesAndStep() throws IOException {
        // a repeated step left another step's forecast at 0 without a word
        Path forecasts = dir.resolve("naive.csv");
        accuracy("naive", forecasts);
        Path repeated = rewrite(forecasts, "repeated.csv", l -> l.startsWith("trend-season,3,")
                ? l.replace("trend-season,3,", "trend-season,2,") : l);

        assertThatThrownBy(() -> score(repeated))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(repeated + ": row 3, column step: series 'trend-season' needs steps 1 to 12, each once; "
                        + "found 2 a second time");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "13"})
    void run_stepOutsideTheHorizon_namesRowSeriesAndStep(String step) throws IOException {
        // a step outside 1..h failed with an ArrayIndexOutOfBoundsException
        Path forecasts = dir.resolve("naive.csv");
        accuracy("naive", forecasts);
        Path outside = rewrite(forecasts, "outside.csv", l -> l.startsWith("walk,12,")
                ? l.replace("walk,12,", "walk," + step + ",") : l);

        assertThatThrownBy(() -> score(outside))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(outside + ": row 48, column step: series 'walk' needs steps 1 to 12, each once; found "
                        + step);
    }

    @Test
    void run_missingMean_namesRowAndSeries() throws IOException {
        // an empty mean cell was scored as NaN and turned the file's sMAPE into NaN
        Path forecasts = dir.resolve("naive.csv");
        accuracy("naive", forecasts);
        Path empty = rewrite(forecasts, "empty-mean.csv", l -> l.startsWith("constant,5,")
                ? "constant,5,,40.0,40.0,40.0,40.0" : l);

        assertThatThrownBy(() -> score(empty))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(empty + ": row 17, column mean: series 'constant' step 5 has no finite forecast");
    }

    @Test
    void run_missingMeanColumn_namesTheColumn() throws IOException {
        Path forecasts = dir.resolve("noMean.csv");
        Files.writeString(forecasts, "series_id,step,forecast\nconstant,1,40\n");

        assertThatThrownBy(() -> score(forecasts))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(forecasts + ": column 'mean' is missing; expected series_id,step,mean");
    }

    @Test
    void run_missingForecastFile_namesTheFile() {
        // a missing file escaped as an IllegalStateException around a FileNotFoundException
        Path absent = dir.resolve("absent.csv");

        assertThatThrownBy(() -> score(absent))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(absent + ": no such file");
    }

    @Test
    void run_withoutSeasonLength_saysItIsRequired() throws IOException {
        // without --season-length the scale silently used lag 1, so MASE did not match the accuracy run
        Path forecasts = dir.resolve("naive.csv");
        accuracy("naive", forecasts);
        String[] args = {"--input", input.toString(), "--forecasts", forecasts.toString()};

        assertThatThrownBy(() -> ScoreCommand.run(args, System.out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score: option --season-length is required");
    }

    @Test
    void run_unknownOption_listsTheAcceptedOnes() {
        String[] args = {"--input", input.toString(), "--model", "ets"};

        assertThatThrownBy(() -> ScoreCommand.run(args, System.out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score: unknown option --model; accepted: --forecasts, --input, --season-length");
    }
}
