package org.offtake.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FrequencyTest {

    @Test
    void defaultSeasonLengths() {
        assertThat(Frequency.YEARLY.defaultSeasonLength()).isEqualTo(1);
        assertThat(Frequency.QUARTERLY.defaultSeasonLength()).isEqualTo(4);
        assertThat(Frequency.MONTHLY.defaultSeasonLength()).isEqualTo(12);
        assertThat(Frequency.WEEKLY.defaultSeasonLength()).isEqualTo(52);
        assertThat(Frequency.DAILY.defaultSeasonLength()).isEqualTo(7);
        assertThat(Frequency.NONE.defaultSeasonLength()).isEqualTo(1);
    }

    @Test
    void onlyNoneHasNoCalendar() {
        for (Frequency f : Frequency.values()) {
            assertThat(f.hasCalendar()).as(f.name()).isEqualTo(f != Frequency.NONE);
        }
    }

    static Stream<Arguments> labels() {
        return Stream.of(
                Arguments.of(Frequency.YEARLY, LocalDate.of(2024, 1, 1), "2024"),
                Arguments.of(Frequency.QUARTERLY, LocalDate.of(2024, 1, 1), "2024-Q1"),
                Arguments.of(Frequency.QUARTERLY, LocalDate.of(2024, 10, 1), "2024-Q4"),
                Arguments.of(Frequency.MONTHLY, LocalDate.of(2024, 3, 1), "2024-03"),
                Arguments.of(Frequency.MONTHLY, LocalDate.of(2024, 12, 1), "2024-12"),
                Arguments.of(Frequency.WEEKLY, LocalDate.of(2024, 1, 29), "2024-W05"),
                // ISO week-based year: the Monday 30 December 2024 starts week 1 of 2025 ...
                Arguments.of(Frequency.WEEKLY, LocalDate.of(2024, 12, 30), "2025-W01"),
                // ... and the Monday 28 December 2020 is in week 53 of 2020.
                Arguments.of(Frequency.WEEKLY, LocalDate.of(2020, 12, 28), "2020-W53"),
                Arguments.of(Frequency.DAILY, LocalDate.of(2024, 3, 5), "2024-03-05"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("labels")
    void label_ofEveryCalendarFrequency(Frequency f, LocalDate period, String expected) {
        assertThat(f.label(period)).isEqualTo(expected);
    }

    static Stream<Arguments> additions() {
        return Stream.of(
                Arguments.of(Frequency.YEARLY, LocalDate.of(2023, 1, 1), 2, LocalDate.of(2025, 1, 1)),
                Arguments.of(Frequency.QUARTERLY, LocalDate.of(2023, 10, 1), 1, LocalDate.of(2024, 1, 1)),
                Arguments.of(Frequency.QUARTERLY, LocalDate.of(2023, 7, 1), 6, LocalDate.of(2025, 1, 1)),
                Arguments.of(Frequency.MONTHLY, LocalDate.of(2023, 11, 1), 3, LocalDate.of(2024, 2, 1)),
                Arguments.of(Frequency.MONTHLY, LocalDate.of(2024, 2, 1), -14, LocalDate.of(2022, 12, 1)),
                Arguments.of(Frequency.WEEKLY, LocalDate.of(2024, 12, 23), 2, LocalDate.of(2025, 1, 6)),
                Arguments.of(Frequency.DAILY, LocalDate.of(2023, 12, 31), 1, LocalDate.of(2024, 1, 1)),
                Arguments.of(Frequency.DAILY, LocalDate.of(2024, 2, 28), 1, LocalDate.of(2024, 2, 29)));
    }

    @ParameterizedTest(name = "{0} {1} + {2} -> {3}")
    @MethodSource("additions")
    void plus_crossesYearEnds(Frequency f, LocalDate from, long offset, LocalDate expected) {
        assertThat(f.plus(from, offset)).isEqualTo(expected);
        assertThat(f.isPeriodStart(f.plus(from, offset))).isTrue();
    }

    @Test
    void isPeriodStart_andPeriodContaining() {
        LocalDate wednesday = LocalDate.of(2024, 5, 15);
        assertThat(Frequency.YEARLY.isPeriodStart(LocalDate.of(2024, 1, 1))).isTrue();
        assertThat(Frequency.YEARLY.isPeriodStart(LocalDate.of(2024, 2, 1))).isFalse();
        assertThat(Frequency.QUARTERLY.isPeriodStart(LocalDate.of(2024, 4, 1))).isTrue();
        assertThat(Frequency.QUARTERLY.isPeriodStart(LocalDate.of(2024, 5, 1))).isFalse();
        assertThat(Frequency.MONTHLY.isPeriodStart(LocalDate.of(2024, 5, 1))).isTrue();
        assertThat(Frequency.MONTHLY.isPeriodStart(wednesday)).isFalse();
        assertThat(Frequency.WEEKLY.isPeriodStart(LocalDate.of(2024, 5, 13))).isTrue();
        assertThat(Frequency.WEEKLY.isPeriodStart(wednesday)).isFalse();
        assertThat(Frequency.DAILY.isPeriodStart(wednesday)).isTrue();
        assertThat(Frequency.NONE.isPeriodStart(wednesday)).isFalse();

        assertThat(Frequency.YEARLY.periodContaining(wednesday)).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(Frequency.QUARTERLY.periodContaining(wednesday)).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(Frequency.MONTHLY.periodContaining(wednesday)).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(Frequency.WEEKLY.periodContaining(wednesday)).isEqualTo(LocalDate.of(2024, 5, 13));
        assertThat(Frequency.WEEKLY.periodContaining(LocalDate.of(2024, 5, 19))).isEqualTo(LocalDate.of(2024, 5, 13));
        assertThat(Frequency.DAILY.periodContaining(wednesday)).isEqualTo(wednesday);
    }

    @Test
    void none_hasNoCalendarArithmetic() {
        LocalDate d = LocalDate.of(2024, 1, 1);
        assertThatThrownBy(() -> Frequency.NONE.plus(d, 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Frequency.NONE.label(d)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Frequency.NONE.periodContaining(d)).isInstanceOf(UnsupportedOperationException.class);
    }
}
