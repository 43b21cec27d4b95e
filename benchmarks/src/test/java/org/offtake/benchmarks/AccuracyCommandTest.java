package org.offtake.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.offtake.benchmarks.MonthlyFixture.IDS;
import static org.offtake.benchmarks.MonthlyFixture.SEASON;
import static org.offtake.benchmarks.MonthlyFixture.TEST;
import static org.offtake.benchmarks.MonthlyFixture.TRAIN;
import static org.offtake.benchmarks.MonthlyFixture.printed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccuracyCommandTest {

    private static final String HEADER = "series_id,step,mean,lo80,hi80,lo95,hi95";

    @TempDir
    Path dir;

    private Path input;
    private final List<BenchmarkSeries> fixture = MonthlyFixture.series();

    @BeforeEach
    void writeFixture() throws IOException {
        input = MonthlyFixture.write(dir.resolve("monthly.csv"));
    }

    private String accuracy(String model, Path output, String... more) throws IOException {
        String[] base = {"--input", input.toString(), "--season-length", Integer.toString(SEASON), "--model", model,
                "--output", output.toString()};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return printed(out -> AccuracyCommand.run(args, out));
    }

    /** The data rows of a forecast file, split at commas (the fixture's ids hold none). */
    private static List<String[]> rows(Path forecasts) throws IOException {
        return Files.readAllLines(forecasts).stream().skip(1).map(l -> l.split(",", -1)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"naive", "snaive", "ets"})
    void run_writesOneRowPerTestValue_withNestedIntervals(String model) throws IOException {
        Path output = dir.resolve(model + ".csv");

        accuracy(model, output);

        List<String> lines = Files.readAllLines(output);
        assertThat(lines.getFirst()).isEqualTo(HEADER);
        List<String[]> rows = rows(output);
        assertThat(rows).hasSize(IDS.size() * TEST);
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            assertThat(r).hasSize(7);
            assertThat(r[0]).isEqualTo(IDS.get(i / TEST));
            assertThat(Integer.parseInt(r[1])).isEqualTo(i % TEST + 1);
            double mean = Double.parseDouble(r[2]);
            double lo80 = Double.parseDouble(r[3]);
            double hi80 = Double.parseDouble(r[4]);
            double lo95 = Double.parseDouble(r[5]);
            double hi95 = Double.parseDouble(r[6]);
            assertThat(lo95).as("lo95 <= lo80 in row %d", i + 1).isLessThanOrEqualTo(lo80);
            assertThat(lo80).as("lo80 <= mean in row %d", i + 1).isLessThanOrEqualTo(mean);
            assertThat(mean).as("mean <= hi80 in row %d", i + 1).isLessThanOrEqualTo(hi80);
            assertThat(hi80).as("hi80 <= hi95 in row %d", i + 1).isLessThanOrEqualTo(hi95);
        }
    }

    @Test
    void run_naive_forecastsTheLastTrainingValue() throws IOException {
        Path output = dir.resolve("naive.csv");

        accuracy("naive", output);

        List<String[]> rows = rows(output);
        for (int i = 0; i < rows.size(); i++) {
            double[] train = fixture.get(i / TEST).train();
            assertThat(Double.parseDouble(rows.get(i)[2])).isEqualTo(train[TRAIN - 1]);
        }
    }

    @Test
    void run_snaive_forecastsTheValueOneSeasonEarlier() throws IOException {
        Path output = dir.resolve("snaive.csv");

        accuracy("snaive", output);

        List<String[]> rows = rows(output);
        for (int i = 0; i < rows.size(); i++) {
            double[] train = fixture.get(i / TEST).train();
            assertThat(Double.parseDouble(rows.get(i)[2])).isEqualTo(train[TRAIN - SEASON + i % TEST]);
        }
    }

    @Test
    void run_constantSeries_getsIntervalsCollapsedOnTheConstant() throws IOException {
        Path output = dir.resolve("naive.csv");

        accuracy("naive", output);

        List<String[]> constant = rows(output).stream().filter(r -> r[0].equals("constant")).toList();
        assertThat(constant).hasSize(TEST);
        for (String[] r : constant) {
            assertThat(List.of(r).subList(2, 7)).containsOnly("40.0");
        }
    }

    @Test
    void run_naive_printsTheSmapeAndMaseComputedByHand() throws IOException {
        double smapeSum = 0;
        double maseSum = 0;
        int scaled = 0;
        for (BenchmarkSeries s : fixture) {
            double f = s.train()[TRAIN - 1];
            double sum = 0;
            double abs = 0;
            for (double y : s.test()) {
                sum += y == 0 && f == 0 ? 0 : 200 * Math.abs(y - f) / (Math.abs(y) + Math.abs(f));
                abs += Math.abs(y - f);
            }
            smapeSum += sum / TEST;
            double scale = 0;
            for (int t = SEASON; t < TRAIN; t++) {
                scale += Math.abs(s.train()[t] - s.train()[t - SEASON]);
            }
            scale /= TRAIN - SEASON;
            if (scale > 0) {
                maseSum += abs / TEST / scale;
                scaled++;
            }
        }
        assertThat(scaled).as("every series but the constant one has a scale").isEqualTo(IDS.size() - 1);

        String printed = accuracy("naive", dir.resolve("naive.csv"));

        assertThat(printed).startsWith("naive on monthly.csv (season length 12): series 5  "
                + String.format(Locale.ROOT, "sMAPE %.3f  MASE %.3f", smapeSum / IDS.size(), maseSum / scaled));
        assertThat(printed).contains("(MASE/RMSSE over 4 series with a non-zero scale)");
        assertThat(printed).contains("coverage80 ").contains("coverage95 ");
    }

    @Test
    void run_writesTheModelOfEachSeriesNextToTheForecasts() throws IOException {
        Path output = dir.resolve("ets.csv");

        accuracy("ets", output);

        List<String> models = Files.readAllLines(dir.resolve("ets.csv.models.csv"));
        assertThat(models.getFirst()).isEqualTo("series_id,method");
        assertThat(models).hasSize(1 + IDS.size());
        for (int i = 0; i < IDS.size(); i++) {
            assertThat(models.get(i + 1)).matches(IDS.get(i) + ",\"ETS\\([AM],(N|Ad?|Md?),[NAM]\\)\"");
        }
        // the series with zeros cannot have a multiplicative component
        assertThat(models.get(1 + IDS.indexOf("with-zeros"))).doesNotContain("M");
    }

    @Test
    void run_naiveModelsFile_namesNaiveForEverySeries() throws IOException {
        accuracy("naive", dir.resolve("naive.csv"));

        assertThat(Files.readAllLines(dir.resolve("naive.csv.models.csv"))).containsExactly("series_id,method",
                "trend-season,naive", "constant,naive", "with-zeros,naive", "walk,naive", "mult-season,naive");
    }

    @Test
    void run_twoThreads_giveByteIdenticalResultsToOneThread() throws IOException {
        Path one = dir.resolve("one.csv");
        Path two = dir.resolve("two.csv");

        String printedOne = accuracy("ets", one, "--threads", "1");
        String printedTwo = accuracy("ets", two, "--threads", "2");

        assertThat(Files.readAllBytes(two)).isEqualTo(Files.readAllBytes(one));
        assertThat(Files.readAllBytes(dir.resolve("two.csv.models.csv")))
                .isEqualTo(Files.readAllBytes(dir.resolve("one.csv.models.csv")));
        assertThat(printedTwo.lines().findFirst()).isEqualTo(printedOne.lines().findFirst());
        assertThat(printedOne).contains("on 1 thread(s)");
        assertThat(printedTwo).contains("on 2 thread(s)");
    }

    @Test
    void run_limit_forecastsOnlyTheFirstSeries() throws IOException {
        Path output = dir.resolve("limited.csv");

        String printed = accuracy("naive", output, "--limit", "2");

        assertThat(rows(output)).extracting(r -> r[0]).containsOnly("trend-season", "constant").hasSize(2 * TEST);
        assertThat(Files.readAllLines(dir.resolve("limited.csv.models.csv"))).hasSize(3);
        assertThat(printed).contains(": series 2  sMAPE ");
    }

    @Test
    void run_levels_setTheIntervalColumns() throws IOException {
        Path output = dir.resolve("levels.csv");

        String printed = accuracy("naive", output, "--levels", "90,50");

        assertThat(Files.readAllLines(output).getFirst()).isEqualTo("series_id,step,mean,lo50,hi50,lo90,hi90");
        assertThat(printed).contains("coverage50 ").contains("coverage90 ").doesNotContain("coverage80");
    }

    @Test
    void run_modelThatFailsOnASeries_fallsBackToNaiveAndSaysSo() throws IOException {
        Path output = dir.resolve("mam.csv");

        String printed = accuracy("MAM", output);

        assertThat(printed).contains("1 series fell back to the naive forecast, first: with-zeros: ");
        assertThat(Files.readAllLines(dir.resolve("mam.csv.models.csv"))).contains("with-zeros,naive");
        List<String[]> withZeros = rows(output).stream().filter(r -> r[0].equals("with-zeros")).toList();
        assertThat(withZeros).hasSize(TEST).allSatisfy(r -> assertThat(r[2]).isEqualTo("0.0"));
    }

    @Test
    void run_outputInAFolderThatDoesNotExist_createsTheFolder() throws IOException {
        Path output = dir.resolve("new/folder/naive.csv");

        accuracy("naive", output);

        assertThat(output).exists();
        assertThat(dir.resolve("new/folder/naive.csv.models.csv")).exists();
    }

    @Test
    void run_unknownModel_listsTheKnownNamesAndWritesNothing() {
        Path output = dir.resolve("arima.csv");

        assertThatThrownBy(() -> accuracy("arima", output))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("model 'arima': 'arima' is not a known model; expected one of naive, snaive");
        assertThat(output).doesNotExist();
    }

    @Test
    void run_withoutSeasonLength_saysItIsRequired() {
        String[] args = {"--input", input.toString(), "--model", "naive", "--output", dir.resolve("x.csv").toString()};

        assertThatThrownBy(() -> AccuracyCommand.run(args, System.out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accuracy: option --season-length is required");
    }

    @Test
    void run_badInput_reportsTheFileProblemAndWritesNothing() throws IOException {
        Files.writeString(input, "series_id,t,period,value,split\na,1,,1,train\na,3,,2,test\n");
        Path output = dir.resolve("x.csv");

        assertThatThrownBy(() -> accuracy("naive", output))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(input + ": row 2, column t: ");
        assertThat(output).doesNotExist();
    }

    @Test
    void run_seriesWithoutTestRows_isAnInputErrorNamingTheSeries() throws IOException {
        // such a series made the naive fallback fail too, and the run ended in an IllegalStateException
        Files.writeString(input, "series_id,t,period,value,split\na,1,,1,train\na,2,,2,test\nb,1,,1,train\n");

        assertThatThrownBy(() -> accuracy("naive", dir.resolve("x.csv")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(input + ": row 3, column split: series 'b' has 1 train and 0 test rows; expected at least "
                        + "one of each");
    }

    @Test
    void quoted_quotesOnlyWhatNeedsIt() {
        assertThat(AccuracyCommand.quoted("N1402")).isEqualTo("N1402");
        assertThat(AccuracyCommand.quoted("ETS(M,Ad,N)")).isEqualTo("\"ETS(M,Ad,N)\"");
        assertThat(AccuracyCommand.quoted("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }
}
