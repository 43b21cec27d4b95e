package org.offtake.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ForecastTest {

    private static final TimeSeries HISTORY = TimeSeries.of("item-1", 3.0, 4.0, 5.0, 6.0, 7.0);
    private static final double[] LEVELS = {80, 95};

    /** A valid three-step forecast with 80 and 95 % bounds. */
    private static Forecast valid() {
        return Forecast.of(HISTORY, "m", new double[] {10, 11, 12}, LEVELS,
                new double[][] {{8, 9, 10}, {7, 8, 9}}, new double[][] {{12, 13, 14}, {13, 14, 15}});
    }

    @Test
    void of_keepsWhatItWasGiven() {
        Forecast f = valid();
        assertThat(f.seriesKey()).isEqualTo("item-1");
        assertThat(f.model()).isEqualTo("m");
        assertThat(f.horizon()).isEqualTo(3);
        assertThat(f.mean()).containsExactly(10, 11, 12);
        assertThat(f.mean(2)).isEqualTo(12);
        assertThat(f.levels()).containsExactly(80, 95);
        assertThat(f.lower(80)).containsExactly(8, 9, 10);
        assertThat(f.upper(80)).containsExactly(12, 13, 14);
        assertThat(f.lower(95)).containsExactly(7, 8, 9);
        assertThat(f.upper(95)).containsExactly(13, 14, 15);
        assertThat(f.hasLevel(95)).isTrue();
        assertThat(f.hasLevel(90)).isFalse();
    }

    @Test
    void of_withoutLevels_isPointForecastOnly() {
        Forecast f = Forecast.of(HISTORY, "m", new double[] {1, 2}, new double[0], new double[0][], new double[0][]);
        assertThat(f.levels()).isEmpty();
        assertThat(f.mean()).containsExactly(1, 2);
    }

    @Test
    void of_noStep_isRejectedNamingSeries() {
        assertThatThrownBy(() -> Forecast.of(HISTORY, "m", new double[0], new double[0], new double[0][],
                new double[0][]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'item-1'")
                .hasMessageContaining("at least one step");
    }

    @Test
    void of_boundRowsDisagreeWithLevels_isRejectedNamingSeries() {
        assertThatThrownBy(() -> Forecast.of(HISTORY, "m", new double[] {1}, LEVELS, new double[][] {{0}},
                new double[][] {{2}, {3}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'item-1'")
                .hasMessageContaining("2 levels but 1 lower and 2 upper bound rows");
    }

    @Test
    void of_boundsOfWrongLength_isRejectedNamingSeriesAndLevel() {
        assertThatThrownBy(() -> Forecast.of(HISTORY, "m", new double[] {1, 2, 3}, new double[] {80},
                new double[][] {{0, 1}}, new double[][] {{2, 3, 4}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'item-1'")
                .hasMessageContaining("level 80.0 have 2/3 steps, expected 3");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 100, -5, 120, Double.NaN})
    void of_levelOutsideZeroToHundred_isRejected(double level) {
        assertThatThrownBy(() -> Forecast.of(HISTORY, "m", new double[] {1}, new double[] {level},
                new double[][] {{0}}, new double[][] {{2}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("strictly increasing and in (0, 100)");
    }

    @Test
    void of_levelsNotStrictlyIncreasing_isRejected() {
        for (double[] levels : new double[][] {{95, 80}, {80, 80}}) {
            assertThatThrownBy(() -> Forecast.of(HISTORY, "m", new double[] {1}, levels,
                    new double[][] {{0}, {0}}, new double[][] {{2}, {2}}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("strictly increasing");
        }
    }

    /** Regression: the level-check message was the only one of Forecast.of's messages that did not name the series. */
    @Test
    void of_invalidLevels_messageNamesSeries() {
        assertThatThrownBy(() -> Forecast.of(HISTORY, "m", new double[] {1}, new double[] {95, 80},
                new double[][] {{0}, {0}}, new double[][] {{2}, {2}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'item-1'")
                .hasMessageContaining("[95.0, 80.0]");
    }

    @Test
    void of_nonFiniteMean_isRejectedNamingSeriesModelAndStep() {
        assertThatThrownBy(() -> Forecast.of(HISTORY, "naive", new double[] {1, 2, Double.NaN}, new double[0],
                new double[0][], new double[0][]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series 'item-1', model naive: mean at step 2 is NaN");
    }

    @Test
    void of_nonFiniteBound_isRejectedNamingSeriesBoundAndStep() {
        assertThatThrownBy(() -> Forecast.of(HISTORY, "m", new double[] {1, 2}, LEVELS,
                new double[][] {{0, 1}, {0, 0}}, new double[][] {{2, 3}, {3, Double.POSITIVE_INFINITY}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series 'item-1', model m: upper95 at step 1 is Infinity");
        assertThatThrownBy(() -> Forecast.of(HISTORY, "m", new double[] {1, 2}, new double[] {80},
                new double[][] {{Double.NEGATIVE_INFINITY, 1}}, new double[][] {{2, 3}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series 'item-1', model m: lower80 at step 0 is -Infinity");
    }

    @Test
    void of_lowerAboveUpper_isRejectedNamingSeriesStepAndLevel() {
        assertThatThrownBy(() -> Forecast.of(HISTORY, "m", new double[] {1, 2}, new double[] {80},
                new double[][] {{0, 4}}, new double[][] {{2, 3}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'item-1'")
                .hasMessageContaining("lower bound 4.0 above upper bound 3.0 at step 1, level 80.0");
    }

    @Test
    void of_copiesItsInputs() {
        double[] mean = {10, 11};
        double[] levels = {80};
        double[][] lower = {{9, 10}};
        double[][] upper = {{11, 12}};
        Forecast f = Forecast.of(HISTORY, "m", mean, levels, lower, upper);
        mean[0] = -1;
        levels[0] = 50;
        lower[0][0] = -1;
        upper[0][0] = -1;
        assertThat(f.mean()).containsExactly(10, 11);
        assertThat(f.levels()).containsExactly(80);
        assertThat(f.lower(80)).containsExactly(9, 10);
        assertThat(f.upper(80)).containsExactly(11, 12);
    }

    @Test
    void accessors_returnCopies() {
        Forecast f = valid();
        f.mean()[0] = -1;
        f.levels()[0] = 50;
        f.lower(80)[0] = -1;
        f.upper(95)[2] = -1;
        assertThat(f.mean()).containsExactly(10, 11, 12);
        assertThat(f.levels()).containsExactly(80, 95);
        assertThat(f.lower(80)).containsExactly(8, 9, 10);
        assertThat(f.upper(95)).containsExactly(13, 14, 15);
    }

    @Test
    void lowerAndUpper_ofAMissingLevel_listThePresentLevels() {
        Forecast f = valid();
        assertThatThrownBy(() -> f.lower(90))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("forecast of 'item-1' has no 90 % interval; levels present: [80.0, 95.0]");
        assertThatThrownBy(() -> f.upper(99.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no 99.5 % interval")
                .hasMessageContaining("[80.0, 95.0]");
    }

    @Test
    void mean_outsideTheHorizon_throwsIndexOutOfBounds() {
        Forecast f = valid();
        assertThatThrownBy(() -> f.mean(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> f.periodLabel(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> f.period(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void truncatedAtZero_clampsMeansAndBoundsOnly_whereNegative() {
        Forecast f = Forecast.of(HISTORY, "m", new double[] {-1, 0.5, 2}, LEVELS,
                new double[][] {{-3, -1, 1}, {-4, -2, 0.25}}, new double[][] {{1, 2, 3}, {-0.5, 3, 4}});
        Forecast t = f.truncatedAtZero();
        assertThat(t.mean()).containsExactly(0, 0.5, 2);
        assertThat(t.lower(80)).containsExactly(0, 0, 1);
        assertThat(t.lower(95)).containsExactly(0, 0, 0.25);
        assertThat(t.upper(80)).containsExactly(1, 2, 3);
        assertThat(t.upper(95)).containsExactly(0, 3, 4);
        assertThat(t.model()).isEqualTo("m");
        assertThat(t.levels()).containsExactly(80, 95);
        // the original is unchanged
        assertThat(f.mean()).containsExactly(-1, 0.5, 2);
        assertThat(f.lower(95)).containsExactly(-4, -2, 0.25);
    }

    @Test
    void withModel_changesTheDescriptionOnly() {
        Forecast f = valid().withModel("other");
        assertThat(f.model()).isEqualTo("other");
        assertThat(f.mean()).containsExactly(10, 11, 12);
        assertThat(f.upper(95)).containsExactly(13, 14, 15);
    }

    @Test
    void periodLabel_calendarSeries_firstForecastPeriodFollowsTheLastObservation() {
        TimeSeries monthly = TimeSeries.monthly("k", YearMonth.of(2023, 10), 1, 2, 3);  // Oct, Nov, Dec 2023
        Forecast f = Forecast.of(monthly, "m", new double[] {1, 2, 3, 4}, new double[0], new double[0][],
                new double[0][]);
        assertThat(f.periodLabel(0)).isEqualTo("2024-01");
        assertThat(f.periodLabel(3)).isEqualTo("2024-04");
        assertThat(f.period(0)).contains(LocalDate.of(2024, 1, 1));
        assertThat(f.period(3)).contains(LocalDate.of(2024, 4, 1));
        assertThat(f.periodLabel(1)).isEqualTo(monthly.periodLabel(monthly.length() + 1));
    }

    @Test
    void periodLabel_weeklySeries_usesIsoWeeksAcrossTheYearEnd() {
        TimeSeries weekly = TimeSeries.builder("k").frequency(Frequency.WEEKLY).start(LocalDate.of(2024, 12, 16))
                .values(1, 2).build();
        Forecast f = Forecast.of(weekly, "m", new double[] {1, 2}, new double[0], new double[0][], new double[0][]);
        assertThat(f.periodLabel(0)).isEqualTo("2025-W01");
        assertThat(f.periodLabel(1)).isEqualTo("2025-W02");
    }

    @Test
    void periodLabel_seriesWithoutCalendar_continuesTheNumbering() {
        Forecast f = valid();  // history has 5 observations, labelled 1..5
        assertThat(f.periodLabel(0)).isEqualTo("6");
        assertThat(f.periodLabel(2)).isEqualTo("8");
        assertThat(f.period(0)).isEmpty();
    }
}
