package org.offtake.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeSeriesTest {

    private static final double NaN = Double.NaN;

    // --- values and missing-value policies -------------------------------------------------------------------

    @Test
    void build_nanWithRejectPolicy_namesKeyAndIndex() {
        assertThatThrownBy(() -> TimeSeries.of("sku-7/ALA", 1.0, 2.0, NaN, 4.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'sku-7/ALA'")
                .hasMessageContaining("index 2")
                .hasMessageContaining("missing");
    }

    @Test
    void build_nanWithDefaultPolicy_isRejectedLikeReject() {
        assertThatThrownBy(() -> TimeSeries.builder("k").values(NaN).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'k'")
                .hasMessageContaining("index 0");
    }

    @ParameterizedTest
    @EnumSource(MissingValuePolicy.class)
    void build_infiniteValue_isRejectedUnderEveryPolicy(MissingValuePolicy policy) {
        for (double inf : new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            // the infinity comes first: under REJECT a NaN before it would be reported instead
            assertThatThrownBy(() -> TimeSeries.builder("inf-key").values(1, inf, NaN, 3).missingValues(policy)
                    .build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'inf-key'")
                    .hasMessageContaining("index 1 is " + inf)
                    .hasMessageContaining("finite");
            // and an infinity after a gap is rejected even where the gap would be filled
            assertThatThrownBy(() -> TimeSeries.builder("inf-key").values(NaN, 2, inf).missingValues(policy)
                    .build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(policy == MissingValuePolicy.REJECT ? "index 0" : "index 2 is " + inf);
        }
    }

    @Test
    void build_zeroPolicy_replacesEveryNanWithZero() {
        TimeSeries s = TimeSeries.builder("k").values(NaN, 5, NaN, NaN, 7, NaN).missingValues(MissingValuePolicy.ZERO)
                .build();
        assertThat(s.values()).containsExactly(0, 5, 0, 0, 7, 0);
    }

    @Test
    void build_zeroPolicy_allMissing_givesZeros() {
        TimeSeries s = TimeSeries.builder("k").values(NaN, NaN).missingValues(MissingValuePolicy.ZERO).build();
        assertThat(s.values()).containsExactly(0, 0);
    }

    @Test
    void build_interpolatePolicy_interiorGapsAreLinear_edgesTakeNearestObserved() {
        TimeSeries s = TimeSeries.builder("k")
                .values(NaN, NaN, 2, NaN, NaN, 8, 10, NaN, 4, NaN, NaN)
                .missingValues(MissingValuePolicy.INTERPOLATE)
                .build();
        assertThat(s.values()).containsExactly(2, 2, 2, 4, 6, 8, 10, 7, 4, 4, 4);
    }

    @Test
    void build_interpolatePolicy_noGaps_keepsValues() {
        TimeSeries s = TimeSeries.builder("k").values(3, 1, 4).missingValues(MissingValuePolicy.INTERPOLATE).build();
        assertThat(s.values()).containsExactly(3, 1, 4);
    }

    @Test
    void build_interpolatePolicy_allMissing_isRejectedNamingKey() {
        assertThatThrownBy(() -> TimeSeries.builder("empty-history").values(NaN, NaN, NaN)
                .missingValues(MissingValuePolicy.INTERPOLATE).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'empty-history'")
                .hasMessageContaining("every value is missing");
    }

    @Test
    void build_copiesTheValues_andValuesReturnsACopy() {
        double[] input = {1, 2, 3};
        TimeSeries s = TimeSeries.of("k", input);
        input[0] = 99;
        double[] out = s.values();
        out[1] = 99;
        assertThat(s.values()).containsExactly(1, 2, 3);
        assertThat(s.get(0)).isEqualTo(1);
    }

    @Test
    void emptySeries_canBeBuilt_andIsEmpty() {
        TimeSeries s = TimeSeries.of("k");
        assertThat(s.isEmpty()).isTrue();
        assertThat(s.length()).isZero();
    }

    // --- other builder validation ----------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "\t"})
    void builder_blankKey_isRejected(String key) {
        assertThatThrownBy(() -> TimeSeries.builder(key)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
    }

    @Test
    void build_withoutValues_isIllegalState() {
        assertThatThrownBy(() -> TimeSeries.builder("k").build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'k'");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void builder_seasonLengthBelowOne_isRejected(int m) {
        assertThatThrownBy(() -> TimeSeries.builder("k").seasonLength(m)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'k'")
                .hasMessageContaining("at least 1");
    }

    static Stream<Arguments> propertiesSetTwice() {
        return Stream.of(
                Arguments.of("frequency", (Consumer<TimeSeries.Builder>) b -> b.frequency(Frequency.MONTHLY)),
                Arguments.of("seasonLength", (Consumer<TimeSeries.Builder>) b -> b.seasonLength(4)),
                Arguments.of("start", (Consumer<TimeSeries.Builder>) b -> b.start(LocalDate.of(2024, 1, 1))),
                Arguments.of("values", (Consumer<TimeSeries.Builder>) b -> b.values(1, 2)),
                Arguments.of("missingValues", (Consumer<TimeSeries.Builder>) b -> b.missingValues(
                        MissingValuePolicy.ZERO)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("propertiesSetTwice")
    void builder_propertySetTwice_isIllegalState(String property, Consumer<TimeSeries.Builder> set) {
        TimeSeries.Builder b = TimeSeries.builder("k");
        set.accept(b);
        assertThatThrownBy(() -> set.accept(b)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(property + " was already set");
    }

    @Test
    void builder_startSetToNullThenAgain_isIllegalState() {
        TimeSeries.Builder b = TimeSeries.builder("k").start(null);
        assertThatThrownBy(() -> b.start(LocalDate.of(2024, 1, 1))).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @EnumSource(value = Frequency.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void build_calendarFrequencyWithoutStart_isRejected(Frequency f) {
        assertThatThrownBy(() -> TimeSeries.builder("k").frequency(f).values(1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'k'")
                .hasMessageContaining("needs a start");
    }

    static Stream<Arguments> startsThatAreNotPeriodStarts() {
        return Stream.of(
                Arguments.of(Frequency.YEARLY, LocalDate.of(2024, 3, 5), "2024-01-01"),
                Arguments.of(Frequency.QUARTERLY, LocalDate.of(2024, 2, 1), "2024-01-01"),
                Arguments.of(Frequency.QUARTERLY, LocalDate.of(2024, 11, 30), "2024-10-01"),
                Arguments.of(Frequency.MONTHLY, LocalDate.of(2024, 3, 15), "2024-03-01"),
                Arguments.of(Frequency.WEEKLY, LocalDate.of(2024, 1, 31), "2024-01-29"),
                Arguments.of(Frequency.WEEKLY, LocalDate.of(2025, 1, 1), "2024-12-30"));
    }

    @ParameterizedTest
    @MethodSource("startsThatAreNotPeriodStarts")
    void build_calendarStartNotAPeriodStart_messageGivesExpectedDate(Frequency f, LocalDate start, String expected) {
        assertThatThrownBy(() -> TimeSeries.builder("k").frequency(f).start(start).values(1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'k'")
                .hasMessageContaining("start " + start)
                .hasMessageEndingWith("expected " + expected);
    }

    @Test
    void build_frequencyNoneWithStart_isRejected() {
        assertThatThrownBy(() -> TimeSeries.builder("k").frequency(Frequency.NONE).start(LocalDate.of(2024, 1, 1))
                .values(1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'k'")
                .hasMessageContaining("takes no start date");
    }

    @Test
    void build_defaults_areFrequencyNoneAndSeasonLengthOne() {
        TimeSeries s = TimeSeries.builder("k").values(1, 2).build();
        assertThat(s.frequency()).isEqualTo(Frequency.NONE);
        assertThat(s.seasonLength()).isEqualTo(1);
        assertThat(s.start()).isEmpty();
    }

    @Test
    void build_seasonLengthDefaultsToTheFrequencys_andCanBeOverridden() {
        TimeSeries quarterly = TimeSeries.builder("k").frequency(Frequency.QUARTERLY).start(LocalDate.of(2020, 4, 1))
                .values(1, 2).build();
        TimeSeries nonSeasonalMonthly = TimeSeries.builder("k").frequency(Frequency.MONTHLY).seasonLength(1)
                .start(LocalDate.of(2020, 4, 1)).values(1, 2).build();
        assertThat(quarterly.seasonLength()).isEqualTo(4);
        assertThat(nonSeasonalMonthly.seasonLength()).isEqualTo(1);
        assertThat(TimeSeries.seasonal("k", 12, 1, 2, 3).seasonLength()).isEqualTo(12);
        assertThat(TimeSeries.seasonal("k", 12, 1, 2, 3).frequency()).isEqualTo(Frequency.NONE);
    }

    // --- periods, labels, slices ----------------------------------------------------------------------------

    @Test
    void monthly_periodsAndLabelsRunAcrossTheYearEnd_andBeyondTheData() {
        TimeSeries s = TimeSeries.monthly("k", YearMonth.of(2023, 11), 1, 2, 3);
        assertThat(s.start()).contains(LocalDate.of(2023, 11, 1));
        assertThat(s.seasonLength()).isEqualTo(12);
        assertThat(s.period(2)).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(s.periodLabel(0)).isEqualTo("2023-11");
        assertThat(s.periodLabel(1)).isEqualTo("2023-12");
        assertThat(s.periodLabel(2)).isEqualTo("2024-01");
        assertThat(s.periodLabel(15)).isEqualTo("2025-02");
    }

    @Test
    void frequencyNone_periodLabelsAreOneBasedPositions_andPeriodIsUnsupported() {
        TimeSeries s = TimeSeries.seasonal("k", 4, 5.0, 6.0);
        assertThat(s.periodLabel(0)).isEqualTo("1");
        assertThat(s.periodLabel(2)).isEqualTo("3");
        assertThat(s.periodLabel(36)).isEqualTo("37");
        assertThatThrownBy(() -> s.period(0)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("'k'");
    }

    @Test
    void get_outsideTheData_throwsIndexOutOfBounds() {
        TimeSeries s = TimeSeries.of("k", 1.0, 2.0);
        assertThatThrownBy(() -> s.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void slice_keepsKeyFrequencySeason_andMovesTheStart() {
        TimeSeries s = TimeSeries.monthly("k", YearMonth.of(2023, 10), 10, 11, 12, 13, 14, 15);
        TimeSeries slice = s.slice(2, 5);
        assertThat(slice.key()).isEqualTo("k");
        assertThat(slice.frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(slice.seasonLength()).isEqualTo(12);
        assertThat(slice.start()).contains(LocalDate.of(2023, 12, 1));
        assertThat(slice.values()).containsExactly(12, 13, 14);
        assertThat(slice.periodLabel(1)).isEqualTo("2024-01");
    }

    @Test
    void slice_ofSeriesWithoutCalendar_keepsSeasonLength() {
        TimeSeries slice = TimeSeries.seasonal("k", 4, 1, 2, 3, 4, 5).slice(1, 3);
        assertThat(slice.values()).containsExactly(2, 3);
        assertThat(slice.seasonLength()).isEqualTo(4);
        assertThat(slice.start()).isEmpty();
    }

    @Test
    void slice_outOfRange_throwsIndexOutOfBounds() {
        TimeSeries s = TimeSeries.of("k", 1.0, 2.0, 3.0);
        assertThatThrownBy(() -> s.slice(2, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.slice(2, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.slice(-1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(s.slice(3, 3).isEmpty()).isTrue();
    }

    @Test
    void head_isTheFirstNObservations() {
        TimeSeries s = TimeSeries.monthly("k", YearMonth.of(2024, 1), 1, 2, 3, 4);
        assertThat(s.head(2)).isEqualTo(TimeSeries.monthly("k", YearMonth.of(2024, 1), 1, 2));
        assertThatThrownBy(() -> s.head(5)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void withValues_keepsEverythingButTheValues() {
        TimeSeries s = TimeSeries.builder("k").frequency(Frequency.QUARTERLY).seasonLength(1)
                .start(LocalDate.of(2022, 7, 1)).values(1, 2, 3).build();
        TimeSeries t = s.withValues(7, 8, 9, 10);
        assertThat(t.key()).isEqualTo("k");
        assertThat(t.frequency()).isEqualTo(Frequency.QUARTERLY);
        assertThat(t.seasonLength()).isEqualTo(1);
        assertThat(t.start()).contains(LocalDate.of(2022, 7, 1));
        assertThat(t.values()).containsExactly(7, 8, 9, 10);
        assertThat(TimeSeries.seasonal("n", 12, 1, 2).withValues(3).seasonLength()).isEqualTo(12);
    }

    @Test
    void withValues_checksValuesTheSameWay() {
        TimeSeries s = TimeSeries.of("k", 1.0, 2.0);
        assertThatThrownBy(() -> s.withValues(1, NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'k'")
                .hasMessageContaining("index 1");
        assertThatThrownBy(() -> s.withValues(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("index 0");
    }

    // --- equality ------------------------------------------------------------------------------------------------

    @Test
    void equalsAndHashCode_dependOnEveryProperty() {
        TimeSeries a = TimeSeries.monthly("k", YearMonth.of(2024, 1), 1, 2, 3);
        TimeSeries same = TimeSeries.builder("k").frequency(Frequency.MONTHLY).start(LocalDate.of(2024, 1, 1))
                .values(1, 2, 3).build();
        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(a).isEqualTo(a);

        assertThat(a).isNotEqualTo(TimeSeries.monthly("other", YearMonth.of(2024, 1), 1, 2, 3));
        assertThat(a).isNotEqualTo(TimeSeries.monthly("k", YearMonth.of(2024, 2), 1, 2, 3));
        assertThat(a).isNotEqualTo(TimeSeries.monthly("k", YearMonth.of(2024, 1), 1, 2, 4));
        assertThat(a).isNotEqualTo(TimeSeries.builder("k").frequency(Frequency.MONTHLY).seasonLength(1)
                .start(LocalDate.of(2024, 1, 1)).values(1, 2, 3).build());
        assertThat(a).isNotEqualTo(TimeSeries.builder("k").frequency(Frequency.QUARTERLY)
                .seasonLength(12).start(LocalDate.of(2024, 1, 1)).values(1, 2, 3).build());
        assertThat(a).isNotEqualTo(TimeSeries.seasonal("k", 12, 1, 2, 3));
        assertThat(a).isNotEqualTo(null);
        assertThat(a).isNotEqualTo("k");

        assertThat(TimeSeries.of("k", 1.0, 2.0)).isEqualTo(TimeSeries.of("k", 1.0, 2.0))
                .hasSameHashCodeAs(TimeSeries.of("k", 1.0, 2.0));
    }

    @Test
    void toString_namesKeyFrequencyStartAndLength() {
        assertThat(TimeSeries.monthly("k", YearMonth.of(2024, 3), 1, 2).toString())
                .isEqualTo("TimeSeries[k, MONTHLY/12, from 2024-03, n=2]");
        assertThat(TimeSeries.of("k", 1.0, 2.0, 3.0).toString()).isEqualTo("TimeSeries[k, NONE, n=3]");
    }

    /** Regression: with an overload of(key, int seasonLength, values...) this read as season 12, values 30, 31. */
    @Test
    void of_wholeNumbers_areAllValues() {
        TimeSeries s = TimeSeries.of("k", 12, 30, 31);
        assertThat(s.values()).containsExactly(12, 30, 31);
        assertThat(s.seasonLength()).isEqualTo(1);
    }
}
