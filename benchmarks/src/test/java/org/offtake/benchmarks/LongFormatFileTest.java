package org.offtake.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LongFormatFileTest {

    private static final String HEADER = "series_id,t,period,value,split\n";

    @TempDir
    Path dir;

    private Path csv(String content) throws IOException {
        Path file = dir.resolve("series.csv");
        Files.writeString(file, content);
        return file;
    }

    @Test
    void read_returnsSeriesInOrderOfFirstAppearance_withRowsSortedByT() throws IOException {
        Path file = csv(HEADER + """
                b,3,,30,train
                a,2,,2,train
                b,1,,10,train
                a,1,,1,train
                b,2,,20,train
                a,3,,3,test
                b,4,,40,test
                b,5,,50,test
                """);

        List<BenchmarkSeries> series = LongFormatFile.read(file);

        assertThat(series).extracting(BenchmarkSeries::id).containsExactly("b", "a");
        assertThat(series.get(0).train()).containsExactly(10, 20, 30);
        assertThat(series.get(0).test()).containsExactly(40, 50);
        assertThat(series.get(1).train()).containsExactly(1, 2);
        assertThat(series.get(1).test()).containsExactly(3);
    }

    @Test
    void read_splitsTrainAndTestAtTheFirstTestRow() throws IOException {
        Path file = csv(HEADER + """
                x,1,2020-01,5.5,train
                x,2,2020-02,-1.25,train
                x,3,2020-03,0,train
                x,4,2020-04,7,test
                x,5,2020-05,1e3,test
                """);

        BenchmarkSeries x = LongFormatFile.read(file).getFirst();

        assertThat(x.train()).containsExactly(5.5, -1.25, 0);
        assertThat(x.test()).containsExactly(7, 1000);
        assertThat(x.category()).isEmpty();
    }

    @Test
    void read_withCategoryColumn_keepsEachSeriesCategoryAndIdsAsText() throws IOException {
        Path file = csv("""
                series_id,category,t,period,value,split
                007,Macro,1,,1,train
                007,Macro,2,,2,test
                10,42,1,,3,train
                10,42,2,,4,test
                """);

        List<BenchmarkSeries> series = LongFormatFile.read(file);

        assertThat(series).extracting(BenchmarkSeries::id).containsExactly("007", "10");
        assertThat(series).extracting(BenchmarkSeries::category).containsExactly("Macro", "42");
    }

    @Test
    void read_withoutCategoryColumn_givesEmptyCategory() throws IOException {
        Path file = csv(HEADER + "a,1,,1,train\na,2,,2,test\n");

        assertThat(LongFormatFile.read(file).getFirst().category()).isEmpty();
    }

    @Test
    void read_emptyPeriodColumn_isAccepted() throws IOException {
        Path file = csv(HEADER + "a,1,,4,train\na,2,,5,train\na,3,,6,test\n");

        BenchmarkSeries a = LongFormatFile.read(file).getFirst();

        assertThat(a.train()).containsExactly(4, 5);
        assertThat(a.test()).containsExactly(6);
    }

    @Test
    void read_withoutPeriodColumn_isAccepted() throws IOException {
        Path file = csv("series_id,t,value,split\na,1,4,train\na,2,5,test\n");

        BenchmarkSeries a = LongFormatFile.read(file).getFirst();

        assertThat(a.train()).containsExactly(4);
        assertThat(a.test()).containsExactly(5);
    }

    @Test
    void read_quotedIdWithComma_isOneSeries() throws IOException {
        Path file = csv(HEADER + "\"a,b\",1,,1,train\n\"a,b\",2,,2,test\n");

        assertThat(LongFormatFile.read(file)).extracting(BenchmarkSeries::id).containsExactly("a,b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"series_id", "t", "value", "split"})
    void read_missingRequiredColumn_namesFileAndColumn_andTheExpectedLayout(String column) throws IOException {
        String header = "series_id,t,period,value,split".replace(column, "other");
        Path file = csv(header + "\na,1,,1,train\n");

        assertThatThrownBy(() -> LongFormatFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("column '" + column + "' is missing")
                .hasMessageContaining("expected series_id,[category,]t,period,value,split");
    }

    @Test
    void read_gapInT_namesFileRowAndColumn() throws IOException {
        Path file = csv(HEADER + """
                a,1,,1,train
                a,2,,2,test
                b,1,,1,train
                b,2,,2,train
                b,4,,4,test
                """);

        assertThatThrownBy(() -> LongFormatFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ": row 5, column t: ")
                .hasMessageContaining("series 'b' expected t = 3")
                .hasMessageContaining("found 4");
    }

    @Test
    void read_repeatedT_namesTheRowOfTheSecondOccurrence() throws IOException {
        Path file = csv(HEADER + """
                a,1,,1,train
                a,2,,2,train
                a,3,,9,test
                a,2,,5,train
                """);

        assertThatThrownBy(() -> LongFormatFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ": row 4, column t: ")
                .hasMessageContaining("expected t = 3")
                .hasMessageContaining("found 2");
    }

    @Test
    void read_tNotStartingAtOne_namesRowAndSaysTCountsFromOne() throws IOException {
        Path file = csv(HEADER + "a,0,,1,train\na,1,,2,test\n");

        assertThatThrownBy(() -> LongFormatFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ": row 1, column t: ")
                .hasMessageContaining("expected t = 1")
                .hasMessageContaining("found 0");
    }

    @Test
    void read_missingT_namesRowAndColumn() throws IOException {
        Path file = csv(HEADER + "a,1,,1,train\na,,,2,test\n");

        assertThatThrownBy(() -> LongFormatFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ": row 2, column t: ")
                .hasMessageContaining("found nothing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "NaN", "NA", "Infinity", "-Infinity"})
    void read_missingOrNonFiniteValue_namesFileRowAndColumn(String bad) throws IOException {
        Path file = csv(HEADER + "a,1,,1,train\na,2,,2,train\na,3," + "," + bad + ",test\n");

        assertThatThrownBy(() -> LongFormatFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ": row 3, column value: ")
                .hasMessageContaining("series 'a' t = 3 has no finite value");
    }

    @Test
    void read_valueThatIsNotANumber_namesRowAndColumnAndSaysANumberWasExpected() throws IOException {
        Path file = csv(HEADER + "a,1,,1,train\na,2,,2,train\na,3,,abc,test\n");

        assertThatThrownBy(() -> LongFormatFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ": row 3, column value: expected a finite number, found \"abc\"");
    }

    @Test
    void read_tThatIsNotAWholeNumber_namesRowAndColumnAndSaysAWholeNumberWasExpected() throws IOException {
        Path file = csv(HEADER + "a,1,,1,train\na,2.5,,2,test\n");

        assertThatThrownBy(() -> LongFormatFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ": row 2, column t: expected a whole number, found \"2.5\"");
    }

    @Test
    void read_rowWithTooFewCells_namesFileAndRow() throws IOException {
        Path file = csv(HEADER + "a,1,,1,train\na,2,,2\n");

        assertThatThrownBy(() -> LongFormatFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ": row 2: ")
                .hasMessageContaining("contains 4 columns. 5 expected");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validation", "TEST", "Train"})
    void read_splitNeitherTrainNorTest_namesRowColumnAndTheAcceptedValues(String split) throws IOException {
        Path file = csv(HEADER + "a,1,,1,train\na,2,,2," + split + "\n");

        assertThatThrownBy(() -> LongFormatFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ": row 2, column split: expected 'train' or 'test', found '" + split + "'");
    }

    @Test
    void read_emptySplit_namesRowAndColumn() throws IOException {
        Path file = csv(HEADER + "a,1,,1,train\na,2,,2,\n");

        assertThatThrownBy(() -> LongFormatFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ": row 2, column split: expected 'train' or 'test', found ''");
    }

    @Test
    void read_trainRowAfterTestRow_namesTheTrainRow() throws IOException {
        // in t order: train, test, train; the offending train row is the file's first row
        Path file = csv(HEADER + """
                a,3,,3,train
                a,1,,1,train
                a,2,,2,test
                """);

        assertThatThrownBy(() -> LongFormatFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ": row 1, column split: series 'a' has a train row after a test row");
    }

    @Test
    void read_emptySeriesId_namesRowAndColumn() throws IOException {
        Path file = csv(HEADER + "a,1,,1,train\n,2,,2,test\n");

        assertThatThrownBy(() -> LongFormatFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ": row 2, column series_id: empty");
    }

    @Test
    void read_seriesWithoutTestRows_isRejectedNamingItsLastRow() throws IOException {
        Path file = csv(HEADER + "a,1,,1,train\na,2,,2,test\nb,1,,1,train\nb,2,,2,train\n");

        assertThatThrownBy(() -> LongFormatFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ": row 4, column split: series 'b' has 2 train and 0 test rows")
                .hasMessageContaining("expected at least one of each");
    }

    @Test
    void read_seriesWithoutTrainRows_isRejectedNamingItsFirstRow() throws IOException {
        Path file = csv(HEADER + "a,2,,2,test\na,1,,1,test\n");

        assertThatThrownBy(() -> LongFormatFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ": row 2, column split: series 'a' has 0 train and 2 test rows");
    }

    @Test
    void read_blankLines_areSkippedAndNotCountedInRowNumbers() throws IOException {
        Path file = csv(HEADER + "a,1,,1,train\n\na,3,,3,test\n\nb,1,,x,train\n");

        assertThatThrownBy(() -> LongFormatFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ": row 3, column value: expected a finite number, found \"x\"");
        Path gap = csv(HEADER + "a,1,,1,train\n\na,3,,3,test\n");
        assertThatThrownBy(() -> LongFormatFile.read(gap))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(gap + ": row 2, column t: ");
    }

    @Test
    void read_missingFile_namesTheFile() {
        Path missing = dir.resolve("absent.csv");

        assertThatThrownBy(() -> LongFormatFile.read(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void read_headerOnly_isAnErrorNamingTheFile() throws IOException {
        Path file = csv(HEADER);
        assertThatThrownBy(() -> LongFormatFile.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ": no data rows; expected one row per observation after the header");
    }
}
