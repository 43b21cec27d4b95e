package org.offtake.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoresTest {

    private static final double[] LEVELS = {80, 95};

    /** Train 1,2,3,4 (scale 1 at lag 1), test 5,6, forecast 5,8; both test values in both intervals. */
    private static void addScaled(Scores scores) {
        scores.add(new BenchmarkSeries("scaled", "", new double[] {1, 2, 3, 4}, new double[] {5, 6}), 1,
                new double[] {5, 8},
                new double[][] {{4, 5}, {3, 4}},
                new double[][] {{6, 7}, {7, 9}});
    }

    /** Constant train (scale 0), test 5,10, forecast 5,5; 80 % interval holds only 5, 95 % holds both. */
    private static void addConstant(Scores scores) {
        scores.add(new BenchmarkSeries("constant", "", new double[] {5, 5, 5}, new double[] {5, 10}), 1,
                new double[] {5, 5},
                new double[][] {{5, 5}, {4, 4}},
                new double[][] {{5, 5}, {11, 11}});
    }

    /** One training value (scale undefined), test 7, forecast 7 inside both intervals. */
    private static void addSingle(Scores scores) {
        scores.add(new BenchmarkSeries("single", "", new double[] {7}, new double[] {7}), 12,
                new double[] {7},
                new double[][] {{7}, {6}},
                new double[][] {{7}, {8}});
    }

    @Test
    void smape_isTheMeanOverSeries() {
        Scores scores = new Scores(LEVELS);
        addScaled(scores);
        addConstant(scores);
        addSingle(scores);

        // per series: (0 + 200*2/14)/2 = 100/7, (0 + 200*5/15)/2 = 100/3, 0
        assertThat(scores.smape()).isCloseTo((100.0 / 7 + 100.0 / 3) / 3, within(1e-12));
    }

    @Test
    void maseAndRmsse_leaveOutSeriesWithZeroOrUndefinedScale() {
        Scores scores = new Scores(LEVELS);
        addScaled(scores);
        addConstant(scores);
        addSingle(scores);

        // only "scaled" counts: MAE (0 + 2)/2 = 1 over scale 1; RMSE sqrt(4/2) over scale 1
        assertThat(scores.mase()).isEqualTo(1.0);
        assertThat(scores.rmsse()).isCloseTo(Math.sqrt(2), within(1e-15));
    }

    @Test
    void coverage_isThePercentageOfAllTestValuesInside() {
        Scores scores = new Scores(LEVELS);
        addScaled(scores);
        addConstant(scores);
        addSingle(scores);

        // 5 test values; 80 %: 2 + 1 + 1 inside, 95 %: 2 + 2 + 1
        assertThat(scores.coverage(0)).isEqualTo(80.0);
        assertThat(scores.coverage(1)).isEqualTo(100.0);
    }

    @Test
    void summary_countsSeriesAndNamesHowManyHadANonZeroScale() {
        Scores scores = new Scores(LEVELS);
        addScaled(scores);
        addConstant(scores);
        addSingle(scores);

        assertThat(scores.summary()).isEqualTo("series 3  sMAPE 15.873  MASE 1.000  RMSSE 1.414 "
                + "(MASE/RMSSE over 1 series with a non-zero scale)  coverage80 80.0%  coverage95 100.0%");
    }

    @Test
    void summary_withoutCoverage_omitsTheLevels() {
        Scores scores = new Scores(LEVELS);
        addScaled(scores);

        assertThat(scores.summary(false)).isEqualTo("series 1  sMAPE 14.286  MASE 1.000  RMSSE 1.414");
    }

    @Test
    void summary_allSeriesScaled_hasNoNoteAboutExcludedSeries() {
        Scores scores = new Scores(LEVELS);
        addScaled(scores);
        addScaled(scores);

        assertThat(scores.summary()).isEqualTo(
                "series 2  sMAPE 14.286  MASE 1.000  RMSSE 1.414  coverage80 100.0%  coverage95 100.0%");
    }

    @Test
    void summary_fractionalLevel_isWrittenAsItIs() {
        Scores scores = new Scores(new double[] {99.5});
        scores.add(new BenchmarkSeries("s", "", new double[] {1, 2}, new double[] {3, 9}), 1, new double[] {3, 3},
                new double[][] {{2, 2}}, new double[][] {{4, 4}});

        assertThat(scores.summary()).endsWith("coverage99.5 50.0%");
    }

    @Test
    void add_withoutIntervals_stillScoresPointForecasts() {
        Scores scores = new Scores(new double[0]);
        scores.add(new BenchmarkSeries("s", "", new double[] {1, 2, 3}, new double[] {4}), 1, new double[] {3},
                null, null);

        // sMAPE 200*1/7, MASE 1/1
        assertThat(scores.smape()).isCloseTo(200.0 / 7, within(1e-12));
        assertThat(scores.mase()).isEqualTo(1.0);
        assertThat(scores.summary()).isEqualTo("series 1  sMAPE 28.571  MASE 1.000  RMSSE 1.000");
    }
}
